"""The planner under the reader's match and specialty, a program's "no contact" wish and the
reader's Match Week: reminders left out, findings for letters that should not have gone out,
SOAP errors for messages the reader started, and the new fields in planner files."""

from __future__ import annotations

import json

import pytest

from checker.cli import main
from checker.planner.plan import plan_to_dict
from checker.planner.season import PlannerError, load
from checker.policies import policy_table

TODAY = "2027-01-11"


def specialty_with(effect: str):
    return next(s for s in policy_table().specialties.values() if effect in s.effects)


def season_file(messages=(), programs=None, **season) -> dict:
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {"rank_deadline": "2027-03-03", **season},
        "programs": programs
        or [
            {"id": "a", "name": "Alpha", "status": "interviewed", "interview": "2027-01-10"},
            {"id": "b", "name": "Beta", "status": "interviewed", "interview": "2027-01-10"},
        ],
        "messages": [
            {"id": f"m{n}", "program": m[0], "kind": m[1], "sent": m[2]} | (m[3] if m[3:] else {})
            for n, m in enumerate(messages)
        ],
    }


def plan(data: dict, today: str = TODAY) -> dict:
    return plan_to_dict(data, today)


def step_kinds(result: dict) -> list[str]:
    return [step["occasion"] for step in result["next_steps"]]


def rules(result: dict) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in result["findings"]}


# --- the reader's specialty


def test_default_season_keeps_thank_you_reminders_and_update_window():
    kinds = step_kinds(plan(season_file()))
    assert kinds.count("thank-you-due") == 2
    assert {"update-window-opens", "update-window-closes", "rank-deadline"} <= set(kinds)
    assert "no-contact" not in kinds


def test_no_contact_specialty_drops_thank_you_reminders_and_update_window_and_says_why():
    policy = specialty_with("no-post-interview-contact")
    result = plan(season_file(specialty=policy.id))
    kinds = step_kinds(result)
    assert "thank-you-due" not in kinds
    assert "update-window-opens" not in kinds and "update-window-closes" not in kinds
    assert "rank-deadline" in kinds
    (why,) = [s for s in result["next_steps"] if s["occasion"] == "no-contact"]
    assert policy.name in why["text"] and policy.source in why["text"]
    assert why["url"] == f"specialty-policies/#{policy.id}"


def test_no_contact_specialty_flags_letters_to_faculty_but_not_to_the_coordinator():
    policy = specialty_with("no-post-interview-contact")
    data = season_file(
        [
            ("a", "thank-you", "2027-01-11", {"recipient": "program-director"}),
            ("b", "thank-you", "2027-01-11", {"recipient": "coordinator"}),
        ],
        specialty=policy.id,
    )
    findings = [f for f in plan(data)["findings"] if f["rule"] == "contact-against-policy"]
    assert [(f["severity"], f["programs"]) for f in findings] == [("error", ["a"])]
    assert policy.source in findings[0]["message"]


def test_thank_you_discouraged_specialty_drops_thank_you_reminders_only():
    policy = specialty_with("thank-you-discouraged")
    result = plan(season_file([("a", "thank-you", "2027-01-11")], specialty=policy.id))
    kinds = step_kinds(result)
    assert "thank-you-due" not in kinds
    assert "update-window-opens" in kinds
    assert rules(result)["thank-you-discouraged"] == "warning"
    (why,) = [s for s in result["next_steps"] if s["occasion"] == "no-contact"]
    assert why["text"].startswith("No thank-you reminders: ")


# --- one program's wish


def test_program_flag_drops_only_that_programs_reminder_and_flags_letters_to_it():
    programs = [
        {"id": "a", "name": "Alpha", "status": "interviewed", "interview": "2027-01-10"},
        {
            "id": "b",
            "name": "Beta",
            "status": "interviewed",
            "interview": "2027-01-10",
            "no_post_interview_contact": True,
        },
    ]
    result = plan(season_file([("b", "continued-interest", "2027-02-10")], programs=programs))
    due = [s["program"] for s in result["next_steps"] if s["occasion"] == "thank-you-due"]
    assert due == ["a"]
    (why,) = [s for s in result["next_steps"] if s["occasion"] == "no-contact"]
    assert why["program"] == "b" and "Beta" in why["text"]
    (finding,) = [f for f in result["findings"] if f["rule"] == "contact-against-policy"]
    assert finding["severity"] == "error" and finding["programs"] == ["b"]
    assert "asked for no communication" in finding["message"]


# --- SOAP during the reader's Match Week

