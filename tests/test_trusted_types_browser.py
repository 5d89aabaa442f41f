"""Trusted Types are enforced (issue 13, item 10): on the site's pages a string written to
an HTML or script sink by a page script throws, while the theme's search, the Checker and
the Planner work without a single Trusted Types or other policy violation, in Chromium."""

from __future__ import annotations

import pytest
from browser_helpers import CHECKER, PLANNER, fill_checker, fill_planner, search_site
from test_privacy_browser import CSP_RECORDER

pytestmark = pytest.mark.browser

# What a careless page script would do with a reader's text: put it into an element's
# HTML, or load a script from a URL it was given.
TRY_SINK = """([tag, property, value]) => {
    try {
        document.createElement(tag)[property] = value;
        return "accepted";
    } catch (error) {
        return error.name;
    }
}"""


def violations(page, log) -> list[str]:
    found = page.evaluate("window.__cspViolations")
    return found + [e for e in log.console_errors if "Trusted" in e or "Security Policy" in e]


@pytest.mark.parametrize("path", ["", "checker/", "planner/"])
def test_a_page_script_cannot_write_a_string_as_html_or_a_script_url(logged_page, site_url, path):
    page, _log = logged_page
    page.context.add_init_script(CSP_RECORDER)
    page.goto(site_url + path)
    assert page.evaluate(TRY_SINK, ["div", "innerHTML", "<img src=x>"]) == "TypeError"
    assert page.evaluate(TRY_SINK, ["script", "src", "https://example.org/x.js"]) == "TypeError"
    reported = page.evaluate("window.__cspViolations")
    assert [v.split()[0] for v in reported] == ["require-trusted-types-for"] * 2


def test_search_checker_and_planner_work_under_trusted_types(logged_page, site_url):
    page, log = logged_page
    page.context.add_init_script(CSP_RECORDER)
    page.goto(site_url + "faq/")
    search_site(page, "binding")
    assert "matching document" in page.locator(".md-search-result__meta").inner_text()
    assert page.locator(".md-search-result mark").first.inner_text().lower() == "binding"
    assert violations(page, log) == [], "search"

    page.goto(site_url + "checker/")
    CHECKER.ready(page)
    fill_checker(page)
    assert violations(page, log) == [], "checker"

    page.goto(site_url + "planner/")
    PLANNER.ready(page)
    fill_planner(page)
    assert violations(page, log) == [], "planner"
    assert not log.page_errors
