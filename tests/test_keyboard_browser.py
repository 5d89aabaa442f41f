"""The Checker and a letter form work with the keyboard alone: every control is reached with
Tab, shows where the focus is, and the Checker announces new findings."""

from __future__ import annotations

import pytest

from testsupport.drafts import FLAGGED_DRAFT
from testsupport.python import wait_for_python

pytestmark = pytest.mark.browser

TEMPLATE_PAGE = "templates/thank-you-coordinator/"
MAX_TABS = 80  # more presses than any page here needs to reach its tool

# A focused control must show it: an outline or a box shadow (the theme uses both).
FOCUS_INDICATOR = """() => {
  const style = getComputedStyle(document.activeElement);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== "none";
}"""
ANNOUNCERS = "[aria-live=polite], [role=status]"


def tab_until(page, condition: str, limit: int = MAX_TABS) -> int:
    """Press Tab until `condition` (a JS function of document.activeElement) holds.
    Returns the number of presses; fails when it never holds."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => Boolean(({condition})(document.activeElement))"):
            return presses
    description = page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)")
    pytest.fail(f"{limit} Tab presses never reached {condition}; focus is on {description}")


def focused_description(page) -> str:
    return page.evaluate("() => document.activeElement.outerHTML.slice(0, 160)")


def assert_focus_visible(page) -> None:
    assert page.evaluate(FOCUS_INDICATOR), f"no visible focus on {focused_description(page)}"


def announcer_texts(page) -> list[str]:
    return page.locator(ANNOUNCERS).evaluate_all(
        "(nodes) => nodes.map((node) => node.textContent.trim())"
    )


def test_checker_works_by_keyboard_alone(logged_page, site_url):
    page, log = logged_page
    page.goto(site_url + "checker/")
    wait_for_python(page)

    tab_until(page, "(el) => el.dataset.testid === 'draft'")
    assert_focus_visible(page)
    before = announcer_texts(page)
    page.keyboard.type(FLAGGED_DRAFT)
    page.locator("[data-testid=finding]").first.wait_for()
    # The findings shown are those of the whole draft, not of a check made while typing.
    page.wait_for_selector("[data-checker-output][aria-busy=false]", state="attached")

    # The change is announced: a polite live region (or status) now says something new.
    page.wait_for_function(
        "([selector, before]) => [...document.querySelectorAll(selector)].some("
        "(node, i) => node.textContent.trim() !== '' && node.textContent.trim() !== before[i])",
        arg=[ANNOUNCERS, before],
    )

    tab_until(page, "(el) => el.tagName === 'BUTTON' && el.closest('[data-testid=finding]')")
    assert_focus_visible(page)
    rule = page.evaluate(
        "() => document.activeElement.closest('[data-testid=finding]').dataset.rule"
    )
    page.keyboard.press("Enter")

    selection = page.evaluate(
        """() => { const d = document.activeElement;
        return d.dataset.testid === 'draft' ? [d.selectionStart, d.selectionEnd] : null; }"""
    )
    assert selection, f"Enter on a finding left focus on {focused_description(page)}"
    result = page.evaluate(
        "(text) => window.PreMatchPython.call('lint', {text})",
        page.input_value("[data-testid=draft]"),
    )
    spans = [
        [finding["start_utf16"], finding["end_utf16"]]
        for finding in result["findings"]
        if finding["rule"] == rule
    ]
    assert selection in spans, f"selected {selection}, but {rule} findings are at {spans}"
    assert selection[1] > selection[0]
    assert not log.page_errors, log.page_errors


def test_template_form_works_by_keyboard_alone(logged_page, site_url):
    page, log = logged_page
    page.goto(site_url + TEMPLATE_PAGE)
    wait_for_python(page)
    fields = page.locator("[data-testid=template-form] [data-field]")
    fields.first.wait_for()
    names = fields.evaluate_all("(nodes) => nodes.map((node) => node.dataset.field)")
    assert len(names) >= 2

    typed = {}
    for index, name in enumerate(names):
        # The first field is some way down the page; the next ones follow each other.
        tab_until(page, f"(el) => el.dataset.field === {name!r}", MAX_TABS if index == 0 else 3)
        assert_focus_visible(page)
        typed[name] = f"Typed {name.replace('_', ' ')}"
        page.keyboard.type(typed[name])

    for value in typed.values():
        page.wait_for_function(
            "(value) => document.querySelector('[data-testid=template-preview]')"
            ".textContent.includes(value)",
            arg=value,
        )
    assert not log.page_errors, log.page_errors
