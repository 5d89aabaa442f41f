"""Frames: a rule's sentence patterns as data over the analysis' features.

A frame names the topic a finding points at, and what else must hold in the same sentence:
the act ("asks": a direct question, or an indirect one such as "could you let me know"),
other topics (a reciprocal deal needs both sides), no negation in the clause, the
applicant's own words (not quoted or reported speech). `check(*frames)` turns frames into a
rule's check; each finding points at the words of the clause that made the frame (and those
it `covers`), and one stretch of words gets at most one finding per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from checker.hits import Check, Hit
from checker.language.analysis import Analysis, analyse
from checker.language.notation import pattern_source, sentence_reach
from checker.language.tokens import SENTENCE_END
from checker.language.topic import Topic, keys_in
from checker.language.topics import REQUEST
from checker.letter import Letter

Span = tuple[int, int]  # first and last token


@dataclass(frozen=True)
class Frame:
    reads: str  # the pattern in words, for the rules reference page
    topic: Topic  # where the finding points
    asks: bool = False  # the applicant asks for it (directly or indirectly)
    with_topics: tuple[Topic, ...] = ()  # also in the same sentence
    with_previous_sentence: bool = False  # with_topics may sit in the sentence before
    # with_topics must be other words: "will be ranked first" is not both sides of a deal.
    apart: bool = False
    negatable: bool = True  # a negation in the clause turns the frame off
    unless: tuple[Topic, ...] = ()  # any of these in the sentence turns the frame off
    not_after: frozenset[str] = frozenset()  # lemmas that, just before, make someone else act
    unless_thanked: bool = False  # thanks for it, received already, turns the frame off
    unless_letter: Callable[[Letter], bool] | None = None  # the letter as a whole excuses it
    # Other words in the sentence the finding takes in: a deal's finding covers the rank
    # claim and the question inside it, which the deal's rule supersedes.
    covers: tuple[Topic, ...] = ()

    def spans(self, analysis: Analysis) -> Iterator[Span]:
        excused = None  # asked of the whole letter only once something is found (it costs)
        for first, last in matches(analysis, self.topic):
            sentence = analysis.sentence_of(first)
            if analysis.is_reported(first):
                continue
            if self.negatable and analysis.is_negated(first):
                continue
            if self.not_after and _acted_by_other(analysis, first, self.not_after):
                continue
            if self.unless_thanked and analysis.is_thanked(first):
                continue
            if self.asks and not _asks(analysis, sentence, first):
                continue
            if any(in_sentence(analysis, other, sentence) for other in self.unless):
                continue
            span = self._with_topics(analysis, sentence, first, last)
            if span is None:
                continue
            if excused is None:
                excused = self.unless_letter is not None and self.unless_letter(analysis.letter)
            if excused:
                return
            yield self._covering(analysis, sentence, span)

    def _with_topics(self, analysis: Analysis, sentence: int, first: int, last: int):
        for other in self.with_topics:
            found = nearest(analysis, other, sentence, first, last, self.apart)
            if found is None and self.with_previous_sentence and sentence > 0:
                found = nearest(analysis, other, sentence - 1, first, last, self.apart)
            if found is None:
                return None
            if found[1] < first or found[0] > last:  # a second part of the clause
                first, last = min(first, found[0]), max(last, found[1])
        return first, last

    def _covering(self, analysis: Analysis, sentence: int, span: Span) -> Span:
        first, last = span
        for other in self.covers:
            for start, end in in_sentence(analysis, other, sentence):
                if analysis.is_negated(start) or _joined_by_and(analysis, span, (start, end)):
                    continue
                first, last = min(first, start), max(last, end)
        return first, last


class FrameCheck:
    """A rule's check made of frames, tried in order: an earlier frame's finding wins over a
    later one on the same words. `frames` stays readable for the rules reference page."""

    def __init__(self, frames: tuple[Frame, ...]) -> None:
        self.frames = frames

    def __call__(self, letter: Letter, kind: str) -> Iterable[Hit]:
        analysis = analyse(letter)
        taken: dict[int, list[Span]] = {}  # by sentence, so overlap checks stay local
        for frame in self.frames:
            for first, last in frame.spans(analysis):
                spans = taken.setdefault(analysis.sentence_of(last), [])
                if not any(first <= other[1] and other[0] <= last for other in spans):
                    spans.append((first, last))
        for first, last in sorted(span for spans in taken.values() for span in spans):
            yield Hit(*analysis.view_span(first, last))


def check(*frames: Frame) -> Check:
    return FrameCheck(frames)


def matches(analysis: Analysis, topic: Topic) -> list[Span]:
    """Every match of a topic in the letter, as token spans (searched once per letter)."""

    def search() -> list[Span]:
        sentences = _sentences(analysis)
        if sentences is None:
            return _search(analysis, topic)
        return _search_by_sentence(analysis, topic, _plan(topic), sentences)

    return analysis.cached(topic, search)


def _search(analysis: Analysis, topic: Topic) -> list[Span]:
    """The topic's matches in the whole letter, searched at each token a pattern can start at."""
    words = analysis.words
    text, offsets = analysis.text, analysis.offsets
    sentence_keys = _sentence_keys(analysis)
    found = []
    for lemma in topic.starts_in(words):
        patterns = topic.patterns_at(lemma)
        for index in analysis.positions[lemma]:
            match = topic.match_at(patterns, sentence_keys[index], text, offsets[index])
            if match is not None:
                found.append(analysis.token_range(*match.span()))
    return sorted(set(found))


