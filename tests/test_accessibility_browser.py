"""axe-core finds no serious or critical accessibility problem on any page, in the light
and the dark palette, nor on the tools once they hold the reader's input."""

from __future__ import annotations

import pytest
from browser_helpers import (
    describe_violations,
    fill_checker,
    fill_planner,
    fill_template_form,
    serious_axe_violations,
    show_finding_card,
    site_pages,
    wait_for_python,
)
from conftest import open_logged_page

pytestmark = pytest.mark.browser

# mkdocs.yml picks the palette from the system setting until the reader toggles it.
PALETTES = {"light": "default", "dark": "slate"}
TEMPLATE_PAGE = "templates/thank-you-coordinator/"


def open_in_palette(browser, url: str, palette: str):
    context, page, _log = open_logged_page(browser, color_scheme=palette)
    page.goto(url)
    scheme = page.evaluate("() => document.body.dataset.mdColorScheme")
    assert scheme == PALETTES[palette], f"{url} did not switch to the {palette} palette"
    return context, page


def assert_accessible(page, where: str) -> None:
    violations = serious_axe_violations(page)
    assert not violations, f"{where}:\n{describe_violations(violations)}"


@pytest.mark.parametrize("palette", PALETTES)
def test_every_page_has_no_serious_violation(browser, built_site, site_url, palette):
    pages = site_pages(built_site)
    assert len(pages) >= 15, f"only {len(pages)} pages found in {built_site}"
    reports = []
    for path in pages:
        context, page = open_in_palette(browser, site_url + path, palette)
        try:
            violations = serious_axe_violations(page)
        finally:
            context.close()
        if violations:
            reports.append(f"--- /{path} ({palette}) ---\n{describe_violations(violations)}")
    assert not reports, "\n".join(reports)


@pytest.mark.parametrize("palette", PALETTES)
def test_checker_with_findings_has_no_serious_violation(browser, site_url, palette):
    context, page = open_in_palette(browser, site_url + "checker/", palette)
    try:
        wait_for_python(page)
        fill_checker(page)
        assert page.locator("[data-testid=mark]").count() > 0
        show_finding_card(page)  # marks in the draft box and the card of one of them
        assert_accessible(page, f"Checker with findings ({palette})")
    finally:
        context.close()


@pytest.mark.parametrize("palette", PALETTES)
def test_filled_template_form_has_no_serious_violation(browser, site_url, palette):
    context, page = open_in_palette(browser, site_url + TEMPLATE_PAGE, palette)
    try:
        wait_for_python(page)
        fill_template_form(page)
        assert_accessible(page, f"{TEMPLATE_PAGE} filled in ({palette})")
    finally:
        context.close()


@pytest.mark.parametrize("palette", PALETTES)
def test_planner_with_programs_has_no_serious_violation(browser, site_url, palette):
    context, page = open_in_palette(browser, site_url + "planner/", palette)
    try:
        wait_for_python(page)
        fill_planner(page)
        assert_accessible(page, f"Planner with programs ({palette})")
    finally:
        context.close()
