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
from checker.language import topic_search
from checker.language.analysis import Analysis, analyse
from checker.language.topic import Topic
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
    # An answer opening its sentence to one of these in the sentence before turns the frame
    # off: "Thanks for the invite to the bowling night! Count me in." (not an answer that
    # names its own terms: "Count me in if you offer me a spot").
    unless_answering: tuple[Topic, ...] = ()
    not_after: frozenset[str] = frozenset()  # lemmas that, just before, make someone else act
    unless_thanked: bool = False  # thanks for it, received already, turns the frame off
    # Told as done or as someone else's, not offered now: "I withdrew from the Match last year".
    unless_told_as_done: bool = False
    unless_letter: Callable[[Letter], bool] | None = None  # the letter as a whole excuses it
    # The match itself excuses it, read as the letter writes it or beside its neighbours: the
    # lemmas lose a possessive ("another program's applicant" reads "another program
    # applicant") and a name's words; "Thank you, you're the best!" praises the person thanked.
    unless_match: Callable[[Analysis, int, int], bool] | None = None
    # Other words in the sentence the finding takes in: a deal's finding covers the rank
    # claim and the question inside it, which the deal's rule supersedes.
    covers: tuple[Topic, ...] = ()
    # The finding keeps to the topic's own words, with_topics only required beside them: a
    # rank traded for a guaranteed place points at the rank, and the request for the place
    # keeps its own binding-commitment finding (reciprocal-request would supersede it).
    joined: bool = True

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
            if self.unless_told_as_done and analysis.is_told_as_done(first, last):
                continue
            if self.unless_match is not None and self.unless_match(analysis, first, last):
                continue
            if self.asks and not _asks(analysis, sentence, first):
                continue
            if any(in_sentence(analysis, other, sentence) for other in self.unless):
                continue
            if self.unless_answering and _answers(
                analysis, sentence, first, last, self.unless_answering
            ):
                continue
            span = self._with_topics(analysis, sentence, first, last)
            if span is None:
                continue
            if not self.joined:
                span = first, last
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

    def told_as_done_in(self, analysis: Analysis, sentence: int) -> bool:
        """Whether a frame that lets pass what is told as done or as someone else's finds
        such words in the sentence ("I withdrew from the Match last year")."""
        return any(
            analysis.is_told_as_done(first, last)
            for frame in self.frames
            if frame.unless_told_as_done
            for first, last in in_sentence(analysis, frame.topic, sentence)
        )

    def excused_by(self, letter: Letter) -> bool:
        """Whether the letter as a whole excuses one of the frames (news in a chasing email,
        a concrete detail beside the praise)."""
        return any(
            frame.unless_letter is not None and frame.unless_letter(letter) for frame in self.frames
        )


def check(*frames: Frame) -> Check:
    return FrameCheck(frames)


def matches(analysis: Analysis, topic: Topic) -> list[Span]:
    """Every match of a topic in the letter, as token spans (searched once per letter)."""
    return analysis.cached(topic, lambda: topic_search.search(analysis, topic))


def in_sentence(analysis: Analysis, topic: Topic, sentence: int) -> list[Span]:
    """The matches of a topic in one sentence."""

    def index() -> dict[int, list[Span]]:
        by_sentence: dict[int, list[Span]] = {}
        for span in matches(analysis, topic):
            by_sentence.setdefault(analysis.sentence_of(span[0]), []).append(span)
        return by_sentence

    return analysis.cached(("by sentence", topic), index).get(sentence, [])


def nearest(analysis: Analysis, topic: Topic, sentence: int, first: int, last: int, apart=False):
    """The match of `topic` in `sentence` closest to tokens first..last, not negated, not
    quoted or reported (the other side of a deal in the program's own words, "thank you for
    telling me the program hopes to rank me well", is not the applicant's) and, when `apart`,
    not overlapping them."""
    best = None
    for span in in_sentence(analysis, topic, sentence):
        if analysis.is_negated(span[0]) or (apart and span[0] <= last and first <= span[1]):
            continue
        if analysis.is_reported(span[0], strict=True):
            continue
        distance = min(abs(span[0] - last), abs(first - span[1]))
        if best is None or distance < best[0]:
            best = (distance, span)
    return best[1] if best else None


