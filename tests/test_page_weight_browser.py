"""Guide pages stay light: a page without the checker downloads at most 400 KB on a cold
visit and never a file of the Python runtime (only pages with `python: true` load it). This
is the page's own download; the service worker's later background copy of the whole site for
offline use (Python included) is left out here and tested in test_offline_app_browser.py.

The budget is judged on what a host that compresses text sends (GitHub Pages, Netlify and
nginx all gzip HTML, CSS, JS and JSON); the uncompressed figure of the plain local test
server is printed beside it. Uncompressed, the theme's own CSS, JS and search worker alone
are about 300 KB of every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from browser_helpers import site_pages, uses_python

from testsupport.transfer import TransferLog

pytestmark = pytest.mark.browser

BUDGET_BYTES = 400 * 1024


@contextmanager
def cold_visits(browser) -> Iterator[Callable[[str], TransferLog]]:
    """visit(url) -> what a cold visit of `url` downloads, in one tab for all the pages: the
    browser's cache is switched off (DevTools' "Disable cache"), so every page fetches all
    its files again, and the site's storage is emptied after each visit. The same files and
    bytes as a new browser context per page (compared page by page on 2026-12-07), at half
    the CPU: a new context costs about a second of a core per page."""
    # Without the service worker: its background download of the whole site for offline
    # use (test_offline_app_browser.py) is not the page's weight, and a varying part of it
    # was counted, depending on when the page went quiet.
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    devtools = context.new_cdp_session(page)
    devtools.send("Network.enable")
    devtools.send("Network.setCacheDisabled", {"cacheDisabled": True})

    def visit(url: str) -> TransferLog:
        log = TransferLog(context)
        try:
            page.goto(url)
            page.wait_for_load_state("networkidle")
        finally:
            log.stop()
        page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
        return log

    try:
        yield visit
    finally:
        context.close()


def test_guide_pages_are_light_and_load_no_python(browser, built_site, site_url, record_property):
    guide_pages = [path for path in site_pages(built_site) if not uses_python(built_site, path)]
    assert "rules/" in guide_pages and len(guide_pages) >= 10, guide_pages
    heavy, with_runtime = [], []
    print(f"\ncold transfer per guide page (budget {BUDGET_BYTES // 1024} KB gzip):")
    with cold_visits(browser) as visit:
        logs = {path: visit(site_url + path) for path in guide_pages}
    for path, log in logs.items():
        # Each visit fetched the theme's files again: none came from a cache.
        assert any("/assets/javascripts/bundle." in entry.url for entry in log.entries), path
        gzip_kb, raw_kb = log.gzip_total / 1024, log.total / 1024
        print(f"  /{path:<40} {gzip_kb:6.1f} KB gzip {raw_kb:6.1f} KB raw {len(log.entries)} files")
        record_property(f"transfer_kb_gzip:/{path}", round(gzip_kb, 1))
        record_property(f"transfer_kb_raw:/{path}", round(raw_kb, 1))
        if log.gzip_total > BUDGET_BYTES:
            biggest = sorted(log.entries, key=lambda entry: -entry.gzip_size)[:4]
            heavy.append(f"/{path}: {gzip_kb:.1f} KB, largest: {biggest}")
        if log.runtime_urls:
            with_runtime.append(f"/{path}: {log.runtime_urls}")
    assert not with_runtime, "guide pages loaded Python runtime files:\n" + "\n".join(with_runtime)
    assert not heavy, "guide pages over budget:\n" + "\n".join(heavy)


def test_the_checker_page_does_load_the_runtime(browser, site_url):
    """The same measure sees the runtime where it belongs (so the test above can fail)."""
    context = browser.new_context()
    try:
        log = TransferLog(context)
        page = context.new_page()
        page.goto(site_url + "checker/")
        page.wait_for_function(
            "() => performance.getEntriesByType('resource').some((entry) =>"
            " entry.name.includes('pyodide'))"
        )
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert log.runtime_urls, "no Python runtime file was seen on the Checker page"
    assert log.gzip_total > BUDGET_BYTES
