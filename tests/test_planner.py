"""The season planner's checks, next-step dates, time zones and rank helper."""

from __future__ import annotations

from datetime import date

import pytest
from guide_outline import REQUIRED_ANCHORS

from checker.planner.checks import CHECKS, EXAMPLE_TODAY, run_checks
from checker.planner.plan import next_steps, plan_to_dict, ranking
from checker.planner.season import load

CHECK_IDS = [check.id for check in CHECKS]


def season_file(programs=(), messages=(), **season) -> dict:
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": season,
        "programs": list(programs),
        "messages": list(messages),
    }


def program(pid="a", name="Alpha IM", **fields) -> dict:
    return {"id": pid, "name": name, **fields}


def message(mid, pid, kind, sent, **fields) -> dict:
    return {"id": mid, "program": pid, "kind": kind, "sent": sent, **fields}


# --- every check fires on its own failing examples and stays silent on its passing ones


@pytest.mark.parametrize("check", CHECKS, ids=CHECK_IDS)
def test_check_has_examples_both_ways(check):
    assert check.fails and check.passes


@pytest.mark.parametrize(
    ("check", "example"),
    [(c, ex) for c in CHECKS for ex in c.fails],
    ids=[f"{c.id}-{n}" for c in CHECKS for n, _ in enumerate(c.fails)],
)
def test_check_fires_on_failing_example(check, example):
    findings = [f for f in run_checks(load(example), EXAMPLE_TODAY) if f.rule == check.id]
    assert findings, f"{check.id} missed {example['messages']}"
    for finding in findings:
        assert finding.severity == check.severity
        assert finding.url == check.url
        assert "“" in finding.message  # names the program


@pytest.mark.parametrize(
    ("check", "example"),
    [(c, ex) for c in CHECKS for ex in c.passes],
    ids=[f"{c.id}-{n}" for c in CHECKS for n, _ in enumerate(c.passes)],
)
def test_check_is_silent_on_passing_example(check, example):
    assert not [f for f in run_checks(load(example), EXAMPLE_TODAY) if f.rule == check.id]


def test_check_urls_point_at_agreed_guide_anchors():
    agreed = {
        f"{page}/#{anchor}" for page, anchors in REQUIRED_ANCHORS.items() for anchor in anchors
    }
    assert {check.url for check in CHECKS} <= agreed
    assert len(set(CHECK_IDS)) == len(CHECK_IDS)


def test_rank_first_to_three_programs_is_one_error_naming_all_of_them():
    data = season_file(
        [program("a", "Alpha IM"), program("b", "Beta FM"), program("c", "Gamma Peds")],
        [
            message("m1", "a", "rank-first", "2027-02-01"),
            message("m2", "b", "other", "2027-02-02", rank_first_claim=True),
            message("m3", "c", "rank-first", "2027-02-03"),
        ],
    )
    errors = [f for f in run_checks(load(data), date(2027, 2, 4)) if f.severity == "error"]
    assert len(errors) == 1
    assert all(name in errors[0].message for name in ("Alpha IM", "Beta FM", "Gamma Peds"))
    assert errors[0].programs == ("a", "b", "c")


def test_findings_sorted_errors_first():
    data = season_file(
        [program("a", status="applied"), program("b", "Beta")],
        [
            message("m1", "a", "thank-you", "2027-01-01"),
            message("m2", "a", "rank-first", "2027-02-01"),
            message("m3", "b", "rank-first", "2027-02-01"),
        ],
    )
    severities = [f["severity"] for f in plan_to_dict(data, "2027-02-02")["findings"]]
    assert severities[0] == "error"
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


# --- next steps


def steps_for(today: str, **season) -> list[dict]:
    data = season_file(
        [program("a", "Alpha IM", status="interviewed", interview="2027-01-10")], **season
    )
    return plan_to_dict(data, today)["next_steps"]


def test_next_steps_dates_from_deadline_and_interview():
    steps = steps_for("2027-01-10", rank_deadline="2027-03-03")
    assert [(s["occasion"], s["date"]) for s in steps] == [
        ("thank-you-due", "2027-01-12"),
        ("update-window-opens", "2027-02-03"),
        ("update-window-closes", "2027-02-17"),
        ("rank-deadline", "2027-03-03"),
    ]
    assert steps[0]["text"] == "Send a thank-you to Alpha IM by 2027-01-12."


