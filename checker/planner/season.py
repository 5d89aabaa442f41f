"""The reader's season: programs, messages sent and rank-helper scores.

`load(data)` turns the versioned planner JSON into a `Season`, rejecting anything
unexpected with one message that names the problem and where it is. The planner
never invents a date: every date here was typed by the reader.
"""

from __future__ import annotations

import functools
import json
import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from checker.kinds import KINDS
from checker.limits import MAX_PLANNER_CHARACTERS, excerpt, planner_too_large
from checker.policies import DEFAULT_MATCH, Setting, choose

FORMAT = "prematch-planner"
VERSION = 1

# Where a program stands, and whom a message went to: id -> the reader's name for it (the
# planner pages show these names through browser_api's `vocabulary`).
STATUSES = {
    "applied": "Applied",
    "invited": "Invited to interview",
    "interviewed": "Interviewed",
    "ranked": "Ranked",
}
RECIPIENTS = {
    "program-director": "Program director",
    "coordinator": "Coordinator",
    "faculty": "Faculty interviewer",
    "other": "Other contact",
}

MAX_TEXT = 500
MAX_NOTES = 5000
MAX_PROGRAMS = 500
MAX_MESSAGES = 5000
MAX_CRITERIA = 20
MAX_SCORE = 5
MAX_WEIGHT = 5
# Years every date computation handles: reminders add and subtract weeks and time zones
# move a day either way, which overflows near year 1 and year 9999.
FIRST_YEAR = 1900
LAST_YEAR = 2199

MAX_DEPTH = 16  # a planner file nests 4 deep (scores -> program -> criterion)
_JSON_SYNTAX = re.compile(r'[\[\]{}"]')
_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?")
_BROKEN_CHARACTER = re.compile("[\ud800-\udfff]")
_ZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}")

DEFAULT_CRITERIA = (
    ("fit", "Fit with my goals"),
    ("training", "Training features"),
    ("location", "Location and family ties"),
    ("impression", "Interview impression"),
)


class PlannerError(ValueError):
    """A planner file or value the reader should fix; the message is for them."""


@dataclass(frozen=True)
class Program:
    id: str
    name: str
    specialty: str = ""
    location: str = ""
    status: str = "applied"
    # "YYYY-MM-DD", or a date-time "YYYY-MM-DDTHH:MM" with an optional UTC offset.
    interview: str | None = None
    # The program's IANA time zone for an interview time written without an offset.
    interview_time_zone: str | None = None
    notes: str = ""
    # The program told interviewees not to write after the interview.
    no_post_interview_contact: bool = False


@dataclass(frozen=True)
class Message:
    id: str
    program: str
    kind: str
    sent: date
    recipient: str = "program-director"
    rank_first_claim: bool = False
    subject: str = ""
    notes: str = ""
    reply: bool = False  # answers a message the program sent first


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    weight: int = 1


