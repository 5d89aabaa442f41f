"""Rules about tone: chasing, pleading, texting style and praise that could fit any program."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.letter import Letter
from checker.rules import evidence
from checker.rules.base import Hit, Rule
from checker.rules.matchers import phrases

_ALWAYS_CHASING = phrases(
    "(?:did|have|has) (?:you|the (?:program|committee)|anyone) (?:have |had |got |get )?"
    "(?:a chance to |the chance to |been able to |yet |time to )?"
    "(?:review|reviewed|look at|looked at|look over|looked over|go over|gone over|see|seen"
    "|read|received|receive|get|got|consider|considered)"
    " my (?:application|file|eras application|materials|documents)",
    negatable=True,
)
# Soft chasing is only a problem when the email carries no news to justify it.
_SOFT_CHASING = phrases(
    "just (?:checking|following) (?:in|up)",
    "(?:checking|check) in (?:on|about|regarding|to see)",
    "(?:following|follow) up (?:on|about|regarding) my (?:application|status|candidacy"
    "|previous (?:email|message)|last (?:email|message))",
    "i (?:still )?(?:have not|haven't|did not|didn't) (?:yet )?(?:heard|received) (?:back|anything"
    "|a (?:reply|response))",
    "any (?:update|updates|news|word)s? (?:on|about|regarding) (?:my (?:application|status"
    "|candidacy)|the status)",
    "(?:the )?status of my (?:application|candidacy)",
    "(?:wanted|writing|write|like|reaching out|reach out) to (?:see|ask|check) (?:if|whether)"
    " (?:there (?:is|are|has been|have been) )?(?:any )?(?:updates?|news|decisions?)",
    "(?:has|have) (?:a )?decisions? been made",
    "when (?:i|we) (?:will|can|should|might|may) (?:expect to )?(?:hear|receive|get) (?:back|an? "
    "(?:interview )?invitation|a decision|a response)",
    unless=evidence.has_news,
)

CHECKING_IN = Rule(
    id="checking-in",
    severity="warning",
    title="Chasing the program for news",
    catches=(
        '"Did you review my application?" at any time, and "just checking in", "I haven\'t '
        'heard back", "any update on my status", "following up on my application" in an email '
        "that brings no news of its own."
    ),
    why=(
        "Programs are busy; repeated chasing reads as poor boundaries and will not change "
        "their list. One follow-up is enough, and only with something new to say."
    ),
    instead=(
        "Write only when you have news (a score, a publication, a finished rotation), and lead "
        "with the news instead of the question."
    ),
    guide="mistakes.md#over-emailing",
    message="This chases the program for news; write only when you have something new to add.",
    check=lambda letter, kind: [*_ALWAYS_CHASING(letter, kind), *_SOFT_CHASING(letter, kind)],
    fails=(
        "Did you have a chance to review my application?",
        "I am just checking in about my application.",
        "I haven't heard back and wanted to ask if there is any update on my status.",
        "I am writing to follow up on my application.",
    ),
    passes=(
        "I am writing with an update: I passed Step 2 CK last week. Just checking in.",
        "Thank you for reviewing my application and for the invitation.",
        "I look forward to hearing about the next steps.",
        "I would never ask whether you have reviewed my application.",
    ),
    notes=(
        '"Did you review my application?" is always flagged; softer follow-ups are only '
        "flagged when the email reports no news (score, publication, rotation, award...)."
    ),
)

DESPERATE_TONE = Rule(
    id="desperate-tone",
    severity="warning",
    title="Pleading or desperate tone",
    catches=(
        '"I will do anything", "please give me a chance", "I really need this spot", "I am '
        'begging you", "this is my last chance".'
    ),
    why=(
        "Programs look for calm, mature colleagues. Pleading signals anxiety rather than fit "
        "and can weigh against you in a close decision."
    ),
    instead=(
        "Say what you would bring and why this program fits you, in a calm and confident tone."
    ),
    guide="mistakes.md#over-emailing",
    message="This sounds desperate; say calmly what you bring and why the program fits you.",
    check=phrases(
        "(?:i(?:'ll| will| would|'d)|i am willing to|i'm willing to) do (?:absolutely |literally )?"
        "(?:anything|whatever (?:it takes|you ask|is needed|you need))",
        "(?:please,? )?(?:just )?give me (?:a|one|the|this) (?:chance|shot)",
        "i (?:really |desperately |truly |badly |just )?(?:need|must have|must get) (?:this|a"
        "|the|your) (?:spot|position|place|residency|match|interview|chance)",
        "(?:i(?:'m| am) )?(?:literally |really |humbly )?begging",
        "i beg (?:you|of you)",
        "please,? please",
        "i(?:'m| am) (?:so |really |truly |getting )?desperate",
        "(?:this|it) (?:is|may be|might be) my (?:last|only|final) (?:chance|hope|option)",
        "i (?:have|'ve) no other (?:options?|choice|hope)",
        "please (?:do not|don't) (?:reject|forget|ignore|overlook) (?:me|my)",
        "my (?:whole |entire )?(?:life|future|career|family) (?:depends|is depending|rests)",
        "i (?:cannot|can't|can not) afford (?:not to match|to go unmatched|another)",
        "i (?:cannot|can't|can not) (?:go|be|remain) unmatched (?:again|another)",
    ),
    fails=(
        "I will do anything to train at your program.",
        "Please give me a chance.",
        "I really need this spot after two unmatched cycles.",
        "I am begging you to consider me.",
    ),
    passes=(
        "I would welcome the chance to train at your program.",
        "I would bring three years of research experience to your team.",
        "Thank you for the chance to interview.",
    ),
)

_TEXTING_WORDS = phrases(
    "hey",
    "hiya",
    "yo",
    "thx",
    "thnx",
    "tnx",
    "tysm",
    "ty",
    "u(?!\\.\\w)(?! of )",  # not the "u" of "U.S." or "U of M"
    "ur(?! medicine)",
    "pls",
    "plz",
    "gonna",
    "wanna",
    "gotta",
    "kinda",
    "sorta",
    "lol",
    "lmao",
    "btw",
    "omg",
    "idk",
    "imo",
    "imho",
    "cuz",
    "b4",
    "tmrw",
    "tmr",
    "cya",
    "haha",
    "hehe",
    "xoxo",
    "yeah",
    "yep",
    "nope",
    quoted_ok=True,
)
# Patterns start with a character class (no look-behind) so the engine can skip ahead fast.
_REPEATED_MARKS = re.compile(r"[!?][!?]+")  # "!!", "?!", "??"
_EMOTICON = re.compile(r"[:;]-?[)(dp](?![\w])|<3")  # ":)", ";-)", ":D", "<3"
_NOT_BEFORE_EMOTICON = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_:")  # "Step:D", "::)"
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\ufe0f]")
# All-capital words a letter may legitimately contain.
ACRONYMS = frozenset(
    [
        "USMLE",
        "COMLEX",
        "ERAS",
        "NRMP",
        "AAMC",
        "ACGME",
        "ECFMG",
        "NBME",
        "NBOME",
        "FREIDA",
        "ICU",
        "MICU",
        "SICU",
        "NICU",
        "PICU",
        "CCU",
        "PGY",
        "OBGYN",
        "STEP",
        "LEVEL",
        "SOAP",
        "IMG",
        "IMGS",
        "USCE",
        "EMR",
        "EHR",
        "EPIC",
        "COVID",
        "ACLS",
        "PALS",
        "ATLS",
        "POCUS",
        "MBBS",
        "AOA",
        "NIH",
        "CDC",
        "MPH",
        "PHD",
        "MSC",
        "HEENT",
        "FQHC",
        "SMILE",
        "AIDS",
        "ECMO",
        "CPR",
        "USA",
        "ID",
    ]
)
# Words of four letters or more that shout even alone ("I am VERY interested").
_EMPHASIS = frozenset(
    [
        "VERY",
        "REALLY",
        "TRULY",
        "EXTREMELY",
        "PLEASE",
        "LOVE",
        "NEED",
        "DREAM",
        "HUGE",
        "SUPER",
        "MUCH",
    ]
)
_CAPS_RUN = re.compile(r"[A-Z][A-Z]+\b(?:[ ,]+[A-Z]{2,}\b)*")


def _shouting(letter: Letter) -> Iterable[Hit]:
    """Runs of capitals that are not acronyms, outside the signature (names may be in caps).
    Reads the original text, since the view is lower case."""
    signature_start = letter.sign_off.start if letter.sign_off else len(letter.view)
    end_original, _ = letter.norm.original_span(signature_start, signature_start)
    for match in _CAPS_RUN.finditer(letter.original, 0, end_original):
        if match.start() and letter.original[match.start() - 1].isalnum():
            continue  # the end of "McDONALD" or "iPHONE", not a word of its own
        words = match.group().replace(",", " ").split()
        loud = [word for word in words if word not in ACRONYMS and len(word) >= 4]
        if (len(words) >= 2 and loud) or any(word in _EMPHASIS for word in words):
            yield _view_hit(letter, match.start(), match.end())


def _view_hit(letter: Letter, start: int, end: int) -> Hit:
    return Hit(letter.norm.view_offset(start), letter.norm.view_offset(end))


def _informal(letter: Letter, kind: str) -> Iterable[Hit]:
    yield from _TEXTING_WORDS(letter, kind)
    view = letter.view
    for match in _REPEATED_MARKS.finditer(view):
        yield Hit(*match.span())
    for match in _EMOTICON.finditer(view):
        if not (match.start() and view[match.start() - 1] in _NOT_BEFORE_EMOTICON):
            yield Hit(*match.span())
    for match in _EMOJI.finditer(letter.original):
        yield _view_hit(letter, match.start(), match.end())
    yield from _shouting(letter)


INFORMAL_TONE = Rule(
    id="informal-tone",
    severity="warning",
    title="Texting style or informal words",
    catches=(
        'Texting abbreviations and slang ("hey", "thx", "u", "pls", "gonna", "lol", "btw"), '
        'emoji and emoticons, "!!", and words in capitals that shout (acronyms such as USMLE, '
        "ERAS or PGY-1 are fine)."
    ),
    why=(
        "Coordinators and program directors notice professionalism in small things; texting "
        "style in an email to a program reads as careless."
    ),
    instead="Write full words, one exclamation mark at most, and no emoji.",
    guide="mistakes.md#professionalism",
    message="Too informal for a program: write it out in full, professional words.",
    check=_informal,
    fails=(
        "Thx so much for the interview!!",
        "Hey, just wanted to say I'm gonna apply again.",
        "Can u pls confirm the time? \U0001f642",
        "I am VERY excited about your program.",
        "I REALLY WANT TO TRAIN THERE.",
    ),
    passes=(
        "Thank you very much for the interview.",
        "I passed USMLE Step 2 CK and have my ERAS and AAMC documents ready.",
        "I completed a PGY-1 preliminary year in the ICU.",
        "I am very excited about your program!",
        "The interview day was a pleasure.\n\nSincerely,\nMaria RODRIGUEZ GOMEZ",
    ),
    notes=(
        "Capitals are judged in the original text; a signature in capitals is allowed, since "
        "many applicants write their family name that way."
    ),
)

GENERIC_PRAISE = Rule(
    id="generic-praise",
    severity="warning",
    title="Praise that could be sent to any program",
    catches=(
        'Stock praise ("excellent teaching and research", "great program", "wonderful '
        'opportunity", "strong clinical training") in an email that names no concrete detail '
        "of the program: a person (Dr. ...), a curriculum element (continuity clinic, night "
        "float, journal club...), a patient population, a place, or a moment of the interview "
        "day."
    ),
    why=(
        "Program directors recognise copy-paste emails at once; without one specific detail "
        "the praise sounds like it went to fifty programs."
    ),
    instead=(
        "Add one detail only this program has: \"I enjoyed Dr. Patel's talk on the street "
        'medicine elective."'
    ),
    guide="mistakes.md#generic-messages",
    message=(
        "Stock praise with no specific detail of this program; name one person, rotation, "
        "clinic or moment from your interview."
    ),
    check=phrases(
        "(?:excellent|great|strong|outstanding|exceptional|renowned) (?:teaching|education) and"
        " research",
        "(?:a |such a |truly a |an )?(?:great|excellent|outstanding|amazing|wonderful|fantastic"
        "|prestigious|top|top-notch|incredible|exceptional|impressive|reputable) (?:residency )?"
        "(?:program|institution)(?! (?:director|coordinator|manager|leadership))",
        "(?:a |such a |what a )?(?:wonderful|great|amazing|fantastic|incredible|unique) "
        "opportunity(?! to (?:interview|meet|speak|talk|visit|learn))",
        "(?:strong|excellent|great|outstanding|robust|rigorous|comprehensive|well-rounded)"
        " (?:clinical )?(?:training|education|curriculum|teaching)",
        "(?:excellent|great|outstanding|strong|stellar) reputation",
        "(?:excellent|great|outstanding|supportive|amazing|wonderful|friendly) (?:faculty"
        "|residents|people|environment|atmosphere|culture)",
        "(?:a )?great fit",
        "world[- ]class",
        unless=evidence.has_concrete_detail,
    ),
    fails=(
        "Your program is my favourite because of its excellent teaching and research.",
        "It is a great program with strong clinical training.",
        "Thank you for this wonderful opportunity. The faculty were great and it is a great fit.",
    ),
    passes=(
        "It is a great program: Dr. Okafor's night float teaching impressed me.",
        "The continuity clinic at the county hospital is a wonderful opportunity.",
        "I enjoyed learning about the journal club and the research track.",
        "Thank you for the interview.",
    ),
    notes=(
        "A detail is recognised from a list of specific program features, a named Dr. or "
        "Professor, dates and resident numbers; unusual details may be missed."
    ),
)

RULES = (CHECKING_IN, DESPERATE_TONE, INFORMAL_TONE, GENERIC_PRAISE)
