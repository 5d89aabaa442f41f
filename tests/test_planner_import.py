"""Planner files that must be refused, each with a message naming the problem."""

from __future__ import annotations

import json
import re

import pytest

from checker.planner.plan import plan_to_dict
from checker.planner.season import PlannerError, load, parse, time_zones_available


def good() -> dict:
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {"rank_deadline": "2027-03-03", "time_zone": "America/Chicago"},
        "programs": [{"id": "a", "name": "Alpha IM", "status": "interviewed"}],
        "messages": [{"id": "m1", "program": "a", "kind": "thank-you", "sent": "2027-01-11"}],
        "criteria": [{"id": "fit", "label": "Fit", "weight": 2}],
        "scores": {"a": {"fit": 4}},
    }


def test_good_file_loads():
    season = parse(json.dumps(good()))
    assert season.programs[0].name == "Alpha IM"
    assert season.scores == {"a": {"fit": 4}}


def changed(path: str, value) -> dict:
    """good() with the value at a dotted path replaced (or removed when value is ...)."""
    data = good()
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "the file must be a JSON object"),
        ("x", "the file must be a JSON object"),
        (changed("format", "other-app"), "not a planner export"),
        (changed("version", 2), "version 2; this site reads version 1"),
        (changed("version", True), "version True"),
        (changed("version", ...), "the file is missing version"),
        (changed("extra", 1), "unknown field(s): extra"),
        (changed("season.rank_deadline", "2027-02-30"), "season.rank_deadline must be a real"),
        (changed("season.rank_deadline", "03/03/2027"), "season.rank_deadline must be a real"),
        (changed("season.time_zone", "Mars/Olympus"), "Unknown time zone 'Mars/Olympus'"),
        (changed("programs", {"a": 1}), "programs must be a list"),
        (changed("programs.0.name", ...), "programs[0] is missing name"),
        (changed("programs.0.name", "   "), "programs[0].name must not be empty"),
        (changed("programs.0.name", 42), "programs[0].name must be text"),
        (changed("programs.0.name", "x" * 501), "programs[0].name is 501 characters long"),
        (changed("programs.0.notes", "x" * 5001), "programs[0].notes is 5001 characters"),
        (changed("programs.0.name", "a\x00b"), "programs[0].name contains control characters"),
        (changed("programs.0.id", "a b"), "programs[0].id must be 1-64 letters"),
        (changed("programs.0.status", "matched"), "programs[0].status must be one of"),
        (changed("programs.0.interview", "tomorrow"), "programs[0].interview must be a date"),
        (changed("programs.0.interview", "2027-01-10T25:00"), "not a real date and time"),
        (changed("messages.0.program", "zzz"), "messages[0].program points to a program"),
        (changed("messages.0.kind", "love-letter"), "messages[0].kind must be one of"),
        (changed("messages.0.sent", None), "messages[0].sent must be a real calendar date"),
        (changed("messages.0.recipient", "dean"), "messages[0].recipient must be one of"),
        (changed("messages.0.rank_first_claim", "yes"), "rank_first_claim must be true or false"),
        (changed("criteria.0.weight", 9), "criteria[0].weight must be a whole number"),
        (changed("scores.a", {"fit": 6}), "scores.a.fit must be a whole number 0 to 5"),
        (changed("scores.a", {"fit": 2.5}), "scores.a.fit must be a whole number 0 to 5"),
        (changed("scores.a", {"nope": 1}), "scores a criterion that is not in the file"),
        (changed("scores.b", {"fit": 1}), "scores has an entry for a program that is not"),
    ],
)
def test_bad_files_are_refused_with_a_message(data, expected):
    with pytest.raises(PlannerError) as caught:
        load(data)
    assert expected in str(caught.value)


def test_duplicate_ids_are_refused():
    data = good()
    data["programs"].append({"id": "a", "name": "Again"})
    with pytest.raises(PlannerError, match=r"programs\[1\]\.id 'a' is used twice"):
        load(data)


def test_too_many_entries_are_refused():
    data = good()
    data["programs"] = [{"id": f"p{n}", "name": "P"} for n in range(501)]
    data["messages"] = []
    data["scores"] = {}
    with pytest.raises(
        PlannerError, match="programs has 501 entries; the planner keeps at most 500"
    ):
        load(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (json.dumps(good())[:-20], "not valid JSON (is it truncated?)"),
        ("", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        (
            '{"format": "prematch-planner", "version": 1, "programs": ' + "x" * 6_000_000 + "}",
            "too large",
        ),
    ],
    ids=["truncated", "empty", "deeply-nested", "huge"],
)
def test_unreadable_text_is_refused(text, expected):
    with pytest.raises(PlannerError, match=re.escape(expected)):
        parse(text)


def test_brackets_inside_text_do_not_count_as_nesting():
    data = good()
    data["programs"][0]["notes"] = '[{"' * 40 + '\\ ]]] "'
    assert parse(json.dumps(data)).programs[0].notes == data["programs"][0]["notes"]


def test_deeply_nested_value_inside_a_field_is_refused():
    nested = "[" * 10 + "]" * 10
    text = json.dumps(good()).replace('"Alpha IM"', nested)
    with pytest.raises(PlannerError, match=r"programs\[0\]\.name must be text"):
        parse(text)


def test_html_in_names_is_kept_as_plain_text_not_rejected():
    data = changed("programs.0.name", "<img src=x onerror=alert(1)>")
    result = plan_to_dict(data, "2027-01-12")
    assert result["season"]["programs"][0]["name"] == "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("today", ["2027-13-01", "", None, "today"])
def test_bad_today_is_refused(today):
    with pytest.raises(PlannerError, match="today must be a real calendar date"):
        plan_to_dict(good(), today)


def test_missing_zone_database_is_explained(monkeypatch):
    import zoneinfo

    def no_zone(name):
        raise zoneinfo.ZoneInfoNotFoundError(name)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", no_zone)
    monkeypatch.setattr(zoneinfo, "available_timezones", set)
    time_zones_available.cache_clear()
    try:
        with pytest.raises(PlannerError, match="Time zones are not available in this copy"):
            load(good())
        data = good()
        data["season"]["time_zone"] = None
        assert plan_to_dict(data, "2027-01-12")["time_zones_available"] is False
    finally:
        time_zones_available.cache_clear()
