"""The Season planner page and the checker's "Log this draft" button, in Chromium."""

from __future__ import annotations

import json

import pytest
from browser_helpers import PLANNER, add_program

from testsupport.python import PYTHON_TIMEOUT_MS

pytestmark = pytest.mark.browser


@pytest.fixture
def planner(shared_pages, site_url):
    """(page, log): the Planner page, Python ready, no data (shared by the module)."""
    return shared_pages(site_url + "planner/", PLANNER).fresh()


def reload_planner(page):
    page.reload()
    PLANNER.ready(page)


def log_message(page, program, kind, sent):
    form = page.locator("#message-form")
    form.get_by_label("Program", exact=True).select_option(label=program)
    form.get_by_label("Kind of letter").select_option(kind)
    form.get_by_label("Date sent").fill(sent)
    count = page.get_by_test_id("logged-message").count()
    form.get_by_role("button", name="Log message").click()
    page.get_by_test_id("logged-message").nth(count).wait_for()


def rank_first_error(page):
    return page.locator(
        "[data-testid=planner-finding][data-rule=rank-first-to-several][data-severity=error]"
    )


def test_rank_first_to_two_programs_then_export_clear_import_and_reload(planner, tmp_path):
    page, log = planner
    add_program(page, "Alpha Internal Medicine", interview="2027-01-10")
    add_program(page, "Beta Family Medicine", interview="2027-01-12")
    log_message(page, "Alpha Internal Medicine", "rank-first", "2027-02-01")
    assert rank_first_error(page).count() == 0
    log_message(page, "Beta Family Medicine", "rank-first", "2027-02-02")
    error = rank_first_error(page)
    error.wait_for()
    assert "Alpha Internal Medicine" in error.inner_text()
    assert "Beta Family Medicine" in error.inner_text()
    assert (
        error.get_by_role("link")
        .get_attribute("href")
        .endswith("mistakes/#conflicting-rank-statements")
    )

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export planner file").click()
    exported = tmp_path / "planner.json"
    download_info.value.save_as(exported)
    saved = json.loads(exported.read_text(encoding="utf-8"))
    assert saved["format"] == "prematch-planner" and len(saved["messages"]) == 2

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear all planner data").click()
    page.get_by_text("No programs yet").wait_for()
    assert rank_first_error(page).count() == 0

    page.locator("#planner-import").set_input_files(str(exported))
    rank_first_error(page).wait_for()
    assert page.get_by_test_id("program").count() == 2

    reload_planner(page)
    rank_first_error(page).wait_for()
    names = page.locator("[data-testid=program] h3").all_inner_texts()
    assert names == ["Alpha Internal Medicine", "Beta Family Medicine"]
    assert page.get_by_test_id("logged-message").count() == 2
    assert not log.outside_requests and not log.page_errors and not log.console_errors


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"format": "prematch-planner", "version": 9}', "version 9"),
        ('{"format": "prematch-planner", "version": 1, "programs": [{"id": "a"', "not valid JSON"),
        ("[" * 50_000 + "]" * 50_000, "not valid JSON"),
        (
            json.dumps(
                {
                    "format": "prematch-planner",
                    "version": 1,
                    "programs": [{"id": "a", "name": "x" * 600}],
                }
            ),
            "programs[0].name is 600 characters long",
        ),
    ],
    ids=["wrong-version", "truncated", "deeply-nested", "huge-string"],
)
def test_rejected_import_explains_and_keeps_existing_data(planner, tmp_path, content, reason):
    page, log = planner
    add_program(page, "Kept Program")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    page.locator("#planner-import").set_input_files(str(bad))
    notice = page.get_by_test_id("planner-message")
    notice.filter(has_text="was not imported").wait_for()
    assert reason in notice.inner_text()
    assert "Your planner is unchanged" in notice.inner_text()
    assert page.locator("[data-testid=program] h3").all_inner_texts() == ["Kept Program"]
    reload_planner(page)
    assert page.locator("[data-testid=program] h3").all_inner_texts() == ["Kept Program"]
    assert not log.page_errors


