"""The theme's script on the pages that start Python (assets/js/theme-later.js): the page is
built without the theme's bundle in its <script> tags; the bundle runs once Python is ready,
or as soon as the reader reaches for the search before that; and everything the bundle
gives works on those pages then, over http and from the offline copy (file://): search,
the parts of the content it mounts (the header's title as the page scrolls), no page error
and nothing blocked by the Content-Security-Policy."""

from __future__ import annotations

import re

import pytest
from browser_helpers import search_site, site_pages, uses_python

from testsupport.pages import open_logged_page
from testsupport.python import settled_status

BUNDLE_TAG = re.compile(r'<script src="[./]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"')
THEME_LATER = re.compile(
    r'<script src="[./]*assets/js/theme-later\.js" data-bundle="([./]*assets/javascripts/bundle\.'
    r'[0-9a-f]+\.min\.js)"'
)
PYTHON_PAGES = ["checker/", "planner/", "templates/thank-you-coordinator/"]


def theme_cap(milliseconds: int) -> str:
    """An init script that sets theme-later.js's cap (data-theme-cap-ms on <html>, which it
    reads as it runs): the time after the load event at which the bundle comes even if
    Python is not ready."""
    return f"""
(() => {{
  const set = () => {{ document.documentElement.dataset.themeCapMs = "{milliseconds}"; }};
  if (document.documentElement) return set();
  new MutationObserver((_, watch) => {{
    if (!document.documentElement) return;
    set();
    watch.disconnect();
  }}).observe(document, {{ childList: true }});
}})();
"""


RECORD = (
    # Python's ready decides when the bundle comes in these tests, however slow its start.
    theme_cap(10 * 60 * 1000)
    + """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
// Python's stage when theme-later.js began to load the theme's script, and when it had run.
window.__themeSteps = [];
new MutationObserver(() => {
  const step = document.documentElement.dataset.themeScript;
  if (!step || window.__themeSteps.some((seen) => seen.startsWith(step))) return;
  let first = true;
  window.PreMatchPython.onStatus((stage) => {
    if (first) window.__themeSteps.push(`${step} when ${stage}`);
    first = false;
  });
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-theme-script"] });
"""
)
# Python held at its start: the page's module worker never answers.
HOLD_PYTHON = """
const NativeWorker = window.Worker;
window.Worker = function (url, options) {
  if (options && options.type === "module") {
    return { postMessage() {}, terminate() {}, addEventListener() {} };
  }
  return new NativeWorker(url, options);
};
"""
THEME_STARTED = "() => document.documentElement.dataset.themeScript === 'started'"
BUNDLE_IN_PAGE = "() => !!document.querySelector('script[src*=\"assets/javascripts/bundle.\"]')"
SEARCH_QUERY = "input[data-md-component=search-query]"


@pytest.fixture
def recorded_page(browser):
    context, page, log = open_logged_page(browser, viewport={"width": 1280, "height": 800})
    context.add_init_script(RECORD)
    yield page, log
    assert page.evaluate("window.__cspViolations") == []
    assert log.page_errors == [] and log.console_errors == [], log
    assert log.outside_requests == []
    context.close()


def test_only_the_pages_that_start_python_leave_the_theme_script_for_later(built_site):
    python = {path for path in site_pages(built_site) if uses_python(built_site, path)}
    assert set(PYTHON_PAGES) <= python
    for path in site_pages(built_site):
        html = (built_site / path / "index.html").read_text(encoding="utf-8")
        loaded_later = THEME_LATER.findall(html)
        assert len(BUNDLE_TAG.findall(html)) == (0 if path in python else 1), path
        assert len(loaded_later) == (1 if path in python else 0), path
        # theme-later.js names the theme's own bundle, as the page would have loaded it.
        assert all((built_site / path / src).resolve().is_file() for src in loaded_later), path


def assert_theme_works(page, path: str) -> None:
    """The theme's script came once Python was ready, and what it gives works."""
    page.wait_for_function(THEME_STARTED)
    assert page.evaluate("window.__themeSteps") == ["loading when ready", "started when ready"]
    # The content's parts it mounts on DOMContentLoaded (sent again by theme-later.js): the
    # header shows the page's title once its heading has scrolled away.
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("() => document.querySelector('.md-header__title--active')")
    page.evaluate("window.scrollTo(0, 0)")
    results = search_site(page, "binding")
    assert "matching document" in page.locator(".md-search-result__meta").inner_text(), path
    assert results.count() >= 1
    # The status line and its watcher were set up once, not again for the repeated event.
    assert page.locator("[data-python-status]").count() <= 1


