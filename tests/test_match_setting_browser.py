"""'My match and specialty' in Chromium: chosen once, kept on this device, shared by the
Checker and the Planner, and changing their verdicts; SOAP mode on both pages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from checker.policies import policy_table
from testsupport.python import PYTHON_TIMEOUT_MS

pytestmark = pytest.mark.browser

THANK_YOU = (
    "Subject: Thank you for the interview\n\n"
    "Dear Dr. Rivera,\n\n"
    "Thank you for meeting me on Tuesday. I enjoyed hearing about the continuity clinic and "
    "the resident research projects.\n\n"
    "Best regards,\nSam Lee\nAAMC ID 12345678\n"
)
TODAY = date.today()


def specialty_with(effect: str):
    return next(s for s in policy_table().specialties.values() if effect in s.effects)


def wait_until_ready(page) -> None:
    page.get_by_test_id("checker-status").filter(has_text="ready").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    page.get_by_test_id("match-setting").wait_for(state="attached")
    # On the Checker page the setting sits in a closed <details>.
    summary = page.get_by_text("My match, specialty and SOAP mode")
    if summary.count() and not page.get_by_test_id("match-setting").is_visible():
        summary.click()


def choose(page, specialty_name: str, week: tuple[date, date] | None = None) -> None:
    form = page.get_by_test_id("match-setting")
    form.get_by_label("My specialty's policy").select_option(label=specialty_name)
    if week:
        form.get_by_label("First day").fill(week[0].isoformat())
        form.get_by_label("Last day").fill(week[1].isoformat())
    form.get_by_role("button", name="Save my match and specialty").click()


def findings(page, rule: str):
    return page.locator(f"[data-testid=finding][data-rule={rule}]")


def open_checker_with(page, site_url, draft: str) -> None:
    page.goto(site_url + "checker/")
    wait_until_ready(page)
    page.fill("[data-testid=draft]", draft)
    page.get_by_test_id("checker-summary").filter(has_text="Ready to send").wait_for()


def test_specialty_changes_the_checker_verdict_and_is_kept_for_the_planner(logged_page, site_url):
    page, log = logged_page
    policy = specialty_with("no-post-interview-contact")
    open_checker_with(page, site_url, THANK_YOU)
    choose(page, policy.name)
    finding = findings(page, "policy-no-contact")
    finding.wait_for()
    assert finding.get_attribute("data-severity") == "error"
    assert policy.source in finding.inner_text()
    assert "fix before sending" in page.get_by_test_id("checker-summary").inner_text()
    # The chosen policy is described with its source and checked-on date.
    described = page.locator("[data-match-setting-policies]").inner_text()
    assert policy.summary in described and policy.checked.isoformat() in described

    page.goto(site_url + "planner/")
    wait_until_ready(page)
    select = page.get_by_test_id("match-setting").get_by_label("My specialty's policy")
    assert select.locator("option:checked").inner_text() == policy.name

    page.goto(site_url + "checker/")
    wait_until_ready(page)
    findings(page, "policy-no-contact").wait_for()
    assert log.outside_requests == [] and log.page_errors == []


def test_planner_reminders_follow_the_specialty_and_the_program_flag(logged_page, site_url):
    page, _ = logged_page
    page.goto(site_url + "planner/")
    wait_until_ready(page)
    for name in ("Alpha Family Medicine", "Beta Family Medicine"):
        form = page.locator("#program-form")
        form.get_by_label("Program name").fill(name)
        form.get_by_label("Status").select_option("interviewed")
        form.get_by_label("Date", exact=True).fill(TODAY.isoformat())
        if name.startswith("Beta"):
            form.get_by_label("This program asked for no communication after the interview").check()
        form.get_by_role("button", name="Add program").click()
        page.get_by_test_id("program").filter(has_text=name).wait_for()
    steps = page.get_by_test_id("next-step")
    steps.filter(has_text="Send a thank-you to Alpha").wait_for()
    assert steps.filter(has_text="Send a thank-you to Beta").count() == 0
    steps.filter(has_text="No thank-you or update letter to Beta").wait_for()

    policy = specialty_with("thank-you-discouraged")
    choose(page, policy.name)
    steps.filter(has_text=f"No thank-you reminders: {policy.name}").wait_for()
    assert steps.filter(has_text="Send a thank-you to").count() == 0


def test_soap_mode_on_the_checker_an_error_unless_a_reply(logged_page, site_url):
    page, _ = logged_page
    open_checker_with(page, site_url, THANK_YOU)
    page.get_by_test_id("soap-mode").check()
    finding = findings(page, "soap-applicant-initiated")
    finding.wait_for()
    assert finding.get_attribute("data-severity") == "error"
    page.get_by_test_id("soap-reply").check()
    page.get_by_test_id("checker-summary").filter(has_text="Ready to send").wait_for()
    assert findings(page, "soap-applicant-initiated").count() == 0


def test_match_week_turns_soap_mode_on_and_the_planner_flags_a_message_started_in_it(
    logged_page, site_url
):
    page, _ = logged_page
    page.goto(site_url + "planner/")
    wait_until_ready(page)
    week = (TODAY - timedelta(days=1), TODAY + timedelta(days=3))
    choose(page, "No specialty policy", week)
    page.get_by_test_id("next-step").filter(has_text="Match Week").wait_for()

    form = page.locator("#program-form")
    form.get_by_label("Program name").fill("Gamma Surgery")
    form.get_by_role("button", name="Add program").click()
    page.get_by_test_id("program").filter(has_text="Gamma Surgery").wait_for()
    messages = page.locator("#message-form")
    messages.get_by_label("Kind of letter").select_option("other")
    messages.get_by_label("Date sent").fill(TODAY.isoformat())
    messages.get_by_role("button", name="Log message").click()
    error = page.locator(
        "[data-testid=planner-finding][data-rule=soap-applicant-initiated][data-severity=error]"
    )
    error.wait_for()

    page.get_by_test_id("logged-message").get_by_role("button", name="Edit message").click()
    messages.get_by_label("This is a reply to a message the program sent first").check()
    messages.get_by_role("button", name="Save message").click()
    error.wait_for(state="detached")

    page.goto(site_url + "checker/")
    wait_until_ready(page)
    assert page.get_by_test_id("soap-mode").is_checked()
