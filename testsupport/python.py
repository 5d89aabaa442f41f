"""Waiting for the in-browser Python runtime of a page (window.PreMatchPython)."""

from __future__ import annotations

PYTHON_TIMEOUT_MS = 120_000  # a cold start on a busy shared machine; not a speed test
# How often a wait looks at the page again (page.wait_for_function's `polling`). Not on
# every animation frame, Playwright's default: that keeps a page drawing 60 frames a second
# for the whole wait, which cost 0.1-0.2 of a core per waiting page on this 2-core machine.
POLL_MS = 50

# Every start of the page's Python, as PreMatchPython.onStatus tells it (it replays the
# current stage at once): each stage in order, and the text each start settled with
# ("Checker ready" or why it failed), so that a start after a Retry or a navigation counts
# as a new one. Not read from the status line: on a letter page the form takes that line's
# place once Python is ready, which from disk can be before the "load" event. The line's
# role and aria-live are recorded when the page first adds it, for the same reason.
# As an init script (record_python_starts) it watches from the first byte, the status line
# too; evaluated later (settled_status on a page without it) it starts from the current
# stage and leaves the status line alone: the line may never come (a letter page whose form
# has replaced it), and a MutationObserver waiting for it would then watch every change to
# the page for as long as the test keeps it.
RECORD_STARTS = """(fromFirstByte) => {
  if (window.__pythonStarts) return;
  const starts = { stages: [], settled: [], taken: 0, fromFirstByte, statusAttributes: null };
  window.__pythonStarts = starts;
  const watch = (python) => python.onStatus((stage, text) => {
    starts.stages.push(stage);
    if (stage === "ready" || stage === "failed") starts.settled.push(text);
  });
  if (window.PreMatchPython) {
    watch(window.PreMatchPython);
  } else {
    let api;
    Object.defineProperty(window, "PreMatchPython", {
      configurable: true,
      get: () => api,
      set(value) { api = value; watch(value); },
    });
  }
  if (!fromFirstByte) return;
  const readStatusLine = () => {
    const line = document.querySelector('[data-testid="checker-status"]');
    if (line) starts.statusAttributes = [line.getAttribute("role"), line.getAttribute("aria-live")];
    return line;
  };
  if (!readStatusLine()) {
    new MutationObserver((records, observer) => {
      if (readStatusLine()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }
}"""

# The set-up the readers of the recorder below need, named when a page lacks it: without
# it they would wait the whole PYTHON_TIMEOUT_MS for a value that can never come.
MISSING_RECORDER = (
    "{reader} reads the Python starts recorded from the page's first byte, and this page "
    "has no such record: call testsupport.python.record_python_starts(context) before "
    "the page is opened"
)


def record_python_starts(context) -> None:
    """Record every Python start of the context's pages from their first byte (RECORD_STARTS)."""
    context.add_init_script(f"({RECORD_STARTS})(true);")


def read_recorded_starts(page, reader: str, read: str, timeout_ms: int):
    """Wait until `read` (JavaScript: a function of the page's record of its Python starts)
    gives a truthy value, and return it. Fails at once, naming the missing set-up, if the
    page's record was not made from its first byte (record_python_starts). A single wait,
    not a check before it, so that it follows the page through a navigation as before."""
    answer = page.wait_for_function(
        f"""() => {{ const starts = window.__pythonStarts;
            if (!starts?.fromFirstByte) return {{ missing: true }};
            const value = ({read})(starts);
            return value && {{ value }}; }}""",
        timeout=timeout_ms,
        polling=POLL_MS,
    ).json_value()
    if "missing" in answer:
        raise RuntimeError(MISSING_RECORDER.format(reader=reader))
    return answer["value"]


def wait_for_python(page, timeout_ms: int = PYTHON_TIMEOUT_MS) -> None:
    """Block until window.PreMatchPython is ready; raise with its message if it failed."""
    page.wait_for_function(
        "() => window.PreMatchPython !== undefined", timeout=timeout_ms, polling=POLL_MS
    )
    page.evaluate(
        """() => { window.__pythonReady = window.__pythonFailed = undefined;
            window.PreMatchPython.start().then(
            () => { window.__pythonReady = true; },
            (error) => { window.__pythonFailed = String((error && error.message) || error); }); }"""
    )
    page.wait_for_function(
        "() => window.__pythonReady || window.__pythonFailed", timeout=timeout_ms, polling=POLL_MS
    )
    failure = page.evaluate("() => window.__pythonFailed")
    if failure:
        raise RuntimeError(f"Python did not start in the page: {failure}")


def settled_status(page, timeout_ms: int = PYTHON_TIMEOUT_MS) -> str:
    """The status text the page's current Python start ended with: "Checker ready", or why
    it failed. Waits for the start to end if it has not."""
    page.wait_for_function(
        "() => window.PreMatchPython !== undefined", timeout=timeout_ms, polling=POLL_MS
    )
    page.evaluate(RECORD_STARTS, False)
    return page.wait_for_function(
        """() => { const { stages, settled } = window.__pythonStarts;
            return ["ready", "failed"].includes(stages.at(-1)) && settled.at(-1); }""",
        timeout=timeout_ms,
        polling=POLL_MS,
    ).json_value()


def next_settled_status(page, timeout_ms: int = PYTHON_TIMEOUT_MS) -> str:
    """The status text the page's next Python start not yet taken ended with, taken so that
    the next call waits for the start after it (a Retry's). Needs record_python_starts."""
    return read_recorded_starts(
        page,
        "next_settled_status",
        "(starts) => starts.taken < starts.settled.length && starts.settled[starts.taken++]",
        timeout_ms,
    )


def python_stages(page) -> list[str]:
    """Every stage the page's Python has been through, in order (RECORD_STARTS)."""
    return page.evaluate("() => window.__pythonStarts.stages")


def status_line_attributes(page, timeout_ms: int = PYTHON_TIMEOUT_MS) -> tuple:
    """The status line's role and aria-live when the page added it. Needs
    record_python_starts: the line can be gone by the time the page has loaded."""
    return tuple(
        read_recorded_starts(
            page, "status_line_attributes", "(starts) => starts.statusAttributes", timeout_ms
        )
    )


def flush_python(page) -> None:
    """Return once every answer Python owed the page has arrived: the worker answers in
    order, so a round trip of our own comes back after all earlier ones."""
    page.evaluate("() => window.PreMatchPython.call('vocabulary').then(() => null)")