@pytest.mark.browser
@pytest.mark.parametrize("path", PYTHON_PAGES)
def test_over_http_the_theme_script_runs_once_python_is_ready_and_search_works(
    recorded_page, site_url, path
):
    page, _log = recorded_page
    page.goto(site_url + path)
    assert settled_status(page).endswith("ready")
    assert_theme_works(page, path)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["checker/", "templates/thank-you-coordinator/"])
def test_from_disk_the_theme_script_runs_once_python_is_ready_and_search_works(
    recorded_page, copy_url, path
):
    page, log = recorded_page
    page.goto(copy_url + path + "index.html")
    assert settled_status(page).endswith("ready")
    assert_theme_works(page, path)
    assert [url for url in log.requests if url.startswith(("http:", "https:"))] == []


@pytest.mark.browser
def test_before_python_is_ready_the_search_key_brings_the_theme_script(recorded_page, site_url):
    page, _log = recorded_page
    page.context.add_init_script(HOLD_PYTHON)
    page.goto(site_url + "checker/")
    page.wait_for_load_state("load")
    assert not page.evaluate(BUNDLE_IN_PAGE)
    page.keyboard.press("/")
    page.wait_for_function(THEME_STARTED)
    assert page.evaluate("window.__themeSteps") == [
        "loading when starting",
        "started when starting",
    ]
    # The key's own work: the search box is focused, as the theme does for "/".
    assert page.evaluate("document.activeElement.dataset.mdComponent") == "search-query"
    page.keyboard.type("binding", delay=30)
    page.locator(".md-search-result__item .md-search-result__link").first.wait_for()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 375])
def test_before_python_is_ready_a_press_on_search_brings_the_theme_script(browser, site_url, width):
    context, page, log = open_logged_page(browser, viewport={"width": width, "height": 800})
    try:
        context.add_init_script(HOLD_PYTHON)
        page.goto(site_url + "checker/")
        page.wait_for_load_state("load")
        assert not page.evaluate(BUNDLE_IN_PAGE)
        if width < 960:  # on a small screen the header shows a search button
            page.locator("label.md-header__button[for=__search]").click()
        page.locator(SEARCH_QUERY).click()
        page.wait_for_function(THEME_STARTED)
        page.locator(SEARCH_QUERY).press_sequentially("binding", delay=30)
        page.locator(".md-search-result__item .md-search-result__link").first.wait_for()
        assert log.page_errors == [] and log.console_errors == []
    finally:
        context.close()


@pytest.mark.browser
def test_with_python_held_the_theme_script_still_comes_after_the_cap(recorded_page, site_url):
    """A slow download of Python does not keep the bundle away: it comes by itself once the
    cap has passed (lowered here to 300 ms), and mounts the content's parts."""
    page, _log = recorded_page
    page.context.add_init_script(HOLD_PYTHON + theme_cap(300))
    page.goto(site_url + "checker/")
    page.wait_for_function(THEME_STARTED)
    assert page.evaluate("window.__themeSteps") == [
        "loading when starting",
        "started when starting",
    ]
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("() => document.querySelector('.md-header__title--active')")


SCHEME_SWITCHES = """() => {
  window.__switches = 0;
  new MutationObserver((records) => { window.__switches += records.length; })
    .observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
}"""
DRAWER_OPEN = "() => document.getElementById('__drawer').checked"


@pytest.mark.browser
@pytest.mark.parametrize("python", ["held", "ready"])
def test_on_a_python_page_the_palette_and_the_small_screen_drawer_work(browser, site_url, python):
    """The light/dark toggle switches once and the 375 px drawer opens and closes, before the
    bundle (Python held) and after it (Python ready, the bundle set up once)."""
    context, page, log = open_logged_page(
        browser, viewport={"width": 375, "height": 800}, color_scheme="dark"
    )
    try:
        context.add_init_script(RECORD + (HOLD_PYTHON if python == "held" else ""))
        page.goto(site_url + "checker/")
        page.wait_for_load_state("load")
        if python == "ready":
            assert settled_status(page).endswith("ready")
            page.wait_for_function(THEME_STARTED)
        else:
            assert not page.evaluate(BUNDLE_IN_PAGE)
        page.evaluate(SCHEME_SWITCHES)
        page.locator("label[title='Switch to light mode']").click()
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
        assert page.evaluate("window.__switches") == 1
        page.locator("label.md-header__button[for=__drawer]").click()
        page.wait_for_function(DRAWER_OPEN)
        page.locator("label.md-overlay[for=__drawer]").click(position={"x": 360, "y": 400})
        page.wait_for_function(f"() => !({DRAWER_OPEN})()")
        page.reload()
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
        assert page.evaluate("window.__cspViolations") == []
        assert log.page_errors == [] and log.console_errors == []
        assert log.outside_requests == []
    finally:
        context.close()
