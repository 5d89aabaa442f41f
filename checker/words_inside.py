"""Which words of a set occur inside the words of a text ("rank" inside "prerankings"):
what the phrase sets and the topics use to leave out what a letter cannot match. Letters
share most of their words, so what each word holds is worked out once."""

from __future__ import annotations

import re
from collections.abc import Iterable

FINDABLE = re.compile(r"[a-z0-9#]+")  # a word of the set is a run of these characters


class WordsInside:
    """A set of words of two characters or more, all runs of FINDABLE characters, that
    grows (at import: a word added later clears what was read before it, so it is never
    missed), asked which of them a word holds."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        # For the two characters a word of the set opens with, the lengths of those words
        # (shortest first): only the places where one opens are tried, not every substring.
        self._lengths: dict[str, tuple[int, ...]] = {}
        self._read = _WordsRead(self)

    def add(self, words: Iterable[str]) -> None:
        """Add the words that are runs of FINDABLE characters (only those can be found)."""
        new = {word for word in words if FINDABLE.fullmatch(word)} - self.words
        if not new:
            return
        if min(map(len, new)) < 2:
            raise ValueError(f"a word to find inside others has two characters or more: {new}")
        self.words.update(new)
        grown: dict[str, set[int]] = {}  # only the openings of the new words change
        for word in new:
            grown.setdefault(word[:2], set()).add(len(word))
        for opening, found in grown.items():
            self._lengths[opening] = tuple(sorted(found.union(self._lengths.get(opening, ()))))
        self._read.clear()  # read before these words existed

    def inside(self, word: str) -> frozenset[str]:
        """The words of the set inside `word` (each word read is remembered)."""
        return self._read[word]

    def inside_any(self, words: Iterable[str]) -> frozenset[str]:
        # dict look-ups in C for the words already read; only new words reach Python.
        return frozenset().union(*map(self._read.__getitem__, words))

    def _find(self, word: str) -> frozenset[str]:
        words, lengths_at = self.words, self._lengths
        found = set()
        for start in range(len(word) - 1):
            for length in lengths_at.get(word[start : start + 2], ()):
                piece = word[start : start + length]
                if len(piece) < length:
                    break
                if piece in words:
                    found.add(piece)
        return frozenset(found)


class _WordsRead(dict):
    """For each word already read, the words of the set inside it (at most _KEPT words)."""

    _KEPT = 16384

    def __init__(self, words_inside: WordsInside) -> None:
        super().__init__()
        self._words_inside = words_inside

    def __missing__(self, word: str) -> frozenset[str]:
        if len(self) > self._KEPT:
            self.clear()
        found = self[word] = self._words_inside._find(word)
        return found
