"""The fill-in form on each letter template page, driven in Chromium.

The letter the page shows is compared with what checker.templates.fill gives in Python for
the same values: the form must hand the reader exactly that text, in the preview and
through Copy, Download, the mail app link and "Check this letter".
"""

from __future__ import annotations

import functools
import itertools
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_helpers import COORDINATOR, TEMPLATE_FORM, fill_fields, recorded_dialogs, settle
from xss_payloads import FLAG, PAYLOADS

from checker.templates import FillError, fill, list_templates

pytestmark = pytest.mark.browser

TEMPLATES = {template.id: template for template in list_templates()}
PREVIEW = "[data-testid=template-preview]"
FORM = "[data-testid=template-form]"


CLIPBOARD = ["clipboard-read", "clipboard-write"]


@pytest.fixture
def open_template(shared_pages, site_url):
    """open_template(id) -> (page, log): that template's page with an empty form, Python
    ready (each template's page is shared by the tests of this module)."""

    def open_page(template_id):
        return shared_pages(f"{site_url}templates/{template_id}/", TEMPLATE_FORM).fresh()

    return open_page


def wait_for_form(page):
    TEMPLATE_FORM.ready(page)


def wait_for_preview(page, expected):
    page.wait_for_function(
        "([selector, text]) => document.querySelector(selector).textContent === text",
        arg=[PREVIEW, expected],
    )


def preview_text(page):
    return page.eval_on_selector(PREVIEW, "node => node.textContent")


def letter_from_mailto(href):
    """The letter a mail app gets from a mailto: link: "Subject: ..." + blank line + body."""
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    query = parse_qs(parts.query, keep_blank_values=True)
    return f"Subject: {query['subject'][0]}\n\n{query['body'][0]}"


@functools.cache
def payloads_for_every_field():
    """{template id: {field: payload}} so that every payload is typed somewhere, each into
    a field long enough to hold it; once all are used, fields take them again in turn."""
    unused = list(PAYLOADS)
    reused = itertools.cycle(PAYLOADS)
    assignment = {}
    for template_id, template in TEMPLATES.items():
        values = {}
        for field in template.fields:
            fitting = [payload for payload in unused if len(payload) <= field.max_length]
            payload = fitting[0] if fitting else next(reused)
            while len(payload) > field.max_length:
                payload = next(reused)
            if fitting:
                unused.remove(payload)
            values[field.name] = payload
        assignment[template_id] = values
    return assignment


def test_every_payload_is_typed_into_some_field():
    typed = {value for values in payloads_for_every_field().values() for value in values.values()}
    assert typed == set(PAYLOADS)
    assert len(PAYLOADS) >= 30


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_form_builds_from_the_fields_and_previews_the_letter(open_template, template_id):
    page, log = open_template(template_id)
    template = TEMPLATES[template_id]

    for field in template.fields:
        control = page.get_by_label(field.label, exact=False).and_(
            page.locator(f"[data-field='{field.name}']")
        )
        assert control.count() == 1, f"{field.name} has no control labelled {field.label!r}"
        assert control.get_attribute("placeholder") == (field.example or None)
        assert control.evaluate("node => node.required") == field.required
        described_by = control.get_attribute("aria-describedby")
        assert page.locator(f"[id='{described_by}']").inner_text() == field.help

    fill_fields(page, template.example_values())
    wait_for_preview(page, fill(template_id, template.example_values()))
    assert page.get_by_role("alert").first.inner_text() == ""
    assert log.console_errors == [] and log.page_errors == []
    assert log.outside_requests == []


def test_missing_required_fields_are_named_and_nothing_can_be_sent(open_template):
    page, _ = open_template(COORDINATOR)
    template = TEMPLATES[COORDINATOR]
    partial = {"recipient_name": "Ms. Okafor"}
    with pytest.raises(FillError) as expected:
        fill(COORDINATOR, partial)

    fill_fields(page, partial)
    alert = page.locator(".template-form__problem[role=alert]")
    alert.filter(has_text=str(expected.value)).wait_for()
    assert alert.inner_text() == str(expected.value)
    for field in template.fields:
        if field.required and field.name not in partial:
            assert field.label in alert.inner_text()
    for label in ("Copy", "Download .txt", "Check this letter"):
        assert page.get_by_role("button", name=label).is_disabled()
    assert page.get_by_text("Open in mail app").get_attribute("href") is None


