"""The checker recognises what a draft is for, with or without a subject line."""

from __future__ import annotations

import pytest

from checker.lint import lint

DRAFTS = [
    (
        "citizenship-clarification",
        "Dear Ms. Cole,\n\nI applied through ERAS and want to clarify that I am a U.S. citizen "
        "and will not need visa sponsorship.",
    ),
    (
        "logistics-question",
        "Dear Mr. Diaz,\n\nI am on rotations in Lagos and want to join on time. Could you "
        "confirm which time zone the interview schedule uses?",
    ),
    (
        "thank-you",
        "Dear Dr. Shah,\n\nThank you for taking the time to interview me yesterday. I enjoyed "
        "meeting the residents.",
    ),
    (
        "continued-interest",
        "Dear Dr. Shah,\n\nI remain very interested in your program. Since our interview I "
        "passed Step 2 CK.",
    ),
    ("rank-first", "Dear Dr. Shah,\n\nI plan to rank your program first."),
    ("rank-first", "Dear Dr. Shah,\n\nI plan to rank Westmoor first."),
    # A priority is not a program (review s11-A): the letter stays a continued-interest one.
    (
        "continued-interest",
        "Dear Dr. Shah,\n\nI interviewed on January 9 and remain very interested in your "
        "program. On wards I intend to rank sick patients first.",
    ),
    (
        "commitment-hint-reply",
        "Dear Dr. Shah,\n\nThank you for your kind words. Could you confirm that the program "
        "participates fully in the NRMP Match? I will rank programs in my true order of "
        "preference.",
    ),
    ("other", "Dear Dr. Shah,\n\nI hope you are well."),
]


@pytest.mark.parametrize(("kind", "draft"), DRAFTS, ids=[kind for kind, _ in DRAFTS])
def test_kind_is_detected_from_the_body(kind, draft):
    result = lint(draft)
    assert result.kind == kind
    assert not result.kind_forced
    assert result.kind_clues and all(isinstance(clue, str) for clue in result.kind_clues)


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Clarifying my visa status - Ana Ruiz", "citizenship-clarification"),
        ("Clarification regarding status - Ana Ruiz", "citizenship-clarification"),
        ("Green card holder - Ana Ruiz", "citizenship-clarification"),
        # The application's status is a question about a decision, not about a visa.
        ("Clarification on the status of my application", "other"),
        ("Application status - Ana Ruiz", "other"),
    ],
)
def test_a_subject_about_the_applicants_status_makes_a_citizenship_letter(subject, kind):
    draft = f"Subject: {subject}\n\nDear Ms. Cole,\n\nI applied to your program through ERAS."
    assert lint(draft).kind == kind


@pytest.mark.parametrize(
    "draft",
    [
        "Subject: quick clarification - Tom Reed\n\nDear Ms. Cole,\n\nI'm an american citizen.",
        "Subject: Regarding my status\n\nDear Ms. Cole,\n\nKindly do not count me among "
        "candidates requiring the sponsorship.",
    ],
)
def test_a_clarification_or_a_status_in_the_subject_adds_to_the_body_clues(draft):
    assert lint(draft).kind == "citizenship-clarification"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A word about my immigration status: I need no visa of any kind.", None),
        ("I am cleared to work in the United States, so nothing is needed from you.", None),
        ("Quick note, I'm not on any visa and there are no sponsorship problems.", None),
        # The application's status is not the applicant's.
        ("Kindly inform me about my status at the earliest.", "other"),
    ],
)
def test_the_writers_own_status_in_the_body_makes_a_citizenship_letter(sentence, kind):
    assert lint(f"Dear Ms. Cole,\n\n{sentence}").kind == (kind or "citizenship-clarification")


@pytest.mark.parametrize(
    "sentence",
    [
        "I write to reiterate my strong interest in your program.",
        "I remain enthusiastic about training with your team.",
        "I want you to know how interested I still am in Lakeside.",
    ],
)
def test_interest_said_again_in_other_words_makes_an_update_letter(sentence):
    assert lint(f"Dear Dr. Shah,\n\n{sentence}").kind == "continued-interest"


def test_subject_line_clues_count():
    draft = "Subject: Thank you - Ana Ruiz\n\nDear Dr. Shah,\n\nIt was good to meet you."
    result = lint(draft)
    assert result.kind == "thank-you"
    assert 'subject says "thank you"' in result.kind_clues


def test_a_rank_first_sentence_outweighs_thanks():
    draft = (
        "Dear Dr. Shah,\n\nThank you for the opportunity to interview. After much thought, "
        "your program is my first choice."
    )
    assert lint(draft).kind == "rank-first"


def test_a_reply_to_the_programs_interest_is_no_update():
    draft = (
        "Subject: Re: Your interest - Ana Ruiz\n\nDear Dr. Shah,\n\nThank you for your kind "
        "email. Seeing the stroke unit rounds was the highlight of my interview day."
    )
    result = lint(draft)
    assert result.kind != "continued-interest"
    assert "no-new-information" not in {finding.rule for finding in result.findings}
