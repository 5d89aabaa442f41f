"""Realistic full letters (tests/letters/): clean ones pass, faulty ones get the right findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.lint import lint

LETTERS = Path(__file__).parent / "letters"

# letter file -> (detected kind, the error and warning rules it must get, no more, no fewer)
EXPECTED = {
    "good-citizenship.txt": ("citizenship-clarification", set()),
    "good-logistics.txt": ("logistics-question", set()),
    "good-thank-you-pd.txt": ("thank-you", set()),
    "good-thank-you-coordinator.txt": ("thank-you", set()),
    "good-continued-interest.txt": ("continued-interest", set()),
    "good-commitment-reply.txt": ("commitment-hint-reply", set()),
    "good-long-update.txt": ("continued-interest", set()),
    # Sending it is fine if it is true and goes to one program: a reminder, not a warning.
    "good-rank-first.txt": ("rank-first", set()),
    "bad-everything.txt": (
        "rank-first",
        {
            "informal-tone",
            "salutation",
            "generic-praise",
            "rank-first-claim",
            "exclusive-claim",
            "reciprocal-request",
            "binding-commitment",
            "asks-about-rank",
            "desperate-tone",
            "missing-aamc-id",
        },
    ),
    # "AAMC ID [Number]" is a slot, so the letter has no AAMC ID either.
    "bad-template-leftovers.txt": (
        "citizenship-clarification",
        {"unfilled-placeholder", "missing-aamc-id"},
    ),
    "bad-checking-in.txt": ("other", {"checking-in"}),
    "bad-continued-interest-no-news.txt": (
        "continued-interest",
        {"no-new-information", "generic-praise"},
    ),
    "bad-citizenship-unclear.txt": (
        "citizenship-clarification",
        {"salutation", "citizenship-clarity", "missing-aamc-id"},
    ),
    "bad-rank-questions.txt": ("thank-you", {"asks-about-rank", "desperate-tone"}),
    "crlf-emoji-thank-you.txt": ("thank-you", {"informal-tone", "rank-first-claim"}),
}


def read_letter(name: str) -> str:
    # newline="" keeps CRLF letters as written, like a browser textarea paste would not.
    with open(LETTERS / name, encoding="utf-8", newline="") as file:
        return file.read()


def test_every_letter_has_an_expectation():
    assert {path.name for path in LETTERS.glob("*.txt")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_letter_gets_exactly_the_expected_findings(name):
    kind, expected_rules = EXPECTED[name]
    result = lint(read_letter(name))
    serious = {finding.rule for finding in result.findings if finding.severity != "info"}
    assert result.kind == kind, result.kind_clues
    assert serious == expected_rules


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_clean_letters_say_ready_to_send(name):
    _, expected_rules = EXPECTED[name]
    summary = lint(read_letter(name)).summary
    assert summary.startswith("Ready to send") == (not expected_rules), summary


def test_placeholders_are_each_reported_with_their_own_text():
    result = lint(read_letter("bad-template-leftovers.txt"))
    placeholders = [f.text for f in result.findings if f.rule == "unfilled-placeholder"]
    assert placeholders[:2] == ["[Your Name]", "[Number]"]
    assert "[1-2 specific, genuine reasons]" in placeholders
    for finding in result.findings:
        if finding.rule == "unfilled-placeholder":
            assert f"“{finding.text}”" in finding.message


def test_first_place_claim_is_a_reminder_in_a_first_choice_letter_only():
    first_choice = lint(read_letter("good-rank-first.txt"))
    claims = [f for f in first_choice.findings if f.rule == "rank-first-claim"]
    assert claims and {f.severity for f in claims} == {"info"}
    assert "one program only" in claims[0].message

    # The same claim in a draft not titled as a first-choice letter stays a warning.
    untitled = lint(read_letter("bad-everything.txt"))
    assert untitled.kind == "rank-first"
    assert {f.severity for f in untitled.findings if f.rule == "rank-first-claim"} == {"warning"}

    thank_you = lint(read_letter("crlf-emoji-thank-you.txt"))
    assert thank_you.kind == "thank-you"
    assert {f.severity for f in thank_you.findings if f.rule == "rank-first-claim"} == {"warning"}


def test_crlf_letter_spans_point_at_the_typed_characters():
    text = read_letter("crlf-emoji-thank-you.txt")
    assert "\r\n" in text and "\u00a0" in text and "\t" in text
    claim = next(f for f in lint(text).findings if f.rule == "rank-first-claim")
    assert claim.text == "rank your program first"
    assert text[claim.start : claim.end] == claim.text
    encoded = text.encode("utf-16-le")
    assert encoded[2 * claim.start_utf16 : 2 * claim.end_utf16].decode("utf-16-le") == claim.text
    assert claim.line == 5
