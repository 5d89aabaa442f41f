"""Season checks: what the guide would say about all the messages logged so far.

Each check is data plus one small function. The data, in checks.toml, is what the Planner
page lists (severity, title, why, what to do instead, guide link) and the check's examples:
planner files in miniature (see examples.py), read on EXAMPLE_TODAY. The tests run every
`fails` example (the check must fire) and every `passes` example (it must stay silent).
The function, registered here under the check's id with `_finds`, takes the season and the
reader's date and yields (message, program ids, message ids).
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from itertools import pairwise

from checker.findings import SEVERITIES
from checker.guide_links import guide_url
from checker.plain import Plain
from checker.planner.examples import example
from checker.planner.season import RECIPIENTS, Message, Program, Season
from checker.records import from_table

THANK_YOU_DAYS = 2  # the guide: thank-you within 24-48 hours of the interview
UPDATE_OPENS_DAYS = 28  # the guide: an update 2-4 weeks before the rank deadline
UPDATE_CLOSES_DAYS = 14
FOLLOW_UP_GAP_DAYS = 14  # two chasing messages closer than this look like pressure

POST_INTERVIEW_KINDS = ("thank-you", "continued-interest", "rank-first")
# Whom a no-contact specialty policy is about: faculty, the program director among them.
FACULTY_ROLES = ("program-director", "faculty")
UPDATE_KINDS = ("continued-interest", "rank-first")
CHASING_KINDS = ("other", "logistics-question")
# Each interviewer may get their own thank-you, so faculty thank-yous are not repeats.
THANK_YOU_ROLES_COUNTED = ("program-director", "coordinator", "other")
# Policy effects that stop thank-you reminders (the first also stops the update window).
NO_THANK_YOU_EFFECTS = ("no-post-interview-contact", "thank-you-discouraged")
# The date the examples are read on: after every date in them.
EXAMPLE_TODAY = date(2027, 4, 1)

# What a season check finds, before it becomes a PlanFinding: (message, program ids,
# message ids). Not checker.hits.Hit, which is a span found in a draft.
Detection = tuple[str, tuple[str, ...], tuple[str, ...]]
Find = Callable[[Season, date], Iterator[Detection]]


@dataclass(frozen=True)
class PlanFinding(Plain):
    rule: str
    severity: str
    message: str
    url: str
    programs: tuple[str, ...]
    messages: tuple[str, ...]


@dataclass(frozen=True)
class SeasonCheck:
    """A season check, described like a lint rule (the planner page lists them from here)."""

    id: str
    severity: str
    title: str
    guide: str  # "page.md#anchor" in docs/: the section of the guide that explains it
    why: str  # why the guide advises against what the check finds
    instead: str  # what to do instead
    find: Find
    fails: tuple[dict, ...]
    passes: tuple[dict, ...]

    @property
    def url(self) -> str:
        return guide_url(self.guide)


# Each check's function, by its id in checks.toml (filled by `_finds` below).
_FINDS: dict[str, Find] = {}


def _finds(check_id: str):
    """Register the decorated function as what the check `check_id` runs."""

    def register(find: Find) -> Find:
        _FINDS[check_id] = find
        return find

    return register


def _name(season: Season, program_id: str) -> str:
    return f"“{season.program(program_id).name}”"


def _grouped(messages, key) -> dict:
    groups = defaultdict(list)
    for message in messages:
        groups[key(message)].append(message)
    return groups


def _ids(messages: list[Message]) -> tuple[str, ...]:
    return tuple(m.id for m in messages)


def _about(message: Message, text: str) -> Detection:
    """What a check finds in one message: `text`, the message's program and its id."""
    return text, (message.program,), (message.id,)


def _repeats(season: Season, kinds: tuple[str, ...]) -> Iterator[tuple[str, list[Message]]]:
    """(program id, its messages of these kinds) for programs with more than one."""
    wanted = [m for m in season.messages if m.kind in kinds]
    for program_id, messages in _grouped(wanted, lambda m: m.program).items():
        if len(messages) > 1:
            yield program_id, messages


@_finds("repeat-clarification")
def _repeat_clarification(season: Season, _today: date) -> Iterator[Detection]:
    for program_id, messages in _repeats(season, ("citizenship-clarification",)):
        yield (
            f"You have logged {len(messages)} citizenship clarifications to "
            f"{_name(season, program_id)}. The guide suggests one at most, early in the season.",
            (program_id,),
            _ids(messages),
        )


