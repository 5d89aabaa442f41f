"""The tools fit a 375 px phone screen: no sideways scrolling, main controls in view.
Screenshots land in test-artifacts/ (git-ignored) for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import fill_checker, fill_planner, fill_template_form, show_finding_card

from testsupport.pages import open_logged_page
from testsupport.python import wait_for_python

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2}

# For each tool: how to bring it into its filled state, and the controls a reader must reach.
TOOLS = {
    "checker": (
        "checker/",
        lambda page: (fill_checker(page), show_finding_card(page)),
        [
            "[data-testid=draft]",
            "[data-testid=mark]",
            "[data-testid=finding-card]",
            "[data-testid=finding]",
            "[data-testid=checker-status]",
        ],
    ),
    "template": (
        "templates/thank-you-coordinator/",
        fill_template_form,
        ["[data-testid=template-form] [data-field]", "[data-testid=template-preview]"],
    ),
    "planner": (
        "planner/",
        fill_planner,
        ["#program-name", "[data-testid=program]", "[data-testid=planner-finding]"],
    ),
}

OVERFLOW = """() => ({
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
  widest: [...document.querySelectorAll("main *")]
    .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 5).map((el) => el.outerHTML.slice(0, 120)),
})"""


def assert_fits(page, where: str) -> None:
    width = page.evaluate(OVERFLOW)
    assert width["scrollWidth"] <= width["clientWidth"], (
        f"{where} scrolls sideways ({width['scrollWidth']} > {width['clientWidth']} px); "
        f"elements past the edge: {width['widest']}"
    )


def assert_in_view_horizontally(page, selector: str, where: str) -> None:
    control = page.locator(selector).first
    control.scroll_into_view_if_needed()
    assert control.is_visible(), f"{where}: {selector} is not visible"
    box = control.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 375 + 1, (
        f"{where}: {selector} is cut off at the screen edge ({box})"
    )


@pytest.mark.parametrize("tool", TOOLS)
def test_tool_fits_a_phone_screen(browser, memory_copies, site_url, tool):
    path, fill, controls = TOOLS[tool]
    ARTIFACTS.mkdir(exist_ok=True)
    context, page, log = open_logged_page(browser, memory_copies, **PHONE)
    try:
        page.goto(site_url + path)
        wait_for_python(page)
        assert_fits(page, f"{tool} (empty)")
        page.screenshot(path=ARTIFACTS / f"small-screen-{tool}-empty.png", full_page=True)
        fill(page)
        assert_fits(page, f"{tool} (filled)")
        for selector in controls:
            assert_in_view_horizontally(page, selector, tool)
        page.screenshot(path=ARTIFACTS / f"small-screen-{tool}-filled.png", full_page=True)
        assert not log.page_errors, log.page_errors
    finally:
        context.close()
