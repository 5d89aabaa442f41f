"""Letter kinds: what a draft is for, detected from weighted clues in its subject and body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker import immigration_status
from checker.letter import Letter
from checker.phrase_search import compile_phrases

KINDS: dict[str, str] = {
    "citizenship-clarification": "Citizenship clarification",
    "logistics-question": "Logistics or time zone question",
    "thank-you": "Post-interview thank-you",
    "continued-interest": "Continued interest or update",
    "rank-first": '"I plan to rank you first" letter',
    "commitment-hint-reply": "Reply to a commitment hint",
    "other": "Other message",
}


@dataclass(frozen=True)
class Clue:
    kind: str
    weight: int
    description: str  # shown to the applicant: why the checker chose this kind
    pattern: re.Pattern[str]
    subject_only: bool = False


def _clue(kind: str, weight: int, description: str, *phrases: str, subject: bool = False) -> Clue:
    return Clue(kind, weight, description, compile_phrases(phrases), subject)


# How keen an applicant says they still are ("still very interested", "remain enthusiastic").
_DEGREE = "(?:(?:very|so|really|extremely|truly|highly|strongly|deeply|just as|as) )?"
_KEEN = "(?:interested|excited|enthusiastic|eager|keen)"

CLUES: tuple[Clue, ...] = (
    _clue(
        "citizenship-clarification",
        4,
        "subject mentions citizenship or visa status",
        *immigration_status.SUBJECT_NAMES_STATUS,
        subject=True,
    ),
    _clue(
        "citizenship-clarification",
        3,
        'says "U.S. citizen"',
        *immigration_status.BODY_SAYS_CITIZEN,
    ),
    _clue(
        "citizenship-clarification",
        3,
        "mentions visa sponsorship",
        "visa sponsorship",
        "(?:require|need|needing|requiring) (?:a |any |the )?(?:visa|sponsorship)",
    ),
    _clue(
        "citizenship-clarification",
        3,
        "mentions immigration status",
        *immigration_status.BODY_NAMES_STATUS,
    ),
    _clue(
        "citizenship-clarification",
        4,
        "speaks of your own status or right to work",
        *immigration_status.BODY_OWN_STATUS,
    ),
    _clue("citizenship-clarification", 1, "clarifies something", "clarify", "clarification"),
    _clue(
        "citizenship-clarification",
        1,
        "subject clarifies something or names a status",
        "clarif[a-z]*",
        "(?:my|visa|immigration|citizenship) status",
        subject=True,
    ),
    _clue("logistics-question", 4, "asks about the time zone", "time ?zones?"),
    _clue(
        "logistics-question",
        2,
        "asks to confirm a detail",
        "could you (?:please )?confirm",
        "would you (?:please )?confirm",
        "please confirm",
    ),
    _clue(
        "logistics-question",
        2,
        "mentions scheduling or travel",
        "reschedul(?:e|ing)",
        "interview (?:schedule|time|date|link)",
        "zoom link",
        "local time",
        "travel",
    ),
    _clue(
        "logistics-question",
        2,
        "subject asks a question",
        "question",
        "logistics",
        "scheduling",
        subject=True,
    ),
    _clue("thank-you", 4, 'subject says "thank you"', "thank you", "thanks", subject=True),
    _clue(
        "thank-you",
        4,
        "thanks them for the interview",
        "thank you (?:very much |so much )?for (?:the|this) (?:opportunity|chance) to interview",
        "thank you (?:very much |so much )?for (?:interviewing me|the interview|hosting)",
        "thank you for (?:taking )?(?:the |your )?time (?:to|during|on|at|today|yesterday)",
        "pleasure (?:to interview|interviewing|meeting|speaking|to meet)",
        "enjoyed (?:my|the|our) interview",
    ),
    _clue(
        "thank-you",
        2,
        "refers to the interview day",
        "interview day",
        "enjoyed (?:meeting|speaking|talking|our conversation)",
        "our conversation",
        "meeting you",
    ),
    _clue(
        "continued-interest",
        4,
        "expresses continued interest",
        "continued (?:strong )?interest",
        # Interest said again in other words: "I remain enthusiastic", "to reiterate my strong
        # interest", "how interested I still am". Not "still really interested" after a
        # question about the application: that is a status chase (fresh4's f4l-030).
        f"remain(?:s|ing)? {_DEGREE}{_KEEN}",
        "still (?:very )?interested",
        f"{_KEEN} i still am",
        "(?:reiterat|reaffirm|restat|reconfirm|re-?express)[a-z]* (?:my |our )?"
        "(?:[a-z]+ ){0,2}(?:interest|enthusiasm)",
        "continued enthusiasm",
        "interest [^.?!\\n]{0,60}?(?:has )?(?:only )?(?:grown|increased|deepened|strengthened)",
    ),
    _clue(
        "continued-interest",
        3,
        "gives an update since the interview",
        "since (?:our|my) (?:interview|conversation|meeting)",
        "update",
        "updates",
        "i (?:have|'ve) (?:recently |since )?(?:passed|received|submitted|published|completed"
        "|been accepted|presented)",
    ),
    _clue(
        "continued-interest",
        4,
        "subject mentions an update or continued interest",
        "update",
        "updates",
        "continued interest",
        # Not "Re: Your interest": the program's interest in the applicant, answered.
        "(?<!your\\s)interest",
        "still interested",
        subject=True,
    ),
    _clue(
        "rank-first",
        6,
        "says the program will be ranked first",
        "rank(?:ing)? {target} {first}",
        # The program by its name: "I plan to rank Westmoor first."
        # (Not a priority: "I intend to rank sick patients first", "rank location first".)
        "(?:plan|intend|going|decided|want|will|'ll) (?:to )?rank (?!(?:sick|patients?|location"
        "|family|safety|people|quality|geography|fit|training|cost|proximity|wellness|education"
        "|teaching|research|my|the|a|all|every|each)\\b)[a-z][\\w.&'-]*(?: [\\w.&'-]+)"
        "{0,2}? (?:first|number one|#1)(?= ?[.!])",
        "my (?:very |clear |true )?{number_one}",
        "my (?:first|top|1st) (?:choice|pick|preference)(?!s)",
        "letter of intent",
    ),
    _clue(
        "rank-first",
        3,
        "subject mentions rank or first choice",
        "rank",
        "first choice",
        "#1",
        "top choice",
        subject=True,
    ),
    _clue(
        "commitment-hint-reply",
        4,
        "asks whether the program takes part in the Match",
        "participates? (?:fully )?in the (?:nrmp )?match",
        "participating (?:fully )?in the (?:nrmp )?match",
        "part of the (?:nrmp )?match",
    ),
    _clue(
        "commitment-hint-reply",
        3,
        "mentions a commitment or non-binding talk",
        "non-?binding",
        "commitment",
        "true order of preference",
        "true preference",
        "pre-?match offer",
    ),
)
_THRESHOLD = 4  # a kind needs at least this much evidence; otherwise the draft is "other"


def kind_and_clues(letter: Letter, chosen: str | None) -> tuple[str, list[str]]:
    """The kind the reader chose, or the one detected, and why."""
    return (chosen, ["chosen by you"]) if chosen is not None else detect_kind(letter)


def detect_kind(letter: Letter) -> tuple[str, list[str]]:
    """The most likely kind and the clues behind it ("other" with no clues when unsure).
    Ties go to the kind listed first in KINDS."""
    scores = dict.fromkeys(KINDS, 0)
    reasons: dict[str, list[str]] = {kind: [] for kind in KINDS}
    view = letter.view
    subject = (letter.subject.start, letter.subject.end) if letter.subject else (0, 0)
    body = (subject[1], len(view))
    for clue in CLUES:
        if clue.pattern.search(view, *(subject if clue.subject_only else body)):
            scores[clue.kind] += clue.weight
            reasons[clue.kind].append(clue.description)
    best = max(KINDS, key=lambda kind: scores[kind])
    if scores[best] < _THRESHOLD:
        return "other", ["no clear clue: checked as a general message"]
    return best, reasons[best]
