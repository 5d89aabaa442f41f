"""Fast search for many phrases at once (the notation is in checker.patterns).

Python's regex engine tries every alternative at every position of the text, so one pattern
holding fifty phrases is slow on a long letter. But almost every phrase contains a word that
any match must contain ("guarantee", or one of "promise/commit/pledge"). PhraseSet uses that:
phrases whose required words are absent from a text are left out, and each of the others is
searched alone, where the regex engine skips quickly to its first letter. Results are the
same as `re.finditer` over all phrases (tests/test_phrase_search.py checks that).
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from checker.patterns import VOCABULARY, phrase_regex
from checker.words_inside import FINDABLE, WordsInside

_MAX_WORD_SETS_KEPT = 256
_BOUNDED = r"(?:{})(?![\w])"  # the start is checked in PhraseSet.finditer
_WORD_CHAR = re.compile(r"[\w#]")

Requirement = tuple[str, ...]  # at least one of these words occurs in every match


def compile_phrases(phrases: Iterable[str]) -> PhraseSet:
    """Phrases matched as whole words, with the interface of a compiled pattern."""
    return PhraseSet(tuple(phrases))


class PhraseSet:
    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.phrases = phrases
        self._sources = tuple(phrase_regex(phrase) for phrase in phrases)
        found = tuple(requirements(phrase) for phrase in phrases)
        self._needs = tuple(tuple(frozenset(words) for words in needs) for needs in found)
        self._words = frozenset(word for needs in found for words in needs for word in words)
        _register_words(self._words)
        # Which phrases can match (by number), for each set of present words.
        self._possible: dict[frozenset[str], tuple[int, ...]] = {}
        # Each phrase's regex, compiled when a text first makes it possible. One regex per
        # phrase, not one for the phrases a text makes possible: each letter holds its own
        # mix of words, and compiling that mix's regex cost more than the search.
        self._regexes: list[re.Pattern[str] | None] = [None] * len(phrases)
        _MADE.append(self)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        """Like re.finditer over one regex of all the phrases: the leftmost match, and of
        those starting there the first phrase's, then on from its end."""
        regexes = [self._regex(number) for number in self._possible_in(text)]
        heads = [_at_word_start(regex, text, pos, endpos) for regex in regexes]
        while True:
            found = [(match.start(), number) for number, match in enumerate(heads) if match]
            if not found:
                return
            match = heads[min(found)[1]]
            yield match
            pos = max(match.end(), match.start() + 1)
            heads = [
                _at_word_start(regex, text, pos, endpos) if head and head.start() < pos else head
                for regex, head in zip(regexes, heads, strict=True)
            ]

    def _possible_in(self, text: str) -> tuple[int, ...]:
        present = self._words & words_in_text(text)
        possible = self._possible.get(present)
        if possible is None:
            if len(self._possible) > _MAX_WORD_SETS_KEPT:
                self._possible.clear()
            # A phrase is possible when each of its needs meets the present words (map():
            # the test of each need runs in C, as a letter never seen before asks for many).
            possible = self._possible[present] = tuple(
                number
                for number, needs in enumerate(self._needs)
                if not any(map(present.isdisjoint, needs))
            )
        return possible

    def _regex(self, number: int) -> re.Pattern[str]:
        regex = self._regexes[number]
        if regex is None:
            regex = self._regexes[number] = re.compile(_BOUNDED.format(self._sources[number]))
        return regex


_MADE: list[PhraseSet] = []  # every phrase set, in the order made


def work_ahead() -> Iterator[None]:
    """Compile each phrase's regex before a letter first needs it, one phrase a yield
    (checker.ahead); those a letter compiled already are skipped."""
    for made in _MADE:
        for number, regex in enumerate(made._regexes):
            if regex is None:
                made._regex(number)
                yield


