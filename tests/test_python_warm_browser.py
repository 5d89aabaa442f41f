"""The worker's idle warm-up, in real Chromium: the Checker page (front matter
`python_warm: true`) has its worker compile the checker's patterns by itself once Python is
ready and the page has asked nothing for a few seconds; the Planner and the letter pages, which
never check a letter, do not ask their worker for it; and each request puts the warm-up off.

No assertion here reads a clock. What the worker did is counted in slices of checker.browser_api's
"warm" (one call compiles one short slice and answers whether patterns are left): the slices
a page's worker has left, against the slices a page that never warmed up needs, counted the
same way on the Planner."""

from __future__ import annotations

import time

import pytest

from testsupport.python import wait_for_python

pytestmark = pytest.mark.browser

# What each page told its worker: the `warm` flag of the start message (python-client.js).
RECORD_WARM_FLAG = """
window.__warmSent = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (data, ...rest) {
  if (data && typeof data === "object" && "warm" in data) window.__warmSent.push(data.warm);
  return post.call(this, data, ...rest);
};
"""
# The test's own polls, far apart: the page's "warm" calls do not put the worker's warm-up off,
# and polled this rarely they compile a slice now and then, while the worker, once idle,
# compiles one slice after another.
POLL_S = 0.5
# Requests closer together than the worker's idle wait (IDLE_BEFORE_WARMING_MS, 3 s), for
# several times that wait: the warm-up must not start meanwhile.
REQUEST_EVERY_S = 0.25
REQUESTS = 40
# A page compiles its patterns in a few hundred slices; polls that never end mean a worker
# that never warms up, and the test stops long before the run's own timeout.
MAX_CALLS = 5000


def warm(page) -> bool:
    """One slice of checker.browser_api's "warm": true while patterns are left to compile."""
    return page.evaluate("PreMatchPython.call('warm')")


def slices_left(page) -> int:
    """Compile what is left, one slice per call back to back; how many slices that took."""
    slices = 0
    while warm(page):
        slices += 1
        assert slices < MAX_CALLS, "the warm-up never ends"
    return slices


def open_ready(page, url: str) -> list[bool]:
    """Open `url`, wait for Python; the `warm` flags the page sent its workers."""
    page.goto(url)
    wait_for_python(page)
    return page.evaluate("window.__warmSent")


@pytest.fixture
def tabs(two_tabs):
    first, second, log = two_tabs
    first.context.add_init_script(RECORD_WARM_FLAG)
    yield first, second, log
    assert log.page_errors == []


def test_only_the_checker_page_warms_up_by_itself(tabs, site_url):
    checker, other, _log = tabs
    assert open_ready(checker, site_url + "checker/") == [True]
    polls = 0
    while warm(checker):
        polls += 1
        assert polls < MAX_CALLS, "the Checker's worker never warmed up"
        time.sleep(POLL_S)

    # The Planner and a letter page do not ask their worker to warm up ...
    assert open_ready(checker, site_url + "templates/thank-you-coordinator/") == [False]
    assert open_ready(other, site_url + "planner/") == [False]
    # ... and the worker did the Checker's compiling, not the test's polls: a page with
    # nothing compiled needs many times more slices.
    alone = slices_left(other)
    assert polls < alone / 4, (polls, alone)


def test_requests_put_the_warm_up_off(tabs, site_url):
    checker, other, _log = tabs
    assert open_ready(checker, site_url + "checker/") == [True]
    for _ in range(REQUESTS):
        checker.evaluate("PreMatchPython.call('vocabulary')")
        time.sleep(REQUEST_EVERY_S)
    left = slices_left(checker)

    assert open_ready(other, site_url + "planner/") == [False]
    alone = slices_left(other)
    # Without the put-off the worker would have compiled everything while the requests came.
    assert left > alone / 2, (left, alone)