@_finds("repeat-thank-you")
def _repeat_thank_you(season: Season, _today: date) -> Iterator[Detection]:
    counted = [
        m
        for m in season.messages
        if m.kind == "thank-you" and m.recipient in THANK_YOU_ROLES_COUNTED
    ]
    for (program_id, role), messages in _grouped(
        counted, lambda m: (m.program, m.recipient)
    ).items():
        if len(messages) > 1:
            yield (
                f"You have logged {len(messages)} thank-you notes to the "
                f"{RECIPIENTS[role].lower()} at "
                f"{_name(season, program_id)}. One per person after the interview is enough.",
                (program_id,),
                _ids(messages),
            )


@_finds("repeat-update")
def _repeat_update(season: Season, _today: date) -> Iterator[Detection]:
    for program_id, messages in _repeats(season, UPDATE_KINDS):
        yield (
            f"You have logged {len(messages)} update or interest letters to "
            f"{_name(season, program_id)}. The guide suggests at most one after the interview: "
            "put your news and your interest in a single letter.",
            (program_id,),
            _ids(messages),
        )


@_finds("rank-first-to-several")
def _rank_first_to_many(season: Season, _today: date) -> Iterator[Detection]:
    claims = [m for m in season.messages if m.rank_first_claim or m.kind == "rank-first"]
    by_program = _grouped(claims, lambda m: m.program)
    if len(by_program) > 1:
        names = ", ".join(_name(season, pid) for pid in by_program)
        yield (
            f"You have told more than one program that you will rank it first: {names}. "
            "Only one program can be your true first choice, and programs do talk to each other. "
            "Keep the first-choice statement for one; tell the others you will rank them highly.",
            tuple(by_program),
            _ids(claims),
        )


@_finds("late-thank-you")
def _late_thank_you(season: Season, _today: date) -> Iterator[Detection]:
    for message in season.messages:
        if message.kind != "thank-you":
            continue
        interview = season.interview_day(season.program(message.program))
        if interview is not None and message.sent > interview + timedelta(days=THANK_YOU_DAYS):
            late = (message.sent - interview).days
            yield _about(
                message,
                f"Your thank-you to {_name(season, message.program)} went out {late} days after "
                "the interview; the guide suggests within 48 hours. Nothing to fix now: keep it "
                "in mind for the next interviews.",
            )


@_finds("update-outside-window")
def _update_outside_window(season: Season, _today: date) -> Iterator[Detection]:
    if season.rank_deadline is None:
        return
    opens = season.rank_deadline - timedelta(days=UPDATE_OPENS_DAYS)
    closes = season.rank_deadline - timedelta(days=UPDATE_CLOSES_DAYS)
    for message in season.messages:
        if message.kind == "continued-interest" and not opens <= message.sent <= closes:
            yield _about(
                message,
                f"Your update to {_name(season, message.program)} was sent on "
                f"{message.sent.isoformat()}, outside the usual window of 2-4 weeks before your "
                f"rank list deadline ({opens.isoformat()} to {closes.isoformat()}).",
            )


@_finds("quick-follow-up")
def _quick_follow_up(season: Season, _today: date) -> Iterator[Detection]:
    for program_id, messages in _grouped(season.messages, lambda m: m.program).items():
        ordered = sorted(messages, key=lambda m: (m.sent, m.id))
        for earlier, later in pairwise(ordered):
            gap = (later.sent - earlier.sent).days
            if later.kind in CHASING_KINDS and gap < FOLLOW_UP_GAP_DAYS:
                yield (
                    f"You wrote to {_name(season, program_id)} again {gap} day(s) after your "
                    "previous message. Following up in a short span without new information can "
                    "read as pressure; wait unless you have something new to say.",
                    (program_id,),
                    (earlier.id, later.id),
                )


@_finds("early-post-interview-letter")
def _early_post_interview_letter(season: Season, _today: date) -> Iterator[Detection]:
    for message in season.messages:
        if message.kind not in POST_INTERVIEW_KINDS:
            continue
        program = season.program(message.program)
        interview = season.interview_day(program)
        if interview is not None:
            early = message.sent < interview
        else:
            early = program.status in ("applied", "invited")
        if early:
            yield _about(
                message,
                f"Your {message.kind.replace('-', ' ')} letter to {_name(season, program.id)} is "
                "logged before the interview. Thank-you, update and first-choice letters belong "
                "after it; check the date or the program's status.",
            )


def thank_you_ruled_out(season: Season, program: Program) -> bool:
    """The program, or the reader's specialty policy, asks for no thank-you."""
    return program.no_post_interview_contact or any(
        season.setting.policy_with(effect) is not None for effect in NO_THANK_YOU_EFFECTS
    )


