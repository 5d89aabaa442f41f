"""Rules from the policies around the Match: the reader's specialty and match policies
(checker/policies.toml), SOAP during Match Week, the All-In Policy, and stating one's
citizenship status as it is today.

The first four read the reader's setting (checker.policies.Setting): they stay silent
under the default NRMP Main Match with no specialty policy and outside SOAP.
"""

from __future__ import annotations

from collections.abc import Iterable

from checker import immigration_status
from checker.hits import Hit
from checker.letter import Letter
from checker.policies import Setting
from checker.rules.base import Rule
from checker.rules.commitments import RANK_FIRST_CLAIM
from checker.rules.matchers import first_line_span, phrases

# Letters written to the program after the interview, to its director or faculty.
POST_INTERVIEW_KINDS = frozenset({"thank-you", "continued-interest", "rank-first"})

_THANK_YOU = (
    "Subject: Thank you for the interview\n\nDear Dr. Lee,\n\nThank you for meeting with me "
    "on interview day. I enjoyed hearing about the continuity clinic and the resident research "
    "projects."
)
_UPDATE = (
    "Subject: Update since my interview\n\nDear Dr. Lee,\n\nSince our interview I passed "
    "Step 2 CK, and I remain very interested in your program."
)
_FIRST_CHOICE = (
    "Subject: My first choice\n\nDear Dr. Lee,\n\nI will rank your program first. Your "
    "rural track fits my goals."
)
_LOGISTICS = (
    "Dear Ms. Ortiz,\n\nCould you please confirm the time zone of my interview on January 12?"
)
_CLARIFICATION = (
    "Dear Ms. Cole,\n\nI am a U.S. citizen and do not need visa sponsorship. I studied "
    "medicine in Grenada."
)


def _policy_hit(letter: Letter, setting: Setting, effect: str, message: str) -> Iterable[Hit]:
    """One finding on the first line, citing the chosen policy that has `effect`."""
    policy = setting.policy_with(effect)
    if policy is not None:
        span = first_line_span(letter)
        text = f"{message.format(name=policy.name)} Source: {policy.citation}."
        yield Hit(span.start, span.end, text, url=policy.url)


def _no_contact(letter: Letter, kind: str, setting: Setting) -> Iterable[Hit]:
    return _policy_hit(
        letter,
        setting,
        "no-post-interview-contact",
        "{name} rules out contact between applicants and faculty after the interview, so "
        "this letter should not be sent to the program's faculty or director.",
    )


POLICY_NO_CONTACT = Rule(
    id="policy-no-contact",
    severity="error",
    title="Post-interview letter where your specialty rules out contact",
    catches=(
        "A thank-you, update or first-choice letter when the specialty you chose has a policy "
        "of no contact between applicants and faculty after the interview (for example, "
        "plastic surgery's uniform policy)."
    ),
    why=(
        "The programs of such a specialty have agreed to a common rule, so a letter that is "
        "polite elsewhere breaks it here and can count against you. It is an error, not a "
        "warning, because the policy forbids the contact instead of merely discouraging it. "
        "The checker cannot see whom you write to: a logistics question to the coordinator "
        "is not this kind of letter."
    ),
    instead=(
        "Do not send it. If you need something practical, ask the coordinator in a short "
        "logistics email, and show your interest through the channels the policy allows."
    ),
    guide="timeline.md#thank-you-notes",
    message="Your specialty's policy rules out this letter after the interview.",
    check=_no_contact,
    kinds=POST_INTERVIEW_KINDS,
    example_setting={"effect": "no-post-interview-contact"},
    fails=(_THANK_YOU, _UPDATE, _FIRST_CHOICE),
    passes=(_LOGISTICS, _CLARIFICATION, "Dear Ms. Ortiz,\n\nMay I bring a printed CV?"),
    supersedes=("policy-thank-you-discouraged",),
    notes=(
        "Only with a specialty (or match) whose policy rules out post-interview contact; "
        "the letter's kind decides, as detected or as you chose it."
    ),
)


def _thank_you_discouraged(letter: Letter, kind: str, setting: Setting) -> Iterable[Hit]:
    return _policy_hit(
        letter,
        setting,
        "thank-you-discouraged",
        "{name} asks applicants not to send thank-you notes after interviews.",
    )


POLICY_THANK_YOU_DISCOURAGED = Rule(
    id="policy-thank-you-discouraged",
    severity="warning",
    title="Thank-you note where your specialty discourages them",
    catches=(
        "A thank-you letter when the specialty you chose recommends that applicants send no "
        "thank-you notes (for example, internal medicine's recruitment recommendations)."
    ),
    why=(
        "Programs that follow the recommendation tell interviewees not to write, and a note "
        "they asked you not to send shows you did not listen. It is a warning, not an error: "
        "the recommendation is advice to programs, not a rule that binds you."
    ),
    instead=(
        "Skip the thank-you unless the program invited one; if you have real news later, one "
        "update letter is a better use of your single message."
    ),
    guide="timeline.md#thank-you-notes",
    message="Your specialty discourages thank-you notes after interviews.",
    check=_thank_you_discouraged,
    kinds=frozenset({"thank-you"}),
    example_setting={"effect": "thank-you-discouraged"},
    fails=(
        _THANK_YOU,
        "Subject: Thank you\n\nDear Ms. Ortiz,\n\nThank you for organising my interview day.",
        "Dear Dr. Okafor,\n\nThank you for the interview and the tour of the wards yesterday.",
    ),
    passes=(_UPDATE, _LOGISTICS, _CLARIFICATION),
    notes="Only with a specialty (or match) whose policy discourages thank-you notes.",
)


