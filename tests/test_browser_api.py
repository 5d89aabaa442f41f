"""checker.browser_api: the JSON door the browser pages use (run here in CPython)."""

from __future__ import annotations

import json

import pytest

from checker import browser_checks
from checker.browser_api import METHODS, handle


def ask(method, params=None):
    request = {"method": method}
    if params is not None:
        request["params"] = params
    return json.loads(handle(json.dumps(request)))


def test_every_contract_method_is_served():
    assert set(METHODS) == {
        "lint",
        "rules",
        "vocabulary",
        "policies",
        "template",
        "fill",
        "plan",
        "log_draft",
        "warm",
    }


def test_a_template_is_fetched_by_its_id():
    response = ask("template", {"id": "rank-first"})
    assert response == {"ok": True, "result": response["result"]}
    assert response["result"]["id"] == "rank-first" and response["result"]["fields"]
    missing = ask("template", {"id": "no-such-letter"})
    assert missing["ok"] is False and "no-such-letter" in missing["error"]


def test_fill_returns_the_letter_and_its_subject_and_body_apart():
    from checker.templates import get_template

    values = get_template("thank-you-coordinator").example_values()
    response = ask("fill", {"template_id": "thank-you-coordinator", "values": values})
    assert response["ok"]
    filled = response["result"]
    assert filled["text"] == f"Subject: {filled['subject']}\n\n{filled['body']}"
    assert filled["subject"] and filled["body"].startswith("Dear")


def test_fill_error_message_reaches_the_reader_unchanged():
    response = ask("fill", {"template_id": "no-such-letter", "values": {}})
    assert response == {"ok": False, "error": response["error"]}
    assert "no-such-letter" in response["error"]
    assert "went wrong" not in response["error"]


def test_user_html_in_values_comes_back_as_plain_text():
    from checker.templates import get_template

    values = get_template("thank-you-coordinator").example_values()
    values = {name: "<script>alert(1)</script>" for name in values}
    response = ask("fill", {"template_id": "thank-you-coordinator", "values": values})
    # Either filled verbatim (the page shows it with textContent) or refused with a message.
    if response["ok"]:
        assert "<script>alert(1)</script>" in response["result"]["text"]
    else:
        assert response["error"]


@pytest.mark.parametrize(
    ("request_json", "expected"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"id": 1, "method": "explode"}', "Unknown method 'explode'"),
        ('{"id": 1, "method": "fill", "params": [1]}', "params must be a JSON object"),
        ('{"id": 1, "method": "fill", "params": {"values": "x"}}', "could not be read"),
    ],
)
def test_bad_requests_get_a_clear_message(request_json, expected):
    response = json.loads(handle(request_json))
    assert response["ok"] is False
    assert expected in response["error"]


def test_a_bug_is_reported_as_generic_text_with_its_detail(monkeypatch):
    def broken(params):
        raise KeyError("oops")

    monkeypatch.setitem(browser_checks.HANDLERS, "rules", broken)
    response = ask("rules")
    assert response["ok"] is False
    assert response["error"].startswith("Something went wrong inside the checker.")
    assert "KeyError" in response["error"]


def test_lint_returns_findings_for_a_risky_draft():
    draft = "Dear Dr. Smith,\n\nI will rank your program first. Where will you rank me?\n"
    response = ask("lint", {"text": draft})
    assert response["ok"]
    assert response["result"]["findings"], "a rank question must be flagged"
    assert response["result"]["word_count"] > 5


def test_lint_without_text_is_a_user_error():
    response = ask("lint", {})
    assert response == {"ok": False, "error": "There is no text to check."}


def test_the_vocabulary_names_every_id_the_pages_show():
    from checker.kinds import KINDS
    from checker.planner.season import RECIPIENTS, STATUSES

    words = ask("vocabulary")["result"]
    assert words["kinds"] == dict(KINDS)
    assert words["statuses"] == dict(STATUSES) and words["recipients"] == dict(RECIPIENTS)
    # One name per severity, most serious first: the checker's groups and the rules page.
    assert [(s["id"], s["label"], s["plural"]) for s in words["severities"]] == [
        ("error", "Error", "Errors"),
        ("warning", "Warning", "Warnings"),
        ("info", "Note", "Notes"),
    ]
    rules = ask("rules")["result"]
    assert rules and all("id" in rule for rule in rules)


def test_the_page_size_message_is_the_one_python_gives():
    from checker.limits import MAX_DRAFT_CHARACTERS

    limits = ask("vocabulary")["result"]["limits"]
    assert limits["draft_characters"] == MAX_DRAFT_CHARACTERS
    length = MAX_DRAFT_CHARACTERS + 1
    refused = ask("lint", {"text": "a" * length})
    assert refused["error"] == limits["draft_too_long"].replace("{length}", f"{length:,}")


def test_ignored_findings_are_left_out_and_counted_in_the_summary():
    draft = "Dear Dr. Smith,\n\nI will rank your program first. Where will you rank me?\n"
    first = ask("lint", {"text": draft})["result"]
    ignored = first["findings"][0]
    key = {"rule": ignored["rule"], "text": ignored["text"]}
    again = ask("lint", {"text": draft, "ignored": [key]})["result"]
    assert again["findings"] == [
        f for f in first["findings"] if (f["rule"], f["text"]) != (key["rule"], key["text"])
    ]
    assert again["summary"].endswith(" 1 ignored.") and "ignored" not in first["summary"]


