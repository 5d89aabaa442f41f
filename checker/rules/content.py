"""Rules about what a letter of a given kind should say: news in an update, a clear
citizenship statement, no repetition, and the US ties that reassure programs."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker import immigration_status
from checker.hits import Hit
from checker.letter import Letter, sentence_start
from checker.rules import evidence
from checker.rules.base import Rule
from checker.rules.commitments import (
    ASKS_ABOUT_RANK,
    EXCLUSIVE_CLAIM,
    RANK_FIRST_CLAIM,
    RECIPROCAL_REQUEST,
)
from checker.rules.matchers import first_line_span
from checker.rules.tone import CHECKING_IN


def _no_new_information(letter: Letter, kind: str) -> Iterable[Hit]:
    if not evidence.has_news(letter) and _follows_up(letter, kind):
        yield first_line_span(letter)


def _follows_up(letter: Letter, kind: str) -> bool:
    """An update or follow-up written after the interview: a continued-interest letter, or a
    letter that chases the program for news once the interview is past (not a first-choice
    letter, which has its own purpose, a reply to the program's own message, nor a first
    thank-you note, one that says it is written to thank or has a question in it)."""
    if (
        _places_the_program(letter, kind)
        or evidence.answers_the_program(letter)
        or evidence.interview_ahead(letter)
        or evidence.sends_a_paper(letter)
        or (evidence.writes_to_thank(letter) and not _chases(letter, kind))
    ):
        return False
    if kind == "continued-interest":
        # Interest restated beside a question of its own ("Is the second look in person?")
        # has a purpose; beside a chase it is still a follow-up. A first thanks for a talk
        # under a subject of interest is a thank-you note.
        if _chases(letter, kind):
            return True
        return not (
            _asks_its_own_question(letter, kind)
            or (evidence.thanks_for_a_talk(letter) and not evidence.writes_again(letter))
        )
    if not evidence.after_the_interview(letter):
        return False
    first_thanks = kind == "thank-you" or evidence.thanks_for_the_interview(letter)
    if _chases(letter, kind):
        return evidence.writes_again(letter) or not first_thanks
    # Following up only to say the interest again, in words kind detection leaves to "other"
    # ("just wanted to follow up and say i'm still really interested").
    return (
        not first_thanks
        and (evidence.writes_again(letter) or evidence.drops_a_note(letter))
        and evidence.restates_interest(letter)
        and not _asks_its_own_question(letter, kind)
    )


def _places_the_program(letter: Letter, kind: str) -> bool:
    """Says where the program will stand on the rank list (a first-choice letter)."""
    return any(
        any(True for _ in rule.check(letter, kind))
        for rule in (RANK_FIRST_CLAIM, EXCLUSIVE_CLAIM, RECIPROCAL_REQUEST)
    )


def _chases(letter: Letter, kind: str) -> bool:
    return any(True for _ in CHECKING_IN.check(letter, kind))


# An offer put as a question is no errand: "Is there anything else I can send?", "Is there
# anything else you need from me to complete my file?"
_OFFER = re.compile(
    r"\b(?:anything (?:else )?(?:that )?i (?:can|could|should|might)|(?:can|could|should|may) i"
    r" (?:send|share|provide|forward|add)|would it help"
    r"|anything (?:else |more |further )?(?:that )?(?:you|the committee) (?:need|needs|would like"
    r"|require|requires) from me)\b"
)


def _asks_its_own_question(letter: Letter, kind: str) -> bool:
    """A question in the body that neither asks about rank nor offers more. Both callers ask
    only once `_chases` has found no chasing, so CHECKING_IN need not be run again here."""
    asked = [(hit.start, hit.end) for hit in ASKS_ABOUT_RANK.check(letter, kind)]
    view, mark = letter.view, letter.body_start
    while (mark := view.find("?", mark, letter.body_end)) >= 0:
        start = sentence_start(view, mark, letter.body_start)
        mark += 1
        if _OFFER.search(view, start, mark) or any(s < mark and start < e for s, e in asked):
            continue
        return True
    return False


NO_NEW_INFORMATION = Rule(
    id="no-new-information",
    severity="warning",
    title="Update or follow-up email with nothing new",
    catches=(
        "A continued-interest or update email, or a follow-up after the interview that asks "
        "for news, that reports nothing new since the interview: no score, publication, "
        "manuscript, rotation, award, presentation or certification, nor anything else done "
        'recently ("I finished my MPH in January", "last month I joined the palliative care '
        'team"). A first-choice letter, a letter written before any interview, a reply to the '
        "program's own message and a first thank-you note are left alone."
    ),
    why=(
        "The guide allows at most one update email per program; if it carries no news it only "
        "adds to the program's inbox and can read as pressure."
    ),
    instead=(
        'Lead with one concrete update: "Since our interview I passed Step 2 CK" or "our case '
        'report was accepted for publication".'
    ),
    guide="mistakes.md#over-emailing",
    message=(
        "This email reports nothing new since your interview; add a concrete update (score, "
        "publication, rotation, award) or do not send it."
    ),
    check=_no_new_information,
    kinds=frozenset({"continued-interest", "thank-you", "other"}),
    example_kind="continued-interest",
    fails=(
        "Dear Dr. Lee,\n\nI remain very interested in your program and wanted to say so again.",
        "Dear Dr. Lee,\n\nI am writing to express my continued interest in your program.",
        "I still think about my interview day and hope to hear from you.",
        "Dear Dr. Lee,\n\nI remain enthusiastic; it would be an honor to train there.",
        "Dear Dr. Lee,\n\nSince our interview I have thought a great deal about your program, "
        "and my interest has only grown.",
        "Dear Dr. Lee,\n\nInterviewed with you Jan 8. Just wanted to say I am still very "
        "interested.",
        "Dear Dr. Lee,\n\nI interviewed in January. I completed my internship in 2020, and I "
        "remain very interested in your program.",
        "Dear Dr. Lee,\n\nI interviewed on January 9 and have not received any news since. I "
        "remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on January 9 and remain very interested. Is there "
        "anything else I can send?",
        "Dear Dr. Lee,\n\nI interviewed on January 9. If I match with you, I will be moving "
        "to Ohio in June.",
        "Dear Dr. Lee,\n\nI interviewed with you in January and just wanted to follow up and say "
        "I am still really interested in the program.",
        "Dear Dr. Lee,\n\nThank you for your kind update last month about the second look. I "
        "interviewed on January 9. Is there any news on my application?",
        "Dear Dr. Lee,\n\nInterviewed 1/9, haven't heard anything. Any update?",
        "Dear Dr. Lee,\n\njust wondering if u have heard anything abt my interview?",
        "Dear Dr. Lee,\n\nI wish to once again convey my sincere interest in your program after "
        "my interview on 8th January.",
        "Dear Dr. Lee,\n\nI am writing to follow up on my interview of January 6. I continue to "
        "be very interested in your program.",
        "Dear Dr. Lee,\n\nJust dropping a quick note post-interview to say I'm still so excited "
        "about your program!",
        # Someone else's act beside the interview's date is no news of the applicant's.
        "Dear Dr. Lee,\n\nI interviewed on December 9 and wanted to ask whether the committee "
        "has finished reviewing candidates from that week.",
        "Dear Dr. Lee,\n\nI interviewed on December 7. I am writing to ask whether the committee "
        "has started making decisions, as I have not heard anything since then.",
        # News words that are the program's, or background the application already shows.
        "Dear Dr. Lee,\n\nI interviewed on January 9. The interns presented their admissions at "
        "morning report, and the residents' journal club was lively. I remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on January 9. As noted in my application, I have three "
        "publications in heart failure. I remain very interested.",
        # Written again, in other words.
        "Dear Dr. Lee,\n\nQuick note after my IV on 1/16: still very keen, nothing has changed on "
        "my end.",
        "Dear Dr. Lee,\n\nIt's been a few weeks since I visited Riverside for my interview. No "
        "real updates on my end; I'm still really into the program.",
        "Dear Dr. Lee,\n\nThank you once more for interviewing me on January 9. My interest in the "
        "program has not faded in the slightest.",
        "Dear Dr. Lee,\n\nI interviewed on January 9 and remain very interested. Is there anything "
        "else you need from me to complete my file?",
        # Feelings are not events: "it became clearer", "I have started picturing myself".
        # A news word for what is still to come, and an interview had, not hoped for.
        "Dear Dr. Lee,\n\nI had the opportunity to interview with you on December 3. I am still "
        "preparing for the Step 3 exam, and I remain very interested.",
        "Dear Dr. Lee,\n\nIt's me again, from the December 3 interview! I'm still so interested.",
        "Dear Dr. Lee,\n\nSince my virtual interview on January 8, it became clearer to me that "
        "your program is where I hope to train. I have started picturing myself on your wards.",
        "Dear Dr. Lee,\n\nI interviewed on January 9. My publications and US rotations have "
        "prepared me well for your wards, and the residents' award-winning research presentations "
        "stay with me. I remain very interested.",
    ),
    passes=(
        # Precision s12: an IV that is the drip, and the day's timing before the interview.
        "Dear Ms. Cole,\n\nQuick note after my IV infusion appointment: I may be a few minutes "
        "late to the interview on Friday. I am still very excited to meet the team.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Mr. Ostrowski,\n\nFlight delayed. I may be late to my interview tomorrow at 8; "
        "still keen to meet everyone.\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678",
        # Review s11-A: a meeting before any interview, and real news in other words.
        "Dear Dr. Lee,\n\nI am following up since we met at the virtual open house in September. "
        "I remain very interested in your program and would welcome the chance to interview.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Dr. Lee,\n\nI interviewed with you on January 9. Last week my co-residents elected "
        "me chief resident for next year. I remain very interested in your program.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Dr. Lee,\n\nI interviewed with you on January 9. The faculty appointed me chief "
        "resident for next year. I remain very interested in your program.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Dr. Lee,\n\nI interviewed with you on January 9. Last month I began planning and "
        "running our clinic's diabetes education program. I remain very interested in your "
        "program.\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Dr. Lee,\n\nI interviewed with you on January 9. Last month I became more involved "
        "in our stroke registry as its data lead. I remain very interested in your program.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Dr. Lee,\n\nI interviewed on January 9. Since our interview I have not slowed down: "
        "I passed Step 3 with a 241 last week. I remain very interested.\n\n"
        "Sincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Dear Dr. Lee,\n\nSince our interview I passed Step 2 CK with a score of 251.",
        # Written before the interview: news asked about its link, the date still to come.
        "Dear Ms. Alvarez,\n\nI have not received any word about my interview link yet. My "
        "interview is on January 12. Could you resend the Zoom link?",
        "Dear Ms. Alvarez,\n\nIs there any update regarding my interview? I was told to expect "
        "an invitation this month.",
        "Dear Dr. Lee,\n\nOur manuscript on sepsis care was accepted by a journal last week.",
        "Dear Dr. Lee,\n\nI have since completed a cardiology elective in Ohio.",
        "Dear Dr. Lee,\n\nIn January I was appointed chair of our hospital's sepsis audit.",
        "Dear Dr. Lee,\n\nOur case series on snakebite care is now in press.",
        "Dear Dr. Lee,\n\nFollowing up on my interview of January 6: I continue to be involved in "
        "the sepsis registry, and our abstract was accepted for a poster in March.",
        # Before the interview: a follow-up on its invitation.
        "Dear Ms. Cole,\n\nI am following up on my interview invitation. Is January 12 still "
        "open? I remain very interested.",
        "Dear Dr. Lee,\n\nIn January I was inducted into the Gold Humanism Honor Society.",
        "Dear Dr. Lee,\n\nThank you for your kind email after my interview. I remain very "
        "interested in your program.",
        # Before any interview: the letter hopes for one.
        "Dear Dr. Lee,\n\nI applied to your program in September and remain very interested in "
        "the possibility of an interview.",
        # A reply to what the program sent.
        "Dear Dr. Lee,\n\nThank you for letting me know that the committee meets next week. I "
        "remain very interested in your program.",
        "Dear Dr. Lee,\n\nI received your kind mail and remain very much interested.",
        # Small news, said to be recent.
        "Dear Dr. Lee,\n\nI finished my Master of Public Health in January. I remain very "
        "interested in your program.",
        "Dear Dr. Lee,\n\nLast month I moved to Dayton and joined the palliative care team at "
        "Miami Valley Hospital. I remain very interested.",
        "Dear Dr. Lee,\n\nThe chapter I co-wrote on travel medicine has been accepted for the "
        "next edition of the handbook. I remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on January 9. I will be working at Riverside Hospital "
        "as a research fellow starting in March.",
        # A new post on a day of this season.
        "Dear Dr. Lee,\n\nI interviewed on December 3. On January 2 I began working as a "
        "research coordinator at the diabetes center. I remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on December 3. On 5th January I took up a post as a "
        "clinical observer in cardiology. I remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on December 3. As of January 6, I have been working as "
        "a scribe in the emergency department. I remain very interested.",
        # A question of its own beside the interest.
        "Dear Ms. Cole,\n\nI interviewed on January 9 and remain very interested in the "
        "program. Is the second look on February 9 in person or virtual?",
        # Sending the program a paper it can use.
        "Dear Ms. Cole,\n\nFollowing up after my interview on January 9: the parking "
        "reimbursement form is attached. I remain very interested in the program.",
        # A first thank-you note that says so, though it opens as a follow-up.
        "Dear Dr. Lee,\n\nI am writing to follow up on my interview of January 6 to thank you "
        "and Dr. Shah for your time. I continue to be very interested.",
        # A reason to write that is no score or paper: new contact details, a question the
        # program asked at the interview answered, a role held since, a new letter of support.
        "Dear Ms. Cole,\n\nI interviewed on January 14. My phone number has changed: it is now "
        "(614) 555-0192. I remain very interested.",
        "Dear Dr. Lee,\n\nDuring my interview on February 3 you asked whether I could start on "
        "June 15. I can. I remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on December 9. Since January I have been serving as acting "
        "lead of our sepsis response team. I remain very interested.",
        "Dear Dr. Lee,\n\nSince my interview on January 7, Dr. Greer has agreed to write a letter "
        "on my behalf. I remain very interested.",
        # News still to be written in, and thanks for a talk under a subject of interest.
        "Dear Dr. Lee,\n\nSince I interviewed on ____, I have ________________.",
        "Dear Dr. Albers,\n\nThank you for the conversation about the hospitalist pathway. I "
        "remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on December 2. I have been invited to join the editorial "
        "board of our state ACP newsletter. I remain very interested.",
        "Dear Dr. Lee,\n\nI interviewed on January 10. My husband's transfer to the Columbus "
        "office was approved, so we will live in Ohio. I remain very interested.",
        # Background, then news said to be recent.
        "Dear Dr. Lee,\n\nI interviewed on January 9. As noted in my application, my Step 3 was "
        "pending; I passed it last week. I remain very interested.",
    ),
)

CITIZENSHIP_CLARITY = Rule(
    id="citizenship-clarity",
    severity="warning",
    title="Citizenship clarification that leaves doubt",
    catches=(
        "A citizenship clarification (a letter about your citizenship, visa or immigration "
        "status) that does not say both that you are a U.S. citizen (or permanent resident) "
        'and that you do not need visa sponsorship; a status you only expect to hold ("I '
        'will be a U.S. citizen by July") does not count.'
    ),
    why=(
        "Programs screen quickly for visa needs and school location. The email exists to take "
        'you out of the "needs a visa" pile, so both facts must be stated plainly.'
    ),
    instead=('Say both in one sentence: "I am a U.S. citizen and do not need visa sponsorship."'),
    guide="us-img.md#citizenship-and-visa",
    message="Say plainly that you are a U.S. citizen and that you need no visa sponsorship.",
    suggestion="I am a U.S. citizen and do not need visa sponsorship.",
    check=lambda letter, kind: _citizenship_clarity(letter),
    kinds=frozenset({"citizenship-clarification"}),
    example_kind="citizenship-clarification",
    fails=(
        "Dear Ms. Cole,\n\nI wanted to clarify my citizenship status for your records.",
        "Dear Ms. Cole,\n\nI am an American citizen who studied medicine in Grenada.",
        "Dear Ms. Cole,\n\nPlease note that I do not need visa sponsorship.",
        "Dear Ms. Cole,\n\nI will be a U.S. citizen by July, so I need no visa sponsorship.",
        "Dear Ms. Cole,\n\nI am awaiting my green card and will not need visa sponsorship.",
        "Dear Madam,\n\nRegarding my status, it is not a problem, so please do not filter me.",
        "Dear Ms. Cole,\n\nMy husband is a U.S. citizen and has filed for my green card, so I "
        "will not need visa sponsorship.",
        # Allowed to work, or American, is not the word "citizen" a screener looks for.
        "Dear Ms. Cole,\n\nAbout my visa status: I am permitted to work in the US and need no "
        "sponsorship.",
        "Dear Ms. Cole,\n\nI am American by birth, so there is no need of any visa.",
    ),
    passes=(
        "Dear Ms. Cole,\n\nI am a U.S. citizen and do not require visa sponsorship.",
        "Dear Ms. Cole,\n\nI will not need a visa, as I am a U.S. citizen by birth.",
        "Dear Ms. Cole,\n\nI hold a green card, so I will not need visa sponsorship.",
        "Dear Ms. Cole,\n\nAs a citizen of the United States, I will not need a visa.",
        "Dear Ms. Cole,\n\nI am a US citizen; no visa sponsorship is needed.",
        "Dear Ms. Cole,\n\nMy parents live in Texas, and I am a U.S. citizen who needs no visa "
        "sponsorship.",
        "Dear Ms. Cole,\n\nMy citizenship is American; no visa sponsorship is required.",
        "Dear Ms. Cole,\n\nI travel on a U.S. passport and will need no visa sponsorship.",
        # A permanent resident today, whatever comes later (future-citizenship-status speaks).
        "Dear Ms. Cole,\n\nI am a permanent resident now and expect to naturalize in May, so "
        "there is no requirement of visa sponsorship.",
    ),
)


def _citizenship_clarity(letter: Letter) -> Iterable[Hit]:
    citizen = immigration_status.states_held_status(letter)
    no_visa = evidence.says_no_visa_needed(letter)
    if citizen and no_visa:
        return
    missing = (
        "that you need no visa sponsorship"
        if citizen
        else "that you are a U.S. citizen"
        if no_visa
        else "that you are a U.S. citizen and need no visa sponsorship"
    )
    yield Hit(*first_line_span(letter)[:2], f"This clarification does not yet say {missing}.")


def _citizenship_repeated(letter: Letter, kind: str) -> Iterable[Hit]:
    for match in immigration_status.citizen_statements(letter)[1:]:
        yield Hit(*match.span())


CITIZENSHIP_REPEATED = Rule(
    id="citizenship-repeated",
    severity="info",
    title="Citizenship stated more than once",
    catches="A letter that says you are a U.S. citizen more than once in the body.",
    why=(
        "Once is enough: repeating it takes space from what makes you a good fit and can read "
        "as over-emphasis."
    ),
    instead="Keep one clear sentence about citizenship and delete the repeats.",
    guide="us-img.md#citizenship-and-visa",
    message="You already said you are a U.S. citizen; once per email is enough.",
    check=_citizenship_repeated,
    fails=(
        "I am a U.S. citizen. As an American citizen, I need no visa.",
        "I am a US citizen and trained abroad. Again, I am a US citizen.",
        "As a U.S. citizen IMG I ... I am a citizen of the United States.",
    ),
    passes=(
        "I am a U.S. citizen and need no visa sponsorship.",
        "Subject: U.S. citizen applicant\n\nDear Ms. Cole,\n\nI am a U.S. citizen.",
        "I enjoyed the interview day.",
    ),
)

# A thank-you this short is a brief courtesy note (the guide's coordinator thank-you), not the
# place to make a case for yourself.
BRIEF_NOTE_WORDS = 90


def _missing_us_tie(letter: Letter, kind: str) -> Iterable[Hit]:
    if letter.word_count < BRIEF_NOTE_WORDS or evidence.has_us_tie(letter):
        return []
    return [first_line_span(letter)]


_FULL_THANK_YOU = (
    "Dear Dr. Lee,\n\nThank you for taking the time to meet with me during my interview on "
    "Tuesday. I enjoyed our conversation about the ambulatory curriculum and the way the "
    "program protects time for continuity clinic each week. Hearing the second-year residents "
    "describe their quality-improvement projects at the noon conference showed me how much the "
    "program invests in teaching, and the morning report I joined was lively and kind. I left "
    "the day even more excited about the chance to train with your team, and I am grateful "
    "for your time and for the care that went into planning the day for every applicant."
)

SUGGEST_US_EXPERIENCE = Rule(
    id="suggest-us-experience",
    severity="info",
    title="No US clinical experience or local tie mentioned",
    catches=(
        "Thank-you and update emails that mention neither US clinical experience (rotations, "
        "electives) nor a tie to the region (family, where you grew up, long-term plans). "
        f"Brief courtesy notes under {BRIEF_NOTE_WORDS} words, such as a thank-you to the "
        "coordinator, are left alone."
    ),
    why=(
        "Programs worry that IMGs will struggle with the US system or leave the region. One "
        "sentence about your US rotations or your roots answers that worry."
    ),
    instead=(
        'Add one sentence such as "My family lives nearby and I hope to practise here long '
        'term" or "My US rotations in internal medicine prepared me for Epic and team-based care".'
    ),
    guide="us-img.md#us-clinical-experience",
    message=("Consider one sentence about your US clinical experience or your ties to the region."),
    check=_missing_us_tie,
    kinds=frozenset({"thank-you", "continued-interest"}),
    example_kind="thank-you",
    fails=(
        _FULL_THANK_YOU,
        _FULL_THANK_YOU.replace("Dr. Lee", "Dr. Okafor"),
        _FULL_THANK_YOU + "\n\nI hope to hear from you.",
    ),
    passes=(
        _FULL_THANK_YOU + " My family lives near the hospital.",
        _FULL_THANK_YOU + " My rotation at Mercy Hospital taught me a lot.",
        _FULL_THANK_YOU + " I grew up in Dayton and hope to return.",
        "Dear Ms. Ortiz,\n\nThank you for organising my interview day so smoothly.",
    ),
)

RULES = (NO_NEW_INFORMATION, CITIZENSHIP_CLARITY, CITIZENSHIP_REPEATED, SUGGEST_US_EXPERIENCE)