MATCH_WEEK = {"match_week_start": "2027-03-15", "match_week_end": "2027-03-19"}


def test_message_started_during_match_week_is_an_error_and_a_reply_is_not():
    data = season_file(
        [
            ("a", "other", "2027-03-17"),
            ("b", "other", "2027-03-17", {"reply": True}),
            ("b", "other", "2027-03-21"),
        ],
        **MATCH_WEEK,
    )
    findings = plan(data, "2027-03-17")["findings"]
    soap = [f for f in findings if f["rule"] == "soap-applicant-initiated"]
    assert [(f["severity"], f["messages"]) for f in soap] == [("error", ["m0"])]


def test_match_week_is_a_dated_step_and_never_guessed():
    result = plan(season_file(**MATCH_WEEK), "2027-03-01")
    (week,) = [s for s in result["next_steps"] if s["occasion"] == "match-week"]
    assert week["date"] == "2027-03-15" and "only in reply" in week["text"]
    assert "match-week" not in step_kinds(plan(season_file()))


@pytest.mark.parametrize(
    ("today", "date"),
    [("2027-03-17", "2027-03-17"), ("2027-03-19", "2027-03-19"), ("2027-03-20", None)],
)
def test_match_week_stays_a_step_while_it_lasts_then_goes(today, date):
    steps = [
        s
        for s in plan(season_file(**MATCH_WEEK), today)["next_steps"]
        if s["occasion"] == "match-week"
    ]
    assert [s["date"] for s in steps] == ([date] if date else [])


# --- files: new fields validated, old files still load, everything round-trips


def test_old_file_without_the_new_fields_loads_with_the_default_match():
    old = season_file([("a", "thank-you", "2027-01-11")])
    season = load(old)
    assert season.setting.match.id == "nrmp-main" and season.setting.specialty is None
    assert season.match_week is None
    assert not season.programs[0].no_post_interview_contact and not season.messages[0].reply


def test_new_fields_round_trip_through_the_stored_season():
    policy = specialty_with("no-post-interview-contact")
    data = season_file([("a", "other", "2027-03-16", {"reply": True})], specialty=policy.id)
    data["season"] |= MATCH_WEEK
    data["programs"][1]["no_post_interview_contact"] = True
    stored = plan(data)["season"]
    assert stored["season"] | MATCH_WEEK == stored["season"]
    assert stored["season"]["specialty"] == policy.id
    assert stored["season"]["match"] == policy.match
    assert stored["programs"][1]["no_post_interview_contact"] is True
    assert stored["messages"][0]["reply"] is True
    assert load(stored) == load(data)


@pytest.mark.parametrize(
    ("season", "expected"),
    [
        ({"specialty": "nowhere"}, "season: Unknown specialty: nowhere"),
        ({"match": "nowhere"}, "season: Unknown match: nowhere"),
        ({"match": "nrmp-main", "specialty": "urology"}, "recruits through"),
        ({"specialty": 3}, "season.specialty must be the id of a specialty."),
        ({"match_week_start": "2027-03-15"}, "both the first and the last day"),
        ({"match_week_start": "2027-03-19", "match_week_end": "2027-03-15"}, "comes before"),
        ({"match_week_start": "2027-02-30", "match_week_end": "2027-03-15"}, "real calendar"),
    ],
)
def test_bad_season_settings_are_refused_with_a_message(season, expected):
    with pytest.raises(PlannerError, match=expected):
        load(season_file(**season))


@pytest.mark.parametrize(
    ("where", "field"),
    [("programs", "no_post_interview_contact"), ("messages", "reply")],
)
def test_flags_must_be_true_or_false(where, field):
    data = season_file([("a", "other", "2027-01-11")])
    data[where][0][field] = "yes"
    with pytest.raises(PlannerError, match=f"{where}\\[0\\].{field} must be true or false"):
        load(data)


# --- the command line shows it


def test_prematch_plan_shows_the_policy_and_fails_on_a_soap_error(tmp_path, capsys):
    policy = specialty_with("no-post-interview-contact")
    data = season_file([("a", "other", "2027-03-16")], specialty=policy.id, **MATCH_WEEK)
    path = tmp_path / "season.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code = main(["plan", str(path), "--today", "2027-03-10"])
    out = capsys.readouterr().out
    assert code == 1
    assert "error soap-applicant-initiated: " in out
    assert f"No thank-you reminders or update window: {policy.name}" in out
    assert "Match Week 2027-03-15 to 2027-03-19" in out