def test_copy_download_mail_and_check_give_the_preview_text(open_template):
    page, log = open_template(COORDINATOR)
    page.context.grant_permissions(CLIPBOARD)
    values = TEMPLATES[COORDINATOR].example_values() | {"detail": "the map — and the café tip 😀"}
    letter = fill(COORDINATOR, values)
    fill_fields(page, values)
    wait_for_preview(page, letter)

    page.get_by_role("button", name="Copy").click()
    page.get_by_text("Copied", exact=True).wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == letter

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download .txt").click()
    download = download_info.value
    assert download.suggested_filename == f"{COORDINATOR}.txt"
    with open(download.path(), encoding="utf-8") as downloaded:
        assert downloaded.read() == letter

    href = page.get_by_text("Open in mail app").get_attribute("href")
    assert letter_from_mailto(href) == letter

    page.get_by_role("button", name="Check this letter").click()
    page.wait_for_url("**/checker/")
    assert page.locator("[data-testid=draft]").input_value() == letter
    assert log.outside_requests == []
    assert log.page_errors == []


def test_buttons_use_the_latest_keystrokes(open_template):
    page, _ = open_template(COORDINATOR)
    page.context.grant_permissions(CLIPBOARD)
    values = TEMPLATES[COORDINATOR].example_values()
    fill_fields(page, values)
    wait_for_preview(page, fill(COORDINATOR, values))
    # Type and press Copy at once, before the preview's pause has passed.
    page.fill("[data-field='full_name']", "Jordan Avery-Smith")
    page.get_by_role("button", name="Copy").click()
    page.get_by_text("Copied", exact=True).wait_for()
    expected = fill(COORDINATOR, values | {"full_name": "Jordan Avery-Smith"})
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert preview_text(page) == expected


def test_values_survive_a_reload_and_reset_asks_first(open_template):
    page, log = open_template(COORDINATOR)
    values = TEMPLATES[COORDINATOR].example_values()
    letter = fill(COORDINATOR, values)
    fill_fields(page, values)
    wait_for_preview(page, letter)
    # The last keystrokes count even when the reader reloads at once.
    values["detail"] = "the parking map"
    letter = fill(COORDINATOR, values)
    page.fill("[data-field='detail']", values["detail"])

    page.reload()
    wait_for_form(page)
    for name, value in values.items():
        assert page.input_value(f"[data-field='{name}']") == value
    wait_for_preview(page, letter)

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Reset form").click()
    assert page.input_value("[data-field='full_name']") == values["full_name"]

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset form").click()
    for name in values:
        assert page.input_value(f"[data-field='{name}']") == ""
    page.reload()
    wait_for_form(page)
    for name in values:
        assert page.input_value(f"[data-field='{name}']") == ""
    assert log.page_errors == []


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_markup_in_every_field_stays_text(open_template, template_id):
    page, log = open_template(template_id)
    values = payloads_for_every_field()[template_id]
    letter = fill(template_id, values)
    with recorded_dialogs(page) as dialogs:
        fill_fields(page, values)
        wait_for_preview(page, letter)
        settle(page)  # any handler a payload injected would have run by now

    text = preview_text(page)
    for payload in values.values():
        assert payload in text
    assert letter_from_mailto(page.get_by_text("Open in mail app").get_attribute("href")) == letter
    assert page.locator(f"{PREVIEW} *").count() == 0, "the preview holds elements, not text"
    assert page.evaluate(f"window.{FLAG}") is None
    assert dialogs == []
    assert log.page_errors == []


def test_leaving_and_coming_back_starts_python_again_cleanly(open_template, site_url):
    page, log = open_template(COORDINATOR)
    values = TEMPLATES[COORDINATOR].example_values()
    fill_fields(page, values)
    wait_for_preview(page, fill(COORDINATOR, values))

    page.goto(site_url)
    page.go_back()
    wait_for_form(page)
    wait_for_preview(page, fill(COORDINATOR, values))
    assert page.locator(FORM).count() == 1
    assert log.console_errors == [] and log.page_errors == []
    assert log.outside_requests == []