@dataclass(frozen=True)
class Season:
    rank_deadline: date | None = None
    time_zone: str | None = None
    programs: tuple[Program, ...] = ()
    messages: tuple[Message, ...] = ()
    criteria: tuple[Criterion, ...] = field(
        default_factory=lambda: tuple(Criterion(cid, label) for cid, label in DEFAULT_CRITERIA)
    )
    scores: dict[str, dict[str, int]] = field(default_factory=dict)
    # The reader's match and specialty (their policies), and their Match Week as they
    # entered it (first and last day); the planner never guesses these dates.
    setting: Setting = field(default_factory=Setting)
    match_week: tuple[date, date] | None = None

    def program(self, program_id: str) -> Program:
        return next(p for p in self.programs if p.id == program_id)

    def messages_to(self, program_id: str) -> list[Message]:
        return [m for m in self.messages if m.program == program_id]

    def interview_day(self, program: Program) -> date | None:
        """The reader's local calendar date of the program's interview.

        A date alone is taken as written. A time with a known zone (an offset, or the
        program's time zone) is moved into the reader's season time zone when one is
        set: 9 pm in New York on 10 January is 11 January in Manila. Without the
        reader's zone, the program's own calendar date is used.
        """
        if program.interview is None:
            return None
        if "T" not in program.interview:
            return date.fromisoformat(program.interview)
        moment = datetime.fromisoformat(program.interview.replace("Z", "+00:00"))
        if moment.tzinfo is None and program.interview_time_zone:
            moment = moment.replace(tzinfo=zone(program.interview_time_zone))
        if moment.tzinfo is not None and self.time_zone:
            moment = moment.astimezone(zone(self.time_zone))
        return moment.date()

    def to_dict(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "season": {
                "rank_deadline": self.rank_deadline.isoformat() if self.rank_deadline else None,
                "time_zone": self.time_zone,
                "match": self.setting.match.id if self.setting.match else DEFAULT_MATCH,
                "specialty": self.setting.specialty.id if self.setting.specialty else None,
                "match_week_start": self.match_week[0].isoformat() if self.match_week else None,
                "match_week_end": self.match_week[1].isoformat() if self.match_week else None,
            },
            "programs": [dict(vars(p)) for p in self.programs],
            "messages": [vars(m) | {"sent": m.sent.isoformat()} for m in self.messages],
            "criteria": [dict(vars(c)) for c in self.criteria],
            "scores": {pid: dict(s) for pid, s in self.scores.items()},
        }


@functools.cache
def time_zones_available() -> bool:
    """False where Python has no zone database (in the browser unless tzdata is shipped)."""
    return bool(zoneinfo.available_timezones())


def zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone `name`, or PlannerError when this device has no data for it."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        if not time_zones_available():
            # Python in the browser ships without the zone database unless tzdata is added.
            raise PlannerError(
                "Time zones are not available in this copy of the planner: leave the time "
                "zone empty and enter interview dates as your own local dates."
            ) from error
        raise PlannerError(
            f"Unknown time zone {name!r}: use a name such as America/New_York or Asia/Manila."
        ) from error


def parse(text: str, problems: list[str] | None = None) -> Season:
    """Load a planner file's text (the reader's export) into a Season.

    With a `problems` list, read as much as possible (see `load`); that includes a
    planner stored as JSON text inside JSON text, which is read from the inner copy.
    """
    data = _decode(text)
    if problems is not None and isinstance(data, str):
        problems.append("The planner was stored as text inside text; the inner copy was read.")
        data = _decode(data)
    return load(data, problems)


