"""The offline copy, unzipped and opened from disk (file://) with the network blocked.

Each test is a reader's session in the unzipped archive; the session must not send a
single http(s) request (there is no server: everything comes from the folder) and the
console must stay free of errors, including Content-Security-Policy violations.
"""

from __future__ import annotations

import pytest
from browser_helpers import (
    PLANNER_PROGRAMS,
    check_draft_as_python_does,
    fill_planner,
    fill_template_form,
    search_site,
    unzip_copy,
)

from testsupport.drafts import FLAGGED_DRAFT
from testsupport.pages import open_logged_page
from testsupport.python import PYTHON_TIMEOUT_MS, settled_status

pytestmark = pytest.mark.browser

# Records what the site's CSP blocks (a blocked inline script also logs a console error).
CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def offline_page(browser):
    context, page, log = open_logged_page(browser, viewport={"width": 1280, "height": 900})
    context.add_init_script(CSP_RECORDER)
    yield page, log
    context.close()


def assert_offline_and_clean(page, log):
    assert [url for url in log.requests if url.startswith(("http:", "https:"))] == []
    assert log.outside_requests == []
    assert page.evaluate("window.__cspViolations") == []
    assert log.console_errors == [], log.console_errors
    assert log.page_errors == [], log.page_errors


def assert_page(page, url_end: str, heading: str):
    """The browser shows the page (not a directory listing) at a URL ending in url_end."""
    assert page.url.split("#")[0].split("?")[0].endswith(url_end), page.url
    assert page.locator("article h1").first.inner_text().startswith(heading)


def nav_link(page, text: str):
    return page.locator(".md-sidebar--primary .md-nav__link", has_text=text).first


def wait_for_python_status_ready(page):
    """Until the page's Python status line (checker, planner) says ready or failed."""
    assert settled_status(page).endswith("ready")


def test_pages_open_from_disk_by_clicking_links(offline_page, copy_url):
    page, log = offline_page
    page.goto(copy_url + "index.html")
    assert_page(page, "pre-match-guide/index.html", "Talking to residency programs")
    nav_link(page, "The rules").click()
    assert_page(page, "rules/index.html", "The rules")
    nav_link(page, "Citizenship clarification").click()
    assert_page(page, "templates/citizenship-clarification/index.html", "Citizenship")
    # A link inside the text to a section of another page lands on that section.
    in_text = page.locator("article a[href*='us-img/index.html#']").first
    target = in_text.get_attribute("href").split("#")[1]
    in_text.click()
    assert_page(page, "us-img/index.html", "Special considerations")
    assert page.url.endswith("#" + target)
    assert page.locator(f"[id='{target}']").is_visible()
    page.locator(".md-header__button.md-logo").click()
    assert_page(page, "pre-match-guide/index.html", "Talking to residency programs")
    assert_offline_and_clean(page, log)


def test_search_finds_a_term_and_opens_the_page(offline_page, copy_url):
    page, log = offline_page
    page.goto(copy_url + "faq/index.html")
    results = search_site(page, "binding")
    assert "matching document" in page.locator(".md-search-result__meta").inner_text()
    results.first.click()
    assert_page(page, "rules/index.html", "The rules")
    assert_offline_and_clean(page, log)


def test_a_checklist_tick_is_kept_after_a_reload(offline_page, copy_url):
    page, log = offline_page
    page.goto(copy_url + "checklists/index.html")
    first, second = page.locator("article input[type=checkbox]").all()[:2]
    first.check()
    page.reload()
    assert first.is_checked()
    assert not second.is_checked()
    assert_offline_and_clean(page, log)


def test_each_unzipped_copy_keeps_its_own_ticks(offline_page, built_site, tmp_path):
    page, log = offline_page
    other_copy = unzip_copy(built_site, tmp_path)
    page.goto(other_copy + "checklists/index.html")
    page.locator("article input[type=checkbox]").first.check()
    page.goto(unzip_copy(built_site, tmp_path / "third") + "checklists/index.html")
    assert not page.locator("article input[type=checkbox]").first.is_checked()
    assert_offline_and_clean(page, log)


def open_filled_planner(page, copy_url):
    """The copy's Planner with two programs that both got a first-choice letter."""
    page.goto(copy_url + "planner/index.html")
    wait_for_python_status_ready(page)
    fill_planner(page)


def test_a_template_form_fills_the_letter(offline_page, copy_url):
    page, log = offline_page
    page.goto(copy_url + "templates/thank-you-coordinator/index.html")
    # The form appears once Python has started (slow on a busy machine).
    page.get_by_test_id("template-form").wait_for(timeout=PYTHON_TIMEOUT_MS)
    values = fill_template_form(page)
    preview = page.locator("[data-testid=template-preview]").inner_text()
    assert preview.startswith("Subject: ")
    assert all(value in preview for value in values.values())
    assert_offline_and_clean(page, log)


def test_the_checker_flags_a_risky_draft_and_logs_it_in_the_planner(offline_page, copy_url):
    page, log = offline_page
    open_filled_planner(page, copy_url)
    logged_before = page.get_by_test_id("logged-message").count()

    page.goto(copy_url + "checker/index.html")
    wait_for_python_status_ready(page)
    assert check_draft_as_python_does(page, FLAGGED_DRAFT), "the sample draft has findings"

    mount = page.locator(".log-draft-mount")
    mount.get_by_label("Program", exact=True).select_option(label=PLANNER_PROGRAMS[0])
    mount.get_by_role("button", name="Log this draft").click()
    mount.get_by_role("status").filter(has_text="Logged").wait_for()
    mount.get_by_role("link", name="Open the planner").click()
    assert_page(page, "planner/index.html", "Season planner")
    page.get_by_test_id("logged-message").nth(logged_before).wait_for(timeout=PYTHON_TIMEOUT_MS)
    assert_offline_and_clean(page, log)


def test_the_planner_keeps_programs_and_flags_conflicts(offline_page, copy_url):
    page, log = offline_page
    open_filled_planner(page, copy_url)
    programs = page.locator("[data-testid=program]").count()
    assert programs == 2
    # The zone database ships in the copy too: the time zone fields are offered.
    assert page.locator("#program-interview-zone").is_visible()
    page.reload()
    page.locator("[data-testid=planner-finding][data-severity=error]").first.wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    assert page.locator("[data-testid=program]").count() == programs
    assert_offline_and_clean(page, log)
