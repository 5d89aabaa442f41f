"""A topic: what a clause is about, as named families of lemma patterns (notation:
checker.language.notation), searched fast.

A topic is made of families, each one class of wording said in words ("a negated choice over
the other programs as a class") with the patterns that write it. Rules (frames) combine
topics with the act of the sentence (question, request, statement), negation, conditions and
who speaks. A pattern is tried only in sentences holding a word of each of its
requirements (the words every match contains).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from checker.language.notation import (
    compile_pattern,
    first_lemmas,
    lemma_regex,
    may_cross_sentence_end,
)
from checker.phrase_search import rarest, requirements
from checker.words_inside import WordsInside


@dataclass(frozen=True)
class Family:
    """One class of wording of a topic, said in words, and the patterns that write it."""

    reads: str
    patterns: tuple[str, ...]


def family(reads: str, *patterns: str) -> Family:
    return Family(reads, patterns)


@dataclass(frozen=True, eq=False)  # a topic is itself: hashed by identity, quickly
class Topic:
    name: str
    reads: str  # what it recognises, in words, for the rules reference page
    families: tuple[Family, ...]
    # Every pattern, the families' in their order: at one token the first that matches wins.
    patterns: tuple[str, ...] = field(init=False, repr=False, compare=False)
    anchors: tuple[Anchor, ...] = field(init=False, repr=False, compare=False)
    # Private caches: each pattern's regex, compiled when a letter first tries it (None until
    # then), and for each lemma the patterns that can start with it, with their key words.
    _regexes: list[re.Pattern[str] | None] = field(init=False, repr=False, compare=False)
    _by_start: dict[str, tuple[Tried, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    # The anchors indexed for a quick look-up: the start lemmas of the patterns that need no
    # key word, and for each key word the start lemmas of the patterns it opens.
    _unkeyed_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    _starts_by_key: MappingProxyType[str, frozenset[str]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        patterns = tuple(pattern for part in self.families for pattern in part.patterns)
        anchors = tuple(map(Anchor.of, patterns))
        unkeyed: set[str] = set()
        by_key: dict[str, set[str]] = {}
        for key, starts in anchors:
            if not key:
                unkeyed |= starts
            for word in key:
                by_key.setdefault(word, set()).update(starts)
        for name, value in (
            ("patterns", patterns),
            ("anchors", anchors),
            ("_regexes", [None] * len(anchors)),
            ("_unkeyed_starts", frozenset(unkeyed)),
            ("_starts_by_key", MappingProxyType({w: frozenset(s) for w, s in by_key.items()})),
        ):
            object.__setattr__(self, name, value)
        _KEY_WORDS.add(
            word for pattern in patterns for needs in requirements(pattern) for word in needs
        )
        _MADE.append(self)

    def starts_in(self, words: frozenset[str]) -> frozenset[str]:
        """The lemmas of `words` a match can start with, in a text holding `words`."""
        # Each set is cut down to `words` before the union: the unions stay small.
        starts = self._unkeyed_starts & words
        for word in self._starts_by_key.keys() & words:
            starts |= self._starts_by_key[word] & words
        return starts

    def patterns_at(self, lemma: str) -> tuple[Tried, ...]:
        """The patterns that can match at a token with this lemma, in their order, each with
        the key words its matches hold: in a sentence without them it need not be tried.
        The first pattern that matches gives the match, as one regex of them all would."""
        found = self._by_start.get(lemma)
        if found is None:
            found = self._by_start[lemma] = tuple(
                _tried(number, pattern, anchor.key)
                for number, (pattern, anchor) in enumerate(
                    zip(self.patterns, self.anchors, strict=True)
                )
                if lemma in anchor.starts
            )
        return found

    def match_at(
        self, patterns: tuple[Tried, ...], present: frozenset[str], text: str, offset: int
    ) -> re.Match[str] | None:
        """The first of `patterns` (from patterns_at) that matches the lemma text at `offset`,
        skipping those that need a word the sentence's key words `present` lack."""
        regexes = self._regexes
        for number, key, all_of, one_of in patterns:
            # The key alone rules most patterns out, so it is tested first.
            if key is not None and (
                key.isdisjoint(present)
                or not all_of <= present
                or (one_of and any(map(present.isdisjoint, one_of)))
            ):
                continue
            # The compiled regex read straight from the list: this loop is the lint's
            # hottest, and regex() compiles it only the first time.
            match = (regexes[number] or self.regex(number)).match(text, offset)
            if match is not None:
                return match
        return None

    def regex(self, number: int) -> re.Pattern[str]:
        """Pattern `number`, compiled the first time a letter tries it."""
        found = self._regexes[number]
        if found is None:
            found = self._regexes[number] = compile_pattern((self.patterns[number],))
        return found