@pytest.mark.parametrize(
    ("today", "ahead"),
    [
        ("2027-01-12", ["thank-you-due", "update-window-opens", "update-window-closes"]),
        ("2027-02-04", ["update-window-closes"]),
        ("2027-03-03", []),
        ("2027-03-04", None),
    ],
)
def test_next_steps_list_only_what_is_still_ahead(today, ahead):
    """Each date is shown up to and including its day, then left out (None: not even the
    rank deadline is ahead)."""
    steps = steps_for(today, rank_deadline="2027-03-03")
    expected = [] if ahead is None else [*ahead, "rank-deadline"]
    assert [s["occasion"] for s in steps] == expected
    assert all(s["date"] >= today for s in steps)


def test_a_missed_thank_you_window_is_a_finding_not_a_next_step():
    result = plan_to_dict(
        season_file(
            [program("a", "Alpha IM", status="interviewed", interview="2027-01-10")],
            rank_deadline="2027-03-03",
        ),
        "2027-01-13",
    )
    assert "thank-you-due" not in [s["occasion"] for s in result["next_steps"]]
    (missed,) = [f for f in result["findings"] if f["rule"] == "missed-thank-you"]
    assert missed["severity"] == "warning" and missed["programs"] == ["a"]
    assert "“Alpha IM” closed on 2027-01-12 with no thank-you logged" in missed["message"]
    assert missed["url"] == "timeline/#thank-you-notes"


def test_the_missed_thank_you_finding_goes_once_the_thank_you_is_logged():
    data = season_file(
        [program("a", status="interviewed", interview="2027-01-10")],
        [message("m1", "a", "thank-you", "2027-01-15")],
    )
    rules = [f["rule"] for f in plan_to_dict(data, "2027-01-20")["findings"]]
    assert "missed-thank-you" not in rules and "late-thank-you" in rules


def test_the_window_is_open_through_its_last_day():
    data = season_file([program("a", status="interviewed", interview="2027-01-10")])
    on_last_day = plan_to_dict(data, "2027-01-12")
    assert on_last_day["next_steps"][0]["occasion"] == "thank-you-due"
    assert not on_last_day["findings"]


def test_thank_you_step_disappears_once_logged():
    data = season_file(
        [program("a", status="interviewed", interview="2027-01-10")],
        [message("m1", "a", "thank-you", "2027-01-11")],
    )
    occasions = [s["occasion"] for s in plan_to_dict(data, "2027-01-11")["next_steps"]]
    assert "thank-you-due" not in occasions


def test_no_thank_you_step_before_an_interview_happens():
    data = season_file([program("a", status="invited", interview="2027-01-20")])
    occasions = [s["occasion"] for s in plan_to_dict(data, "2027-01-11")["next_steps"]]
    assert "thank-you-due" not in occasions


def test_without_a_deadline_the_reader_is_asked_for_it_and_nothing_is_invented():
    steps = steps_for("2027-01-10")
    assert steps[-1]["date"] is None and "Enter your rank list" in steps[-1]["text"]
    assert [s["occasion"] for s in steps if s["date"]] == ["thank-you-due"]


# --- time zones: an interview time with a zone becomes the reader's local date


@pytest.mark.parametrize(
    ("reader_zone", "interview", "program_zone", "local_day"),
    [
        # 9 pm Eastern on 10 January is 10 am on 11 January in Manila.
        ("Asia/Manila", "2027-01-10T21:00", "America/New_York", "2027-01-11"),
        ("America/New_York", "2027-01-10T21:00", "America/New_York", "2027-01-10"),
        # An explicit offset needs no program zone.
        ("Asia/Manila", "2027-01-10T21:00-05:00", None, "2027-01-11"),
        # 9 am Eastern is 10 pm the same day in Manila.
        ("Asia/Manila", "2027-01-10T09:00", "America/New_York", "2027-01-10"),
        # Without the reader's zone, the program's own date is used.
        (None, "2027-01-10T21:00", "America/New_York", "2027-01-10"),
        # A bare date is taken as written.
        ("Asia/Manila", "2027-01-10", "America/New_York", "2027-01-10"),
    ],
)
def test_interview_local_date(reader_zone, interview, program_zone, local_day):
    data = season_file(
        [program("a", interview=interview, interview_time_zone=program_zone)],
        time_zone=reader_zone,
    )
    season = load(data)
    assert season.interview_day(season.programs[0]) == date.fromisoformat(local_day)


