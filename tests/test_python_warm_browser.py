"""The worker's idle warm-up, in real Chromium: the Checker page (front matter
`python_warm: true`) compiles the checker's patterns by itself once Python is ready and the
page has asked nothing for a few seconds; the Planner and the letter pages, which never
check a letter, leave them alone."""

from __future__ import annotations

import time

import pytest

from testsupport.python import wait_for_python

pytestmark = pytest.mark.browser

# One `warm` call compiles one short slice of patterns (a few ms), and the page's own
# "warm" calls do not put the worker's warm-up off as other requests do. Polled this
# rarely, the test's own calls alone would take minutes to compile the ~1,000 patterns; the
# worker's warm-up, after its 3 s of waiting for the page to be idle, takes 1.5-3 s more.
POLL_S = 0.5
# More polls than this and the test's own calls, not the worker, did the compiling.
MAX_POLLS = 60


def warm(page) -> bool:
    """One slice of checker.browser_api's "warm": true while patterns are left to compile."""
    return page.evaluate("PreMatchPython.call('warm')")


def open_ready(page, url: str) -> float:
    page.goto(url)
    wait_for_python(page)
    return time.monotonic()


def test_only_the_checker_page_warms_up_when_idle_and_the_others_stay_idle(two_tabs, site_url):
    first, second, log = two_tabs
    ready = open_ready(first, site_url + "checker/")
    polls = 0
    while polls < MAX_POLLS and warm(first):
        polls += 1
        time.sleep(POLL_S)
    warmed_s = time.monotonic() - ready
    # The worker did the work: the test's own calls compiled a few slices at most.
    assert polls < MAX_POLLS, (polls, warmed_s)

    # Side by side (one wait for both), idle for well over what the Checker took from ready
    # to warmed, these pages still have everything to compile.
    pages = {"planner/": first, "templates/thank-you-coordinator/": second}
    for name, page in pages.items():
        open_ready(page, site_url + name)
    time.sleep(1.5 * warmed_s)
    for name, page in pages.items():
        assert warm(page) is True, f"{name} warmed up by itself"
    assert log.page_errors == []
