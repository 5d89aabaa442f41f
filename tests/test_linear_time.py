"""Checking time grows linearly with the draft, whatever the draft holds (issue 13).

A regular expression that backtracks can hang the checker on a short letter: "aamc" before
600 spaces once took a minute. So every shape of adversarial input below is checked at
sizes growing eightfold, up to n and 8n, in the same run: linear work takes about 8 times as
long at each step, quadratic work 64 times. The test fails when a step takes 16 times as
long: a ratio, not a wall-clock limit. Times are the CPU time of the thread that checks
(other processes do not count), with the garbage collector off. A suspicious ratio is
measured again, keeping the fastest of several runs, with the smaller input checked 8
times in a row against the larger one once: both measurements then last about as long, so
a busy machine (other processes evicting the caches, taking turns on the core) weighs on
both alike instead of only on the longer one.

The inputs are built from every rule's own examples, so a new rule's words are covered
without editing this file. lint() runs whole, kind detection included; a rule's own inputs
are checked as the kind, and with the reader's setting, its examples are checked with.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import math
import re
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from checker.hits import Hit
from checker.limits import MAX_DRAFT_CHARACTERS
from checker.lint import lint
from checker.policies import Setting
from checker.rules import RULES, Rule
from testsupport.rule_settings import example_setting

GROWTH = 8
BOUND = 16  # linear: about 8; n log n: about 9-10; quadratic: about 64
REPEATS = 3  # runs of the smaller input; the fastest counts
CONFIRMATIONS = 5  # measurements of a suspicious step; the fastest of each side counts
# The shortest CPU budget a run gets before it is stopped: the kernel may count CPU time in
# whole clock ticks, so a budget of a few milliseconds could end a normal run.
LEAST_BUDGET = 0.1
# The budget of one unmeasured check of the larger input before a suspicious step is measured
# again: the checker compiles a word's patterns the first time it sees the word, and a
# larger input may bring words the smaller ones did not (in a run of its own, seconds).
WARM_UP_BUDGET = 2.0
LIMIT = MAX_DRAFT_CHARACTERS  # the most the checker reads, so the largest input here

Builder = Callable[[int], str]  # size -> draft


@dataclass(frozen=True)
class Shape:
    name: str
    build: Builder
    size: int  # the smaller size; the larger is GROWTH times this
    kind: str | None = None  # the letter kind to check as (None: detected)
    setting: Setting | None = None  # the reader's setting (a policy rule's own inputs)


def _shape(name: str, build: Builder, size: int, rule: Rule | None = None) -> Shape:
    """A shape whose larger input fits the limit (its size is lowered if needed), checked as
    the kind and setting of the rule whose words it uses."""
    while size > 1 and len(build(size * GROWTH)) > LIMIT:
        size = max(1, size * LIMIT // len(build(size * GROWTH)))
    if rule is None:
        return Shape(name, build, size)
    return Shape(name, build, size, rule.example_kind, example_setting(rule.example_setting))


def _examples(rule: Rule) -> tuple[str, ...]:
    return rule.fails + rule.passes


# Whitespace of each kind the checker treats differently ("\t" and no-break spaces become
# spaces in its view, " \n" makes blank-looking lines, "\r\n" is one line break).
_RUNS = (" ", "\t", "\n", " \n", "\r\n", "\u00a0")


def _run(index: int, length: int) -> str:
    unit = _RUNS[index % len(_RUNS)]
    return unit * max(1, length // len(unit))


def _spaced_out(words: list[str], offset: int) -> Builder:
    """Every word followed by a long run of whitespace (another kind at each gap)."""
    return lambda size: "".join(
        word + _run(offset + index, size) for index, word in enumerate(words)
    )


def _keyword_then_run(keyword: str, offset: int) -> Builder:
    """One keyword, a long run of whitespace, then a word that completes nothing."""
    return lambda size: keyword + _run(offset, size) + "zz"


def _repeated(text: str) -> Builder:
    return lambda size: " ".join([text] * size)


def _words(texts: tuple[str, ...]) -> list[str]:
    """Distinct words, told apart as the checker tells them apart: its view is lower case,
    and a comma or question mark after a word changes no pattern's way through a run."""
    found = {_key(word): word for text in reversed(texts) for word in reversed(text.split())}
    return list(reversed(found.values()))


def _key(word: str) -> str:
    return word.lower().rstrip(",;:!?")


# Each word gets its own input once, with the first rule whose examples use it.
_FIRST_USE = {
    _key(word): rule.id for rule in reversed(RULES.values()) for word in _words(_examples(rule))
}


