"""The planner and the browser entry point at the edges (issue 13): calendar-edge years,
control characters bound for a calendar file, and values too long to repeat."""

from __future__ import annotations

import json

import icalendar
import pytest

from checker.browser_api import handle
from checker.limits import MAX_DRAFT_CHARACTERS
from checker.planner.plan import plan_to_dict


def call(method: str, **params) -> dict:
    return json.loads(handle(json.dumps({"id": 1, "method": method, "params": params})))


def season(**top) -> dict:
    return {"format": "prematch-planner", "version": 1} | top


@pytest.mark.parametrize(
    ("data", "today"),
    [
        (season(season={"rank_deadline": "9999-12-31"}), "2027-01-10"),
        (season(season={"rank_deadline": "0001-01-01"}), "2027-01-10"),
        (
            season(
                season={"time_zone": "UTC"},
                programs=[{"id": "a", "name": "A", "interview": "9999-12-31T23:00-05:00"}],
            ),
            "2027-01-10",
        ),
        (
            season(
                programs=[
                    {"id": "a", "name": "A", "status": "interviewed", "interview": "9999-12-31"}
                ]
            ),
            "2027-01-10",
        ),
        (season(), "9999-12-31"),
        (season(), "0001-01-01"),
    ],
)
def test_the_page_gets_the_supported_years_instead_of_an_internal_error(data, today):
    response = call("plan", data=data, today=today, ics=True)
    assert response["ok"] is False
    assert "between 1900 and 2199" in response["error"]
    assert "Something went wrong" not in response["error"]


def test_del_and_c1_control_characters_never_reach_the_calendar_file():
    name = "Alpha\x7f IM\x85 Boston\x9f\x80"
    data = season(
        programs=[{"id": "a", "name": name, "status": "interviewed", "interview": "2027-01-10"}]
    )
    ics = plan_to_dict(data, "2027-01-10", with_ics=True)["ics"]
    assert not any(0x7F <= ord(char) <= 0x9F for char in ics)
    (event, *_) = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Send a thank-you to Alpha IM Boston by 2027-01-12."


def test_the_browser_refuses_a_draft_over_the_limit_with_the_limit_named():
    response = call("lint", text="a" * (MAX_DRAFT_CHARACTERS + 1))
    assert response["ok"] is False
    assert f"{MAX_DRAFT_CHARACTERS:,}" in response["error"]
    assert call("lint", text="a" * MAX_DRAFT_CHARACTERS)["ok"] is True


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("x" * 1_000_000, {}),
        ("plan", {"data": season() | {"version": "9" * 1_000_000}, "today": "2027-01-10"}),
        ("fill", {"template_id": "t" * 1_000_000, "values": {}}),
        ("fill", {"template_id": "rank-first", "values": {"f" * 1_000_000: "x"}}),
        ("lint", {"text": "Dear Dr. Li,", "kind": "k" * 1_000_000}),
        ("lint", {"text": "Dear Dr. Li,", "disabled_rules": ["r" * 1_000_000]}),
    ],
    ids=["method", "version", "template", "field", "kind", "rule"],
)
def test_messages_repeat_at_most_about_80_characters_of_a_value(method, params):
    response = call(method, **params)
    assert response["ok"] is False
    assert 20 < len(response["error"]) < 80 + 400


GOOD_PROGRAM = {"id": "a", "name": "Alpha IM", "status": "interviewed", "interview": "2027-01-10"}
GOOD_MESSAGE = {"id": "m", "program": "a", "kind": "thank-you", "sent": "2027-01-11"}


@pytest.mark.parametrize(
    ("stored", "kept_programs", "kept_messages", "problem"),
    [
        (season(programs=[None, GOOD_PROGRAM]), ["a"], [], "programs[0] must be a JSON object"),
        (
            season(programs=[GOOD_PROGRAM], messages=[None, GOOD_MESSAGE]),
            ["a"],
            ["m"],
            "messages[0] must be a JSON object",
        ),
        (season(programs={"a": GOOD_PROGRAM}), [], [], "programs must be a list"),
        (
            season(programs=[GOOD_PROGRAM, GOOD_PROGRAM | {"name": 7}], messages=[GOOD_MESSAGE]),
            ["a"],
            ["m"],
            "programs[1].id 'a' is used twice",
        ),
        (
            season(season={"rank_deadline": "someday"}, programs=[GOOD_PROGRAM]),
            ["a"],
            [],
            "season.rank_deadline",
        ),
        (
            json.dumps(season(programs=[GOOD_PROGRAM])),  # stored as a JSON string of JSON
            ["a"],
            [],
            "text inside text",
        ),
    ],
    ids=["null-program", "null-message", "programs-object", "duplicate", "bad-deadline",
         "double-encoded"],
)  # fmt: skip
def test_stored_data_keeps_every_readable_item_and_names_the_others(
    stored, kept_programs, kept_messages, problem
):
    response = call("plan", data=json.dumps(stored), today="2027-01-12", recover=True)
    assert response["ok"] is True, response
    result = response["result"]
    assert [p["id"] for p in result["season"]["programs"]] == kept_programs
    assert [m["id"] for m in result["season"]["messages"]] == kept_messages
    assert len(result["problems"]) == 1 and problem in result["problems"][0]


def test_a_planner_without_season_reads_without_problems():
    response = call("plan", data=json.dumps(season(programs=[GOOD_PROGRAM])), today="2027-01-12",
                    recover=True)  # fmt: skip
    assert response["result"]["problems"] == []
    assert [p["name"] for p in response["result"]["season"]["programs"]] == ["Alpha IM"]


@pytest.mark.parametrize("stored", ["{not json", '"just text"', "[1, 2]", '{"format": "x"}'])
def test_what_is_no_planner_at_all_is_still_refused_for_a_backup(stored):
    response = call("plan", data=stored, today="2027-01-12", recover=True)
    assert response["ok"] is False and response["error"]


def test_an_import_stays_all_or_nothing():
    response = call("plan", data=json.dumps(season(programs=[None, GOOD_PROGRAM])),
                    today="2027-01-12")  # fmt: skip
    assert response["ok"] is False
    assert "programs[0] must be a JSON object" in response["error"]


def test_the_pages_get_the_supported_dates_for_their_date_inputs():
    limits = call("vocabulary")["result"]["limits"]
    assert (limits["first_date"], limits["last_date"]) == ("1900-01-01", "2199-12-31")
    for day in (limits["first_date"], limits["last_date"]):
        response = call("plan", data=season(season={"rank_deadline": day}), today=day, ics=True)
        assert response["ok"] is True, response
