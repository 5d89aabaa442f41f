"""The saved copy of Python's memory (docs/assets/js/python-snapshot.mjs), in real Chromium
over http: the first visit saves it, the next one restores it instead of starting Python,
a copy from another build or a damaged one is never restored, and the reader's text never
ends up in it."""

from __future__ import annotations

import pytest

from testsupport.python import (
    PYTHON_TIMEOUT_MS,
    python_stages,
    record_python_starts,
    settled_status,
)

pytestmark = pytest.mark.browser

CHECKER_PAGE = "checker/"
CACHE = "python-memory"

SAVED_KEYS = f"""async () => {{
  const cache = await caches.open("{CACHE}");
  return (await cache.keys()).map((request) => request.url);
}}"""


@pytest.fixture
def visits(first_visit_page):
    """One browser profile (so one Cache Storage) for several visits, as a reader's."""
    page, log = first_visit_page
    record_python_starts(page.context)
    return page, log


def visit(page, url) -> list[str]:
    """Open a page, wait for Python and return the stages it went through after the page's
    own "starting" (said before the worker tells whether it restores or starts)."""
    page.goto(url)
    assert settled_status(page) == "Checker ready"
    stages = python_stages(page)
    while stages and stages[0] == "starting":
        stages.pop(0)
    return stages


def visit_checker(page, site_url) -> list[str]:
    return visit(page, site_url + CHECKER_PAGE)


def wait_for_saved_copy(page) -> str:
    """The key of the copy of this build, once the first visit has saved it (in the
    background, after "Checker ready")."""
    # wait_for_function does not await a promise: each poll starts a look into the cache
    # and returns what the previous one found.
    saved = page.wait_for_function(
        f"""() => {{
          const build = globalThis.__PREMATCH_PYODIDE_MANIFEST.build;
          ({SAVED_KEYS})().then((keys) => {{
            window.__savedCopy = keys.find((key) => key.includes(`/${{build}}/`));
          }});
          return window.__savedCopy;
        }}""",
        timeout=PYTHON_TIMEOUT_MS,
    )
    page.evaluate("delete window.__savedCopy")
    return saved.json_value()


def lint(page, text: str) -> list[dict]:
    return page.evaluate("(text) => PreMatchPython.call('lint', { text })", text)["findings"]


def put_copy(page, key: str, source: str) -> None:
    """Store the bytes `source` (a JS expression over `saved`, the copy saved under `key`)
    under `key`, with the length header the worker checks."""
    page.evaluate(
        f"""async (key) => {{
          const cache = await caches.open("{CACHE}");
          const saved = new Uint8Array(await (await cache.match(key)).arrayBuffer());
          const bytes = {source};
          await cache.delete(key);
          await cache.put(key, new Response(bytes, {{
            headers: {{ "X-Memory-Bytes": String(bytes.length) }} }}));
        }}""",
        key,
    )


def test_the_second_visit_restores_python_and_the_copy_holds_no_draft(visits, site_url):
    page, log = visits
    assert "restoring" not in visit_checker(page, site_url)
    # A draft checked as soon as Python is ready: the copy must have been made before.
    marker = "Quokkabridge Memorial residency"
    assert lint(page, f"Dear Dr. Lee, {marker} will be my first choice. Where will you rank me?")
    key = wait_for_saved_copy(page)
    found = page.evaluate(
        f"""async ([key, marker]) => {{
          const response = await (await caches.open("{CACHE}")).match(key);
          const text = new TextDecoder("latin1").decode(await response.arrayBuffer());
          return text.includes(marker);
        }}""",
        [key, marker],
    )
    assert not found, "the saved memory must not hold the reader's draft"

    stages = visit_checker(page, site_url)
    assert stages == ["restoring", "loading-checker", "ready"], stages
    findings = lint(page, "Dear Dr. Lee,\n\nWhere will you rank me?\n")
    assert any("rank" in finding["text"].lower() for finding in findings)
    assert log.page_errors == [] and log.outside_requests == []


def test_a_restored_letter_page_still_fills_letters(visits, site_url):
    """The copy holds memory, not files: modules imported after the restore (the letter
    templates and Jinja2) come from the wheels, written again and imported from their zips."""
    page, log = visits
    letter_page = site_url + "templates/rank-first/"
    assert "restoring" not in visit(page, letter_page)
    wait_for_saved_copy(page)
    assert visit(page, letter_page)[0] == "restoring"
    template = page.evaluate("PreMatchPython.call('template', { id: 'rank-first' })")
    assert template["id"] == "rank-first" and template["fields"]
    assert log.page_errors == []


def test_a_copy_from_another_build_is_not_restored_and_goes(visits, site_url):
    page, log = visits
    visit_checker(page, site_url)
    key = wait_for_saved_copy(page)
    build = page.evaluate("globalThis.__PREMATCH_PYODIDE_MANIFEST.build")
    older = key.replace(f"/{build}/", "/0123456789abcdef/")
    # Another site on the same origin (user.github.io/other-site/) shares the cache name.
    other_site = site_url + "other-site/assets/pyodide/memory/0123456789abcdef/checker"
    page.evaluate(
        f"""async ([key, older, otherSite]) => {{
          const cache = await caches.open("{CACHE}");
          await cache.put(older, await cache.match(key));
          await cache.put(otherSite, new Response("another site's copy"));
          await cache.delete(key);
        }}""",
        [key, older, other_site],
    )

    stages = visit_checker(page, site_url)
    assert "restoring" not in stages, "another build's memory must never be restored"
    assert lint(page, "Where will you rank me?")
    assert wait_for_saved_copy(page) == key
    assert sorted(page.evaluate(SAVED_KEYS)) == sorted([key, other_site]), (
        "saving this build's copy drops its older one and leaves other sites' copies alone"
    )
    assert log.page_errors == []


def test_python_still_answers_when_its_memory_cannot_be_copied(visits, site_url):
    """A runtime whose makeMemorySnapshot throws (as a browser short of memory might)
    starts Python all the same and saves no copy."""
    page, log = visits

    def broken_runtime(route):
        body = route.fetch().text()
        method = "static makeMemorySnapshot({serializer:e}={}){"
        assert method in body, "pyodide.asm.mjs changed: update this test's patch"
        route.fulfill(
            body=body.replace(method, method + 'throw new Error("no memory to spare");'),
            content_type="text/javascript",
        )

    page.context.route("**/assets/pyodide/pyodide.asm.mjs", broken_runtime)
    assert "restoring" not in visit_checker(page, site_url)
    findings = lint(page, "Dear Dr. Lee,\n\nWhere will you rank me?\n")
    assert any("rank" in finding["text"].lower() for finding in findings)
    # The copy is made before "Checker ready": by now it has failed, not merely not yet run.
    assert page.evaluate(SAVED_KEYS) == []
    assert log.page_errors == [] and log.outside_requests == []


@pytest.mark.parametrize(
    "damage",
    [
        "saved.slice(0, 65536 * Math.floor(saved.length / 131072))",  # half, length header to match
        "new Uint8Array(saved.length)",  # not a copy at all, of the right length
    ],
    ids=["cut-short", "zeroed"],
)
def test_a_damaged_copy_falls_back_to_a_plain_start(visits, site_url, damage):
    page, log = visits
    visit_checker(page, site_url)
    key = wait_for_saved_copy(page)
    put_copy(page, key, damage)

    stages = visit_checker(page, site_url)
    assert stages[0] == "restoring" and "starting" in stages, stages
    findings = lint(page, "Dear Dr. Lee,\n\nWhere will you rank me?\n")
    assert any("rank" in finding["text"].lower() for finding in findings)
    assert log.page_errors == []
