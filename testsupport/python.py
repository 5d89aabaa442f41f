"""Waiting for the in-browser Python runtime of a page (window.PreMatchPython)."""

from __future__ import annotations

PYTHON_TIMEOUT_MS = 120_000  # a cold start on a busy shared machine; not a speed test
# How often a wait looks at the page again (page.wait_for_function's `polling`). Not on
# every animation frame, Playwright's default: that keeps a page drawing 60 frames a second
# for the whole wait, which cost 0.1-0.2 of a core per waiting page on this 2-core machine.
POLL_MS = 50

# The text the page's Python start ended with, either way, as PreMatchPython.onStatus tells
# it (it replays the current stage at once). Not read from the status line: on a letter page
# the form takes that line's place once Python is ready, so a wait for the line could miss it.
WATCH_SETTLED = """() => {
  window.__settledStatus = undefined;
  window.PreMatchPython.onStatus((stage, text) => {
    if (stage === "ready" || stage === "failed") window.__settledStatus = text;
  });
}"""


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
    """The status text the page's Python start ended with: "Checker ready", or why it failed."""
    page.wait_for_function(
        "() => window.PreMatchPython !== undefined", timeout=timeout_ms, polling=POLL_MS
    )
    page.evaluate(WATCH_SETTLED)
    return page.wait_for_function(
        "() => window.__settledStatus", timeout=timeout_ms, polling=POLL_MS
    ).json_value()


def flush_python(page) -> None:
    """Return once every answer Python owed the page has arrived: the worker answers in
    order, so a round trip of our own comes back after all earlier ones."""
    page.evaluate("() => window.PreMatchPython.call('vocabulary').then(() => null)")
