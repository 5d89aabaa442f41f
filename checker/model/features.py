"""What the model reads of a sentence: its lemmas (from checker.language) and lemma pairs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from checker.language.analysis import Analysis
from checker.language.lexicon import NUMBER_ONE
from checker.language.tokens import NAME, SENTENCE_END

_PLAIN_ENDS = frozenset({".", "!"})
# "first choice", "top choice" and "#1" (already "no1") are one rank for the model.
_RANK_FORMS = {"top": NUMBER_ONE, "first": NUMBER_ONE}
_SEPARATORS = frozenset({",", ";", ":"})
_OPENS_A_CLAUSE = frozenset({"if", "unless"})
_PROGRAM_NOUNS = frozenset({"program", "programme", "institution", "institute", "hospital"})
# Intensifiers change no verdict ("I will certainly rank you first"), yet between two words they
# would break the pair the model learned ("will rank"): the model reads past them.
_FILLERS = frozenset(
    [
        "certainly",
        "really",
        "truly",
        "very",
        "definitely",
        "absolutely",
        "surely",
        "genuinely",
        "totally",
    ]
)


def sentence_features(lemmas: list[str]) -> set[str]:
    """The lemmas of one sentence and each pair of neighbours within a clause ("end up",
    "top of"): a pair across "," or into an if-clause would change when the clauses swap."""
    words = _program_as_name(
        [
            _RANK_FORMS.get(lemma, lemma)
            for lemma in lemmas
            if lemma != SENTENCE_END and lemma not in _FILLERS
        ]
    )
    # A closing "." or "!" says nothing about the rule, and "day ." would otherwise weigh
    # differently from "day !" ("?" stays: a question is part of what some rules look for).
    while words and words[-1] in _PLAIN_ENDS:
        words.pop()
    found = {word for word in words if word not in _SEPARATORS}
    found.update(
        f"{a} {b}"
        for a, b in pairwise(words)
        if a not in _SEPARATORS and b not in _SEPARATORS and b not in _OPENS_A_CLAUSE
    )
    return found


def sentences(analysis: Analysis) -> Iterator[tuple[int, int]]:
    """Each sentence as its first and last token, the closing SENTENCE_END left out."""
    lemmas = analysis.lemmas
    for sentence in range(len(analysis.sentence_starts)):
        first, end = analysis.sentence_range(sentence)
        while end > first and lemmas[end - 1] == SENTENCE_END:
            end -= 1
        if end > first:
            yield first, end - 1


def _program_as_name(words: list[str]) -> list[str]:
    """ "your program" and a program's name read alike ("Lakeside General strikes the perfect
    balance" is the same praise): both become one NAME, as does a run of names."""
    found: list[str] = []
    for word in words:
        if word in _PROGRAM_NOUNS and found and found[-1] == "your":
            found[-1] = NAME
        elif word != NAME or not found or found[-1] != NAME:
            found.append(word)
    return found