def test_log_draft_files_the_draft_under_a_new_program_in_one_call():
    draft = (
        "Subject: Alpha Family Medicine is my first choice\n\nDear Dr. Rivera,\n\n"
        "I plan to rank your program first.\n\nSincerely,\nSam Lee\n"
    )
    response = ask(
        "log_draft",
        {
            "data": {"format": "prematch-planner", "version": 1},
            "text": draft,
            "kind": None,
            "program_id": None,
            "program_name": "Alpha Family Medicine",
            "recipient": "coordinator",
            "today": "2027-02-01",
        },
    )
    assert response["ok"], response
    logged = response["result"]
    assert logged["message"] | {"id": "m1", "program": "p1"} == {
        "id": "m1",
        "program": "p1",
        "kind": "rank-first",
        "sent": "2027-02-01",
        "recipient": "coordinator",
        "rank_first_claim": True,
        "subject": "Alpha Family Medicine is my first choice",
    }
    season = logged["plan"]["season"]
    assert [p["name"] for p in season["programs"]] == ["Alpha Family Medicine"]
    assert season["messages"][0]["id"] == logged["message"]["id"]
    assert "Alpha Family Medicine on 2027-02-01" in logged["confirmation"]


def test_log_draft_refuses_an_empty_draft_and_a_missing_program():
    base = {"data": {"format": "prematch-planner", "version": 1}, "today": "2027-02-01"}
    empty = ask("log_draft", base | {"text": " ", "program_name": "Alpha"})
    assert empty["ok"] is False and "no draft" in empty["error"]
    gone = ask("log_draft", base | {"text": "Dear Dr. Lee,\nThanks.", "program_id": "p9"})
    assert gone["ok"] is False and "no longer in your planner" in gone["error"]


def test_plan_reports_a_bad_file_to_the_reader():
    response = ask("plan", {"data": {"format": "something-else"}, "today": "2026-11-25"})
    assert response["ok"] is False
    assert "went wrong" not in response["error"]


def test_switched_off_rules_are_not_reported():
    draft = "Dear Dr. Smith,\n\nI will rank your program first. Where will you rank me?\n"
    findings = ask("lint", {"text": draft})["result"]["findings"]
    switched_off = findings[0]["rule"]
    response = ask("lint", {"text": draft, "disabled_rules": [switched_off]})
    assert switched_off not in {finding["rule"] for finding in response["result"]["findings"]}


THANK_YOU = (
    "Subject: Thank you for the interview\n\nDear Dr. Lee,\n\nThank you for meeting with me "
    "on interview day. I enjoyed hearing about the continuity clinic."
)


def _rules(response) -> set[str]:
    assert response["ok"], response
    return {finding["rule"] for finding in response["result"]["findings"]}


def test_lint_takes_the_readers_match_specialty_and_soap_mode():
    policies = ask("policies")["result"]
    no_contact = next(
        s for s in policies["specialties"] if "no-post-interview-contact" in s["effects"]
    )
    assert "policy-no-contact" not in _rules(ask("lint", {"text": THANK_YOU}))
    response = ask("lint", {"text": THANK_YOU, "specialty": no_contact["id"]})
    assert "policy-no-contact" in _rules(response)
    finding = response["result"]["findings"][0]
    assert finding["url"] == f"specialty-policies/#{no_contact['id']}"
    assert no_contact["source"] in finding["message"]
    assert "soap-applicant-initiated" in _rules(ask("lint", {"text": THANK_YOU, "soap": True}))
    reply = {"text": THANK_YOU, "soap": True, "reply": True}
    assert "soap-applicant-initiated" not in _rules(ask("lint", reply))


def test_policies_lists_the_choices_with_default_and_effect_labels():
    policies = ask("policies")["result"]
    assert policies["default_match"] in {m["id"] for m in policies["matches"]}
    assert set(policies["effects"]) == {
        "no-post-interview-contact", "thank-you-discouraged", "rank-plans-confidential"
    }  # fmt: skip
    for entry in policies["matches"] + policies["specialties"]:
        assert entry["source"].startswith("https://") and entry["checked"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"match": "nowhere"}, "Unknown match: nowhere"),
        ({"specialty": "nowhere"}, "Unknown specialty: nowhere"),
        ({"specialty": ["plastic-surgery"]}, "The specialty must be given by its id."),
    ],
)
def test_unknown_setting_is_a_user_error(params, expected):
    response = ask("lint", {"text": THANK_YOU, **params})
    assert response["ok"] is False and response["error"].startswith(expected)


def test_warm_builds_a_slice_at_a_time_until_nothing_is_left():
    from checker.language import topic

    slices = 0
    while ask("warm") == {"ok": True, "result": True}:
        slices += 1
        assert slices < 20_000
    assert ask("warm") == {"ok": True, "result": False}
    assert all(regex is not None for made in topic.MADE for regex in made._regexes)