def thank_you_due(season: Season, program: Program, today: date) -> date | None:
    """The last day of the 48-hour thank-you window of an interview that has happened (or
    is marked as done) by `today`; None when a thank-you is logged or not wanted."""
    interview = season.interview_day(program)
    if interview is None:
        return None
    interviewed = program.status in ("interviewed", "ranked") or interview <= today
    thanked = any(m.kind == "thank-you" for m in season.messages_to(program.id))
    if not interviewed or thanked or thank_you_ruled_out(season, program):
        return None
    return interview + timedelta(days=THANK_YOU_DAYS)


@_finds("missed-thank-you")
def _missed_thank_you(season: Season, today: date) -> Iterator[Detection]:
    for program in season.programs:
        due = thank_you_due(season, program, today)
        if due is not None and due < today:
            yield (
                f"The 48-hour thank-you window for {_name(season, program.id)} closed on "
                f"{due.isoformat()} with no thank-you logged. If you sent one, log it; if not, "
                "a short thank-you now still does no harm.",
                (program.id,),
                (),
            )


def no_contact_reason(season: Season, program: Program, message: Message) -> str | None:
    """Why this post-interview message should not have gone out, or None: the program
    asked for no contact, or the reader's specialty policy rules out writing to faculty."""
    if message.kind not in POST_INTERVIEW_KINDS:
        return None
    if program.no_post_interview_contact:
        return "the program asked for no communication after the interview"
    policy = season.setting.policy_with("no-post-interview-contact")
    if policy is not None and message.recipient in FACULTY_ROLES:
        return f"{policy.name} rules out contact with faculty after the interview ({policy.source})"
    return None


@_finds("contact-against-policy")
def _contact_against_policy(season: Season, _today: date) -> Iterator[Detection]:
    for message in season.messages:
        program = season.program(message.program)
        reason = no_contact_reason(season, program, message)
        if reason is not None:
            yield _about(
                message,
                f"Your {message.kind.replace('-', ' ')} letter to {_name(season, program.id)} "
                f"went out although {reason}. Send no further letters there after the "
                "interview.",
            )


@_finds("thank-you-discouraged")
def _thank_you_discouraged(season: Season, _today: date) -> Iterator[Detection]:
    policy = season.setting.policy_with("thank-you-discouraged")
    if policy is None:
        return
    for message in season.messages:
        program = season.program(message.program)
        if message.kind == "thank-you" and no_contact_reason(season, program, message) is None:
            yield _about(
                message,
                f"You logged a thank-you to {_name(season, program.id)}, but {policy.name} asks "
                f"applicants not to send thank-you notes ({policy.source}).",
            )


@_finds("soap-applicant-initiated")
def _soap_applicant_initiated(season: Season, _today: date) -> Iterator[Detection]:
    if season.match_week is None:
        return
    first, last = season.match_week
    for message in season.messages:
        if first <= message.sent <= last and not message.reply:
            yield _about(
                message,
                f"Your message to {_name(season, message.program)} on "
                f"{message.sent.isoformat()} falls in your Match Week and is not marked as a "
                "reply. During SOAP you may only answer a program that contacted you first.",
            )


def _load_checks() -> tuple[SeasonCheck, ...]:
    """The checks in checks.toml's order, each with its registered function."""
    text = resources.files(__package__).joinpath("checks.toml").read_text(encoding="utf-8")
    tables = tomllib.loads(text)
    if set(tables) != set(_FINDS):
        raise ValueError(
            "checks.toml and the functions in checks.py name different checks: "
            f"{sorted(set(tables) ^ set(_FINDS))}"
        )
    return tuple(
        from_table(
            SeasonCheck,
            table,
            f"checks.toml [{check_id}]",
            id=check_id,
            find=_FINDS[check_id],
            fails=tuple(example(**planner) for planner in table.get("fails", ())),
            passes=tuple(example(**planner) for planner in table.get("passes", ())),
        )
        for check_id, table in tables.items()
    )


CHECKS = _load_checks()


def run_checks(season: Season, today: date) -> list[PlanFinding]:
    """Every check's findings on the season as it stands on the reader's date `today`."""
    findings = [
        PlanFinding(check.id, check.severity, text, check.url, programs, messages)
        for check in CHECKS
        for text, programs, messages in check.find(season, today)
    ]
    return sorted(
        findings, key=lambda f: (SEVERITIES.index(f.severity), f.rule, f.programs, f.messages)
    )