# A sentence's matches of a topic, kept across letters (_Plan.kept): a reader who types
# changes one sentence at a time, and the worker checks the whole draft again after each
# change. Keyed by every character a match attempt in the sentence can read (_segments):
# the same key gives the same matches, in whatever letter. At most _SENTENCES_KEPT a topic.
_SENTENCES_KEPT = 4096


_REACH_SIZES = (16, 64, 128, 512)


class _Plan:
    """How a topic is searched sentence by sentence. A pattern is local when each attempt
    of it stays in its sentence (notation.sentence_reach): its matches there depend only on
    the sentence's key (see _segments), and are kept. The others (a pattern that may read
    past a sentence end) are tried in each letter, at the tokens where they come first."""

    def __init__(self, topic: Topic) -> None:
        reaches = [sentence_reach(pattern_source((pattern,))) for pattern in topic.patterns]
        reach = max((reach for reach in reaches if reach is not None), default=0)
        # A longer reach is as exact: rounded up, topics share their sentences' keys.
        self.reach = next((size for size in _REACH_SIZES if size >= reach), reach)
        self.local = [reach is not None for reach in reaches]
        # For each lemma a pattern can start with, the key words one of which a letter must
        # hold for topic.starts_in() to give it (None: a pattern needs none).
        self.start_keys: dict[str, frozenset[str] | None] = {}
        for key, starts in topic.anchors:
            for lemma in starts:
                if not key or self.start_keys.get(lemma, frozenset()) is None:
                    self.start_keys[lemma] = None
                else:
                    self.start_keys[lemma] = self.start_keys.get(lemma, frozenset()) | key
        self.by_lemma: dict[str, tuple] = {}  # local_patterns() as it is asked
        self.local_starts = frozenset(
            lemma
            for (_, starts), local in zip(topic.anchors, self.local, strict=True)
            if local
            for lemma in starts
        )
        self.kept: dict[tuple, tuple[tuple[int, int, int, str, int], ...]] = {}
        self.other_starts = frozenset(
            lemma
            for (_, starts), local in zip(topic.anchors, self.local, strict=True)
            if not local
            for lemma in starts
        )

    def local_patterns(self, topic: Topic, lemma: str) -> tuple:
        """topic.patterns_at(lemma), the local patterns only, and the key words one of which
        a sentence must hold for any of them to be tried there (None: one needs none)."""
        found = self.by_lemma.get(lemma)
        if found is None:
            local = self.local
            patterns = tuple(entry for entry in topic.patterns_at(lemma) if local[entry[0]])
            keys = [needed for _, needed in patterns]
            found = self.by_lemma[lemma] = (
                patterns,
                None if None in keys else frozenset().union(*keys),
            )
        return found


_PLANS: dict[Topic, _Plan] = {}


def _plan(topic: Topic) -> _Plan:
    found = _PLANS.get(topic)
    if found is None:
        found = _PLANS[topic] = _Plan(topic)
    return found


def _sentences(analysis: Analysis) -> list[tuple[int, int, int, int]] | None:
    """The letter's sentences, each up to and with its closing "|": its first token, its
    closing "|" (or the end of the tokens), and where it starts and stops (past the "| ") in
    the lemma text. None when a "|" inside a lemma blurs where sentences end."""

    def compute() -> list[tuple[int, int, int, int]] | None:
        lemmas, offsets, text = analysis.lemmas, analysis.offsets, analysis.text
        ends = analysis.positions.get(SENTENCE_END, [])
        if "".join(lemmas).count("|") != len(ends):
            return None
        found = []
        first = 0
        for end in ends:
            found.append((first, end, offsets[first], offsets[end] + 2))
            first = end + 1
        if first < len(lemmas) or not found:
            found.append((first, len(lemmas), offsets[first], len(text)))
        return found

    return analysis.cached(_sentences, compute)


