"""A topic: what a clause is about, as named families of lemma patterns (notation:
checker.language.notation), searched fast.

A topic is made of families, each one class of wording said in words ("a negated choice over
the other programs as a class") with the patterns that write it. Rules (frames) combine
topics with the act of the sentence (question, request, statement), negation, conditions and
who speaks. A pattern is tried only in sentences holding a word of each of its
requirements (the words every match contains): checker.language.topic_search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from checker.language.lexicon import words
from checker.language.notation import (
    CLASSES,
    compile_pattern,
    first_lemmas,
    lemma_regex,
    may_cross_sentence_end,
)
from checker.phrase_search import Reading, rarest, requirements
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
    # Private: each pattern's regex, compiled when a letter first tries it (None until then).
    _regexes: list[re.Pattern[str] | None] = field(init=False, repr=False, compare=False)
    # The anchors indexed for opens(): the start lemmas of the patterns that need no key
    # word, and for each start lemma the key words of the patterns it opens.
    _unkeyed_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    _start_keys: MappingProxyType[str, frozenset[str]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        patterns = tuple(pattern for part in self.families for pattern in part.patterns)
        anchors = tuple(map(Anchor.of, patterns))
        unkeyed: set[str] = set()
        start_keys: dict[str, set[str]] = {}
        for key, starts in anchors:
            if not key:
                unkeyed |= starts
            for lemma in starts:
                start_keys.setdefault(lemma, set()).update(key)
        for name, value in (
            ("patterns", patterns),
            ("anchors", anchors),
            ("_regexes", [None] * len(anchors)),
            ("_unkeyed_starts", frozenset(unkeyed)),
            ("_start_keys", MappingProxyType({w: frozenset(k) for w, k in start_keys.items()})),
        ):
            object.__setattr__(self, name, value)
        _KEY_WORDS.add(
            word
            for pattern in patterns
            for needs in requirements(pattern, _INDEXED)
            for word in needs
        )
        MADE.append(self)

    def opens(self, lemma: str, words: frozenset[str]) -> bool:
        """Can a match start at a token with this lemma, in a text holding `words`: some
        pattern starting with it needs no key word, or has one of its key words among them."""
        return lemma in self._unkeyed_starts or not self._start_keys[lemma].isdisjoint(words)

    @functools.cached_property
    def tried(self) -> tuple[Tried, ...]:
        """Each pattern with the key words its matches hold (see Tried), in their order: in
        a sentence without them it need not be tried (checker.language.topic_search)."""
        return tuple(
            _tried(number, pattern, anchor.key)
            for number, (pattern, anchor) in enumerate(
                zip(self.patterns, self.anchors, strict=True)
            )
        )

    def regex(self, number: int) -> re.Pattern[str]:
        """Pattern `number`, compiled the first time a letter tries it."""
        found = self._regexes[number]
        if found is None:
            found = self._regexes[number] = compile_pattern((self.patterns[number],))
        return found


MADE: list[Topic] = []  # every topic, in the order made (topic_search indexes them)

# Key words that 5% or more of a letter's sentences hold (the dev letters, 2026-12-07; found
# inside words too: "me" in "meet", "re" in "are"). A requirement without them leaves a
# pattern to test in fewer sentences (checker.language.topic_search).
COMMON_KEY_WORDS = words(
    "me name in an re on the you at or be it to and for than my our view interview your of as"
    " so no wit with side since out have program about that up us rely we resident ill app"
    " residents day not if"
)
# How the index reads a pattern's requirements: its classes written out ("{list}" holds
# "list") and, of a group's alternatives, words that are not common where it can ("at the
# top": "top", not "the"), so that each pattern is tried in fewer sentences.
_INDEXED = Reading(COMMON_KEY_WORDS, CLASSES)


def work_ahead() -> Iterator[None]:
    """What a letter never seen before would otherwise build first, one step a yield: each
    pattern's regex (median 0.3 ms, the slowest 5-10 ms in CPython), then each topic's key
    words per pattern (tried). Steps a letter already took are skipped."""
    for made in MADE:
        for number, regex in enumerate(made._regexes):
            if regex is None:
                made.regex(number)
                yield
    for made in MADE:
        if "tried" not in made.__dict__:
            made.tried  # noqa: B018 (a cached property: reading it builds it)
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
# (keys_in reads one sentence) or needs no word keys_in can find.
Tried = tuple[int, frozenset[str] | None, frozenset[str], tuple[frozenset[str], ...]]


def _tried(number: int, pattern: str, key: frozenset[str]) -> Tried:
    """The pattern with the requirements keys_in() can find (read as _INDEXED)."""
    found = [frozenset(words) for words in requirements(pattern, _INDEXED)]
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