def _rank_plans_confidential(letter: Letter, kind: str, setting: Setting) -> Iterable[Hit]:
    policy = setting.policy_with("rank-plans-confidential")
    if policy is None:
        return
    message = (
        f"{policy.name} asks applicants to keep their ranking plans to themselves, so do not "
        "tell a program where you will rank it, even in a first-choice letter. Say what draws "
        f"you to the program instead. Source: {policy.citation}."
    )
    for hit in RANK_FIRST_CLAIM.check(letter, kind):
        yield hit._replace(severity=None, message=message, url=policy.url)


POLICY_RANK_PLANS_CONFIDENTIAL = Rule(
    id="policy-rank-plans-confidential",
    severity="warning",
    title='"I will rank you first" in a match that keeps rank plans confidential',
    catches=(
        "The statements rank-first-claim looks for, when the match you chose asks applicants "
        "to keep their ranking plans confidential (the urology match, for example)."
    ),
    why=(
        "Where the match itself asks for rank plans to stay private, telling a program it is "
        "your first choice goes against that match's rules rather than being a question of "
        "tact. So this stays a warning even in a letter titled as a first-choice letter, "
        "where rank-first-claim would only remind you."
    ),
    instead=(
        "Describe your interest without a ranking: \"Your program's rural track is exactly "
        'the training I am looking for."'
    ),
    guide="rules.md#rank-order-privacy",
    message="Your match asks applicants to keep their ranking plans confidential.",
    check=_rank_plans_confidential,
    example_setting={"effect": "rank-plans-confidential"},
    fails=(
        _FIRST_CHOICE,
        "Dear Dr. Lee,\n\nYour program is my first choice.",
        "Dear Dr. Lee,\n\nI will rank your program first.",
    ),
    passes=(
        "Dear Dr. Lee,\n\nYour program's rural track is exactly the training I am looking for.",
        _THANK_YOU,
        "Dear Dr. Lee,\n\nI was ranked first in my class in anatomy.",
    ),
    supersedes=("rank-first-claim",),
    notes="Only with a match or specialty whose policy keeps ranking plans confidential.",
)


def _soap_initiated(letter: Letter, kind: str, setting: Setting) -> Iterable[Hit]:
    if setting.soap and not setting.reply:
        yield first_line_span(letter)


SOAP_APPLICANT_INITIATED = Rule(
    id="soap-applicant-initiated",
    severity="error",
    title="Writing first to a program during SOAP",
    catches=(
        "Any message you start during your Match Week while SOAP runs, when it is not marked "
        "as a reply to a program that contacted you."
    ),
    why=(
        "During SOAP an applicant who can take part may not start contact with a program: "
        "applications go through ERAS, and you may talk to a program only after it reaches "
        "out to you. A message you start is a violation of the Match agreement, whatever it "
        "says."
    ),
    instead=(
        "Apply through ERAS and wait. If the program wrote to you first, mark this draft as "
        "a reply; once SOAP ends you may contact unfilled programs freely."
    ),
    guide="timeline.md#match-week-and-soap",
    message=(
        "During SOAP you may not write first to a program; send this only as a reply to a "
        "program that contacted you."
    ),
    check=_soap_initiated,
    example_setting={"soap": True},
    fails=(
        _LOGISTICS,
        _UPDATE,
        "Dear Dr. Lee,\n\nI applied to your program through ERAS today and would love to talk.",
    ),
    # The same kind of drafts, as replies to a program that wrote first.
    passes=(
        _LOGISTICS,
        _UPDATE,
        "Dear Dr. Lee,\n\nThank you for your message; I am free to talk at 2 pm.",
    ),
    passes_setting={"soap": True, "reply": True},
    notes='A draft marked "reply to the program" gets no finding.',
)

