"""The page stays responsive: the longest main-thread task while Python starts and while a
3,000-word paste is checked, lint latency through PreMatchPython.call (of one draft again
and again, and of letters each linted once), and the time from a keystroke to the updated
highlight on the Checker page."""

from __future__ import annotations

import time

from bench import BenchContext, median, p95, row
from bench.browser_startup import make_floor_folder, unzip_offline_copy
from bench.letters import WORDS, distinct_letters
from bench.task_trace import Task, traced
from testsupport.drafts import LETTER_300, TEXT_3000
from testsupport.python import wait_for_python
from testsupport.server import serve_folder

TIMEOUT_MS = 120_000
LINT_CALLS = 30
# Letters never seen before: each run opens the page anew, lints a few letters as the other
# lint rows warm up, then times the next ones; no letter is linted twice over all runs.
NEW_LETTERS_WARM_UP = 3
NEW_LETTERS_TIMED = 20
KEYSTROKES = 20
# Normal typing: about 48 words a minute, a key every 250 ms (not keys fired back to back).
KEY_INTERVAL_S = 0.25
# The Checker page's marks under the draft box (a copy of the draft with the marks in it)
# and its list of findings (docs/checker.md); both are drawn again for each check.
BACKDROP = "[data-checker-backdrop]"
FINDINGS = "[data-checker-findings]"
SETTLE_S = 0.5  # long-task entries reach the observer a little after the task ends

# Runs before the page's scripts: every main-thread task over 50 ms, from navigation on.
LONG_TASK_SCRIPT = """(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({start: entry.startTime, duration: entry.duration});
    }
  }).observe({type: "longtask", buffered: true});
})();"""

# The Long Tasks API reports only tasks of 50 ms or more: 0 means none reached that.
NO_LONG_TASK = "0 = no task reached 50 ms"
LONGEST_SINCE = """(since) => Math.max(0, ...window.__longTasks
  .filter((task) => task.start >= since).map((task) => task.duration))"""

# Sets the draft as a paste does (paste event, then input) and returns when that happened.
PASTE = """(text) => {
  const draft = document.querySelector('[data-testid="draft"]');
  const pastedAt = performance.now();
  draft.focus();
  draft.value = text;
  draft.dispatchEvent(new Event("paste", {bubbles: true}));
  draft.dispatchEvent(new Event("input", {bubbles: true}));
  return pastedAt;
}"""

# The backdrop holds the whole draft (and a space that keeps a last empty line) once the
# marks of its check are drawn.
DRAWN = f"""(length) => document.querySelector('{BACKDROP}').textContent.length === length + 1"""

CALL_TIMES = """async ([method, params, calls]) => {
  const times = [];
  for (let i = 0; i < calls + 3; i += 1) {
    const started = performance.now();
    await window.PreMatchPython.call(method, params);
    if (i >= 3) times.push(performance.now() - started);  // the first calls warm up
  }
  return times;
}"""

# A reader's letter comes some seconds after the page is ready, by which time the worker,
# idle for 3 s, has compiled the checker's patterns (python-worker.mjs); "warm" does that
# work at once instead of waiting, and the time it took from the page's ready is noted.
NEW_LETTER_LINTS = """async (texts) => {
  const python = window.PreMatchPython;
  const started = performance.now();
  while (await python.call("warm")) {}
  const warmed = performance.now() - started;
  const times = [];
  for (const text of texts) {
    const lintStarted = performance.now();
    await python.call("lint", {text});
    times.push(performance.now() - lintStarted);
  }
  return {times, warmed};
}"""

# Notes, for the next keystroke: when it happened, when the page asked Python to lint,
# and when the list of findings was drawn again after it (the marks move with the text at
# once, before the check; the list shows the check's answer).
WATCH_KEYSTROKE = f"""() => {{
  const view = document.querySelector('{FINDINGS}');
  const draft = document.querySelector('[data-testid="draft"]');
  const python = window.PreMatchPython;
  if (!window.__keystroke) {{
    const originalCall = python.call;
    python.call = (method, params) => {{
      if (method === "lint" && window.__keystroke.key && !window.__keystroke.call) {{
        window.__keystroke.call = performance.now();
      }}
      return originalCall(method, params);
    }};
    draft.addEventListener("keydown", (event) => {{
      if (!window.__keystroke.key) window.__keystroke.key = event.timeStamp;
    }}, true);
    new MutationObserver(() => {{
      const state = window.__keystroke;
      if (state.key && !state.drawn) state.drawn = performance.now();
    }}).observe(view, {{childList: true, subtree: true, characterData: true}});
  }}
  window.__keystroke = {{}};
}}"""


