"""Reminders as an iCalendar (.ics) file, written by hand to stay pure stdlib.

RFC 5545 essentials: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
character), TEXT values escaped, and all-day events (DTSTART;VALUE=DATE, DTEND the
next day). UIDs depend only on what the reminder is for, so importing a newer export
updates the reader's calendar events instead of duplicating them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol

PRODID = "-//Pre-Match Guide//Season planner//EN"
MAX_OCTETS = 75
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


class Reminder(Protocol):
    occasion: str
    date: date | None
    text: str
    program: str | None


def calendar(reminders: Iterable[Reminder], today: date) -> str:
    """A VCALENDAR with one all-day event per dated reminder (next steps are all ahead)."""
    stamp = today.strftime("%Y%m%dT000000Z")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for reminder in reminders:
        if reminder.date is None:
            continue
        lines += [
            "BEGIN:VEVENT",
            f"UID:{reminder.occasion}-{reminder.program or 'season'}@prematch-planner",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{reminder.date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(reminder.date + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(reminder.text)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def escape(text: str) -> str:
    """Escape a TEXT value: backslash first, then ; , and line breaks; drop the control
    characters (C0 but tab, DEL and C1) that RFC 5545 does not allow in text."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return _CONTROL.sub("", text)


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets joined by CRLF + space."""
    pieces: list[str] = []
    current, size = "", 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            # Continuation lines start with a space, which counts towards their 75.
            current, size, limit = "", 0, MAX_OCTETS - 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)
