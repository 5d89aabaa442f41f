"""What the model reads of a sentence: its lemmas (from checker.language) and lemma pairs."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from checker.language.analysis import Analysis
from checker.language.tokens import SENTENCE_END

_PLAIN_ENDS = frozenset({".", "!"})


def sentence_features(lemmas: list[str]) -> set[str]:
    """The lemmas of one sentence and each pair of neighbours ("end up", "top of")."""
    words = [lemma for lemma in lemmas if lemma != SENTENCE_END]
    # A closing "." or "!" says nothing about the rule, and "day ." would otherwise weigh
    # differently from "day !" ("?" stays: a question is part of what some rules look for).
    while words and words[-1] in _PLAIN_ENDS:
        words.pop()
    return set(words).union(f"{a} {b}" for a, b in pairwise(words))


def sentences(analysis: Analysis) -> Iterator[tuple[int, int]]:
    """Each sentence as its first and last token, the closing SENTENCE_END left out."""
    lemmas = analysis.lemmas
    for sentence in range(len(analysis.sentence_starts)):
        first, end = analysis.sentence_range(sentence)
        while end > first and lemmas[end - 1] == SENTENCE_END:
            end -= 1
        if end > first:
            yield first, end - 1
