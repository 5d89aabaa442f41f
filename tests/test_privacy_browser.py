"""Nothing a reader does on any page leaves their device, and the CSP holds everywhere.

Every built page is opened in Chromium while every request is recorded (and any request
leaving 127.0.0.1 is blocked and recorded too), in one tab going from page to page as a
reader does. Pages that opted in to Python (front matter `python: true`) have a tab of
their own and are followed until Python is ready: the first page of each set of packages
starts Python from nothing and the next ones restore the copy of its memory the site saved,
so both starts are covered. Every other page must not fetch a single Pyodide file, and is
followed until its last script, the theme's search worker, has answered a search.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from browser_helpers import search_site
from playwright.sync_api import Page

from checker.templates import list_templates
from testsupport import memory
from testsupport.hooks import load_hook
from testsupport.pages import PageLog, open_logged_page
from testsupport.python import PYTHON_TIMEOUT_MS, settled_status

pytestmark = pytest.mark.browser

template_pages = load_hook("template_pages")

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_FILES = (
    "/assets/pyodide/",
    "/assets/js/python-client.js",
    "/assets/js/python-asset-scripts.js",
)
SEARCH_TERM = "binding"  # a word of several pages, so that the search lists results
CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def front_matter(text: str) -> dict:
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text[4 : text.index("\n---", 4)]) or {}


def built_page(built_site: Path, source: Path) -> str:
    """Site-relative path of the HTML built from docs/<source>, for either URL style."""
    stem = source.with_suffix("").as_posix()
    candidates = [f"{stem}/index.html", f"{stem}.html"]
    if stem == "index" or stem.endswith("/index"):
        candidates = [f"{stem}.html"]
    for candidate in candidates:
        if (built_site / candidate).is_file():
            return candidate
    raise AssertionError(f"no built page for docs/{source}")


def page_sources() -> dict[Path, str]:
    """docs-relative path -> Markdown of every page, the letter pages the hook makes from
    the templates included."""
    docs = ROOT / "docs"
    sources = {md.relative_to(docs): md.read_text(encoding="utf-8") for md in docs.rglob("*.md")}
    for template in list_templates():
        sources[Path(template_pages.page_path(template))] = template_pages.page(template)
    return sources


def python_pages(built_site: Path) -> set[str]:
    return {
        built_page(built_site, source)
        for source, markdown in page_sources().items()
        if front_matter(markdown).get("python") is True
    }


def all_pages(built_site: Path) -> list[str]:
    return sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))


@contextmanager
def new_tab(browser) -> Iterator[tuple[Page, PageLog]]:
    """A tab in a context of its own that a sweep takes from page to page, recording its
    requests and CSP violations. With every request routed, Chromium's HTTP cache plays no
    part: each page's files are requested again."""
    context, page, log = open_logged_page(browser)
    context.add_init_script(CSP_RECORDER)
    # A busy machine may take a while for a page's late scripts or Python's start.
    page.set_default_timeout(PYTHON_TIMEOUT_MS)
    try:
        yield page, log
    finally:
        context.close()


def visit(tab: tuple[Page, PageLog], url: str, wait_for_python: bool) -> list[str]:
    """Open `url` in `tab`, its log emptied first, and follow it until its scripts ran;
    returns the CSP violations the page reported."""
    page, log = tab
    log.clear()
    page.goto(url, wait_until="load")
    if wait_for_python:
        status = settled_status(page)
        assert status == "Checker ready", f"{url}: {status}"
    else:
        # The last script such a page starts is the search worker (from disk it runs in
        # file-worker.js's hidden frame): once it has answered a search, all ran. Not
        # "networkidle": from disk it sometimes never came although every request had
        # finished.
        search_site(page, SEARCH_TERM)
    violations = page.evaluate("window.__cspViolations")
    return violations + [e for e in log.console_errors if "Content Security Policy" in e]


def test_python_pages_are_found(built_site):
    pages = python_pages(built_site)
    assert {p for p in pages if p.startswith("checker")}, "the Checker page uses Python"
    assert len(pages) >= 8, pages  # checker, planner and the seven letter templates


def test_every_page_over_http_stays_on_this_machine(built_site, site_url, browser):
    with_python = python_pages(built_site)
    packages_of = memory.python_pages(built_site)  # "checker/": what its Python starts with
    started, saved = set(), set()  # the packages started from nothing; their copies
    # The Python pages in a tab of their own: a request a page makes as the next one loads
    # can only be counted against a page of the same kind.
    with new_tab(browser) as guide_tab, new_tab(browser) as python_tab:
        for page in all_pages(built_site):
            tab = python_tab if page in with_python else guide_tab
            violations = visit(tab, site_url + page, wait_for_python=page in with_python)
            log = tab[1]
            packages = packages_of.get(page.removesuffix("index.html"))
            if page in with_python and packages not in started:
                # Python started from nothing: once its copy is saved, the next pages with
                # these packages restore it.
                saved.add(memory.wait_for_new_copy(tab[0], saved))
                started.add(packages)
            assert log.outside_requests == [], f"{page} reached outside: {log.outside_requests}"
            assert violations == [], f"{page} broke its Content-Security-Policy: {violations}"
            runtime_requests = [r for r in log.requests if any(f in r for f in RUNTIME_FILES)]
            if page in with_python:
                assert runtime_requests, f"{page} has python: true but did not load the runtime"
            else:
                assert runtime_requests == [], f"{page} loaded Python files it does not need"


def test_every_page_without_python_keeps_its_policy_from_disk(built_site, browser):
    with_python = python_pages(built_site)
    base = built_site.resolve().as_uri() + "/"
    with new_tab(browser) as tab:
        for page in all_pages(built_site):
            if page in with_python or page == "404.html":  # 404 uses server-absolute links
                continue
            violations = visit(tab, base + page, wait_for_python=False)
            log = tab[1]
            assert log.outside_requests == [], f"{page} reached outside: {log.outside_requests}"
            assert violations == [], (
                f"{page} broke its Content-Security-Policy from disk: {violations}"
            )
