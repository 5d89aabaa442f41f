"""One-click fixes: the wording that can take the place of a finding's words.

A fix only ever replaces the flagged words themselves, so it must read well in their
place: "rank your program #1" becomes "rank your program highly", "Thx" becomes "Thank
you". Where no wording fits every sentence the words could stand in (a promise to accept an
offer, a question about rank), there is no fix and the reader rewrites the sentence, helped
by the rule's "Instead". Each fix is data (the words it knows) plus a small function from
the flagged words, and what comes before them, to the replacement or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "rank <what> first": only the closing "first / #1 / number one" changes.
_RANK_FIRST = re.compile(
    r"(?P<rank>ra?n?a?k\b.*?)\s*(?:first|#\s*1|number\s+(?:one|1)|no\.?\s*1)", re.I | re.S
)
# "my first choice", "my top pick": a claim of first place that "one of ..." softens.
_MY_TOP = re.compile(r"my\s+(?:first|top|number\s+one|#\s*1)\s+(?P<noun>choice|pick)", re.I)

# Texting words and the plain words a letter uses instead.
_PLAIN_WORDS = {
    "thx": "thank you",
    "thnx": "thank you",
    "tnx": "thank you",
    "tysm": "thank you so much",
    "ty": "thank you",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "btw": "by the way",
    "cuz": "because",
    "b4": "before",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "yeah": "yes",
    "yep": "yes",
    "nope": "no",
}
_REPEATED_MARKS = re.compile(r"[!?]{2,}")
_SHOUTED = re.compile(r"[A-Z][A-Z'\s]*[A-Z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*|\n\s*)$")


def _rank_first(text: str, before: str) -> str | None:
    if match := _RANK_FIRST.fullmatch(text):
        return f"{match['rank']} highly"
    if match := _MY_TOP.fullmatch(text):
        return f"one of my top {match['noun']}s"
    return None


def _informal(text: str, before: str) -> str | None:
    if _REPEATED_MARKS.fullmatch(text):
        return text[0]
    plain = _PLAIN_WORDS.get(text.lower())
    if plain is not None:
        return plain[0].upper() + plain[1:] if text[0].isupper() else plain
    if _SHOUTED.fullmatch(text):
        # Shouting becomes ordinary case; a sentence still starts with a capital.
        quiet = text.lower()
        if _SENTENCE_START.search(before) or quiet.split()[0] == "i":
            quiet = quiet[0].upper() + quiet[1:]
        return re.sub(r"\bi\b", "I", quiet)
    return None


FIXES: dict[str, Callable[[str, str], str | None]] = {
    "rank-first-claim": _rank_first,
    "informal-tone": _informal,
}


def replacement(rule: str, draft: str, start: int, end: int) -> str | None:
    """The wording that can replace draft[start:end], flagged by `rule`, or None when the
    reader has to rewrite it themselves."""
    fix = FIXES.get(rule)
    if fix is None or start == end:
        return None
    # Only the end of what comes before matters (is this the start of a sentence?).
    return fix(draft[start:end], draft[max(0, start - 40) : start])
