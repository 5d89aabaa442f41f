"""How applicants really write: variants, typos and layouts each rule must understand, and
everyday sentences it must leave alone (a false alarm costs as much trust as a miss)."""

from __future__ import annotations

import pytest

from checker.lint import lint
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
    # Issue 10: the same meanings in other words (inserted words, indirect and inverted
    # questions, conditions in either order, deals without "if", offers, typos).
    ("asks-about-rank", "let me know where I presently stand on your list"),
    ("asks-about-rank", "Where do I fall on your list?"),
    ("asks-about-rank", "I would value knowing how I compare with other candidates."),
    ("asks-about-rank", "Is my name high on your list?"),
    ("asks-about-rank", "I'd appreciate knowing whether I'm likely to match with you."),
    ("asks-about-rank", "Please advise whether I am being considered for a high rank."),
    ("asks-about-rank", "Could you share how my application is viewed by the committee?"),
    ("asks-about-rank", "How do you see my application compared to other applicants?"),
    ("asks-about-rank", "Any idea where I might land on the rank list?"),
    ("asks-about-rank", "am i going to be ranked high"),
    ("asks-about-rank", "Will I be on your rank list?"),
    ("asks-about-rank", "I was wondering if I'm ranked to match."),
    ("reciprocal-request", "You will be my number one if you rank me to match."),
    ("reciprocal-request", "I'd rank you first, assuming you'd do the same."),
    ("reciprocal-request", "I hope the interest goes both ways when the lists are made."),
    ("reciprocal-request", "Provided that you rank me highly, I will rank you first."),
    ("reciprocal-request", "I will put your program first as long as you rank me to match."),
    ("reciprocal-request", "I plan to rank you #1. I hope you can do the same."),
    ("reciprocal-request", "Should you rank me highly, I would rank your program first."),
    (
        "binding-commitment",
        "Should you offer me a position before Match Day, I would say yes immediately.",
    ),
    ("binding-commitment", "you can count it as accepted"),
    ("binding-commitment", "I am ready to sign right away."),
    ("binding-commitment", "If you give me a spot now, I will take it."),
    ("binding-commitment", "I am prepared to commit to your program right now, before the Match."),
    ("rank-first-claim", "your program will head my rank order list"),
    ("rank-first-claim", "You will get the number one spot on my list."),
    ("rank-first-claim", "Your program is my top pick."),
    ("rank-first-claim", "I plan to rnak your program first"),
    ("rank-first-claim", "I intend to rnk you #1"),
    ("rank-first-claim", "Your program is, without a doubt, my first choice."),
    ("rank-first-claim", "I'll be placing Mercy at the very top of my rank list."),
    ("exclusive-claim", "nothing else on my list comes close"),
    ("exclusive-claim", "I will cancel my other interviews"),
    ("exclusive-claim", "No other program compares to yours."),
    ("exclusive-claim", "I will not rank anyone else above you."),
    ("checking-in", "When can I expect a decision?"),
    ("checking-in", "Any news on my application?"),
    ("checking-in", "just bumping this up"),
    ("checking-in", "I wanted to circle back regarding my application."),
    ("checking-in", "Is there any update on my candidacy?"),
    ("checking-in", "I have not received any response to my previous email."),
    ("desperate-tone", "I would be devastated if I do not match this year."),
    ("desperate-tone", "Please, I need this position."),
    ("desperate-tone", "This might be my final chance to match."),
    ("generic-praise", "Your program has a stellar reputation and a supportive environment."),
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
    # Issue 10: key words in everyday sentences that are not promises, chasing or deals.
    "I will sign the lease for my apartment next week.",
    "I appreciated you checking in on us.",
    "Thank you for checking in with me about the schedule.",
    "I ranked first in my class and published two papers.",
    "If I match at your program, I will be proud to serve your patients.",
    "I will rank programs according to my true preferences.",
    "Could you tell me whether the program sponsors visas?",
    "When does the interview day start?",
    "I would accept the interview invitation right away.",
    "I signed up for the second look on Friday.",
    "My first choice of specialty was always internal medicine.",
    "I have no doubt your residents are well trained.",
    "The program director asked where else I had interviewed, and I politely declined to answer.",
    "You mentioned that you would rank me highly, which was kind.",
    "I hope to hear from you soon.",
    "I look forward to hearing about the next steps.",
    "I stand by my application and all its contents.",
    "Where do I send my updated CV?",
    "How do I compare the two tracks?",
    "Do I have a chance to meet the residents before the interview?",
    "I am committed to your mission of serving the underserved.",
    "The ranking of hospitals by US News was interesting.",
    "It was the number one reason I applied.",
    "I would be happy to provide any updates you need.",
    "Please let me know if you need anything else from me.",
    "I will follow up with the documents you asked for.",
    "Your team checked in on me after my flight was delayed.",
    "I can't wait to see what the future holds.",
    "I am desperate to finish my research paper before the deadline.",
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