def rule_shapes(rule: Rule) -> Iterator[Shape]:
    """A rule's own words in the shapes that make patterns backtrack or scans repeat."""
    examples = _examples(rule)
    for number, example in enumerate(examples):
        yield _shape(
            f"example {number + 1} with a long run after each word",
            _spaced_out(example.split(), number),
            64,
            rule,
        )
    shortest = min(rule.fails, key=len)
    for name, text in (  # (all examples together: see the 50,000-character line below)
        ("its shortest failing example", shortest),
        ("its shortest failing example in quotes", f'"{shortest}"'),
    ):
        yield _shape(f"{name}, repeated", _repeated(text), 1000, rule)
    keywords = [word for word in _words(examples) if _FIRST_USE.get(_key(word), rule.id) == rule.id]
    for number, keyword in enumerate(keywords):
        yield _shape(
            f"{keyword!r} then a long run of whitespace",
            _keyword_then_run(keyword, number),
            512,
            rule,
        )


def _symbols() -> list[str]:
    """Every punctuation mark and letterless token (":)", "!!", "#1") the examples use, with
    the emoticons and marks that texting style is made of."""
    text = " ".join(example for rule in RULES.values() for example in _examples(rule))
    marks = {char for char in text if not char.isalnum() and not char.isspace()}
    tokens = {word for word in text.split() if not re.search(r"[^\W\d_]", word)}
    return sorted(marks | tokens | {":)", ";)", ":-(", ":D", "<3", "?!", "...", "\U0001f642"})


def bracket_shapes() -> Iterator[Shape]:
    pairs = ("[]", "()", "{}", "<>", ("{{", "}}"), ("{%", "%}"), ('"', '"'), ("'", "'"))
    for opening, closing in pairs:
        yield _shape(
            f"{opening}...{closing} nested",
            lambda n, o=opening, c=closing: o * n + "x" + c * n,
            1000,
        )
        yield _shape(f"{opening} never closed", lambda n, o=opening: (o + "name ") * n, 1000)
    yield _shape("mixed brackets nested", lambda n: "[(<{" * n + "x" + "}>)]" * n, 500)


def symbol_shapes() -> Iterator[Shape]:
    for symbol in _symbols():
        yield _shape(f"{symbol!r} repeated", lambda n, s=symbol: s * n, 250)
        yield _shape(f"{symbol!r} repeated with spaces", lambda n, s=symbol: (s + " ") * n, 250)