def _segments(analysis: Analysis, sentences, reach: int) -> list[tuple]:
    """Each sentence's key: the lemma text from `reach` characters before its first token to
    one past its closing "| ", where the text starts when that is within reach ("^"), and
    whether the text ends there ("$")."""

    def compute() -> list[tuple]:
        text = analysis.text
        size = len(text)
        return [
            (start if start <= reach else -1, stop == size, text[max(0, start - reach) : stop + 1])
            for _, _, start, stop in sentences
        ]

    return analysis.cached(("sentence keys", reach), compute)


def _search_by_sentence(analysis: Analysis, topic: Topic, plan: _Plan, sentences) -> list[Span]:
    """The topic's matches: each sentence's matches of the local patterns taken from
    _Plan.kept when it was searched before (in this letter or another), the others
    searched now; then the other patterns tried where they come first. A match is kept where
    its start token's lemma is one of topic.starts_in(the letter's words), as _search tries
    only those."""
    keys = _segments(analysis, sentences, plan.reach)
    known = list(map(plan.kept.get, keys))
    if None in known:
        _search_sentences(analysis, topic, plan, sentences, keys, known)
    start_keys = plan.start_keys
    words = analysis.words
    winners: dict[int, tuple[int, int, int]] = {}  # by token: pattern number and span
    for number, sentence_matches in enumerate(known):
        if not sentence_matches:
            continue
        first, _, offset, _ = sentences[number]
        for token, pattern, start, lemma, end in sentence_matches:
            needed = start_keys[lemma]
            if needed is None or not needed.isdisjoint(words):
                winners[first + token] = (pattern, offset + start, offset + end)
    if plan.other_starts:
        _try_others(analysis, topic, plan, sentences, winners)
    return sorted({analysis.token_range(start, end) for _, start, end in winners.values()})


def _try_others(analysis: Analysis, topic: Topic, plan: _Plan, sentences, winners) -> None:
    """The patterns that may read past a sentence end, tried at the tokens they can start at
    (in the letter's start lemmas), each before the local pattern that matched there if it
    comes first."""
    text, offsets, local = analysis.text, analysis.offsets, plan.local
    words, start_keys = analysis.words, plan.start_keys
    sentence_of = _sentence_of_token(analysis, sentences)
    for lemma in plan.other_starts & analysis.positions.keys():
        required = start_keys[lemma]
        if required is not None and required.isdisjoint(words):
            continue  # not one of topic.starts_in(words)
        patterns = topic.patterns_at(lemma)
        for index in analysis.positions[lemma]:
            winner = winners.get(index)
            present = _keys_by_sentence(analysis, sentences)[sentence_of[index]]
            for number, needed in patterns:
                if winner is not None and number >= winner[0]:
                    break
                if local[number] or (needed is not None and needed.isdisjoint(present)):
                    continue
                match = topic.regex(number).match(text, offsets[index])
                if match is not None:
                    winners[index] = (number, *match.span())
                    break


def _search_sentences(analysis, topic, plan, sentences, keys, known) -> None:
    """Search the sentences `known` does not hold yet with the topic's local patterns, at
    every token any pattern of it can start at, and keep what each holds."""
    missing = {number for number, found in enumerate(known) if found is None}
    text, offsets, positions = analysis.text, analysis.offsets, analysis.positions
    sentence_keys = _keys_by_sentence(analysis, sentences)
    searched_keys = frozenset().union(*(sentence_keys[number] for number in missing))
    sentence_of = _sentence_of_token(analysis, sentences)
    match_at = topic.match_at
    every = len(missing) == len(sentences)
    found: dict[int, list[tuple[int, int, int, str, int]]] = {number: [] for number in missing}
    table = plan.by_lemma
    for lemma in plan.local_starts & positions.keys():
        patterns, needed = table.get(lemma) or plan.local_patterns(topic, lemma)
        if needed is not None and needed.isdisjoint(searched_keys):
            continue  # none of these patterns' key words is in the sentences searched
        for index in positions[lemma]:
            sentence = sentence_of[index]
            if not every and sentence not in missing:
                continue
            match = match_at(patterns, sentence_keys[sentence], text, offsets[index])
            if match is not None:
                number = next(number for number, _ in patterns if topic.regex(number) is match.re)
                first, _, offset, _ = sentences[sentence]
                start, end = match.span()
                found[sentence].append((index - first, number, start - offset, lemma, end - offset))
    kept = plan.kept
    if len(kept) + len(missing) > _SENTENCES_KEPT:
        kept.clear()
    for number in missing:
        known[number] = kept[keys[number]] = tuple(found[number])


