"""The checker and letter pages under slow checks, long drafts and several tabs (issue 13:
the watchdog, items 5, 6, 7 and 9), in Chromium."""

from __future__ import annotations

import pytest
from browser_helpers import (
    COORDINATOR,
    DRAFT,
    FINDING,
    RISKY_DRAFT,
    fill_fields,
    open_checker,
    open_template_page,
    type_draft,
    wait_until_checked,
)

from checker.limits import MAX_DRAFT_CHARACTERS
from checker.templates import get_template
from testsupport.pages import open_logged_page
from testsupport.python import PYTHON_TIMEOUT_MS, wait_for_python

pytestmark = pytest.mark.browser

NOTICE = "[data-testid=checker-notice]"


def test_a_check_that_never_answers_is_ended_and_the_draft_kept(logged_page, site_url):
    page, log = logged_page
    open_checker(page, site_url)
    # Any real check takes longer than a millisecond: this one counts as stuck.
    page.evaluate("() => { PreMatchPython.timeLimitMs = 1; }")
    page.fill(DRAFT, RISKY_DRAFT)
    notice = page.locator(NOTICE)
    notice.filter(has_text="stopped").wait_for(timeout=PYTHON_TIMEOUT_MS)
    assert page.input_value(DRAFT) == RISKY_DRAFT
    # The checker starts again by itself, ready for the next (normal) check.
    page.evaluate("() => { PreMatchPython.timeLimitMs = 60_000; }")
    page.get_by_test_id("checker-status").filter(has_text="ready").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )

    # After a reload the same draft is not checked by itself: the reader chooses.
    page.reload()
    wait_for_python(page)
    offer = page.locator(NOTICE).get_by_role("button", name="Check it anyway")
    offer.wait_for()
    assert page.input_value(DRAFT) == RISKY_DRAFT
    assert page.locator(FINDING).count() == 0
    offer.click()
    page.wait_for_selector(f"{FINDING}[data-rule='binding-commitment']")
    assert not log.page_errors


def test_highlighting_many_findings_is_not_quadratic(checker):
    page, _ = checker
    # Count how often the highlighter reads a finding's offsets: a pass over every finding
    # for every piece of text (25,000 ":)" froze the page) reads them n * n times.
    reads, marks = page.evaluate(
        """(count) => {
            let reads = 0;
            const findings = [];
            for (let i = 0; i < count; i += 1) {
                const finding = {rule: "emoticon", severity: "info", message: "m"};
                const offset = (value) => ({get() { reads += 1; return value; }});
                Object.defineProperty(finding, "start_utf16", offset(3 * i));
                Object.defineProperty(finding, "end_utf16", offset(3 * i + 2));
                findings.push(finding);
            }
            const view = document.createElement("div");
            PreMatchCheckerHighlight.render(view, ":) ".repeat(count), findings, ["info"]);
            return [reads, view.querySelectorAll(".checker-mark").length];
        }""",
        5000,
    )
    assert marks == 5000
    assert reads < 100 * 5000


def test_a_draft_over_the_limit_is_not_saved_on_every_pause(browser, memory_copies, site_url):
    context, page, log = open_logged_page(browser, memory_copies)
    page.add_init_script(
        """window.__draftWrites = 0;
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
            if (key.endsWith(":draft")) window.__draftWrites += 1;
            return setItem.call(this, key, value);
        };"""
    )
    try:
        open_checker(page, site_url)
        long_draft = RISKY_DRAFT + "x" * MAX_DRAFT_CHARACTERS
        page.fill(DRAFT, long_draft)
        wait_until_checked(page)
        page.evaluate("() => { window.__draftWrites = 0; }")
        box = page.locator(DRAFT)
        box.press("End")
        for _ in range(3):
            box.press_sequentially("abc")
            page.wait_for_timeout(600)  # a pause: a short draft would be saved now
        assert page.evaluate("() => window.__draftWrites") == 0
        assert "not checked" in page.inner_text("[data-checker-output]").lower()
        page.reload()  # leaving the page still keeps the long draft
        wait_for_python(page)
        assert page.input_value(DRAFT) == long_draft + "abc" * 3
        assert not log.page_errors
    finally:
        context.close()


def test_check_this_letter_asks_before_replacing_a_draft_and_keeps_ignored(
    browser, memory_copies, site_url
):
    context, page, log = open_logged_page(browser, memory_copies)
    try:
        open_checker(page, site_url)
        type_draft(page, RISKY_DRAFT)
        page.locator(f"{FINDING}[data-rule='binding-commitment']").first.get_by_role(
            "button", name="Ignore here"
        ).click()
        ignored = page.evaluate("() => localStorage.getItem('prematch:draft-ignored')")
        assert "binding-commitment" in ignored

        open_template_page(page, site_url, COORDINATOR)
        fill_fields(page, get_template(COORDINATOR).example_values())
        questions = []
        page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
        page.get_by_role("button", name="Check this letter").click()
        assert questions and "draft" in questions[0].lower()
        assert page.url.endswith(f"/templates/{COORDINATOR}/")
        assert page.evaluate("() => JSON.parse(localStorage.getItem('prematch:draft'))") == (
            RISKY_DRAFT
        )

        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Check this letter").click()
        page.wait_for_url("**/checker/")
        assert page.input_value(DRAFT) != RISKY_DRAFT
        assert page.evaluate("() => localStorage.getItem('prematch:draft-ignored')") == ignored
        assert not log.page_errors
    finally:
        context.close()


def test_a_stale_tab_does_not_overwrite_the_draft_typed_in_another(two_tabs, site_url):
    first, second, log = two_tabs
    open_checker(first, site_url)
    open_checker(second, site_url)
    type_draft(second, RISKY_DRAFT)
    first.wait_for_function(
        "([selector, text]) => document.querySelector(selector).value === text",
        arg=[DRAFT, RISKY_DRAFT],
    )
    box = first.locator(DRAFT)
    box.press("End")
    box.press_sequentially(" PS")
    wait_until_checked(first)
    second.wait_for_function(
        "([selector, text]) => document.querySelector(selector).value === text",
        arg=[DRAFT, RISKY_DRAFT + " PS"],
    )
    assert not log.page_errors


def test_two_letter_tabs_keep_each_others_fields(two_tabs, site_url):
    first, second, log = two_tabs
    open_template_page(first, site_url, COORDINATOR)
    open_template_page(second, site_url, COORDINATOR)
    first.fill("[data-field='recipient_name']", "Ms. Ortiz")
    second.fill("[data-field='program']", "Lakeside Internal Medicine")
    for page in (first, second):
        page.wait_for_function(
            """() => document.querySelector("[data-field='recipient_name']").value
                    === 'Ms. Ortiz'
                && document.querySelector("[data-field='program']").value
                    === 'Lakeside Internal Medicine'"""
        )
    stored = first.evaluate(
        f"() => JSON.parse(localStorage.getItem('prematch:template:{COORDINATOR}'))"
    )
    assert stored["recipient_name"] == "Ms. Ortiz"
    assert stored["program"] == "Lakeside Internal Medicine"
    assert not log.page_errors
