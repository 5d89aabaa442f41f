"""The source guide's own safe sentences pass, and its risky ones are caught.

The sentences are quoted from ../shared/seed (the source guide) and set inside an
otherwise clean letter, so any error or warning comes from the sentence itself."""

from __future__ import annotations

import pytest

from checker.lint import lint

CLEAN_LETTER = (
    "Subject: Thank you - Ana Ruiz\n\n"
    "Dear Dr. Lee,\n\n"
    "Thank you for the interview on March 3 and for the tour of the continuity clinic. "
    "I grew up nearby. {sentence}\n\n"
    "Sincerely,\nAna Ruiz\nAAMC ID: 12345678\n"
)

SAFE = [
    "I will rank your program highly.",
    "I am very interested in your program.",
    "Your program is among my top choices.",
    "After careful consideration: I intend to rank your program highly.",
    "Your program is at the top of my list, and I would be thrilled to train there.",
    "After my interview, I can confidently say that I will rank your program highly.",
    "I remain very enthusiastic about joining your team if I am fortunate enough to match "
    "with you.",
    "I am a US citizen and do not require visa sponsorship.",
    "I left the interview even more enthusiastic about the prospect of joining your team.",
    # What a program said, quoted by the applicant, is not the applicant's own request.
    'Dr. Mills told me "You\'re ranked to match here" and I was grateful.',
    'You mentioned "If you rank us number one, we\'ll rank you highly," which I appreciated.',
]

RISKY = [
    ("I will rank your program #1.", "rank-first-claim"),
    ("I plan to rank your program first.", "rank-first-claim"),
    ("I won't rank any other program above you.", "exclusive-claim"),
    (
        "I commit to accepting an offer from you if available before the Match.",
        "binding-commitment",
    ),
    ("Did you review my application?", "checking-in"),
    ("Have you reviewed my application?", "checking-in"),
    ("Where will I be on your rank list?", "asks-about-rank"),
    ("Am I ranked to match?", "asks-about-rank"),
    ("If I rank you number one, will you rank me highly?", "reciprocal-request"),
]


def serious_rules(sentence: str) -> set[str]:
    result = lint(CLEAN_LETTER.format(sentence=sentence))
    return {finding.rule for finding in result.findings if finding.severity != "info"}


def test_the_letter_around_the_sentences_is_clean():
    assert serious_rules("") == set()


@pytest.mark.parametrize("sentence", SAFE)
def test_safe_language_from_the_guide_passes(sentence):
    assert serious_rules(sentence) == set()


@pytest.mark.parametrize(("sentence", "rule"), RISKY)
def test_risky_language_from_the_guide_is_caught(sentence, rule):
    assert rule in serious_rules(sentence)


def test_generic_praise_from_the_guide_is_caught_without_details():
    letter = (
        "Subject: Thank you - Ana Ruiz\n\nDear Dr. Lee,\n\nThank you for the interview. "
        "Your program is my top choice because of your excellent teaching and research.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID: 12345678\n"
    )
    rules = {finding.rule for finding in lint(letter).findings}
    # Said to fifty places it is both generic and a first-choice claim.
    assert {"generic-praise", "rank-first-claim"} <= rules
