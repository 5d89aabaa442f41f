"""The .ics reminders export, read back with the icalendar library."""

from __future__ import annotations

from datetime import date

import icalendar

from checker.planner.ics import calendar, escape, fold
from checker.planner.plan import NextStep, plan_to_dict


def season() -> dict:
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {"rank_deadline": "2027-03-03"},
        "programs": [
            {
                "id": "a",
                "name": "Alpha; IM, Boston",
                "status": "interviewed",
                "interview": "2027-01-10",
            },
            {"id": "b", "name": "Beta IM", "status": "interviewed", "interview": "2026-12-01"},
        ],
    }


def events(text: str) -> list:
    return icalendar.Calendar.from_ical(text).walk("VEVENT")


def test_export_holds_upcoming_reminders_as_all_day_events():
    ics = plan_to_dict(season(), "2027-01-10", with_ics=True)["ics"]
    found = {(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in events(ics)}
    assert found == {
        ("Send a thank-you to Alpha; IM, Boston by 2027-01-12.", date(2027, 1, 12)),
        ("Update window opens 2027-02-03 (4 weeks before your rank deadline).", date(2027, 2, 3)),
        ("Update window closes 2027-02-17 (2 weeks before your rank deadline).", date(2027, 2, 17)),
        ("Rank list deadline 2027-03-03: certify your list by then.", date(2027, 3, 3)),
    }
    for event in events(ics):
        assert event.decoded("DTEND") - event.decoded("DTSTART") == date(2000, 1, 2) - date(
            2000, 1, 1
        )
        assert event.decoded("DTSTAMP").date() == date(2027, 1, 10)


def test_passed_reminders_are_left_out():
    ics = plan_to_dict(season(), "2027-02-20", with_ics=True)["ics"]
    assert [e.decoded("DTSTART") for e in events(ics)] == [date(2027, 3, 3)]


def test_uids_are_stable_and_unique():
    first = plan_to_dict(season(), "2027-01-10", with_ics=True)["ics"]
    later = plan_to_dict(season(), "2027-01-11", with_ics=True)["ics"]
    uids = [str(e["UID"]) for e in events(first)]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in events(later)]


def test_lines_are_crlf_and_at_most_75_octets():
    long_name = "Ünïversity Hospital — Internal Medicine Residency, Springfield; " * 3
    step = NextStep("thank-you-due", date(2027, 1, 12), f"Thank {long_name}", "x", "a")
    text = calendar([step], date(2027, 1, 10))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert str(events(text)[0]["SUMMARY"]) == f"Thank {long_name}"


def test_escape_and_fold_units():
    assert escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    folded = fold("S" * 80)
    assert folded == "S" * 75 + "\r\n " + "S" * 5
    # A multi-byte character is never split across lines.
    assert all(len(part.encode()) <= 75 for part in fold("é" * 100).split("\r\n"))