def test_thank_you_due_date_follows_the_readers_time_zone():
    interview = {"interview": "2027-01-10T21:00", "interview_time_zone": "America/New_York"}
    manila = season_file([program("a", status="interviewed", **interview)], time_zone="Asia/Manila")
    new_york = season_file(
        [program("a", status="interviewed", **interview)], time_zone="America/New_York"
    )
    due = {
        zone: next_steps(load(data), date(2027, 1, 10))[0].date
        for zone, data in (("manila", manila), ("new_york", new_york))
    }
    assert due == {"manila": date(2027, 1, 13), "new_york": date(2027, 1, 12)}


def test_the_plan_gives_each_interview_its_day_in_the_readers_zone():
    data = season_file(
        [
            program("a", interview="2027-01-10T21:00", interview_time_zone="America/New_York"),
            program("b", "Beta IM", interview="2027-01-12"),
            program("c", "Gamma IM"),
        ],
        time_zone="Asia/Manila",
    )
    days = plan_to_dict(data, "2027-01-01")["interview_days"]
    assert days == {"a": "2027-01-11", "b": "2027-01-12"}


def test_late_thank_you_uses_local_interview_date():
    # Interview 11 January in Manila (9 pm New York, 10 January); sent 13 January Manila time.
    data = season_file(
        [
            program(
                "a",
                status="interviewed",
                interview="2027-01-10T21:00",
                interview_time_zone="America/New_York",
            )
        ],
        [message("m1", "a", "thank-you", "2027-01-13")],
        time_zone="Asia/Manila",
    )
    today = date(2027, 1, 20)
    assert not [f for f in run_checks(load(data), today) if f.rule == "late-thank-you"]
    data["season"]["time_zone"] = "America/New_York"
    assert [f.rule for f in run_checks(load(data), today) if f.rule == "late-thank-you"]


# --- rank helper


def test_ranking_is_the_weighted_sum_shown_per_criterion():
    data = season_file([program("a", "Alpha"), program("b", "Beta"), program("c", "Gamma")])
    data["criteria"] = [
        {"id": "fit", "label": "Fit", "weight": 3},
        {"id": "city", "label": "City", "weight": 1},
    ]
    data["scores"] = {"a": {"fit": 2, "city": 5}, "b": {"fit": 4, "city": 0}, "c": {"fit": 1}}
    rows = ranking(load(data))
    assert [(r["name"], r["total"], r["position"]) for r in rows] == [
        ("Beta", 12, 1),
        ("Alpha", 11, 2),
        ("Gamma", 3, 3),
    ]
    assert rows[1]["parts"][0] == {
        "criterion": "fit",
        "label": "Fit",
        "score": 2,
        "weight": 3,
        "points": 6,
    }
    assert rows[2]["unscored"] == ["city"]
    assert rows[0]["max_total"] == 20


def test_ranking_marks_ties_and_keeps_listed_order():
    data = season_file([program("a", "Alpha"), program("b", "Beta")])
    data["scores"] = {"a": {"fit": 3}, "b": {"fit": 3}}
    rows = ranking(load(data))
    assert [r["name"] for r in rows] == ["Alpha", "Beta"]
    assert all(r["tied"] for r in rows)


def test_default_criteria_when_none_given():
    labels = [c.label for c in load(season_file()).criteria]
    assert labels == [
        "Fit with my goals",
        "Training features",
        "Location and family ties",
        "Interview impression",
    ]


def test_plan_result_round_trips_through_load():
    data = season_file(
        [program("a", "Alpha <b>IM</b>", notes="line one\nline two", interview="2027-01-10")],
        [message("m1", "a", "thank-you", "2027-01-11", recipient="coordinator")],
        rank_deadline="2027-03-03",
        time_zone="Asia/Manila",
    )
    result = plan_to_dict(data, "2027-01-11")
    assert result["time_zones_available"] is True  # CPython here has a zone database
    saved = result["season"]
    assert load(saved) == load(data)
    assert saved["programs"][0]["name"] == "Alpha <b>IM</b>"
