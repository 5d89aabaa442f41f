"""How long lint() takes per letter on CPython, beside proselint on the same letters.

The letters are the realistic corpus in tests/letters/. Each figure is the median over the
letters of each letter's median time over RUNS runs (each run lints it REPEAT times, so the
timer's resolution does not matter). A last row lints letters never seen before
(bench/letters.py, its own pool: none of those bench/browser_tasks.py lints in its
process), each once: what a reader's first check of a letter costs. proselint 0.16, a
general prose linter with a few hundred checks, runs on the same texts in the same process
as the baseline, each of its runs right after ours so both see the same machine load.
Times are CPU time of this process (time.process_time): on a busy shared machine
wall-clock time mostly measures the waiting.

python -m bench.lint_cpython     # prints a small table
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench import ROOT, row
from bench.letters import WORDS, distinct_letters
from bench.table import format_table

RUNS = 7
REPEAT = 20
LETTERS = ROOT / "tests" / "letters"
NEW_LETTERS = 60


def load_letters() -> list[str]:
    texts = []
    for path in sorted(LETTERS.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as file:
            texts.append(file.read())
    return texts


def seconds_per_call(function: Callable[[str], object], text: str) -> float:
    """Mean CPU time of REPEAT calls."""
    start = time.process_time()
    for _ in range(REPEAT):
        function(text)
    return (time.process_time() - start) / REPEAT


def median_times(ours: Callable, theirs: Callable, text: str, runs: int) -> tuple[float, float]:
    """Medians over runs, the two linters alternating so that both see the same load."""
    timings = [(seconds_per_call(ours, text), seconds_per_call(theirs, text)) for _ in range(runs)]
    ours_times, theirs_times = zip(*timings, strict=True)
    return statistics.median(ours_times), statistics.median(theirs_times)


def each_once(ours: Callable, theirs: Callable, texts: list[str]) -> tuple[list, list]:
    """CPU time of one call per text, the two linters alternating."""
    timings = []
    for text in texts:
        start = time.process_time()
        ours(text)
        middle = time.process_time()
        theirs(text)
        timings.append((middle - start, time.process_time() - middle))
    ours_times, theirs_times = zip(*timings, strict=True)
    return list(ours_times), list(theirs_times)


def proselint_linter() -> Callable[[str], object]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("letter.txt", text).lint()


def run(runs: int = RUNS) -> list[dict]:
    from checker.ahead import compile_ahead
    from checker.lint import lint
    from checker.text import count_words

    letters = load_letters()
    baseline = proselint_linter()
    for text in letters:  # warm both up: first-call costs are not what a reader waits for
        lint(text)
        baseline(text)
    ours, theirs = zip(*(median_times(lint, baseline, text, runs) for text in letters), strict=True)
    compile_ahead()  # as the worker does while the page is idle
    new_ours, new_theirs = each_once(lint, baseline, distinct_letters(NEW_LETTERS, "cpython"))
    words = [count_words(text) for text in letters]
    longest = max(range(len(letters)), key=words.__getitem__)
    note = f"CPU time; median of {runs} runs x {REPEAT} calls"
    return [
        row(
            "lint per letter (CPython)",
            1000 * statistics.median(ours),
            "ms",
            baseline="proselint 0.16",
            baseline_value=1000 * statistics.median(theirs),
            note=f"{note}; median over {len(letters)} letters of {min(words)}-{max(words)} words",
        ),
        row(
            f"lint a {words[longest]}-word letter (CPython)",
            1000 * ours[longest],
            "ms",
            baseline="proselint 0.16",
            baseline_value=1000 * theirs[longest],
            target="<= 3 ms",
            note=f"{note}; the longest letter of the corpus (issue 10: 3 ms for {WORDS} words)",
        ),
        row(
            f"lint a {WORDS}-word letter never seen (CPython)",
            1000 * statistics.median(new_ours),
            "ms",
            baseline="proselint 0.16",
            baseline_value=1000 * statistics.median(new_theirs),
            note=f"CPU time; median over {NEW_LETTERS} letters, each linted once, the patterns "
            "compiled ahead as in the worker (issue 11's target 6 is the worker's row)",
        ),
    ]


if __name__ == "__main__":
    print(format_table(run()))
