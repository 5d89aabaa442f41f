"""What the model reads of a sentence: its lemmas (from checker.language) and lemma pairs."""

from __future__ import annotations

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
    words = [word for word, _, _ in read_words(lemmas)]
    found = {word for word in words if word not in _SEPARATORS}
    found.update(
        f"{a} {b}"
        for a, b in pairwise(words)
        if a not in _SEPARATORS and b not in _SEPARATORS and b not in _OPENS_A_CLAUSE
    )
    return found


def read_words(lemmas: list[str]) -> list[tuple[str, int, int]]:
    """The words the model reads in a sentence's lemmas, each with the first and last lemma it
    stands for, so that a finding names them as typed ("first" for the rank "no1", "Your
    hospital" for NAME). Intensifiers are read past; "your program" and a program's name read
    alike ("Lakeside General strikes the perfect balance" is the same praise): both become one
    NAME, as does a run of names."""
    found: list[tuple[str, int, int]] = []
    before = None
    for index, lemma in enumerate(lemmas):
        if lemma == SENTENCE_END or lemma in _FILLERS:
            continue
        word = _RANK_FORMS.get(lemma, lemma)
        if (before == "your" and word in _PROGRAM_NOUNS) or (before == word == NAME):
            found[-1] = (NAME, found[-1][1], index)
            before = NAME
        else:
            found.append((word, index, index))
            before = word
    # A closing "." or "!" says nothing about the rule, and "day ." would otherwise weigh
    # differently from "day !" ("?" stays: a question is part of what some rules look for).
    while found and found[-1][0] in _PLAIN_ENDS:
        found.pop()
    return found


def sentences(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Each sentence as its first and last token, the closing SENTENCE_END left out (found
    once per letter: the backstop counts them, then reads them)."""

    def find() -> tuple[tuple[int, int], ...]:
        lemmas = analysis.lemmas
        found = []
        for sentence in range(len(analysis.sentence_starts)):
            first, end = analysis.sentence_range(sentence)
            while end > first and lemmas[end - 1] == SENTENCE_END:
                end -= 1
            if end > first:
                found.append((first, end - 1))
        return tuple(found)

    return analysis.cached(sentences, find)
