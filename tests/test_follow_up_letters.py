"""no-new-information as an advisor reads it, with the letter kind detected: a follow-up after
the interview that brings no news is flagged; news, a first thank-you with a question, a
question before any interview and a first-choice letter are not."""

from __future__ import annotations

import pytest

from checker.lint import lint

NOTHING_NEW = [
    "Subject: Following up - Ana Ruiz\n\nDear Dr. Lee,\n\nI interviewed with your program on "
    "January 9 and have not heard anything since. Is there any update on my application?",
    "Dear Dr. Lee,\n\nI am sorry to write again. Since my interview in December I keep "
    "wondering whether my file is still being considered.",
    "Subject: Continued interest\n\nDear Dr. Lee,\n\nI am writing to reaffirm my strong "
    "interest. Since my interview I have often thought about your Friday tumor board.",
    "Dear Dr. Lee,\n\nI remain very interested in your program. I have completed my "
    "internship and two years of clinical work.",
    "Subject: Checking in\n\nDear Ms. Ortiz,\n\nIt has been a month since my interview day. "
    "Kindly let me know the status of my candidature.",
    "Subject: following up\n\ndear dr. carver,\n\ni interviewed with you last month and just "
    "wanted to follow up and say i'm still really interested in the program.",
    "Subject: Update?\n\nDear Ms. Garner,\n\nInterviewed Jan 9. Any update on my application?",
]
SOMETHING_NEW_OR_ANOTHER_PURPOSE = [
    "Dear Dr. Lee,\n\nI interviewed on January 9, and since then I passed Step 2 CK with a "
    "score of 248. Is there any update on my application?",
    "Dear Dr. Lee,\n\nThank you for the interview on Tuesday and the tour of the cath lab. Do "
    "you know when we might hear back?",
    "Dear Ms. Ortiz,\n\nI applied in September and have not heard whether interview "
    "invitations have gone out. Could you tell me when they will?",
    "Subject: Update\n\nDear Dr. Lee,\n\nSince my interview I have finished a four-week "
    "sub-internship in nephrology at Mercy Hospital.",
    "Subject: Following up\n\nDear Dr. Lee,\n\nOur abstract on sepsis bundles was accepted "
    "for a poster at the spring meeting. I remain very interested in your program.",
    "Dear Ms. Hale,\n\nI am checking in to ask whether interview invitations have gone out "
    "yet. I saw the list of interview dates on your website. When is the interview day for "
    "applicants from abroad?",
    # A reply to what the program sent.
    "Subject: Re: Second look invitation\n\nDear Ms. Pemberton,\n\nThank you for the "
    "invitation to the second-look day on February 6. I remain very interested in the program.",
    # Before any interview.
    "Subject: Continued interest - Elena Petrova\n\nDear Dr. Ashcroft,\n\nI applied in "
    "September and remain very interested in the possibility of an interview.",
    # Small news, said to be recent.
    "Subject: Update - Lena Fischer\n\nDear Dr. Vaughan,\n\nQuick update since my interview: "
    "I moved to Dayton last month and now work as a research coordinator. Still very "
    "interested.",
    # A question of its own.
    "Subject: Second look - Ana Ruiz\n\nDear Ms. Cole,\n\nI interviewed on January 9 and "
    "remain very interested in the program. Is the second look on February 9 in person?",
]


@pytest.mark.parametrize("draft", NOTHING_NEW)
def test_a_follow_up_with_nothing_new_is_flagged(draft):
    assert "no-new-information" in {finding.rule for finding in lint(draft).findings}


@pytest.mark.parametrize("draft", SOMETHING_NEW_OR_ANOTHER_PURPOSE)
def test_news_or_another_purpose_is_left_alone(draft):
    assert "no-new-information" not in {finding.rule for finding in lint(draft).findings}
