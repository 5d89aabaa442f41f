"""Readable phrase patterns, compiled once into whitespace-tolerant regular expressions.

A phrase is written as it reads, in lower case: "i will rank {target} {first}".
- a space matches any run of whitespace, line breaks included; " ?" allows none;
- an apostrophe is optional ("i'll" also matches "ill", "don't" also "dont");
- {name} inserts one of the word lists in VOCABULARY (themselves phrases);
- anything else is regular-expression syntax: "(?:very )?", "rank(?:ing|ed)?".
Phrases match the normalised view (lower case, straight quotes), whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

VOCABULARY: dict[str, tuple[str, ...]] = {
    # Intent to do something, as applicants write it.
    "i_will": (
        "i will",
        "i'll",
        "i shall",
        "i am going to",
        "i'm going to",
        "i am gonna",
        "i'm gonna",
        "i plan to",
        "i am planning to",
        "i'm planning to",
        "i intend to",
        "i fully intend to",
        "i have decided to",
        "i've decided to",
        "i want to",
        "i would like to",
        "i'd like to",
        "i wish to",
    ),
    # Words that place a program first (not "highly", "among the top").
    "first": (
        "first",
        "1st",
        "#1",
        "# 1",
        "#one",
        "number one",
        "number 1",
        "no. 1",
        "no.1",
        "no 1",
        "highest",
        "at the top(?: of (?:my|the) (?:rank )?(?:order )?list)?",
        "at the very top",
        "top",
    ),
    # Ordinals strong enough to stand without a noun ("you are my #1").
    "number_one": ("#1", "# 1", "#one", "number one", "number 1", "no. 1", "no.1", "no 1"),
    # What an applicant ranks: "you", "your program", "your residency program", "it".
    "target": (
        "you",
        "it",
        "your (?:[\\w-]+ ){0,3}?(?:program|programme|residency|hospital|institution|team)",
        "this program",
        "the program",
        "[\\w.&'-]+ (?:[\\w.&'-]+ ){0,3}?(?:program|programme|residency|hospital)",
    ),
}

_REFERENCE = re.compile(r"\{(\w+)\}")


def phrase_regex(phrase: str) -> str:
    """Regex source for one phrase (see the module docstring for the notation)."""
    pieces = []
    position = 0
    for reference in _REFERENCE.finditer(phrase):
        pieces.append(_literal_part(phrase[position : reference.start()]))
        pieces.append(alternation(VOCABULARY[reference.group(1)]))
        position = reference.end()
    pieces.append(_literal_part(phrase[position:]))
    return "".join(pieces)


def alternation(phrases: Iterable[str]) -> str:
    return "(?:" + "|".join(phrase_regex(phrase) for phrase in phrases) + ")"


def _literal_part(text: str) -> str:
    return text.replace("'", "'?").replace(" ?", r"\s*").replace(" ", r"\s+")