def _at_word_start(regex: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match | None:
    """The first match from `pos` that does not start inside a word. That is checked here
    rather than by a look-behind, which would stop the regex engine from skipping quickly
    to the places where a phrase's first letter occurs."""
    while (match := regex.search(text, pos, endpos)) is not None:
        start = match.start()
        if not start or not _WORD_CHAR.match(text, start - 1):
            return match
        pos = start + 1  # inside a word ("prank"): look again one character on
    return None


# Every word some phrase requires, and which of them the text last asked about contains
# (rules ask about the same text many times; per thread, so callers never share answers).
_REQUIRED_WORDS: set[str] = set()
_last_text = threading.local()


def _register_words(words: frozenset[str]) -> None:
    global _required_words_version
    if not words <= _REQUIRED_WORDS:
        _REQUIRED_WORDS.update(words)
        _required_words_version += 1  # answers cached before do not cover the new words
        _PLAIN_REQUIRED.add(words)
        _OTHER_REQUIRED[:] = sorted(_REQUIRED_WORDS - _PLAIN_REQUIRED.words)


_required_words_version = 0


def words_in_text(text: str) -> frozenset[str]:
    """The required words that occur in text (as substrings: "match" is in "prematch")."""
    cache = _last_text
    if getattr(cache, "text", None) is not text or cache.version != _required_words_version:
        cache.text, cache.version = text, _required_words_version
        cache.words = _find_required(text)
    return cache.words


# A required word of letters, digits and "#" can only occur inside a run of those characters,
# so the text is read run by run, and what each run holds is remembered across texts
# (letters share most of their words).
_PLAIN_REQUIRED = WordsInside()
_OTHER_REQUIRED: list[str] = []  # searched in the whole text


def _find_required(text: str) -> frozenset[str]:
    found = _PLAIN_REQUIRED.inside_any(set(FINDABLE.findall(text)))
    return found.union(word for word in _OTHER_REQUIRED if word in text)


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per way of reading
class Reading:
    """How requirements() reads a phrase's groups: a group's alternatives each give a
    requirement without `common` words where they have one, and a named group ("{list}") is
    written out from `classes` when it is one of them (else it is one of VOCABULARY's)."""

    common: frozenset[str] = frozenset()
    classes: Mapping[str, str] = MappingProxyType({})


PLAIN = Reading()


# Cached: the topics' patterns share long groups (the "{prog}" class, lists of praise
# words), and reading them again for every pattern was half the checker's import time.
@functools.cache
def requirements(phrase: str, reading: Reading = PLAIN) -> tuple[Requirement, ...]:
    """What every match of a phrase contains: each entry lists words at least one of which
    occurs ("guarantee"; or "promise", "commit", "pledge" for a group of alternatives).
    Optional parts, look-arounds and character classes add nothing."""
    found: list[Requirement] = []
    for part in _parts(phrase):
        found.extend((part,) if isinstance(part, tuple) else _group_requirement(part, reading))
    return tuple(found)


@functools.cache
def _parts(phrase: str) -> tuple[Requirement | str, ...]:
    """The phrase read once: each word it needs (as its requirement) and each group that is
    not optional (as its text), in order."""
    found: list[Requirement | str] = []
    run = ""
    index = 0
    while index < len(phrase):
        char = phrase[index]
        if char.isalnum() or char == "#":
            if _is_optional(phrase, index + 1):  # "scores?": the last letter may be missing
                found.extend(_word(run))
                run = ""
            else:
                run += char
            index += 1
            continue
        found.extend(_word(run))
        run = ""
        if char == "\\":
            index += 2
        elif char in "([{":
            end = closing_bracket(phrase, index)
            if not _is_optional(phrase, end + 1):
                found.append(phrase[index : end + 1])
            index = end + 1
        else:
            index += 1
    found.extend(_word(run))
    return tuple(found)


@functools.cache
def _group_requirement(group: str, reading: Reading) -> tuple[Requirement, ...]:
    named = reading.classes.get(group[1:-1]) if group[0] == "{" else None
    alternatives = (named,) if named else _alternatives(group)
    if not alternatives:
        return ()
    words: list[str] = []
    for alternative in alternatives:
        anchor = rarest(requirements(alternative, reading), reading.common)
        if not anchor:
            return ()  # one alternative needs no word: the group guarantees nothing
        words.extend(anchor)
    return (tuple(dict.fromkeys(words)),)


@functools.cache
def _alternatives(group: str) -> tuple[str, ...] | None:
    """A group's alternatives (None for a look-around, a character class or a repetition)."""
    inner = group[1:-1]
    if group[0] == "{":
        found = VOCABULARY.get(inner)  # "{0,3}" is a repetition, not a reference
    elif (group[0] == "(" and not inner.startswith("?")) or inner.startswith("?:"):
        found = split_alternatives(inner.removeprefix("?:"))
    else:  # a look-around or a character class
        found = None
    return tuple(found) if found else None


def rarest(found: tuple[Requirement, ...], common: frozenset[str] = frozenset()) -> Requirement:
    """The requirement most likely to be absent: of those with the fewest `common` words, the
    one of few alternatives and long words."""
    if len(found) < 2:
        return found[0] if found else ()
    if common:
        fewest = min(len(common.intersection(words)) for words in found)
        found = tuple(words for words in found if len(common.intersection(words)) == fewest)
    return max(found, key=lambda words: (min(map(len, words)) - len(words), len(words[0])))


def _word(run: str) -> list[Requirement]:
    return [(run,)] if len(run) >= 2 else []


def _is_optional(phrase: str, index: int) -> bool:
    """Does a quantifier at index allow zero repetitions of what precedes it?"""
    return phrase.startswith(("?", "*", "{0"), index)


def closing_bracket(phrase: str, index: int) -> int:
    """Index of the bracket closing the one at index (escapes and nesting respected)."""
    for position, char, depth in _unescaped(phrase, index):
        if char in ")]}" and depth == 0:
            return position
    raise ValueError(f"unbalanced brackets in phrase: {phrase!r}")


def split_alternatives(text: str) -> list[str]:
    """Split on "|" outside brackets."""
    parts, start = [], 0
    for position, char, depth in _unescaped(text):
        if char == "|" and depth == 0:
            parts.append(text[start:position])
            start = position + 1
    parts.append(text[start:])
    return parts


def _unescaped(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, bracket depth after it) for each bracket and "|" from `start` on,
    skipping what a backslash escapes (with the backslash itself)."""
    depth = 0
    for match in _SPECIAL.finditer(text, start):
        char = match.group()
        if char[0] == "\\":
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        yield match.start(), char, depth


# What _unescaped reports, and escapes (skipped): the regex engine steps over the other
# characters, where a loop in Python took a third of the checker's import time.
_SPECIAL = re.compile(r"\\.|[()\[\]{}|]", re.DOTALL)