def longest_tasks_in_session(browser, url: str) -> tuple[float, Task | None, float]:
    """(longest task while Python starts, the start's longest task in CPU time as Chromium's
    trace has it, longest task while a 3,000-word paste is checked)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(LONG_TASK_SCRIPT)
        with traced(browser, page) as trace:
            page.goto(url)
            wait_for_python(page)
            time.sleep(SETTLE_S)
        starting = page.evaluate(LONGEST_SINCE, 0)
        pasted_at = page.evaluate(PASTE, TEXT_3000)
        page.wait_for_function(DRAWN, arg=len(TEXT_3000), timeout=TIMEOUT_MS)
        time.sleep(SETTLE_S)
        return starting, trace.longest(), page.evaluate(LONGEST_SINCE, pasted_at)
    finally:
        context.close()


def longest_task_of_floor(browser, url: str) -> float:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(LONG_TASK_SCRIPT)
        page.goto(url)
        page.wait_for_function("() => window.__bench.ready", timeout=TIMEOUT_MS)
        time.sleep(SETTLE_S)
        return page.evaluate(LONGEST_SINCE, 0)
    finally:
        context.close()


def keystroke_times(page) -> tuple[list[float], list[float]]:
    """(keystroke to redrawn findings, lint call to redrawn findings) per keystroke, ms."""
    page.fill('[data-testid="draft"]', LETTER_300)
    page.wait_for_function(DRAWN, arg=len(LETTER_300), timeout=TIMEOUT_MS)
    page.focus('[data-testid="draft"]')
    page.keyboard.press("Control+End")
    raw, after_debounce = [], []
    last_key = 0.0
    for index in range(KEYSTROKES):
        page.evaluate(WATCH_KEYSTROKE)
        time.sleep(max(0.0, last_key + KEY_INTERVAL_S - time.monotonic()))
        last_key = time.monotonic()
        page.keyboard.type("x" if index % 2 == 0 else " ")
        page.wait_for_function("() => window.__keystroke.drawn", timeout=TIMEOUT_MS)
        state = page.evaluate("() => window.__keystroke")
        raw.append(state["drawn"] - state["key"])
        if state.get("call"):
            after_debounce.append(state["drawn"] - state["call"])
    return raw, after_debounce


def new_letter_lints(browser, url: str, runs: int) -> tuple[list[float], list[str], list[float]]:
    """(ms per timed lint, the letters timed, ms from ready until the worker's patterns were
    compiled, per run): each run in a new browser context, so a new worker, which lints
    NEW_LETTERS_WARM_UP letters and then NEW_LETTERS_TIMED others."""
    per_run = NEW_LETTERS_WARM_UP + NEW_LETTERS_TIMED
    times, timed, warmed = [], [], []
    every = distinct_letters(runs * per_run, "browser")  # fails at once when runs is too many
    for run in range(runs):
        letters = every[run * per_run : (run + 1) * per_run]
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            wait_for_python(page)
            found = page.evaluate(NEW_LETTER_LINTS, letters)
            times += found["times"][NEW_LETTERS_WARM_UP:]
            warmed.append(found["warmed"])
        finally:
            context.close()
        timed += letters[NEW_LETTERS_WARM_UP:]
    return times, timed, warmed


def cpu_row(where: str, tasks: list[Task | None]) -> dict:
    """The start's longest task by CPU time: the page's own work, whatever the machine's
    load adds to the wall-clock rows; the note names what ran in the median run's task."""
    found = sorted((task for task in tasks if task is not None), key=lambda task: task.cpu_ms)
    middle = found[len(found) // 2] if found else None
    return row(
        f"longest main-thread task while Python starts, CPU time, {where}",
        middle.cpu_ms if middle else None,
        "ms",
        note=(
            f"Chromium trace; {middle.wall_ms:.0f} ms wall; " + "; ".join(middle.parts)
            if middle
            else "no task of 20 ms or more in the trace"
        ),
    )


def cpython_lint_ms(texts: list[str]) -> list[float]:
    """The same lints in this process's CPython: what the browser's figure is compared with.
    The patterns are compiled first, as the worker compiles them while the page is idle."""
    from checker.ahead import compile_ahead
    from checker.lint import lint

    compile_ahead()
    times = []
    for text in texts:
        started = time.perf_counter()
        lint(text)
        times.append((time.perf_counter() - started) * 1000)
    return times


def run(context: BenchContext) -> list[dict]:
    floor_dir = make_floor_folder(context.workdir / "pyodide-floor-tasks")
    checker_file = unzip_offline_copy(context.site_dir, context.workdir / "offline-copy-tasks")
    starting, pasting, floor, starting_file, pasting_file = [], [], [], [], []
    starting_cpu: list[Task | None] = []
    starting_cpu_file: list[Task | None] = []
    with serve_folder(floor_dir) as floor_base, serve_folder(context.site_dir) as site_base:
        checker_url = site_base + "checker/"
        for _ in range(context.runs):
            floor.append(longest_task_of_floor(context.browser, floor_base + "floor.html"))
            during_start, cpu, during_paste = longest_tasks_in_session(context.browser, checker_url)
            starting.append(during_start)
            starting_cpu.append(cpu)
            pasting.append(during_paste)
            if checker_file:
                during_start, cpu, during_paste = longest_tasks_in_session(
                    context.browser, checker_file.as_uri()
                )
                starting_file.append(during_start)
                starting_cpu_file.append(cpu)
                pasting_file.append(during_paste)
        new_letters, letters_timed, warmed = new_letter_lints(
            context.browser, checker_url, context.runs
        )

        browser_context = context.browser.new_context()
        try:
            page = browser_context.new_page()
            page.goto(checker_url)
            wait_for_python(page)
            # "vocabulary" does almost no work: its time is the round trip through the worker.
            round_trip = page.evaluate(CALL_TIMES, ["vocabulary", {}, LINT_CALLS])
            lint_300 = page.evaluate(CALL_TIMES, ["lint", {"text": LETTER_300}, LINT_CALLS])
            lint_3000 = page.evaluate(CALL_TIMES, ["lint", {"text": TEXT_3000}, LINT_CALLS])
            raw, after_debounce = keystroke_times(page)
        finally:
            browser_context.close()

    cpython_300 = median(cpython_lint_ms([LETTER_300] * LINT_CALLS))
    cpython_3000 = median(cpython_lint_ms([TEXT_3000] * LINT_CALLS))
    cpython_new_letters = median(cpython_lint_ms(letters_timed))
    floor_task = {
        "baseline": "bare loadPyodide() on the main thread",
        "baseline_value": median(floor),
    }
    file_rows = []
    if checker_file:
        file_rows = [
            row(
                "longest main-thread task while Python starts, file://",
                median(starting_file),
                "ms",
                target="<= 50 ms",
                **floor_task,
            ),
            cpu_row("file://", starting_cpu_file),
            row(
                "longest main-thread task, 3,000-word paste checked, file://",
                median(pasting_file),
                "ms",
                target="<= 50 ms",
                note=NO_LONG_TASK,
            ),
        ]
    return [
        row(
            "longest main-thread task while Python starts, http",
            median(starting),
            "ms",
            target="<= 50 ms",
            **floor_task,
        ),
        cpu_row("http", starting_cpu),
        row(
            "longest main-thread task, 3,000-word paste checked, http",
            median(pasting),
            "ms",
            target="<= 50 ms",
            note=NO_LONG_TASK,
        ),
        *file_rows,
        row(
            "round trip via PreMatchPython.call (vocabulary), median",
            median(round_trip),
            "ms",
            note=f"p95 {p95(round_trip):.1f} ms over {LINT_CALLS} calls; the hop without a lint",
        ),
        row(
            f"lint via PreMatchPython.call, {WORDS}-word letters never seen, median",
            median(new_letters),
            "ms",
            baseline="same lints in CPython",
            baseline_value=cpython_new_letters,
            target="< 5 ms",
            note=f"p95 {p95(new_letters):.1f} ms; {len(new_letters)} letters, each linted once, "
            f"{NEW_LETTERS_TIMED} per page after {NEW_LETTERS_WARM_UP} others, once the "
            f"patterns were compiled (by warm calls, {median(warmed) / 1000:.1f} s after ready); "
            "includes the hop",
        ),
        row(
            "lint via PreMatchPython.call, 300 words, median",
            median(lint_300),
            "ms",
            baseline="same lint in CPython",
            baseline_value=cpython_300,
            note=f"p95 {p95(lint_300):.1f} ms over {LINT_CALLS} calls of the same draft; "
            "includes the worker hop",
        ),
        row(
            "lint via PreMatchPython.call, 3,000 words, median",
            median(lint_3000),
            "ms",
            baseline="same lint in CPython",
            baseline_value=cpython_3000,
            note=f"p95 {p95(lint_3000):.1f} ms over {LINT_CALLS} calls",
        ),
        row(
            "keystroke to redrawn highlight (raw, with debounce)",
            median(raw),
            "ms",
            target="< 50 ms",
            note=f"p95 {p95(raw):.0f} ms over {KEYSTROKES} keys, one every "
            f"{KEY_INTERVAL_S * 1000:.0f} ms",
        ),
        row(
            "keystroke to redrawn highlight, debounce excluded",
            median(after_debounce) if after_debounce else None,
            "ms",
            target="< 50 ms",
            note=(
                f"from the page's lint call to the redraw; p95 {p95(after_debounce):.0f} ms"
                if after_debounce
                else "the page's lint call could not be observed"
            ),
        ),
    ]
