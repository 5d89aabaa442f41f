"""checker.browser_api: the JSON door the browser pages use (run here in CPython)."""

from __future__ import annotations

import json

import pytest

from checker.browser_api import METHODS, handle


def ask(method, params=None, request_id=7):
    request = {"id": request_id, "method": method}
    if params is not None:
        request["params"] = params
    return json.loads(handle(json.dumps(request)))


def test_every_contract_method_is_served():
    assert set(METHODS) == {"lint", "rules", "kinds", "templates", "fill", "plan", "policies"}


def test_templates_lists_the_seven_letters():
    response = ask("templates")
    assert response["ok"] and response["id"] == 7
    ids = [template["id"] for template in response["result"]]
    assert "rank-first" in ids and "citizenship-clarification" in ids
    assert len(ids) == 7


def test_fill_returns_the_letter_text():
    from checker.templates import get_template

    values = get_template("thank-you-coordinator").example_values()
    response = ask("fill", {"template_id": "thank-you-coordinator", "values": values})
    assert response["ok"]
    assert response["result"]["text"].startswith("Subject: ")


def test_fill_error_message_reaches_the_reader_unchanged():
    response = ask("fill", {"template_id": "no-such-letter", "values": {}})
    assert response == {"id": 7, "ok": False, "error": response["error"]}
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

    monkeypatch.setitem(METHODS, "templates", broken)
    response = ask("templates")
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
    assert response == {"id": 7, "ok": False, "error": "There is no text to check."}


def test_kinds_and_rules_are_listed():
    kinds = ask("kinds")["result"]
    assert kinds["rank-first"] and "other" in kinds
    rules = ask("rules")["result"]
    assert rules and all("id" in rule for rule in rules)


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
