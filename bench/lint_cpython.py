"""How long lint() takes per letter on CPython, beside proselint on the same letters.

The letters are the realistic corpus in tests/letters/. Each figure is the median over the
letters of each letter's median time over RUNS runs (each run lints it REPEAT times, so the
timer's resolution does not matter). proselint 0.16, a general prose linter with a few hundred
checks, runs on the same texts in the same process as the baseline, each of its runs right
after ours so both see the same machine load. Times are CPU time of this process
(time.process_time): on a busy shared machine wall-clock time mostly measures the waiting.

python -m bench.lint_cpython     # prints a small table
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench import ROOT, row
from bench.table import format_table

RUNS = 7
REPEAT = 20
WORDS = 300  # the target is stated for a 300-word letter
LETTERS = ROOT / "tests" / "letters"


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
    return (
        statistics.median(ours for ours, _ in timings),
        statistics.median(theirs for _, theirs in timings),
    )


def proselint_linter() -> Callable[[str], object]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return lambda text: LintFile("letter.txt", text).lint()


def run(runs: int = RUNS) -> list[dict]:
    from checker.lint import lint
    from checker.text import count_words

    letters = load_letters()
    baseline = proselint_linter()
    for text in letters:  # warm both up: first-call costs are not what a reader waits for
        lint(text)
        baseline(text)
    ours, theirs = zip(*(median_times(lint, baseline, text, runs) for text in letters), strict=True)
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
    ]


if __name__ == "__main__":
    print(format_table(run()))
