"""Typing in the Checker: the first keystroke after a pause is checked at once (no wait for
a debounce), and a burst of keystrokes is checked once more when it ends, not per key."""

from __future__ import annotations

import pytest
from browser_helpers import CHECKER

pytestmark = pytest.mark.browser

# Counts the page's lint calls to Python from here on (the counter is put in once per page).
COUNT_LINT_CALLS = """() => {
    window.__lintCalls = 0;
    if (window.__countingLintCalls) return;
    window.__countingLintCalls = true;
    const python = window.PreMatchPython;
    const call = python.call.bind(python);
    python.call = (method, params) => {
        if (method === "lint") window.__lintCalls += 1;
        return call(method, params);
    };
}"""

# Types `keys` into the draft box as separate input events, all within one task.
TYPE_KEYS = """(keys) => {
    const draft = document.querySelector('[data-testid="draft"]');
    const counts = [];
    for (const key of keys) {
        draft.value += key;
        draft.dispatchEvent(new Event("input", { bubbles: true }));
        counts.push(window.__lintCalls);
    }
    return counts;
}"""


def wait_until_checked(page):
    page.wait_for_selector("[data-checker-output][aria-busy=false]", state="attached")


@pytest.fixture
def checker_page(shared_pages, site_url):
    page, _log = shared_pages(f"{site_url}checker/", CHECKER).fresh()
    page.get_by_test_id("draft").fill("Dear Dr. Rivera,")
    page.evaluate("() => { window.__typedAt = performance.now(); }")
    wait_until_checked(page)
    # A pause longer than the page's debounce (150 ms) since the last keystroke.
    page.wait_for_function("() => performance.now() - window.__typedAt > 300")
    page.evaluate(COUNT_LINT_CALLS)
    return page


def test_a_keystroke_after_a_pause_is_checked_at_once(checker_page):
    # The lint call starts inside the keystroke's own input event, before any timer.
    assert checker_page.evaluate(TYPE_KEYS, ["\n"]) == [1]
    wait_until_checked(checker_page)


def test_a_burst_of_keystrokes_is_checked_at_its_start_and_end_only(checker_page):
    counts = checker_page.evaluate(TYPE_KEYS, list("\nI promise I will rank you first."))
    assert counts == [1] * len(counts), "keys inside the burst wait for the pause"
    checker_page.wait_for_function("() => window.__lintCalls === 2")
    wait_until_checked(checker_page)
    rules = {
        item.get_attribute("data-rule") for item in checker_page.get_by_test_id("finding").all()
    }
    assert "binding-commitment" in rules or "rank-first-claim" in rules, rules
