"""`prematch check --match/--specialty/--soap/--soap-reply`: each policy of the shipped table
changes the verdict on the guide's own good letters, and bad choices are usage problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.cli import main
from checker.policies import policy_table

LETTERS = Path(__file__).parent / "letters"
THANK_YOU = str(LETTERS / "good-thank-you-pd.txt")
RANK_FIRST = str(LETTERS / "good-rank-first.txt")
UPDATE = str(LETTERS / "good-continued-interest.txt")
LOGISTICS = str(LETTERS / "good-logistics.txt")


def specialty_with(effect: str):
    return next(s for s in policy_table().specialties.values() if effect in s.effects)


def check(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["check", *args])
    return code, capsys.readouterr().out.splitlines()


def findings(lines: list[str], rule: str) -> list[str]:
    return [line for line in lines if f" {rule} " in line]


def test_good_letters_pass_under_the_default_match(capsys):
    code, lines = check(capsys, THANK_YOU, RANK_FIRST, UPDATE, LOGISTICS)
    assert code == 0
    assert not [line for line in lines if " error " in line or " warning " in line]


@pytest.mark.parametrize("letter", [THANK_YOU, RANK_FIRST, UPDATE])
def test_no_contact_specialty_makes_post_interview_letters_errors_citing_the_source(capsys, letter):
    policy = specialty_with("no-post-interview-contact")
    code, lines = check(capsys, "--specialty", policy.id, letter)
    assert code == 1
    (line,) = findings(lines, "policy-no-contact")
    assert f"{letter}:1:1: error policy-no-contact {policy.name} " in line
    assert f"Source: {policy.source} (checked {policy.checked.isoformat()})" in line


def test_no_contact_specialty_leaves_a_logistics_question_alone(capsys):
    policy = specialty_with("no-post-interview-contact")
    assert check(capsys, "--specialty", policy.id, LOGISTICS)[0] == 0


def test_thank_you_discouraged_specialty_warns_on_thank_yous_only(capsys):
    policy = specialty_with("thank-you-discouraged")
    code, lines = check(capsys, "--specialty", policy.id, THANK_YOU, UPDATE)
    assert code == 0  # a warning: advice to programs, not a rule binding the applicant
    (line,) = findings(lines, "policy-thank-you-discouraged")
    assert line.startswith(f"{THANK_YOU}:1:1: warning ") and policy.source in line
    assert check(capsys, "--strict", "--specialty", policy.id, THANK_YOU)[0] == 1


def test_rank_confidential_match_turns_the_first_choice_reminder_into_a_warning(capsys):
    _, default = check(capsys, RANK_FIRST)
    (reminder,) = findings(default, "rank-first-claim")
    assert " info rank-first-claim " in reminder

    match = next(m for m in policy_table().matches.values() if m.effects)
    assert "rank-plans-confidential" in match.effects
    code, lines = check(capsys, "--strict", "--match", match.id, RANK_FIRST)
    assert code == 1
    assert not findings(lines, "rank-first-claim")
    (warning,) = findings(lines, "policy-rank-plans-confidential")
    assert " warning " in warning and "even in a first-choice letter" in warning
    assert match.source in warning


def test_a_specialty_without_match_uses_its_own_match(capsys):
    urology = specialty_with("rank-plans-confidential")
    _, lines = check(capsys, "--specialty", urology.id, RANK_FIRST)
    assert findings(lines, "policy-rank-plans-confidential")


def test_soap_makes_a_message_the_applicant_starts_an_error_and_a_reply_passes(capsys):
    code, lines = check(capsys, "--soap", LOGISTICS)
    assert code == 1
    (line,) = findings(lines, "soap-applicant-initiated")
    assert line.startswith(f"{LOGISTICS}:1:1: error ")
    code, lines = check(capsys, "--soap-reply", LOGISTICS)
    assert code == 0 and not findings(lines, "soap-applicant-initiated")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--match", "nowhere"], "argument --match: invalid choice: 'nowhere'"),
        (["--specialty", "nowhere"], "argument --specialty: invalid choice: 'nowhere'"),
    ],
)
def test_unknown_choices_are_usage_problems(capsys, args, message):
    assert main(["check", *args, LOGISTICS]) == 2
    assert message in capsys.readouterr().err


def test_a_specialty_from_another_match_is_refused_in_one_line(capsys):
    urology = specialty_with("rank-plans-confidential")
    assert main(["check", "--match", "nrmp-main", "--specialty", urology.id, LOGISTICS]) == 2
    err = capsys.readouterr().err
    assert err.startswith("prematch check: ") and "recruits through" in err
    assert len(err.strip().splitlines()) == 1


def test_help_lists_every_match_and_specialty_with_its_name(capsys):
    assert main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    table = policy_table()
    for policy in [*table.matches.values(), *table.specialties.values()]:
        assert f"  {policy.id}" in out and policy.name in out
