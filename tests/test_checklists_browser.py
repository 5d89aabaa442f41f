"""The checklists page in real Chromium: ticks persist, reset clears them, nothing leaks."""

from __future__ import annotations

import pytest
from guide_outline import CHECKLISTS

pytestmark = pytest.mark.browser

FIRST_ITEM = "List your US clinical experience"
SECOND_ITEM = "Decide, honestly, which program is your number one."
STAGES = list(CHECKLISTS)


def checkbox(page, label_start: str):
    """The checkbox whose accessible name (its label) starts with label_start."""
    return page.get_by_role("checkbox", name=label_start)


def assert_clean(log):
    assert log.outside_requests == [], log.outside_requests
    assert log.console_errors == [], log.console_errors
    assert log.page_errors == [], log.page_errors


def test_every_item_is_an_enabled_labelled_checkbox_with_a_stage_id(logged_page, site_url):
    page, log = logged_page
    page.goto(site_url + "checklists/")
    boxes = page.locator(".md-content input[type=checkbox]")
    # Every item of the checklists page, as test_guide_content lists them per stage.
    assert boxes.count() == sum(len(items) for items in CHECKLISTS.values())
    ids = [boxes.nth(i).get_attribute("id") for i in range(boxes.count())]
    assert len(set(ids)) == len(ids), ids
    assert all(any(i.startswith(f"checklist-{stage}--") for stage in STAGES) for i in ids), ids
    for i in range(boxes.count()):
        assert boxes.nth(i).is_enabled()
        label = page.locator(f"label[for='{ids[i]}']")
        assert label.inner_text().strip(), f"{ids[i]} has no label text"
    assert_clean(log)


def test_a_tick_survives_a_reload(logged_page, site_url):
    page, log = logged_page
    page.goto(site_url + "checklists/")
    page.get_by_text(FIRST_ITEM).click()  # clicking the label text ticks the box
    assert checkbox(page, FIRST_ITEM).is_checked()
    page.reload()
    assert checkbox(page, FIRST_ITEM).is_checked()
    assert not checkbox(page, SECOND_ITEM).is_checked()
    checkbox(page, FIRST_ITEM).uncheck()
    page.reload()
    assert not checkbox(page, FIRST_ITEM).is_checked()
    assert_clean(log)


def tick_the_second_item_and_go_to(page, site_url: str, path: str) -> None:
    page.goto(site_url + "checklists/")
    checkbox(page, SECOND_ITEM).check()
    page.goto(site_url + path)


def assert_only_the_second_item_ticked(page) -> None:
    assert checkbox(page, SECOND_ITEM).is_checked()
    assert not checkbox(page, FIRST_ITEM).is_checked()


def test_a_tick_survives_visiting_other_pages(logged_page, site_url):
    page, log = logged_page
    tick_the_second_item_and_go_to(page, site_url, "rules/")
    # The script runs on every page but leaves pages without checklists alone.
    assert page.get_by_role("button", name="Reset checklists").count() == 0
    page.locator(".md-nav__link", has_text="Checklists").first.click()
    page.wait_for_url("**/checklists/")
    assert_only_the_second_item_ticked(page)
    assert_clean(log)


def test_the_printable_guide_shows_the_same_ticks(logged_page, site_url):
    page, log = logged_page
    tick_the_second_item_and_go_to(page, site_url, "print/")
    assert_only_the_second_item_ticked(page)
    checkbox(page, FIRST_ITEM).check()
    page.goto(site_url + "checklists/")
    assert checkbox(page, FIRST_ITEM).is_checked()
    assert_clean(log)


def test_reset_asks_first_then_clears_every_tick(logged_page, site_url):
    page, log = logged_page
    page.goto(site_url + "checklists/")
    checkbox(page, FIRST_ITEM).check()
    checkbox(page, SECOND_ITEM).check()
    reset = page.get_by_role("button", name="Reset checklists")

    page.once("dialog", lambda dialog: dialog.dismiss())
    reset.click()
    assert checkbox(page, FIRST_ITEM).is_checked(), "dismissing the question must keep ticks"

    questions = []

    def accept(dialog):
        questions.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    reset.click()
    assert questions and "Clear every tick" in questions[0]
    assert page.locator(".md-content input[type=checkbox]:checked").count() == 0
    assert page.get_by_role("status").inner_text() == "All checklists are cleared."
    page.reload()
    assert page.locator(".md-content input[type=checkbox]:checked").count() == 0
    assert_clean(log)


def test_the_reader_is_told_when_the_browser_will_not_save(logged_page, site_url):
    page, log = logged_page
    page.add_init_script(
        "Storage.prototype.setItem = function () {"
        "  throw new DOMException('full', 'QuotaExceededError'); };"
    )
    page.goto(site_url + "checklists/")
    checkbox(page, FIRST_ITEM).check()
    assert checkbox(page, FIRST_ITEM).is_checked(), "the tick stays for this visit"
    assert "not letting the site save your ticks" in page.get_by_role("status").inner_text()
    assert_clean(log)
