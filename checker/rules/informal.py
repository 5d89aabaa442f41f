"""The informal-tone rule: texting abbreviations, emoticons and emoji, repeated "!!" and
words in capitals that shout."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.letter import Letter
from checker.rules.base import Hit, Rule
from checker.rules.matchers import phrases

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

RULES = (INFORMAL_TONE,)
