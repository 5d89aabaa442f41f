"""The waits of testsupport.python on a page without the set-up they need: they fail at once
with the set-up named instead of waiting out PYTHON_TIMEOUT_MS, and settled_status, which
records late, leaves nothing running behind it. A stand-in PreMatchPython, no site."""

from __future__ import annotations

import pytest

from testsupport.pages import open_logged_page
from testsupport.python import next_settled_status, settled_status, status_line_attributes

pytestmark = pytest.mark.browser

# Already ready when asked, as onStatus replays the current stage; no status line on the page.
READY_PYTHON = """<script>
window.PreMatchPython = { onStatus(listener) { listener("ready", "Checker ready"); } };
</script>"""

COUNT_OBSERVERS = """() => {
  window.__observersStarted = 0;
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (...args) {
    window.__observersStarted += 1;
    return observe.apply(this, args);
  };
}"""


@pytest.fixture
def unrecorded_page(browser):
    """A page whose Python was not recorded from its first byte (no record_python_starts)."""
    context, page, _log = open_logged_page(browser)
    page.set_content(READY_PYTHON)
    yield page
    context.close()


@pytest.mark.parametrize("wait", [next_settled_status, status_line_attributes])
def test_a_wait_on_the_record_names_the_missing_set_up(unrecorded_page, wait):
    with pytest.raises(RuntimeError, match=r"record_python_starts\(context\)") as failure:
        wait(unrecorded_page)
    assert wait.__name__ in str(failure.value)


def test_settled_status_recorded_late_starts_no_mutation_observer(unrecorded_page):
    # Playwright's own script starts an observer of its own in the page at its first wait.
    unrecorded_page.wait_for_function("() => true")
    unrecorded_page.evaluate(COUNT_OBSERVERS)
    assert settled_status(unrecorded_page) == "Checker ready"
    assert unrecorded_page.evaluate("() => window.__observersStarted") == 0


def test_a_late_record_is_not_taken_for_one_from_the_first_byte(unrecorded_page):
    settled_status(unrecorded_page)
    with pytest.raises(RuntimeError, match="next_settled_status"):
        next_settled_status(unrecorded_page)