FUTURE_CITIZENSHIP_STATUS = Rule(
    id="future-citizenship-status",
    severity="warning",
    title="Citizenship status you expect instead of the one you hold",
    catches=(
        'A status described as future or pending: "I will be a U.S. citizen by the time '
        'residency starts", "pending naturalization", "I expect my green card", "my '
        'citizenship application is in process".'
    ),
    why=(
        "Programs decide on eligibility and visa sponsorship from the status you hold today, "
        "and the NRMP treats an expected status given in place of the current one as "
        "incomplete information, one of the violations it lists. A status you expect can also "
        "be delayed past the start of training."
    ),
    instead=(
        'State the status you hold now, plainly: "I am a lawful permanent resident and do not '
        'need visa sponsorship." If an application is pending, say what you hold today first.'
    ),
    guide="us-img.md#current-status",
    message=(
        "State the citizenship or visa status you hold today, not one you expect; programs "
        "decide from your current status."
    ),
    check=phrases(*immigration_status.EXPECTED_STATUS),
    fails=(
        "I will be a US citizen by the time residency starts, so I need no sponsorship.",
        "My naturalization is pending, so I will not need a visa.",
        "I am a permanent resident with U.S. citizenship pending.",
        "I expect my green card before July.",
        "My citizenship application is in process.",
        "I should be naturalized by July.",
        "I'll become a U.S. citizen in March.",
        "I am in the process of becoming a citizen.",
        "My green card is still being processed.",
        "I am awaiting my green card.",
        "I have applied for citizenship and expect my oath ceremony soon.",
        "Once I am naturalized, I will not need any visa.",
        "I anticipate becoming a permanent resident this spring.",
        "I will have my green card by June.",
    ),
    passes=(
        "I am a U.S. citizen and do not need visa sponsorship.",
        "I am a lawful permanent resident and need no visa.",
        "I became a citizen in 2019.",
        "I was naturalized in 2015 and have lived in Ohio since.",
        "As a citizen of the United States, I will not need a visa.",
        "I will be a dedicated resident and a reliable colleague.",
        "My parents became citizens before I was born.",
    ),
    notes=(
        'A pending status is only seen when it is yours ("my green card", "I will be"); '
        "someone else's pending case is left alone unless it is written without an owner "
        '("pending naturalization").'
    ),
)

NON_MATCH_OFFER = Rule(
    id="non-match-offer",
    severity="info",
    title="An offer from a program outside the Match",
    catches=(
        "A draft that talks about a position, offer or contract from a program outside the "
        'Match: "an offer from a non-Match program", "offered me a contract outside the '
        'Match", "an off-Match position".'
    ),
    why=(
        "Under the NRMP's All-In Policy every program in the Main Match fills all of its "
        "positions through the Match, so an offer outside it comes from a program that does "
        "not take part. To accept such an offer you must withdraw from the Match before the "
        "rank list certification deadline; after the deadline you may no longer withdraw, "
        "and taking a position outside the Match then breaks your Match agreement."
    ),
    instead=(
        "Before you answer, check in the NRMP Program Directory whether the program takes "
        "part in the Match, and decide about withdrawing before the rank list deadline."
    ),
    guide="rules.md#all-in-policy",
    message=(
        "An offer outside the Match: to accept it you must withdraw from the Match before "
        "the rank list deadline (All-In Policy)."
    ),
    check=phrases(
        "(?:offer|offers|contract|position|spot|job) (?:from|by|at|with) (?:a |an |another "
        "|one |the )?(?:[\\w'-]+ ){0,3}?(?:program|hospital|institution|residency)s?"
        " (?:that is |which is |that's |that are |which are )?(?:outside|out of|not in|not part"
        " of) (?:of )?the (?:nrmp |main )?match",
        "(?:program|hospital|institution|residency)s? (?:that|which) (?:does|do|is|are)"
        " not (?:in|participate in|participating in|take part in|taking part in|part of)"
        " the (?:nrmp |main )?match",
        "non-? ?match (?:participating )?(?:program|hospital|institution|residency|position"
        "|offer|contract|spot)s?",
        "(?:outside|off)(?:-| )(?:of-? ?)?(?:the-? ?)?match (?:offer|position|contract|spot|job)s?",
        "(?:offered|offering|offer|offers) me (?:a |an |the )?(?:position|contract|spot|job"
        "|place) (?:[\\w']+ ){0,3}?(?:outside|out) (?:of )?the (?:nrmp |main )?match",
        "(?:received|got|have|had|was given|was offered) (?:a |an )?pre-?match (?:offer"
        "|contract|position)",
    ),
    fails=(
        "I have received an offer from a program outside the Match and must reply by Friday.",
        "A non-Match program has offered me a position.",
        "Another hospital offered me a contract outside the Match.",
        "I was offered a pre-match contract by a community program.",
        "A program that does not participate in the Match offered me a position.",
        "Should I accept an off-Match offer from a hospital in Texas?",
    ),
    passes=(
        "Is the program fully participating in the NRMP Match?",
        "Thank you for the offer of an interview on January 12.",
        "I am applying only to programs in the Match.",
        "I look forward to Match Day.",
    ),
)

RULES = (
    SOAP_APPLICANT_INITIATED,
    POLICY_NO_CONTACT,
    POLICY_THANK_YOU_DISCOURAGED,
    POLICY_RANK_PLANS_CONFIDENTIAL,
    FUTURE_CITIZENSHIP_STATUS,
    NON_MATCH_OFFER,
)