def test_html_in_names_and_notes_is_shown_as_text(planner):
    page, log = planner
    hostile = '<img src=x onerror="window.__pwned=1"><b>Bold</b>'
    form = page.locator("#program-form")
    form.get_by_label("Program name").fill(hostile)
    form.get_by_label("Notes").fill("<script>window.__pwned=2</script>")
    form.get_by_role("button", name="Add program").click()
    program = page.get_by_test_id("program").first
    program.wait_for()
    assert program.locator("h3").inner_text() == hostile
    assert program.locator("img, b, script").count() == 0
    assert "<script>window.__pwned=2</script>" in program.inner_text()
    assert page.evaluate("window.__pwned") is None
    assert not log.outside_requests


def test_next_steps_sorted_by_date_with_guide_links(planner):
    page, _ = planner
    page.get_by_label("Your rank list certification deadline", exact=True).fill("2099-03-03")
    page.get_by_role("button", name="Save season").click()
    page.locator("[data-testid=next-step][data-occasion=update-window-opens]").wait_for()
    add_program(page, "Gamma Pediatrics", interview="2099-01-10")
    page.locator("[data-testid=next-step][data-occasion=thank-you-due]").wait_for()
    dates = page.locator("[data-testid=next-step] time").all_inner_texts()
    assert dates == ["2099-01-12", "2099-02-03", "2099-02-17", "2099-03-03"]
    first = page.get_by_test_id("next-step").first
    assert "Send a thank-you to Gamma Pediatrics by 2099-01-12." in first.inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export reminders (.ics)").click()
    ics = download_info.value.path().read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 4 and "DTSTART;VALUE=DATE:20990303" in ics


def test_a_missed_thank_you_is_a_finding_and_past_dates_leave_the_next_steps(planner):
    page, log = planner
    page.get_by_label("Your rank list certification deadline", exact=True).fill("2020-03-03")
    page.get_by_role("button", name="Save season").click()
    add_program(page, "Omega Neurology", interview="2020-01-10")
    missed = page.locator("[data-testid=planner-finding][data-rule=missed-thank-you]")
    missed.wait_for()
    assert "“Omega Neurology” closed on 2020-01-12 with no thank-you logged" in missed.inner_text()
    assert page.get_by_test_id("next-step").count() == 0
    assert page.locator("#planner-steps").inner_text() == "No dates ahead."

    log_message(page, "Omega Neurology", "thank-you", "2020-01-11")
    missed.wait_for(state="detached")
    assert not log.page_errors


def test_rank_helper_orders_by_weighted_scores(planner):
    page, _ = planner
    add_program(page, "Alpha IM")
    add_program(page, "Beta IM")
    page.get_by_label("Fit with my goals score for Beta IM").fill("5")
    page.get_by_label("Fit with my goals score for Beta IM").press("Tab")
    rows = page.get_by_test_id("ranking-row")
    rows.first.filter(has_text="Beta IM").wait_for()
    assert "5 of 20 points" in rows.first.inner_text()
    assert "Fit with my goals 5 \u00d7 1 = 5" in rows.first.inner_text()
    assert "predicts nothing" in page.locator("#planner-rank-title + p").inner_text()


def test_log_this_draft_from_the_checker_page(planner, site_url):
    page, log = planner
    add_program(page, "Delta Internal Medicine", interview="2027-01-10")

    page.goto(site_url + "checker/")
    page.get_by_test_id("checker-status").filter(has_text="ready").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    page.get_by_test_id("draft").fill(
        "Subject: Delta is my first choice\n\nDear Dr. Rivera,\n\nI plan to rank your program "
        "first. Since the interview I passed Step 2.\n\nSincerely,\nSam Lee\n"
    )
    mount = page.locator(".log-draft-mount")
    mount.get_by_label("Program", exact=True).select_option(label="Delta Internal Medicine")
    mount.get_by_role("button", name="Log this draft").click()
    confirmation = mount.get_by_role("status")
    confirmation.filter(has_text="Logged").wait_for()
    mount.get_by_role("link", name="Open the planner").click()
    page.get_by_test_id("checker-status").filter(has_text="ready").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    message = page.get_by_test_id("logged-message").first
    message.wait_for()
    assert "first choice" in message.inner_text()
    assert not log.outside_requests and not log.page_errors