_COORDINATING = frozenset({"and", "but", ";", "also"})


_SUBJECTS = frozenset({"i", "we"})
# A request for a place that opens a deal said with "and": "Promise me a spot and I'll
# withdraw from every other program", "Give me a position and I will cancel the rest".
_REQUESTS_A_PLACE = frozenset(
    {"promise", "give", "offer", "guarantee", "assure", "hold", "save", "reserve", "grant"}
)


def _joined_by_and(analysis: Analysis, span: Span, other: Span) -> bool:
    """A second claim beside the first, not part of it: "I will join if selected, and I will
    not go anywhere else" says two things; "if you promise me a place, I will stop
    interviewing elsewhere" says one, and so do "I promise to sign with you and stop
    interviewing elsewhere" (one promise, its verbs joined) and "Promise me a spot and I'll
    withdraw from every other program" (a deal: the request, then what is given for it)."""
    lemmas = analysis.lemmas
    gap = range(span[1] + 1, other[0]) if other[0] > span[1] else range(other[1] + 1, span[0])
    joins = [index for index in gap if lemmas[index] in _COORDINATING]
    if not joins:
        return False
    if lemmas[joins[-1]] == "and" and other[0] > span[1]:
        after = joins[-1] + 1
        if after < len(lemmas) and lemmas[after] not in _SUBJECTS:
            return False  # the same subject goes on: one promise
        if lemmas[span[0]] in _REQUESTS_A_PLACE and lemmas[span[0] + 1] == "me":
            return False
    return True


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

# Words before an answer that keep it opening its sentence ("Yes, definitely count me in!").
_ANSWER_OPENERS = frozenset(
    {"yes", "so", "then", "definitely", "absolutely", "of", "course", "oh", "well", "sure", "and"}
)
# Words after it that give the answer terms of its own: a condition ("Count me in if you
# offer me a spot"), a place or a contract, a rank or a promise.
_CONDITION_WORDS = frozenset({"if", "once", "should", "when", "whenever", "provided"})
_PLACE_WORDS = frozenset({"offer", "contract", "sign", "accept", "position", "spot", "place"})
_PROMISE_WORDS = frozenset({"match", "rank", "commit", "guarantee", "promise"})
# ... or the program itself ("Consider it a done deal: I'm joining your program").
_PROGRAM_WORDS = frozenset(
    {"program", "programs", "residency", "yours", "hospital", "institution", "department"}
)
_ANSWER_TERMS = _CONDITION_WORDS | _PLACE_WORDS | _PROMISE_WORDS | _PROGRAM_WORDS
# Only a bare yes is an answer ("Count me in!", "I'm in"), not a deal's words ("Consider it a
# done deal").
_BARE_ANSWERS = frozenset(
    {("count", "me", "in"), ("count", "us", "in"), ("consider", "me", "in"), ("i", "be", "in")}
)


def _answers(
    analysis: Analysis, sentence: int, first: int, last: int, asked: tuple[Topic, ...]
) -> bool:
    """Tokens `first` to `last` are a bare yes that opens its sentence and answers one of
    `asked` in the sentence before, with no terms of their own after them."""
    if sentence == 0:
        return False
    lemmas = analysis.lemmas
    if tuple(lemmas[first : last + 1]) not in _BARE_ANSWERS:
        return False
    start, stop = analysis.sentence_range(sentence)
    if any(lemma[:1].isalnum() and lemma not in _ANSWER_OPENERS for lemma in lemmas[start:first]):
        return False
    if any(lemma in _ANSWER_TERMS for lemma in lemmas[first:stop]):
        return False
    return any(
        not analysis.is_negated(span[0])
        for topic in asked
        for span in in_sentence(analysis, topic, sentence - 1)
    )


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