def _sentence_of_token(analysis: Analysis, sentences) -> list[int]:
    """For each token, the number of its sentence in _sentences."""

    def compute() -> list[int]:
        found: list[int] = []
        for number, (first, end, _, _) in enumerate(sentences):
            found += [number] * (end + 1 - first)
        return found[: len(analysis.lemmas)]

    return analysis.cached(_sentence_of_token, compute)


def _keys_by_sentence(analysis: Analysis, sentences) -> list[frozenset[str]]:
    """The topics' key words in each sentence of _sentences, as _sentence_keys gives them
    for each of its tokens (read once a sentence of the letter is searched)."""

    def compute() -> list[frozenset[str]]:
        lemmas = analysis.lemmas
        return [keys_in(lemmas[first:end]) for first, end, _, _ in sentences]

    return analysis.cached(_keys_by_sentence, compute)


def _sentence_keys(analysis: Analysis) -> list[frozenset[str]]:
    """For each token, the topics' key words in its sentence, the lemma text between two
    sentence ends ("|"), where every match starting at the token ends (see patterns_at)."""

    def compute() -> list[frozenset[str]]:
        lemmas = analysis.lemmas
        ends = analysis.positions.get(SENTENCE_END, [])
        if "".join(lemmas).count("|") != len(ends):
            ends = []  # a "|" inside a lemma: read the text as one sentence
        found: list[frozenset[str]] = []
        start = 0
        for end in [*ends, len(lemmas)]:
            keys = keys_in(lemmas[start:end])
            found += [keys] * (end + 1 - start)  # the sentence end too (no pattern opens it)
            start = end + 1
        return found

    return analysis.cached(_sentence_keys, compute)


def in_sentence(analysis: Analysis, topic: Topic, sentence: int) -> list[Span]:
    """The matches of a topic in one sentence."""

    def index() -> dict[int, list[Span]]:
        by_sentence: dict[int, list[Span]] = {}
        for span in matches(analysis, topic):
            by_sentence.setdefault(analysis.sentence_of(span[0]), []).append(span)
        return by_sentence

    return analysis.cached(("by sentence", topic), index).get(sentence, [])


def nearest(analysis: Analysis, topic: Topic, sentence: int, first: int, last: int, apart=False):
    """The match of `topic` in `sentence` closest to tokens first..last, not negated, not in
    quotation marks (the other side of a deal quoted from the program is not the applicant's)
    and, when `apart`, not overlapping them."""
    best = None
    for span in in_sentence(analysis, topic, sentence):
        if analysis.is_negated(span[0]) or (apart and span[0] <= last and first <= span[1]):
            continue
        if analysis.is_quoted(span[0]):
            continue
        distance = min(abs(span[0] - last), abs(first - span[1]))
        if best is None or distance < best[0]:
            best = (distance, span)
    return best[1] if best else None


_COORDINATING = frozenset({"and", "but", ";", "also"})


def _joined_by_and(analysis: Analysis, span: Span, other: Span) -> bool:
    """A second claim beside the first, not part of it: "I will join if selected, and I will
    not go anywhere else" says two things; "if you promise me a place, I will stop
    interviewing elsewhere" says one."""
    gap = range(span[1] + 1, other[0]) if other[0] > span[1] else range(other[1] + 1, span[0])
    return any(analysis.lemmas[index] in _COORDINATING for index in gap)


def _asks(analysis: Analysis, sentence: int, first: int) -> bool:
    """A direct question, or a request word earlier in the sentence ("I was wondering where
    I stand"), not itself negated ("I don't expect you to tell me where I stand")."""
    if analysis.is_question(sentence):
        return True
    requests = [
        (start, end)
        for start, end in in_sentence(analysis, REQUEST, sentence)
        if not analysis.is_negated(start)
    ]
    if any(start <= first for start, _ in requests):
        return True
    # After a condition, a request may close the sentence: "If I am on your list, please
    # advise." (not one with an errand of its own: "..., please tell me how to return it").
    stop = analysis.sentence_range(sentence)[1]
    return _in_condition(analysis, first) and any(
        start > first and all(not lemma[0].isalnum() for lemma in analysis.lemmas[end + 1 : stop])
        for start, end in requests
    )


_CONDITIONS = frozenset({"if", "whether"})


def _in_condition(analysis: Analysis, first: int) -> bool:
    """Tokens from `first` open (or follow the opening of) an "if" or "whether" clause."""
    lemmas = analysis.lemmas
    return lemmas[first] in _CONDITIONS or (first > 0 and lemmas[first - 1] in _CONDITIONS)


def _acted_by_other(analysis: Analysis, first: int, actors: frozenset[str]) -> bool:
    """ "you checking in on us": the word before the act names someone other than the applicant."""
    position = first - 1
    if position >= 0 and analysis.lemmas[position] == "just":
        position -= 1
    return position >= 0 and analysis.lemmas[position] in actors