_MADE: list[Topic] = []  # every topic, in the order made


def work_ahead() -> Iterator[None]:
    """What a letter never seen before would otherwise build first, one step a yield: each
    pattern's regex (median 0.3 ms, the slowest 5-10 ms in CPython), then each start lemma's
    list of patterns (patterns_at). Steps a letter already took are skipped."""
    for made in _MADE:
        for number, regex in enumerate(made._regexes):
            if regex is None:
                made.regex(number)
                yield
    for made in _MADE:
        for anchor in made.anchors:
            for lemma in anchor.starts:
                if lemma not in made._by_start:
                    made.patterns_at(lemma)
                    yield


def topic(name: str, reads: str, *parts: Family | str) -> Topic:
    """A topic from its families; a bare pattern is a family of its own, read as the topic."""
    return Topic(
        name,
        reads,
        tuple(part if isinstance(part, Family) else Family(reads, (part,)) for part in parts),
    )


# A pattern (by number) and the key words every match of it holds: one of `key` (the rarest
# requirement), all of `all_of`, and one word of each set in `one_of` (say, "rank" and one
# of "first", "top", "no1"). `key` is None when a match may run past a sentence end
# (keys_in reads one sentence) or needs no word keys_in can find. A plain tuple: the
# interpreter unpacks a tuple's subclass, such as a NamedTuple, more slowly in a hot loop.
Tried = tuple[int, frozenset[str] | None, frozenset[str], tuple[frozenset[str], ...]]


def _tried(number: int, pattern: str, key: frozenset[str]) -> Tried:
    """The pattern with the requirements keys_in() can find."""
    found = [frozenset(words) for words in requirements(pattern)]
    found = [words for words in dict.fromkeys(found) if words <= _KEY_WORDS.words]
    if not found or may_cross_sentence_end(lemma_regex(pattern)):
        return number, None, frozenset(), ()
    if key not in found:
        key = min(found, key=len)
    return (
        number,
        key,
        frozenset(word for words in found if len(words) == 1 for word in words),
        tuple(words for words in found if len(words) > 1 and words != key),
    )


class Anchor(NamedTuple):
    """Where a pattern can match: at a token whose lemma is in `starts`, and only in a letter
    holding one of the `key` words (the rarest of the words every match contains)."""

    key: frozenset[str]
    starts: frozenset[str]

    @classmethod
    def of(cls, pattern: str) -> Anchor:
        starts = first_lemmas(lemma_regex(pattern))
        if starts is None:
            raise ValueError(f"a topic pattern must start with a word: {pattern!r}")
        return cls(frozenset(rarest(requirements(pattern))), starts)


# Every topic's key words that keys_in() can find, added as each Topic is made at import
# (only Topic adds to it).
_KEY_WORDS = WordsInside()


def keys_in(lemmas: list[str]) -> frozenset[str]:
    """The topics' key words in these lemmas, inside them as every match holds them: a key
    word is a run of letters, not always a whole lemma ("rank" in "ranking")."""
    return _KEY_WORDS.inside_any(lemmas)