def _decode(text: str) -> object:
    if len(text) > MAX_PLANNER_CHARACTERS:
        raise PlannerError(planner_too_large())
    if _too_deep(text):
        raise PlannerError(
            "This file is not a planner export: it is not valid JSON (it is nested too deeply)."
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise PlannerError(
            "This file is not a planner export: it is not valid JSON (is it truncated?)."
        ) from error


def _too_deep(text: str) -> bool:
    """True when brackets nest deeper than any planner file does.

    Checked before json.loads: in the browser, deep nesting overflows the JavaScript
    stack under Python and kills the runtime instead of raising RecursionError.
    Strings are skipped whole, so brackets inside the reader's notes do not count.
    """
    depth, position = 0, 0
    while found := _JSON_SYNTAX.search(text, position):
        position = found.end()
        if found.group() == '"':
            rest = _STRING_REST.match(text, position)
            if rest is None:
                return False  # an unterminated string: json.loads says so
            position = rest.end()
        elif found.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def load(data: object, problems: list[str] | None = None) -> Season:
    """Validate planner data (already decoded JSON) and build a Season.

    Without `problems`, the first problem raises PlannerError (an import is all or
    nothing). With a `problems` list (the page's own stored data, which it must show as
    far as it can), each part or item that cannot be read is left out and its message
    added to the list; only data that is not a planner at all still raises.
    """
    top = _object(data, "the file", required={"format", "version"}, optional=_TOP_OPTIONAL)
    if top["format"] != FORMAT:
        raise PlannerError(
            "This file is not a planner export (its format is not prematch-planner)."
        )
    if top["version"] != VERSION or isinstance(top["version"], bool):
        raise PlannerError(
            f"This planner file has version {excerpt(top['version'])}; "
            f"this site reads version {VERSION}."
        )

    def part(read, fallback):
        try:
            return read()
        except PlannerError as error:
            if problems is None:
                raise
            problems.append(str(error))
            return fallback

    season = part(
        lambda: _object(top.get("season", {}), "season", required=set(), optional=_SEASON_OPTIONAL),
        {},
    )
    programs = part(
        lambda: _programs(_list(top.get("programs", []), "programs", MAX_PROGRAMS), problems), ()
    )
    program_ids = {p.id for p in programs}
    messages = part(
        lambda: _messages(
            _list(top.get("messages", []), "messages", MAX_MESSAGES), program_ids, problems
        ),
        (),
    )
    criteria = Season().criteria
    if "criteria" in top:
        criteria = part(
            lambda: _criteria(_list(top["criteria"], "criteria", MAX_CRITERIA), problems),
            criteria,
        )
    criterion_ids = {c.id for c in criteria}
    return Season(
        rank_deadline=part(
            lambda: _optional_date(season.get("rank_deadline"), "season.rank_deadline"), None
        ),
        time_zone=part(lambda: _optional_zone(season.get("time_zone"), "season.time_zone"), None),
        programs=programs,
        messages=messages,
        criteria=criteria,
        scores=part(
            lambda: _scores(top.get("scores", {}), program_ids, criterion_ids, problems), {}
        ),
        setting=part(lambda: _setting(season), _setting({})),
        match_week=part(lambda: _match_week(season), None),
    )


def parse_today(value: object) -> date:
    """The reader's local date, passed in by the page or the command line."""
    return _date(value, "today")


_TOP_OPTIONAL = {"season", "programs", "messages", "criteria", "scores"}
_SEASON_OPTIONAL = {
    "rank_deadline",
    "time_zone",
    "match",
    "specialty",
    "match_week_start",
    "match_week_end",
}


def _setting(season: dict) -> Setting:
    """The reader's match and specialty; files from before the setting existed have none
    and get the default match."""
    ids = {}
    for key in ("match", "specialty"):
        value = season.get(key) or None
        if value is not None and not isinstance(value, str):
            raise PlannerError(f"season.{key} must be the id of a {key}.")
        ids[key] = value
    try:
        return choose(ids["match"], ids["specialty"])
    except ValueError as error:
        raise PlannerError(f"season: {error}") from error


def _match_week(season: dict) -> tuple[date, date] | None:
    start = _optional_date(season.get("match_week_start"), "season.match_week_start")
    end = _optional_date(season.get("match_week_end"), "season.match_week_end")
    if start is None and end is None:
        return None
    if start is None or end is None:
        raise PlannerError("Enter both the first and the last day of your Match Week.")
    if end < start:
        raise PlannerError("The last day of your Match Week comes before its first day.")
    return start, end


def _programs(items: list, problems: list[str] | None) -> tuple[Program, ...]:
    seen: set[str] = set()
    return _each(items, "programs", problems, lambda item, where: _program(item, where, seen))


def _program(item: object, where: str, seen: set[str]) -> Program:
    raw = _object(
        item,
        where,
        required={"id", "name"},
        optional={
            "specialty",
            "location",
            "status",
            "interview",
            "interview_time_zone",
            "notes",
            "no_post_interview_contact",
        },
    )
    program_id = _unique_id(raw["id"], f"{where}.id", seen)
    status = _choice(raw.get("status", "applied"), STATUSES, f"{where}.status")
    interview = raw.get("interview")
    if interview is not None and (
        not isinstance(interview, str) or not _DATETIME.fullmatch(interview)
    ):
        raise PlannerError(
            f"{where}.interview must be a date (YYYY-MM-DD) or date and time "
            "(YYYY-MM-DDTHH:MM, optionally with an offset such as -05:00)."
        )
    if interview is not None:
        _check_moment(interview, f"{where}.interview")
    return Program(
        id=program_id,
        name=_text(raw["name"], f"{where}.name", required=True),
        specialty=_text(raw.get("specialty", ""), f"{where}.specialty"),
        location=_text(raw.get("location", ""), f"{where}.location"),
        status=status,
        interview=interview,
        interview_time_zone=_optional_zone(
            raw.get("interview_time_zone"), f"{where}.interview_time_zone"
        ),
        notes=_text(raw.get("notes", ""), f"{where}.notes", limit=MAX_NOTES),
        no_post_interview_contact=_flag(raw, "no_post_interview_contact", where),
    )


def _messages(
    items: list, program_ids: set[str], problems: list[str] | None
) -> tuple[Message, ...]:
    seen: set[str] = set()

    def build(item: object, where: str) -> Message:
        return _message(item, where, seen, program_ids)

    return _each(items, "messages", problems, build)


def _message(item: object, where: str, seen: set[str], program_ids: set[str]) -> Message:
    raw = _object(
        item,
        where,
        required={"id", "program", "kind", "sent"},
        optional={"recipient", "rank_first_claim", "subject", "notes", "reply"},
    )
    message_id = _unique_id(raw["id"], f"{where}.id", seen)
    if not isinstance(raw["program"], str) or raw["program"] not in program_ids:
        raise PlannerError(f"{where}.program points to a program that is not in the file.")
    kind = _choice(raw["kind"], tuple(KINDS), f"{where}.kind")
    recipient = _choice(raw.get("recipient", "program-director"), RECIPIENTS, f"{where}.recipient")
    return Message(
        id=message_id,
        program=raw["program"],
        kind=kind,
        sent=_date(raw["sent"], f"{where}.sent"),
        recipient=recipient,
        rank_first_claim=_flag(raw, "rank_first_claim", where),
        subject=_text(raw.get("subject", ""), f"{where}.subject"),
        notes=_text(raw.get("notes", ""), f"{where}.notes", limit=MAX_NOTES),
        reply=_flag(raw, "reply", where),
    )


def _flag(raw: dict, key: str, where: str) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise PlannerError(f"{where}.{key} must be true or false.")
    return value


def _criteria(items: list, problems: list[str] | None) -> tuple[Criterion, ...]:
    seen: set[str] = set()
    return _each(items, "criteria", problems, lambda item, where: _criterion(item, where, seen))


def _criterion(item: object, where: str, seen: set[str]) -> Criterion:
    raw = _object(item, where, required={"id", "label"}, optional={"weight"})
    weight = raw.get("weight", 1)
    if not _is_int_between(weight, 0, MAX_WEIGHT):
        raise PlannerError(f"{where}.weight must be a whole number from 0 to {MAX_WEIGHT}.")
    return Criterion(
        id=_unique_id(raw["id"], f"{where}.id", seen),
        label=_text(raw["label"], f"{where}.label", required=True),
        weight=weight,
    )


def _each(items: list, name: str, problems: list[str] | None, build) -> tuple:
    """build(item, "name[i]") for every item. With a `problems` list, an item that cannot
    be read is left out and its message kept there, so the rest can still be shown."""
    built = []
    for index, item in enumerate(items):
        try:
            built.append(build(item, f"{name}[{index}]"))
        except PlannerError as error:
            if problems is None:
                raise
            problems.append(str(error))
    return tuple(built)


def _scores(
    value: object, program_ids: set[str], criterion_ids: set[str], problems: list[str] | None
) -> dict:
    if not isinstance(value, dict):
        raise PlannerError("scores must be an object of program id -> scores.")
    entries = _each(
        list(value.items()),
        "scores",
        problems,
        lambda entry, where: _program_scores(*entry, program_ids, criterion_ids),
    )
    return dict(entries)


def _program_scores(
    program_id: str, by_criterion: object, program_ids: set[str], criterion_ids: set[str]
) -> tuple[str, dict[str, int]]:
    if program_id not in program_ids:
        raise PlannerError("scores has an entry for a program that is not in the file.")
    if not isinstance(by_criterion, dict):
        raise PlannerError(f"scores.{program_id} must be an object of criterion id -> score.")
    for criterion_id, score in by_criterion.items():
        where = f"scores.{program_id}"
        if criterion_id not in criterion_ids:
            raise PlannerError(f"{where} scores a criterion that is not in the file.")
        if not _is_int_between(score, 0, MAX_SCORE):
            raise PlannerError(f"{where}.{criterion_id} must be a whole number 0 to 5.")
    return program_id, dict(by_criterion)


def _object(value: object, where: str, *, required: set[str], optional: set[str]) -> dict:
    if not isinstance(value, dict):
        raise PlannerError(f"{where} must be a JSON object.")
    missing = sorted(required - value.keys())
    if missing:
        raise PlannerError(f"{where} is missing {', '.join(missing)}.")
    unknown = sorted(str(key)[:40] for key in value.keys() - required - optional)
    if unknown:
        raise PlannerError(f"{where} has unknown field(s): {', '.join(unknown[:5])}.")
    return value


def _list(value: object, where: str, limit: int) -> list:
    if not isinstance(value, list):
        raise PlannerError(f"{where} must be a list.")
    if len(value) > limit:
        raise PlannerError(f"{where} has {len(value)} entries; the planner keeps at most {limit}.")
    return value


def _unique_id(value: object, where: str, seen: set[str]) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise PlannerError(f"{where} must be 1-64 letters, digits, '-' or '_'.")
    if value in seen:
        raise PlannerError(f"{where} {value!r} is used twice; each id must be unique.")
    seen.add(value)
    return value


def _text(value: object, where: str, *, limit: int = MAX_TEXT, required: bool = False) -> str:
    if not isinstance(value, str):
        raise PlannerError(f"{where} must be text.")
    if len(value) > limit:
        raise PlannerError(f"{where} is {len(value)} characters long; the limit is {limit}.")
    if required and not value.strip():
        raise PlannerError(f"{where} must not be empty.")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        raise PlannerError(f"{where} contains control characters.")
    if _BROKEN_CHARACTER.search(value):
        # Half of a UTF-16 pair (from a "\ud800" escape): no file or screen can show it.
        raise PlannerError(f"{where} contains a broken character; retype that text.")
    return value


def _choice(value: object, allowed: tuple[str, ...], where: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise PlannerError(f"{where} must be one of {', '.join(allowed)}.")
    return value


def _date(value: object, where: str) -> date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            _check_year(day.year, where)
            return day
    raise PlannerError(f"{where} must be a real calendar date written YYYY-MM-DD.")


def _check_year(year: int, where: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PlannerError(f"{where} must be a date between {FIRST_YEAR} and {LAST_YEAR}.")


def _optional_date(value: object, where: str) -> date | None:
    return None if value is None else _date(value, where)


def _optional_zone(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ZONE.fullmatch(value) or len(value) > 64:
        raise PlannerError(f"{where} must be a time zone name such as America/New_York.")
    zone(value)
    return value


def _check_moment(value: str, where: str) -> None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise PlannerError(f"{where} is not a real date and time.") from error
    _check_year(moment.year, where)
    offset = moment.utcoffset()
    if offset is not None and abs(offset) > timedelta(hours=14):
        raise PlannerError(f"{where} has an offset beyond ±14 hours.")


def _is_int_between(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
