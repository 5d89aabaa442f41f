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
    r"(?P<no1>#\s?(?:1|one)(?!\w)|no\.?\s?1(?![\w.])|number\s{1,3}(?:one|1)(?!\w)"
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


class Token(NamedTuple):
    lemma: str
    start: int
    end: int


def tokenize(view: str, capital_at) -> list[Token]:
    """Tokens of `view`; `capital_at(index)` says whether the original has a capital there.
    A blank line, and ".", "!" or "?" (not after an abbreviation), are followed by a
    SENTENCE_END token."""
    tokens: list[Token] = []
    newlines = 1  # the text starts a line
    for match in _TOKEN.finditer(view):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "newline":
            newlines += 1
            if newlines == 2 and tokens and tokens[-1].lemma != SENTENCE_END:
                tokens.append(Token(SENTENCE_END, start, start))
            continue
        line_start, newlines = newlines > 0, 0
        if kind == "no1":
            tokens.append(Token(NUMBER_ONE, start, end))
        elif kind == "mark":
            text = match.group()
            if text == "." and tokens and _is_abbreviation(tokens[-1], view):
                continue
            tokens.append(Token(text, start, end))
            if text in _ENDS:
                tokens.append(Token(SENTENCE_END, end, end))
        else:
            word = match.group()
            initial = line_start or not tokens or tokens[-1].lemma in _OPENS_SENTENCE
            if not initial and capital_at(start) and _is_unknown(word):
                tokens.append(Token(NAME, start, end))
            else:
                tokens.extend(_word_tokens(word, start))
    return tokens


def _is_abbreviation(previous: Token, view: str) -> bool:
    word = view[previous.start : previous.end]
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


def _word_tokens(word: str, start: int) -> list[Token]:
    end = start + len(word)
    if len(word) > _MAX_LEMMA:
        return [Token("x", start, end)]
    if word in CONTRACTIONS:
        first, second = CONTRACTIONS[word]
        if not word.startswith(first):  # "won't": both tokens stand for the whole word
            return [Token(first, start, end), Token(second, start, end)]
        split = start + len(first)
        return [Token(first, start, split), Token(second, split, end)]
    base, apostrophe, suffix = word.partition("'")
    if apostrophe and suffix == "t" and base.endswith("n"):  # "wouldn't", "can't"
        stem = base[:-1]
        return [
            Token(NEGATIVE_STEMS.get(stem, lemma_of(stem)), start, start + len(stem)),
            Token("not", start + len(stem), end),
        ]
    if apostrophe and suffix in SUFFIXES:  # "you're", "we'll"
        split = start + len(base)
        return [Token(lemma_of(base), start, split), Token(SUFFIXES[suffix], split, end)]
    if apostrophe and suffix == "s":
        if base in IS_BEFORE:  # "it's" is "it is"; "program's" is a possessive
            split = start + len(base)
            return [Token(base, start, split), Token("be", split, end)]
        return [Token(lemma_of(base), start, end)]
    return [Token(lemma_of(word), start, end)]


def lemma_of(word: str) -> str:
    """The lemma of one written word: its listed form, a corrected key word, or itself."""
    lemma = LEMMA.get(word)
    if lemma is not None:
        return lemma
    corrected = correction(word)
    if corrected is not None:
        return LEMMA.get(corrected, corrected)
    return word