def letter_shapes() -> Iterator[Shape]:
    """Whole drafts: 50,000-character lines, and the parts of a letter repeated."""
    everything = " ".join(example for rule in RULES.values() for example in _examples(rule))
    line = " ".join(everything.split()) + " "
    yield _shape(
        "every example's words on one 50,000-character line",
        lambda n: (line * (n // len(line) + 1))[:n],
        LIMIT // GROWTH,
    )
    for word in ("aamc", "dear", "sincerely,", "x", "1"):
        yield _shape(
            f"{word!r} then 50,000 characters of spaces",
            _keyword_then_run(word, 0),
            LIMIT // GROWTH,
        )
    yield _shape("one 50,000-letter word", lambda n: "a" * n, LIMIT // GROWTH)
    yield _shape(  # a first word shaped like a place's name is looked up as a misspelling
        "one 50,000-letter word opening a sentence like a place",
        lambda n: "Lake" + "a" * n + "ville is my first choice.",
        LIMIT // GROWTH,
    )
    yield _shape("digits", lambda n: "1234 " * n, 1000)
    yield _shape("a sign-off on every line", lambda n: "Sincerely,\n" * n, 500)
    yield _shape("a greeting on every line", lambda n: "Dear Dr. Lee,\n" * n, 500)
    yield _shape("a subject on every line", lambda n: "Subject: Thank you\n" * n, 500)
    yield _shape("a mail header on every line", lambda n: "To: pd@example.org\n" * n, 500)
    yield _shape("capitals", lambda n: "VERY REALLY " * n, 500)


GROUPS: dict[str, Callable[[], Iterator[Shape]]] = {
    **{rule.id: (lambda rule=rule: rule_shapes(rule)) for rule in RULES.values()},
    "brackets": bracket_shapes,
    "punctuation and emoticons": symbol_shapes,
    "whole letters": letter_shapes,
}


class _OverBudget(Exception):
    pass


@contextlib.contextmanager
def _cpu_budget(seconds: float) -> Iterator[None]:
    """Interrupts the block once this process has used `seconds` of CPU time in it (the
    regex engine checks for signals while it backtracks)."""

    def stop(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _cpu_time(shape: Shape, text: str, times: int = 1, budget: float = 3600) -> float:
    """CPU seconds of checking `text` `times` times in a row; infinite past `budget`."""
    gc.disable()
    try:
        with contextlib.suppress(_OverBudget), _cpu_budget(budget):
            # Not process_time: on some kernels it loses its precision once a CPU timer has
            # been armed, and reads 0 for a short check.
            started = time.thread_time()
            for _ in range(times):
                lint(text, shape.kind, setting=shape.setting)
            return time.thread_time() - started
    finally:
        gc.enable()
    return math.inf


def step(shape: Shape, smaller: str, larger: str) -> float:
    """time(larger) / time(smaller): the fastest of REPEATS checks of the smaller against
    one of the larger, stopped once it has taken BOUND times as long."""
    base = min(_cpu_time(shape, smaller) for _ in range(REPEATS))
    took = _cpu_time(shape, larger, budget=max(BOUND * base, LEAST_BUDGET))
    return took / max(base, 1e-6)


def confirmed_step(shape: Shape, smaller: str, larger: str) -> float:
    """The same ratio measured CONFIRMATIONS times, taking turns: GROWTH checks of the
    smaller in a row, then one of the larger; the fastest of each counts."""
    _cpu_time(shape, larger, budget=WARM_UP_BUDGET)
    base = took = math.inf
    for _ in range(CONFIRMATIONS):
        base = min(base, _cpu_time(shape, smaller, GROWTH) / GROWTH)
        took = min(took, _cpu_time(shape, larger, budget=max(BOUND * base, LEAST_BUDGET)))
    return took / max(base, 1e-6)


def growth(shape: Shape) -> float:
    """The highest time(GROWTH * m) / time(m) on the way up to m = size, from m = 1.
    Each run is stopped once it takes BOUND times as long as the step below, so a pattern
    that backtracks badly fails in seconds instead of hanging the suite; a ratio that looks
    too high is measured again (confirmed_step)."""
    sizes = [shape.size * GROWTH]
    while sizes[-1] > 1:
        sizes.append(max(1, sizes[-1] // GROWTH))
    texts = [shape.build(size) for size in reversed(sizes)]
    lint(texts[0], shape.kind, setting=shape.setting)  # fill the caches a first call fills
    worst = 0.0
    for smaller, larger in itertools.pairwise(texts):
        ratio = step(shape, smaller, larger)
        if ratio >= BOUND:
            ratio = confirmed_step(shape, smaller, larger)
        worst = max(worst, ratio)
        if worst >= BOUND:
            break
    return worst


def superlinear(shapes: Iterator[Shape]) -> list[str]:
    return [
        f"{shape.name}: {ratio:.0f} times slower at {GROWTH} times the size"
        if ratio < math.inf
        else f"{shape.name}: stopped at {BOUND} times as slow, at {GROWTH} times the size"
        for shape in shapes
        if (ratio := growth(shape)) >= BOUND
    ]


@pytest.mark.parametrize("group", GROUPS)
def test_checking_time_grows_linearly(group):
    assert superlinear(GROUPS[group]()) == []


@pytest.mark.parametrize("group", GROUPS)
def test_inputs_stay_within_the_browser_limit(group):
    for shape in GROUPS[group]():
        assert len(shape.build(shape.size * GROWTH)) <= LIMIT, shape.name


# Quadratic: the two runs split the spaces every way. Each step is an alternation, as in the
# rules' own patterns; a bare \s class backtracks so cheaply that, at these sizes, the
# checker's linear work can hide it on a busy machine.
_BACKTRACKING = re.compile(r"canary(?:\s|\xa0)*(?:\s|\xa0)*!")


def _backtracking_check(letter, kind):
    return [Hit(*match.span()) for match in _BACKTRACKING.finditer(letter.view)]


def test_a_new_rule_with_a_backtracking_pattern_is_caught(monkeypatch):
    """The harness itself: a rule added to the registry is covered without editing this
    file, and a quadratic pattern in it fails the test."""
    rule = Rule(
        id="canary",
        severity="warning",
        title="Canary",
        catches="A canary.",
        why="To test the test.",
        instead="Nothing.",
        guide="mistakes.md#professionalism",
        message="Canary.",
        check=_backtracking_check,
        fails=("canary !", "a canary!", "canary  !"),
        passes=("canary", "bird !", "no canaries"),
    )
    monkeypatch.setitem(RULES, rule.id, rule)
    found = superlinear(shape for shape in rule_shapes(rule) if "'canary'" in shape.name)
    assert len(found) == 1 and found[0].startswith("'canary' then a long run of whitespace")
