"""The parts of a letter the form rules read: sign-offs in their many forms, and greetings
with unusual spacing or titles. What a reader notices: where the missing-AAMC-ID warning
points, whether the greeting is called casual, and whether the subject's name is checked."""

from __future__ import annotations

import pytest

from checker.lint import lint

BODY = "Dear Dr. Lee,\n\nThank you for the interview on Tuesday.\n\n"


def _findings(text: str, rule: str):
    return [finding for finding in lint(text).findings if finding.rule == rule]


@pytest.mark.parametrize(
    ("ending", "sign_off"),
    [
        ("Sincerely,\nAna Ruiz", "Sincerely,"),
        ("Warm wishes,\nAna Ruiz", "Warm wishes,"),
        ("Best wishes,\nAna Ruiz", "Best wishes,"),
        ("Kind regards\nAna Ruiz", "Kind regards"),
        ("With warm regards,\nAna Ruiz", "With warm regards,"),
        ("Respectfully,\nAna Ruiz", "Respectfully,"),
        ("Thanks so much!\nAna Ruiz", "Thanks so much!"),
        ("Best  regards ,\nAna Ruiz", "Best  regards ,"),
        ("Best, J.", "Best, J."),
        ("Thanks, Priya", "Thanks, Priya"),
        ("- Priya", "- Priya"),
        ("\u2014Priya Nair", "\u2014Priya Nair"),
    ],
)
def test_a_sign_off_without_an_aamc_id_gets_the_warning_on_the_sign_off(ending, sign_off):
    [finding] = _findings(BODY + ending, "missing-aamc-id")
    assert (finding.severity, finding.text) == ("warning", sign_off)
    assert _findings(BODY + ending + "\nAAMC ID: 1234 5678", "missing-aamc-id") == []


@pytest.mark.parametrize(
    "ending",
    [
        "I look forward to hearing from you.",
        "- passed Step 2 CK in January",
        "Best of luck to all the residents in the match this year.",
    ],
)
def test_text_that_only_looks_like_a_closing_is_not_a_sign_off(ending):
    [finding] = _findings(BODY + ending, "missing-aamc-id")
    assert finding.severity == "info"
    assert "No sign-off found" in finding.message


def test_a_one_line_thank_you_is_a_message_not_a_sign_off():
    [finding] = _findings("THANK YOU for the opportunity!", "informal-tone")
    assert finding.text == "THANK YOU"


def test_the_name_on_the_sign_off_line_is_checked_against_the_subject():
    without = "Subject: Thank you\n\n" + BODY + "Best wishes, Ana Ruiz"
    with_name = "Subject: Thank you - Ana Ruiz\n\n" + BODY + "Best wishes, Ana Ruiz"
    assert [finding.text for finding in _findings(without, "missing-subject")] == [
        "Subject: Thank you"
    ]
    assert _findings(with_name, "missing-subject") == []


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear  Dr.  Lee ,",
        "Dear Dr Lee:",
        "Dear Dr.Okafor,",
        "Dear Prof. Chen,",
        "Dear Professor O'Neil,",
        "Respected Dr. Yi,",
        "Dear Program Director Dr. Okafor,",
        "Dear Dr. Ng,",
        "Good morning Dr. Lee,",
        "Good afternoon Ms. Alvarez,",
    ],
)
def test_formal_greetings_with_odd_spacing_or_titles_are_accepted(greeting):
    assert _findings(f"{greeting}\n\nThank you for the interview.", "salutation") == []


@pytest.mark.parametrize(
    ("greeting", "opener"),
    [
        ("Hi Dr. Lee,", "Hi"),
        ("yo Dr. Evans,", "Yo"),
        ("Heyyy Dr. Sato!", "Heyyy"),
        ("hiya Dr. Kim!!", "Hiya"),
    ],
)
def test_casual_greetings_to_a_named_doctor_are_called_casual(greeting, opener):
    [finding] = _findings(f"{greeting}\n\nThank you for the interview.", "salutation")
    assert finding.severity == "warning"
    assert finding.message.startswith(f'"{opener}" is casual')


@pytest.mark.parametrize("greeting", ["Respected Sir,", "Dear all,", "Hi there,", "Greetings,"])
def test_impersonal_greetings_get_a_warning(greeting):
    [finding] = _findings(f"{greeting}\n\nThank you for the interview.", "salutation")
    assert finding.severity == "warning"


def test_pasted_header_lines_do_not_hide_the_subject_and_greeting():
    text = (
        "To: coordinator@example.org\nCc: pd@example.org\nSubject: Thank you - Ana Ruiz\n\n"
        + BODY
        + "Sincerely,\nAna Ruiz\nAAMC ID: 12345678"
    )
    rules = {finding.rule for finding in lint(text).findings}
    assert not rules & {"salutation", "missing-subject", "missing-aamc-id"}


@pytest.mark.parametrize(
    "head",
    [
        "January 18, 2027\n\nDr. Helen Marsh\nProgram Director\nLakeshore General Hospital\n",
        "**Subject:** Thank you - Ana Ruiz\n",
        "Subject line: Thank you - Ana Ruiz\n",
    ],
)
def test_a_greeting_below_a_letter_head_is_found(head):
    text = f"{head}\n{BODY}Sincerely,\nAna Ruiz\nAAMC ID: 12345678"
    assert "salutation" not in {finding.rule for finding in lint(text).findings}


def test_a_letter_head_without_a_greeting_still_lacks_one():
    text = "January 18, 2027\n\nThank you for the interview on Tuesday and the tour of the ICU."
    [finding] = [finding for finding in lint(text).findings if finding.rule == "salutation"]
    assert finding.message.startswith("No greeting found")