def test_print_view_shows_the_plan_without_controls(planner):
    page, _ = planner
    add_program(page, "Epsilon Surgery", interview="2027-01-10")
    log_message(page, "Epsilon Surgery", "thank-you", "2027-01-05")
    page.locator("[data-testid=planner-finding][data-rule=early-post-interview-letter]").wait_for()
    page.emulate_media(media="print")
    for shown in (
        "[data-testid=program]",
        "[data-testid=logged-message]",
        "[data-testid=next-step]",
    ):
        assert page.locator(shown).first.is_visible(), shown
    assert page.locator("[data-testid=planner-finding]").first.is_visible()
    for hidden in (
        "#program-form",
        "#message-form",
        "#planner-export",
        ".md-header",
        ".md-sidebar",
    ):
        assert not page.locator(hidden).first.is_visible(), hidden


def test_edit_and_delete_programs_messages_and_criteria(planner):
    page, log = planner
    add_program(page, "Zeta IM", interview="2027-01-10")
    log_message(page, "Zeta IM", "thank-you", "2027-01-11")
    log_message(page, "Zeta IM", "thank-you", "2027-01-20")
    repeat = page.locator("[data-testid=planner-finding][data-rule=repeat-thank-you]")
    repeat.wait_for()

    page.get_by_role("button", name="Edit program: Zeta IM").click()
    page.locator("#program-form").get_by_label("Program name").fill("Zeta Internal Medicine")
    page.get_by_role("button", name="Save program").click()
    page.locator("[data-testid=program] h3", has_text="Zeta Internal Medicine").wait_for()

    page.get_by_role("button", name="Edit message").last.click()
    page.locator("#message-form").get_by_label("Sent to").select_option("coordinator")
    page.get_by_role("button", name="Save message").click()
    repeat.wait_for(state="detached")  # a director and a coordinator thank-you is normal
    assert "coordinator" in page.get_by_test_id("logged-message").last.inner_text()

    page.get_by_role("button", name="Delete message").first.click()
    page.get_by_test_id("logged-message").nth(1).wait_for(state="detached")

    name = page.get_by_role("textbox", name="Name of the criterion Fit with my goals")
    name.fill("Research")
    name.press("Tab")
    page.get_by_role("textbox", name="Name of the criterion Research").wait_for()
    page.get_by_role("button", name="Remove criterion: Research").click()
    page.get_by_role("textbox", name="Name of the criterion Research").wait_for(state="detached")

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete program: Zeta Internal Medicine").click()
    page.get_by_text("No programs yet").wait_for()
    reload_planner(page)
    assert page.get_by_test_id("program").count() == 0
    assert page.get_by_role("textbox", name="Name of the criterion Research").count() == 0
    assert not log.page_errors and not log.console_errors


def test_planner_tab_shows_a_draft_logged_in_another_tab(planner, site_url):
    page, log = planner
    add_program(page, "Eta Pediatrics", interview="2027-01-10")
    checker = page.context.new_page()
    try:
        checker.goto(site_url + "checker/")
        checker.get_by_test_id("draft").fill(
            "Subject: Thank you\n\nDear Dr. Kim,\n\nThank you for the interview yesterday.\n"
        )
        checker.locator(".log-draft-mount").get_by_role("button", name="Log this draft").click()
        checker.locator(".log-draft-mount").get_by_role("status").filter(
            has_text="Logged"
        ).wait_for(timeout=PYTHON_TIMEOUT_MS)
        page.get_by_test_id("logged-message").first.wait_for()
        assert "Eta Pediatrics" in page.get_by_test_id("program").inner_text()
        assert not log.outside_requests and not log.page_errors
    finally:
        checker.close()
