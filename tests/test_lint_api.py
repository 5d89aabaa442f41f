"""The lint() contract other parts of the project rely on: result shape, kinds, options."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from checker.findings import FINDING_KEYS
from checker.kinds import KINDS
from checker.lint import lint

RISKY = "Dear Dr. Lee,\n\nI will rank your program #1. Am I ranked to match?\n"


def test_result_and_findings_serialise_with_the_agreed_keys():
    data = lint(RISKY).to_dict()
    assert set(data) == {"kind", "kind_forced", "kind_clues", "word_count", "summary", "findings"}
    assert data["findings"]
    for finding in data["findings"]:
        assert tuple(finding) == FINDING_KEYS
        assert finding["url"].count("/#") == 1


def test_a_forced_kind_is_used_and_reported():
    result = lint(RISKY, "logistics-question")
    assert (result.kind, result.kind_forced) == ("logistics-question", True)
    detected = lint(RISKY)
    assert (detected.kind, detected.kind_forced) == ("rank-first", False)
    assert detected.kind_clues == ["says the program will be ranked first"]


def test_unclear_drafts_are_checked_as_other():
    result = lint("Dear Dr. Lee,\n\nI hope you are well.")
    assert result.kind == "other"
    assert result.kind_clues


def test_disabled_rules_are_skipped():
    result = lint(RISKY, disabled_rules=["rank-first-claim"])
    rules = {finding.rule for finding in result.findings}
    assert "rank-first-claim" not in rules
    assert "asks-about-rank" in rules


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "love-letter"}, "Unknown letter kind: love-letter"),
        ({"disabled_rules": ["no-such-rule"]}, "Unknown rule id: no-such-rule"),
    ],
)
def test_unknown_kind_or_rule_is_a_clear_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        lint("Hello", **kwargs)


def test_non_text_input_is_refused_clearly():
    with pytest.raises(TypeError, match="needs the draft as text"):
        lint(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (RISKY, "1 error and 1 warning to fix before sending. Also 2 notes to consider."),
        (
            "Subject: Thank you - Ana Ruiz\n\nDear Dr. Lee,\n\nCould you confirm the time zone?"
            "\n\nSincerely,\nAna Ruiz\nAAMC ID: 12345678",
            "Ready to send: no errors or warnings.",
        ),
        (
            "Dear Dr. Lee,\n\nCould you confirm the time zone?\n\nSincerely,\nAna Ruiz\n"
            "AAMC ID: 12345678",
            "Ready to send: no errors or warnings (1 note to consider).",
        ),
    ],
)
def test_summary_tells_the_applicant_what_to_do(text, summary):
    assert lint(text).summary == summary


def test_every_kind_has_a_word_limit_shown_in_the_too_long_rule():
    from checker.rules import RULES

    assert set(RULES["too-long"].limits) == set(KINDS)


def test_a_reciprocal_request_is_reported_once_not_as_three_problems():
    result = lint("If I rank you first, will you rank me highly?")
    serious = [f.rule for f in result.findings if f.severity != "info"]
    assert serious.count("reciprocal-request") == 1
    assert "rank-first-claim" not in serious and "asks-about-rank" not in serious


def test_role_only_greeting_is_a_gentle_note():
    result = lint("Dear Program Director,\n\nCould you confirm the time zone?")
    salutation = next(f for f in result.findings if f.rule == "salutation")
    assert salutation.severity == "info"


def test_no_sign_off_gives_one_note_instead_of_an_aamc_warning():
    result = lint("Dear Dr. Lee,\n\nCould you confirm the time zone?")
    notes = [f for f in result.findings if f.rule == "missing-aamc-id"]
    assert [note.severity for note in notes] == ["info"]
    assert "No sign-off found" in notes[0].message


def test_missing_subject_compares_the_subject_with_the_signed_name():
    base = "Subject: {}\n\nDear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMC ID: 12345678"
    assert "missing-subject" in {f.rule for f in lint(base.format("Thank you")).findings}
    assert "missing-subject" not in {f.rule for f in lint(base.format("Thanks - Ruiz")).findings}


def test_rules_serialise_for_the_browser_without_their_check_function():
    import json

    from checker.rules import RULES

    for rule in RULES.values():
        data = json.loads(json.dumps(rule.to_dict()))
        assert data["id"] == rule.id and data["url"] == rule.url
        assert "check" not in data


def test_a_huge_paste_with_many_findings_is_still_checked_exactly():
    text = "thx u \U0001f642 " * 5000  # 15 000 findings, astral characters before most
    result = lint(text)
    informal = [f for f in result.findings if f.rule == "informal-tone"]
    assert len(informal) == 15000
    last = informal[-1]
    assert text[last.start : last.end] == last.text == "\U0001f642"
    assert last.start_utf16 == last.start + 4999  # one extra unit per earlier emoji


def test_findings_come_out_in_the_same_order_whatever_the_hash_seed():
    """Two reasons on the same words ("SUPER": casual and shouting) must not swap places
    between runs: the page, the CLI and the saved log show them in one order."""
    script = (
        "import json; from checker.lint import lint; "
        "result = lint('The residents were SUPER welcoming!!'); "
        "print(json.dumps([f.message for f in result.findings]))"
    )
    orders = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 7)
    }
    assert len(orders) == 1
