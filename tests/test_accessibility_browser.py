"""axe-core finds no serious or critical accessibility problem, in the light and the dark
palette: on every page of the site as it first shows (the tools' pages before Python has
started, so a letter page has no form yet), and on the Checker, a letter form and the
Planner once Python has started and they hold the reader's input."""

from __future__ import annotations

import pytest
from browser_helpers import (
    CHECKER,
    PLANNER,
    TEMPLATE_FORM,
    describe_violations,
    fill_checker,
    fill_planner,
    fill_template_form,
    serious_axe_violations,
    show_finding_card,
    site_pages,
)

from testsupport.pages import open_logged_page

pytestmark = pytest.mark.browser

# mkdocs.yml picks the palette from the system setting until the reader toggles it.
PALETTES = {"light": "default", "dark": "slate"}
TEMPLATE_PAGE = "templates/thank-you-coordinator/"
SCHEME = "() => document.body.dataset.mdColorScheme"
# The theme fades colours from one palette to the other: axe must read the final ones.
NO_FADE_RUNNING = """() => !document.getAnimations().some(
  (animation) => animation instanceof CSSTransition && animation.playState === "running")"""


def show_palette(page, palette: str) -> None:
    """Switch an open page to a palette as a reader would: the system setting, and the
    header's toggle when the page chose its palette before the setting changed."""
    page.emulate_media(color_scheme=palette)
    if page.evaluate(SCHEME) != PALETTES[palette]:
        page.locator(f"label[title='Switch to {palette} mode']").click()
    page.wait_for_function(f"() => ({SCHEME})() === {PALETTES[palette]!r}")
    page.wait_for_function(NO_FADE_RUNNING)


def tool_in_palette(shared_pages, url: str, tool, palette: str):
    page, _log = shared_pages(url, tool).fresh()
    show_palette(page, palette)
    return page


def assert_accessible(page, where: str) -> None:
    violations = serious_axe_violations(page)
    assert not violations, f"{where}:\n{describe_violations(violations)}"


def hold_back_python(context) -> None:
    """Leave the request for the Python worker's script unanswered, so the pages that use
    Python stay at "Starting Python", as a reader sees them in their first seconds. A start
    on each tool page would only take seconds of CPU from the pages after it; the tools
    with Python ready are checked by the tests below the sweep."""
    context.route("**/assets/js/python-worker.mjs", lambda _route: None)


def test_every_page_has_no_serious_violation(browser, built_site, site_url):
    """The sweep: every built page in turn, with Python held back, in the palette it opens
    in (the system's, as a first visit shows it) and then in the other one."""
    pages = site_pages(built_site)
    assert len(pages) >= 15, f"only {len(pages)} pages found in {built_site}"
    reports = []
    current = "light"  # the system's palette, which a first visit shows
    context, page, _log = open_logged_page(browser, color_scheme=current)
    hold_back_python(context)
    try:
        for path in pages:
            page.goto(site_url + path)
            assert page.evaluate(SCHEME) == PALETTES[current], f"/{path} is not in {current}"
            for palette in sorted(PALETTES, key=lambda name: name != current):
                show_palette(page, palette)  # the palette already shown first
                current = palette
                violations = serious_axe_violations(page)
                if violations:
                    reports.append(
                        f"--- /{path} ({palette}) ---\n{describe_violations(violations)}"
                    )
    finally:
        context.close()
    assert not reports, "\n".join(reports)


@pytest.mark.parametrize("palette", PALETTES)
def test_checker_with_findings_has_no_serious_violation(shared_pages, site_url, palette):
    page = tool_in_palette(shared_pages, site_url + "checker/", CHECKER, palette)
    fill_checker(page)
    assert page.locator("[data-testid=mark]").count() > 0
    show_finding_card(page)  # marks in the draft box and the card of one of them
    assert_accessible(page, f"Checker with findings ({palette})")


@pytest.mark.parametrize("palette", PALETTES)
def test_filled_template_form_has_no_serious_violation(shared_pages, site_url, palette):
    page = tool_in_palette(shared_pages, site_url + TEMPLATE_PAGE, TEMPLATE_FORM, palette)
    fill_template_form(page)
    assert_accessible(page, f"{TEMPLATE_PAGE} filled in ({palette})")


@pytest.mark.parametrize("palette", PALETTES)
def test_planner_with_programs_has_no_serious_violation(shared_pages, site_url, palette):
    page = tool_in_palette(shared_pages, site_url + "planner/", PLANNER, palette)
    fill_planner(page)
    assert_accessible(page, f"Planner with programs ({palette})")
