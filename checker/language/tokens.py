"""Tokens of the normalised view, each with its lemma and its exact span.

"I'm ranking you No. 1" becomes i/be/rank/you/no1, and every token keeps the characters it
came from, so a finding can point at exactly what the applicant typed. A contraction gives
two tokens sharing its span; a rank form written in several pieces ("number one", "# 1")
gives one token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.language.lexicon import (
    ABBREVIATIONS,
    CONTRACTIONS,
    IS_BEFORE,
    LEMMA,
    NEGATIVE_STEMS,
    NUMBER_ONE,
    SUFFIXES,
)
from checker.language.typos import correction

# One scan, no nested unbounded quantifier: every repetition starts with a fixed character.
_TOKEN = re.compile(
    r"(?P<no1>#\s?(?:1|one)(?!\w)|no\.?\s?1(?!\w)|number\s{1,3}(?:one|1)(?!\w)"
    r"|num(?:ber)?\.?\s?1(?!\w))"
    r"|(?P<word>[^\W_]+(?:['.\-][^\W_]+)*)"
    r"|(?P<newline>\n)"
    r"|(?P<mark>[?!.;:,()\"\[\]/&-])"
)
SENTENCE_END = "|"
_ENDS = frozenset("?!.")
_MAX_LEMMA = 30  # a longer "word" is noise (a pasted link, a run of letters)


NAME = "name"  # a capitalised word inside a sentence that the lexicon does not know
_NOT_NAMES = frozenset({"i", "mr", "mrs", "ms"})
_OPENS_SENTENCE = frozenset({SENTENCE_END, ":", '"', "(", "-"})


class Tokens(NamedTuple):
    """Parallel lists: token i is lemmas[i], written at view[starts[i]:ends[i]]."""

    lemmas: list[str]
    starts: list[int]
    ends: list[int]


def tokenize(view: str, capitals: set[int]) -> Tokens:
    """Tokens of `view`; `capitals` holds the view positions where the original has a
    capital letter. A blank line, and ".", "!" or "?" (not after an abbreviation), are
    followed by a SENTENCE_END token."""
    lemmas: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    newlines = 1  # the text starts a line
    for match in _TOKEN.finditer(view):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "word":
            initial = newlines or not lemmas or lemmas[-1] in _OPENS_SENTENCE
            newlines = 0
            word = match.group()
            if not initial and start in capitals and _is_unknown(word):
                lemmas.append(NAME)
                starts.append(start)
                ends.append(end)
                continue
            expansion = _expansions.get(word) or _expansion(word)
            if len(expansion) == 1:  # most words: one lemma for the whole word
                lemmas.append(expansion[0][0])
                starts.append(start)
                ends.append(end)
                continue
            for lemma, offset, stop in expansion:
                lemmas.append(lemma)
                starts.append(start + offset)
                ends.append(start + stop)
            continue
        if kind == "newline":
            newlines += 1
            if newlines == 2 and lemmas and lemmas[-1] != SENTENCE_END:
                lemmas.append(SENTENCE_END)
                starts.append(start)
                ends.append(start)
            continue
        newlines = 0
        text = NUMBER_ONE if kind == "no1" else match.group()
        if text == "." and lemmas and _is_abbreviation(view[starts[-1] : ends[-1]]):
            continue
        lemmas.append(text)
        starts.append(start)
        ends.append(end)
        if text in _ENDS:
            lemmas.append(SENTENCE_END)
            starts.append(end)
            ends.append(end)
    return Tokens(lemmas, starts, ends)


def _is_abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha())


def _is_unknown(word: str) -> bool:
    """A word the lexicon does not know, so a capital makes it a name ("Mercy", "Dr. Lee")."""
    base = word.partition("'")[0]
    return (
        base not in _NOT_NAMES
        and base not in LEMMA
        and word not in CONTRACTIONS
        and correction(base) is None
    )


_expansions: dict[str, tuple[tuple[str, int, int], ...]] = {}
_EXPANSIONS_KEPT = 8192


def _expansion(word: str) -> tuple[tuple[str, int, int], ...]:
    """The lemmas of one written word, each with its span inside the word (cached)."""
    found = _expansions.get(word)
    if found is None:
        if len(_expansions) > _EXPANSIONS_KEPT:
            _expansions.clear()
        found = _expansions[word] = _expand(word)
    return found


def _expand(word: str) -> tuple[tuple[str, int, int], ...]:
    end = len(word)
    if end > _MAX_LEMMA:
        return (("x", 0, end),)
    if word in CONTRACTIONS:
        first, second = CONTRACTIONS[word]
        if not word.startswith(first):  # "won't": both lemmas stand for the whole word
            return ((first, 0, end), (second, 0, end))
        split = len(first)
        return ((first, 0, split), (second, split, end))
    base, apostrophe, suffix = word.partition("'")
    split = len(base)
    if apostrophe and suffix == "t" and base.endswith("n"):  # "wouldn't", "can't"
        stem = base[:-1]
        return ((NEGATIVE_STEMS.get(stem, lemma_of(stem)), 0, split - 1), ("not", split - 1, end))
    if apostrophe and suffix in SUFFIXES:  # "you're", "we'll"
        return ((lemma_of(base), 0, split), (SUFFIXES[suffix], split, end))
    if apostrophe and suffix == "s":
        if base in IS_BEFORE:  # "it's" is "it is"; "program's" is a possessive
            return ((base, 0, split), ("be", split, end))
        return ((lemma_of(base), 0, end),)
    return ((lemma_of(word), 0, end),)


def lemma_of(word: str) -> str:
    """The lemma of one written word: its listed form, a corrected key word, or itself."""
    lemma = LEMMA.get(word)
    if lemma is not None:
        return lemma
    corrected = correction(word)
    if corrected is not None:
        return LEMMA.get(corrected, corrected)
    return word
