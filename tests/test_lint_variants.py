"""How applicants really write: variants, typos and layouts each rule must understand, and
everyday sentences it must leave alone (a false alarm costs as much trust as a miss)."""

from __future__ import annotations

import pytest

from checker import lint
from eval.corpus import WORDING_RULES

FLAGGED = [
    ("rank-first-claim", "I will be ranking your program as my number one choice."),
    ("rank-first-claim", "Your program will be my #1 choice on my rank order list."),
    ("rank-first-claim", "I have ranked your program first on my rank order list."),
    ("rank-first-claim", "I will be ranking Mercy Hospital's Internal Medicine program #1."),
    ("rank-first-claim", "I plan on ranking your program number 1."),
    ("rank-first-claim", "You\u2019re my first choice."),
    ("rank-first-claim", "Your program is my No. 1 choice."),
    ("rank-first-claim", "I'm ranking you 1st."),
    ("rank-first-claim", "I will rank you as my number one."),
    ("rank-first-claim", "Riverside is my first choice program."),
    ("rank-first-claim", "I ll rank\nyour program\n#1"),
    ("rank-first-claim", "I will rank Mayo first."),
    ("rank-first-claim", "Your program will be ranked first on my list."),
    ("rank-first-claim", "After my visit, XYZ is my top choice and I will be ranking it #1."),
    ("binding-commitment", "I would sign a contract today if you offered me one."),
    ("binding-commitment", "I promise I will rank your program first."),
    ("binding-commitment", "Can you offer me a pre-match position?"),
    ("binding-commitment", "I\u2019d accept an offer outside the Match."),
    ("binding-commitment", "I commit to joining your program if you make me an offer."),
    ("asks-about-rank", "Will I be ranked highly?"),
    ("asks-about-rank", "Do you think I have a good chance of matching at your program?"),
    ("asks-about-rank", "Could you let me know if I am ranked to match?"),
    ("asks-about-rank", "Is there anything I can do to improve my position on your rank list?"),
    ("asks-about-rank", "Where do I stand?"),
    ("reciprocal-request", "If I rank you #1, can you guarantee I will match?"),
    ("reciprocal-request", "I would rank you first if you could rank me highly as well."),
    ("reciprocal-request", "Will you rank me highly if I rank you first?"),
    ("exclusive-claim", "I will not be ranking any other program higher."),
    ("exclusive-claim", "You are the only program I am interested in."),
    ("checking-in", "I wanted to follow up regarding the status of my application."),
    ("checking-in", "Have you had a chance to look over my application?"),
    ("checking-in", "I'm reaching out to see if there are any updates."),
    ("desperate-tone", "I am willing to do whatever it takes."),
    ("desperate-tone", "I can't go unmatched again."),
    ("informal-tone", "Looking forward to hearing from u"),
    ("informal-tone", "Thanks!!"),
]

LEFT_ALONE = [
    "I ranked in the top 5% of my class.",
    "I will rank your program very highly.",
    "I first learned about your program at a conference.",
    "It was the first program I interviewed with.",
    "Your program is one of my top-choice programs.",
    "Patient safety is my number one priority.",
    "If offered a position through the Match, I would be honoured to accept.",
    "I understand that the Match is binding.",
    "I understand no one can guarantee a match.",
    "I commit to giving my best every day.",
    "I am committed to training in underserved communities.",
    "Where do I stand in line for the shuttle on interview day, and where is parking?",
    "If I match at your program, I hope to contribute to its research.",
    "I look forward to hearing about next steps.",
    "I completed U.S. clinical rotations in Ohio.",
    "The USMLE Step 2 CK result arrived, and my ERAS file is updated.",
    "Thank you for your time; I truly enjoyed the interview day.",
    "My mentor, Dr. Ruiz, recommended your program to me.",
    "It would be a privilege to train with your residents.",
    "Thank you for the wonderful opportunity to interview.",
    "Dr. Lee is a great program director.",
    "I rotated at U of M last year.",
    "I agree to come for the second look.",
    "This was my first choice of hospital for my elective.",
    "I will submit my rank list first and then relax.",
    "I ranked first in my class.",
    "I was ranked first in my class in pharmacology.",
]


def rules_for(sentence: str) -> set[str]:
    return {finding.rule for finding in lint(sentence).findings}


@pytest.mark.parametrize(("rule", "sentence"), FLAGGED)
def test_applicant_variants_are_caught(rule, sentence):
    assert rule in rules_for(sentence)


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_everyday_sentences_are_left_alone(sentence):
    assert rules_for(sentence) & set(WORDING_RULES) == set()


@pytest.mark.parametrize(
    "statement",
    [
        "I am a U.S. citizen and do not require a visa.",
        "I'm an American citizen and won't need sponsorship.",
        "I hold U.S. citizenship, so no visa sponsorship is needed.",
        "As a US citizen, I am able to train without a visa.",
        "I am a U.S. permanent resident (green card holder) and need no visa sponsorship.",
    ],
)
def test_clear_citizenship_statements_satisfy_the_clarification(statement):
    draft = f"Dear Ms. Cole,\n\n{statement}"
    assert "citizenship-clarity" not in {
        f.rule for f in lint(draft, "citizenship-clarification").findings
    }
