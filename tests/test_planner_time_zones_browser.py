"""The Planner in Chromium turns an interview time in the program's time zone into the
reader's own date, with the zone database (tzdata) that only the Planner page loads."""

from __future__ import annotations

import json

import pytest
from browser_helpers import PLANNER

from testsupport.python import PYTHON_TIMEOUT_MS

pytestmark = pytest.mark.browser


@pytest.fixture
def planner_in_manila(shared_pages, site_url):
    """(page, log): the Planner page on a device set to Manila time, Python ready."""
    return shared_pages(site_url + "planner/", PLANNER, timezone_id="Asia/Manila").fresh()


def save_reader_zone(page, zone: str) -> None:
    page.fill("#season-zone", zone)
    page.locator("#season-form [type=submit]").click()
    page.get_by_test_id("planner-message").filter(has_text="Season saved.").wait_for()


def thank_you_step(page):
    return page.locator("[data-testid=next-step][data-occasion=thank-you-due]")


def test_a_new_york_evening_interview_is_the_next_day_in_manila(planner_in_manila):
    page, log = planner_in_manila
    assert page.locator("#program-interview-zone").is_visible()
    assert page.locator("[data-no-time-zones]").is_hidden()

    page.get_by_role("button", name="Use this device's time zone").click()
    assert page.input_value("#season-zone") == "Asia/Manila"
    save_reader_zone(page, "Asia/Manila")

    form = page.locator("#program-form")
    form.get_by_label("Program name").fill("Hudson Internal Medicine")
    form.get_by_label("Status").select_option("interviewed")
    form.get_by_label("Date", exact=True).fill("2099-01-10")
    form.get_by_label("Time, as the program wrote it").fill("20:00")
    form.get_by_label("The program's time zone").fill("America/New_York")
    form.get_by_role("button", name="Add program").click()

    # 8 pm on 10 January in New York is 9 am on 11 January in Manila.
    program = page.get_by_test_id("program").filter(has_text="Hudson Internal Medicine")
    program.filter(has_text="2099-01-11 in your time zone").wait_for()
    assert "2099-01-10 at 20:00 (America/New_York)" in program.inner_text()
    step = thank_you_step(page)
    assert "Send a thank-you to Hudson Internal Medicine by 2099-01-13." in step.inner_text()

    # The same interview seen from New York stays on the 10th.
    save_reader_zone(page, "America/New_York")
    step.filter(has_text="by 2099-01-12.").wait_for()
    assert "in your time zone" not in program.inner_text()
    assert not log.outside_requests and not log.page_errors


def test_an_unknown_zone_is_refused_with_an_example_and_nothing_is_lost(planner_in_manila):
    page, log = planner_in_manila
    save_reader_zone(page, "Asia/Manila")
    page.fill("#season-zone", "Mars/Olympus_Mons")
    page.locator("#season-form [type=submit]").click()
    notice = page.get_by_test_id("planner-message")
    notice.filter(has_text="Unknown time zone").wait_for()
    assert "America/New_York" in notice.inner_text()
    page.reload()
    PLANNER.ready(page)
    assert page.input_value("#season-zone") == "Asia/Manila"
    assert not log.page_errors


def test_the_checker_page_does_not_download_the_zone_database(first_visit_page, site_url):
    page, log = first_visit_page
    tzdata = []
    page.on("request", lambda request: tzdata.append(request.url) if "tzdata" in request.url else 0)
    page.goto(site_url + "checker/")
    page.get_by_test_id("checker-status").filter(has_text="ready").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    assert (
        page.evaluate(
            "() => PreMatchPython.call('plan', {data: {format: 'prematch-planner', version: 1}, "
            "today: '2099-01-01'}).then((result) => result.time_zones_available)"
        )
        is False
    )
    assert tzdata == []
    assert not log.outside_requests


def test_a_copy_without_the_zone_database_hides_the_zone_fields_and_says_why(logged_page, site_url):
    page, log = logged_page

    def without_tzdata(route):
        head, _, body = route.fetch().text().partition("=")
        manifest = json.loads(body.strip().rstrip(";"))
        manifest["assets"] = [a for a in manifest["assets"] if a.get("package") != "tzdata"]
        route.fulfill(body=f"{head}= {json.dumps(manifest)};", content_type="text/javascript")

    page.route("**/assets/pyodide/manifest.js", without_tzdata)
    page.goto(site_url + "planner/")
    PLANNER.ready(page)
    assert page.locator("#program-interview-zone").is_hidden()
    assert page.locator("#season-zone").is_hidden()
    assert "has no time zone data" in page.locator("[data-no-time-zones]").inner_text()
    # A hand-made file with a zone is refused with the reason, not a crash.
    message = page.evaluate(
        """PreMatchPlanner.plan({format: "prematch-planner", version: 1,
             season: {time_zone: "Asia/Manila"}}).catch((error) => error.message)"""
    )
    assert "Time zones are not available in this copy" in message
    assert not log.page_errors and not log.outside_requests
