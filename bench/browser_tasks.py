"""The page stays responsive: the longest main-thread task while Python starts and while a
3,000-word paste is checked, lint latency through PreMatchPython.call (of one draft again
and again, and of letters each linted once), and the time from a keystroke to the updated
highlight on the Checker page."""

from __future__ import annotations

import time
from dataclasses import dataclass

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

# The label of the console.timeStamp() the page makes when its Python is ready: it marks
# that moment in the Chromium trace.
READY_MARK = "prematch: Python ready"
# Runs before the page's scripts: every main-thread task over 50 ms, from navigation on, and
# when Python became ready (window.__readyAt, and READY_MARK in a trace).
LONG_TASK_SCRIPT = """(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__longTasks.push({start: entry.startTime, duration: entry.duration});
    }
  }).observe({type: "longtask", buffered: true});
  let api;
  Object.defineProperty(window, "PreMatchPython", {
    configurable: true,
    get: () => api,
    set(value) {
      api = value;
      value.onStatus((stage) => {
        if (stage !== "ready" || window.__readyAt !== undefined) return;
        window.__readyAt = performance.now();
        console.timeStamp(READY_MARK);
      });
    },
  });
})();""".replace("READY_MARK", repr(READY_MARK))

# The Long Tasks API reports only tasks of 50 ms or more: 0 means none reached that.
NO_LONG_TASK = "0 = no task reached 50 ms"
LONGEST_SINCE = """(since) => Math.max(0, ...window.__longTasks
  .filter((task) => task.start >= since).map((task) => task.duration))"""
# The longest task that started before Python was ready or in the SETTLE_S after it.
LONGEST_WHILE_STARTING = f"""() => Math.max(0, ...window.__longTasks
  .filter((task) => task.start < window.__readyAt + {SETTLE_S * 1000})
  .map((task) => task.duration))"""
# On the pages that start Python, theme-later.js adds the theme's script once Python is
# ready; a page without it has run the theme's script as it opened.
THEME_STARTED = """() => !document.querySelector('script[data-bundle]')
  || document.documentElement.dataset.themeScript === "started" """
# The theme's script: mkdocs-material's bundle, and the task that mounts the page's content
# when theme-later.js sends DOMContentLoaded again.
THEME_SCRIPTS = ("bundle.", "theme-later.js")

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


@dataclass(frozen=True)
class Session:
    starting: float  # longest task (Long Tasks) while Python starts, ms
    starting_cpu: Task | None  # the start's longest task by CPU time (trace)
    theme_cpu: Task | None  # the theme's script's longest task by CPU time, wherever it ran
    theme_after_ready_ms: float | None  # when that task started, after Python's ready (< 0: before)
    whole: float  # longest task (Long Tasks) until Python is ready and the theme's script ran
    pasting: float  # longest task while a 3,000-word paste is checked and drawn


def longest_tasks_in_session(browser, url: str) -> Session:
    """One visit: the longest tasks while Python starts, then until the theme's script has
    run (later than Python's start on the pages that start Python), then while a 3,000-word
    paste is checked; the start is traced (CPU time, what ran)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(LONG_TASK_SCRIPT)
        with traced(browser, page) as trace:
            page.goto(url)
            wait_for_python(page)
            time.sleep(SETTLE_S)
            page.wait_for_function(THEME_STARTED, timeout=TIMEOUT_MS, polling=50)
            time.sleep(SETTLE_S)
        starting = page.evaluate(LONGEST_WHILE_STARTING)
        whole = page.evaluate(LONGEST_SINCE, 0)
        pasted_at = page.evaluate(PASTE, TEXT_3000)
        page.wait_for_function(DRAWN, arg=len(TEXT_3000), timeout=TIMEOUT_MS)
        time.sleep(SETTLE_S)
        theme = max(
            (task for task in trace.tasks if any(map(task.runs, THEME_SCRIPTS))),
            key=lambda task: task.cpu_ms,
            default=None,
        )
        ready_us = trace.marks.get(READY_MARK)
        return Session(
            starting=starting,
            starting_cpu=trace.longest(before=READY_MARK, after_ms=SETTLE_S * 1000),
            theme_cpu=theme,
            theme_after_ready_ms=(
                (theme.start_us - ready_us) / 1000 if theme and ready_us is not None else None
            ),
            whole=whole,
            pasting=page.evaluate(LONGEST_SINCE, pasted_at),
        )
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


def session_rows(where: str, sessions: list[Session], floor_task: dict) -> list[dict]:
    if not sessions:
        return []
    later = [s.theme_after_ready_ms for s in sessions if s.theme_after_ready_ms is not None]
    return [
        row(
            f"longest main-thread task while Python starts, {where}",
            median([s.starting for s in sessions]),
            "ms",
            target="<= 50 ms",
            note="until 0.5 s after ready",
            **floor_task,
        ),
        cpu_row(
            f"longest main-thread task while Python starts, CPU time, {where}",
            [s.starting_cpu for s in sessions],
        ),
        cpu_row(
            f"the theme's script, its longest task, CPU time, {where}",
            [s.theme_cpu for s in sessions],
            when=(
                f"started {abs(median(later)):.0f} ms "
                f"{'after' if median(later) >= 0 else 'before'} Python's ready (median)"
                if later
                else "Python's ready not in the trace"
            ),
        ),
        row(
            f"longest main-thread task until ready and the theme's script has run, {where}",
            median([s.whole for s in sessions]),
            "ms",
            note=NO_LONG_TASK,
        ),
        row(
            f"longest main-thread task, 3,000-word paste checked, {where}",
            median([s.pasting for s in sessions]),
            "ms",
            target="<= 50 ms",
            note=NO_LONG_TASK,
        ),
    ]


def cpu_row(name: str, tasks: list[Task | None], when: str = "") -> dict:
    """A longest task by CPU time: the page's own work, whatever the machine's load adds to
    the wall-clock rows; the note names what ran in the median run's task."""
    found = sorted((task for task in tasks if task is not None), key=lambda task: task.cpu_ms)
    middle = found[len(found) // 2] if found else None
    return row(
        name,
        middle.cpu_ms if middle else None,
        "ms",
        note=(
            f"Chromium trace; {middle.wall_ms:.0f} ms wall; "
            + "; ".join(([when] if when else []) + list(middle.parts))
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
    floor: list[float] = []
    sessions: list[Session] = []
    sessions_file: list[Session] = []
    with serve_folder(floor_dir) as floor_base, serve_folder(context.site_dir) as site_base:
        checker_url = site_base + "checker/"
        for _ in range(context.runs):
            floor.append(longest_task_of_floor(context.browser, floor_base + "floor.html"))
            sessions.append(longest_tasks_in_session(context.browser, checker_url))
            if checker_file:
                sessions_file.append(
                    longest_tasks_in_session(context.browser, checker_file.as_uri())
                )
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
    return [
        *session_rows("http", sessions, floor_task),
        *session_rows("file://", sessions_file, floor_task),
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
