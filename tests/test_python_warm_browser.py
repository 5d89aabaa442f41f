"""The worker's idle warm-up, in real Chromium: the Checker page (front matter
`python_warm: true`) has its worker compile the checker's patterns by itself once Python is
ready and the page has asked nothing for a few seconds; the Planner and the letter pages, which
never check a letter, do not ask their worker for it; and each request puts the warm-up off.

No assertion here reads a clock. What the worker did is counted in slices of checker.browser_api's
"warm" (one call compiles one short slice and answers whether patterns are left): the slices
a page's worker has left, against the slices a page that never warmed up needs, counted the
same way on the Planner. The pages' worker waits IDLE_MS here instead of its 3 s (the start
message's idleBeforeWarmingMs, which only this test sends): the test waits out that wait
several times over, and what it checks is the same at any length."""

from __future__ import annotations

import time

import pytest

from testsupport.pages import open_logged_page
from testsupport.python import wait_for_python

pytestmark = pytest.mark.browser

# The worker's idle wait before it warms up, in these tests (python-worker.mjs: 3 s).
IDLE_MS = 1000
# What each page told its worker: the `warm` flag of the start message (python-client.js);
# and the start message's shorter idle wait.
RECORD_WARM_FLAG = """
window.__warmSent = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (data, ...rest) {
  if (data && typeof data === "object" && "warm" in data) {
    window.__warmSent.push(data.warm);
    data = { ...data, idleBeforeWarmingMs: IDLE_MS };
  }
  return post.call(this, data, ...rest);
};
""".replace("IDLE_MS", str(IDLE_MS))
# The test's own polls, far apart: the page's "warm" calls do not put the worker's warm-up off,
# and polled this rarely they compile a slice now and then, while the worker, once idle,
# compiles one slice after another.
POLL_S = 0.5
# Requests closer together than the worker's idle wait (a fifth of IDLE_MS), for five times
# that wait, most of the time a warm-up takes: the warm-up must not start meanwhile.
REQUEST_EVERY_S = 0.2
REQUESTS = 25
# While the test counts a Checker's slices, it asks something every few slices (well within
# IDLE_MS), so that the worker's own warm-up does not share the count.
ASK_EVERY_SLICES = 10
# A page compiles its patterns in a few hundred slices; polls that never end mean a worker
# that never warms up, and the test stops long before the run's own timeout.
MAX_CALLS = 5000


def warm(page) -> bool:
    """One slice of checker.browser_api's "warm": true while patterns are left to compile."""
    return page.evaluate("PreMatchPython.call('warm')")


def slices_left(page, keep_asking: bool = False) -> int:
    """Compile what is left, one slice per call back to back (called from the page itself:
    a call from the test would add a round trip to the browser per slice); how many slices
    that took. `keep_asking`: with a request every ASK_EVERY_SLICES slices, which puts the
    worker's own warm-up off meanwhile."""
    slices = page.evaluate(
        """async ([most, askEvery]) => {
          let slices = 0;
          while (slices < most && (await PreMatchPython.call("warm"))) {
            slices++;
            if (askEvery && slices % askEvery === 0) await PreMatchPython.call("vocabulary");
          }
          return slices;
        }""",
        [MAX_CALLS, ASK_EVERY_SLICES if keep_asking else 0],
    )
    assert slices < MAX_CALLS, "the warm-up never ends"
    return slices


def open_ready(page, url: str) -> list[bool]:
    """Open `url`, wait for Python; the `warm` flags the page sent its workers."""
    page.goto(url)
    wait_for_python(page)
    return page.evaluate("window.__warmSent")


@pytest.fixture
def checker(browser, memory_copies):
    """A tab of a fresh browser context (Python restored from the run's copies of its memory)
    that records the `warm` flags its pages send."""
    context, page, log = open_logged_page(browser, memory_copies)
    context.add_init_script(RECORD_WARM_FLAG)
    try:
        yield page
        assert log.page_errors == []
    finally:
        context.close()


@pytest.fixture(scope="module")
def planner(browser, memory_copies, site_url):
    """The Planner, opened once for the module: the `warm` flags it sent its worker, and how
    many slices compiling everything takes there, where nothing warmed up."""
    context, page, log = open_logged_page(browser, memory_copies)
    context.add_init_script(RECORD_WARM_FLAG)
    try:
        yield open_ready(page, site_url + "planner/"), slices_left(page)
    finally:
        context.close()
    assert log.page_errors == []


def test_only_the_checker_page_warms_up_by_itself(checker, planner, site_url):
    assert open_ready(checker, site_url + "checker/") == [True]
    polls = 0
    while warm(checker):
        polls += 1
        assert polls < MAX_CALLS, "the Checker's worker never warmed up"
        time.sleep(POLL_S)

    # The Planner and a letter page do not ask their worker to warm up ...
    assert open_ready(checker, site_url + "templates/thank-you-coordinator/") == [False]
    planner_flags, alone = planner
    assert planner_flags == [False]
    # ... and the worker did the Checker's compiling, not the test's polls: a page with
    # nothing compiled needs many times more slices.
    assert polls < alone / 4, (polls, alone)


def test_requests_put_the_warm_up_off(checker, planner, site_url):
    assert open_ready(checker, site_url + "checker/") == [True]
    for _ in range(REQUESTS):
        checker.evaluate("PreMatchPython.call('vocabulary')")
        time.sleep(REQUEST_EVERY_S)
    left = slices_left(checker, keep_asking=True)

    _flags, alone = planner
    # Without the put-off the worker would have compiled most of it while the requests came.
    assert left > alone / 2, (left, alone)
