"""Where a letter's topic matches are: every topic's patterns, each tried at the tokens
that can start it, in the sentences that hold its key words (checker.language.topic).

Which patterns to try is worked out for all topics at once, sentence by sentence, with set
operations that run in C: the patterns whose key words the sentence holds, met with those
its lemmas can start. (Testing each pattern's key words at each token in Python was 40% of a
lint.) The patterns left are tried in their order at each token, and the first that matches
gives the match, as one regex of a topic's patterns would.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import compress
from operator import not_

from checker.language.analysis import Analysis
from checker.language.tokens import SENTENCE_END
from checker.language.topic import COMMON_KEY_WORDS, MADE, Topic, keys_in

Span = tuple[int, int]  # first and last token
Requirement = frozenset[str]  # one of these words is in every match's sentence


class _Index:
    """Every topic's patterns, numbered one after the other in the topics' order (so that
    numbers sorted are each topic's patterns in their order)."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = len(topics)
        self.owners: list[tuple[Topic, int]] = []  # number -> (topic, its pattern number)
        self.starts: list[frozenset[str]] = []  # number -> the lemmas it can start with
        # number -> what every match's sentence holds: one word of each requirement
        self.needs: list[tuple[Requirement, ...]] = []
        self.always: set[int] = set()  # patterns with no requirement (key None: topic.Tried)
        self.listed: dict[str, set[int]] = {}  # word -> patterns listed under it
        for made in topics:
            for (pattern, key, all_of, one_of), anchor in zip(
                made.tried, made.anchors, strict=True
            ):
                number = len(self.owners)
                self.owners.append((made, pattern))
                self.starts.append(anchor.starts)
                if key is None:
                    self.always.add(number)
                    self.needs.append(())
                    continue
                # Listed under its rarest requirement, which the sentence then holds; the
                # others are tested rarest first, so that a test fails early.
                listed, *others = sorted({key, *map(_alone, all_of), *one_of}, key=_commonness)
                self.needs.append(tuple(others))
                for word in listed:
                    self.listed.setdefault(word, set()).add(number)
        # Frozen, so that a set meets them in C from its own (smaller) side.
        self.listed_words = frozenset(self.listed)


def _alone(word: str) -> Requirement:
    return frozenset({word})


def _commonness(needed: Requirement) -> tuple[int, list[str]]:
    """How many sentences hold one of these words, roughly (a common word counts 100 times),
    then the words themselves, so that the order is the same in every process."""
    return sum(100 if word in COMMON_KEY_WORDS else 1 for word in needed), sorted(needed)


_index: _Index | None = None
_INDEX_LOCK = threading.Lock()


def _current_index() -> _Index:
    """The index of every topic made so far (built again when a topic was made since)."""
    global _index
    index = _index
    if index is None or index.topics != len(MADE):
        with _INDEX_LOCK:
            index = _index = _Index(list(MADE))
    return index


def work_ahead() -> Iterator[None]:
    """Build the index before a letter needs it (checker.ahead), in one step (~10 ms in
    CPython once topic.work_ahead has read each pattern's key words)."""
    _current_index()
    yield


def tries(analysis: Analysis) -> dict[Topic, dict[int, list[int]]]:
    """For each topic, the tokens (by index) where some of its patterns need trying, and
    those patterns' numbers in their order (searched once per letter)."""

    def compute() -> dict[Topic, dict[int, list[int]]]:
        index = _current_index()
        needs, starts, owners = index.needs, index.starts, index.owners
        lemmas, positions = analysis.lemmas, analysis.positions
        found: dict[Topic, dict[int, list[int]]] = {}
        for start, end, present in _sentences(analysis):
            here = frozenset(lemmas[start : end + 1])  # with its end: where a match may open
            # The patterns listed under the sentence's words that one of its lemmas can
            # start (in C), then those whose other requirements the sentence meets too.
            listed = index.always.union(
                *map(index.listed.__getitem__, present & index.listed_words)
            )
            startable = compress(
                listed, map(not_, map(here.isdisjoint, map(starts.__getitem__, listed)))
            )
            candidates = [
                number for number in startable if not any(map(present.isdisjoint, needs[number]))
            ]
            # In their order, each at the sentence's tokens it can start at (a sentence holds
            # fewer candidates than lemmas that start some pattern).
            candidates.sort()
            for number in candidates:
                made, pattern = owners[number]
                at = found.setdefault(made, {})
                for lemma in here.intersection(starts[number]):
                    where = positions[lemma]
                    for position in where[bisect_left(where, start) : bisect_right(where, end)]:
                        at.setdefault(position, []).append(pattern)
        return found

    return analysis.cached(tries, compute)


def search(analysis: Analysis, topic: Topic) -> list[Span]:
    """Every match of a topic in the letter, as token spans, in order."""
    words, lemmas = analysis.words, analysis.lemmas
    text, offsets = analysis.text, analysis.offsets
    found = []
    for position, numbers in tries(analysis).get(topic, {}).items():
        if not topic.opens(lemmas[position], words):
            continue
        for number in numbers:
            match = topic.regex(number).match(text, offsets[position])
            if match is not None:
                found.append(analysis.token_range(*match.span()))
                break
    return sorted(set(found))


def _sentences(analysis: Analysis) -> list[tuple[int, int, frozenset[str]]]:
    """Each sentence's first token, its end (the "|" token, or the token count for the last
    one) and the topics' key words in it: the lemma text between two sentence ends, where
    every match starting in it ends (see topic.Tried). Not Analysis.sentence_starts, which
    also cuts a run-on sentence: a match may run across such a cut, not across a "|"."""
    lemmas = analysis.lemmas
    ends = analysis.positions.get(SENTENCE_END, [])
    if "".join(lemmas).count("|") != len(ends):
        ends = []  # a "|" inside a lemma: read the text as one sentence
    found = []
    start = 0
    for end in [*ends, len(lemmas)]:
        found.append((start, end, keys_in(lemmas[start:end])))
        start = end + 1
    return found
