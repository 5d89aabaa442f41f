"""Season checks: what the guide would say about all the messages logged so far.

Each check is data (id, severity, title, guide link, examples) plus one small function
that yields (message, program ids, message ids). The examples are planner files in
miniature: the tests run every `fails` example (the check must fire) and every
`passes` example (it must stay silent), and the planner page documents the checks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from itertools import pairwise

from checker.planner.season import RECIPIENTS, Message, Season

THANK_YOU_DAYS = 2  # the guide: thank-you within 24-48 hours of the interview
UPDATE_OPENS_DAYS = 28  # the guide: an update 2-4 weeks before the rank deadline
UPDATE_CLOSES_DAYS = 14
FOLLOW_UP_GAP_DAYS = 14  # two chasing messages closer than this look like pressure

POST_INTERVIEW_KINDS = ("thank-you", "continued-interest", "rank-first")
UPDATE_KINDS = ("continued-interest", "rank-first")
CHASING_KINDS = ("other", "logistics-question")
# Each interviewer may get their own thank-you, so faculty thank-yous are not repeats.
THANK_YOU_ROLES_COUNTED = ("program-director", "coordinator", "other")

# What a season check finds, before it becomes a PlanFinding: (message, program ids,
# message ids). Not checker.rules.Hit, which is a span found in a draft.
Detection = tuple[str, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class PlanFinding:
    rule: str
    severity: str
    message: str
    url: str
    programs: tuple[str, ...]
    messages: tuple[str, ...]

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "url": self.url,
            "programs": list(self.programs),
            "messages": list(self.messages),
        }


@dataclass(frozen=True)
class SeasonCheck:
    id: str
    severity: str
    title: str
    url: str
    find: Callable[[Season], Iterator[Detection]]
    fails: tuple[dict, ...]
    passes: tuple[dict, ...]


def run_checks(season: Season) -> list[PlanFinding]:
    findings = [
        PlanFinding(check.id, check.severity, text, check.url, programs, messages)
        for check in CHECKS
        for text, programs, messages in check.find(season)
    ]
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: (order[f.severity], f.rule, f.programs, f.messages))


def _name(season: Season, program_id: str) -> str:
    return f"“{season.program(program_id).name}”"


def _grouped(messages, key) -> dict:
    groups = defaultdict(list)
    for message in messages:
        groups[key(message)].append(message)
    return groups


def _ids(messages: list[Message]) -> tuple[str, ...]:
    return tuple(m.id for m in messages)


def _repeats(season: Season, kinds: tuple[str, ...]) -> Iterator[tuple[str, list[Message]]]:
    """(program id, its messages of these kinds) for programs with more than one."""
    wanted = [m for m in season.messages if m.kind in kinds]
    for program_id, messages in _grouped(wanted, lambda m: m.program).items():
        if len(messages) > 1:
            yield program_id, messages


def _repeat_clarification(season: Season) -> Iterator[Detection]:
    for program_id, messages in _repeats(season, ("citizenship-clarification",)):
        yield (
            f"You have logged {len(messages)} citizenship clarifications to "
            f"{_name(season, program_id)}. The guide suggests one at most, early in the season.",
            (program_id,),
            _ids(messages),
        )


def _repeat_thank_you(season: Season) -> Iterator[Detection]:
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


def _repeat_update(season: Season) -> Iterator[Detection]:
    for program_id, messages in _repeats(season, UPDATE_KINDS):
        yield (
            f"You have logged {len(messages)} update or interest letters to "
            f"{_name(season, program_id)}. The guide suggests at most one after the interview: "
            "put your news and your interest in a single letter.",
            (program_id,),
            _ids(messages),
        )


def _rank_first_to_many(season: Season) -> Iterator[Detection]:
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


def _late_thank_you(season: Season) -> Iterator[Detection]:
    for message in season.messages:
        if message.kind != "thank-you":
            continue
        interview = season.interview_day(season.program(message.program))
        if interview is not None and message.sent > interview + timedelta(days=THANK_YOU_DAYS):
            late = (message.sent - interview).days
            yield (
                f"Your thank-you to {_name(season, message.program)} went out {late} days after "
                "the interview; the guide suggests within 48 hours. Nothing to fix now: keep it "
                "in mind for the next interviews.",
                (message.program,),
                (message.id,),
            )


def _update_outside_window(season: Season) -> Iterator[Detection]:
    if season.rank_deadline is None:
        return
    opens = season.rank_deadline - timedelta(days=UPDATE_OPENS_DAYS)
    closes = season.rank_deadline - timedelta(days=UPDATE_CLOSES_DAYS)
    for message in season.messages:
        if message.kind == "continued-interest" and not opens <= message.sent <= closes:
            yield (
                f"Your update to {_name(season, message.program)} was sent on "
                f"{message.sent.isoformat()}, outside the usual window of 2-4 weeks before your "
                f"rank list deadline ({opens.isoformat()} to {closes.isoformat()}).",
                (message.program,),
                (message.id,),
            )


def _quick_follow_up(season: Season) -> Iterator[Detection]:
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


def _early_post_interview_letter(season: Season) -> Iterator[Detection]:
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
            yield (
                f"Your {message.kind.replace('-', ' ')} letter to {_name(season, program.id)} is "
                "logged before the interview. Thank-you, update and first-choice letters belong "
                "after it; check the date or the program's status.",
                (program.id,),
                (message.id,),
            )


def _example(*messages: tuple, deadline: str | None = None, **programs: dict) -> dict:
    """A miniature planner file: programs a and b plus (program, kind, sent, ...) messages."""
    base = {"a": {"name": "Alpha IM", "status": "interviewed", "interview": "2027-01-10"}}
    base["b"] = {"name": "Beta IM", "status": "interviewed", "interview": "2027-01-12"}
    base.update(programs)
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {"rank_deadline": deadline},
        "programs": [{"id": pid} | fields for pid, fields in base.items()],
        "messages": [
            {"id": f"m{n}", "program": m[0], "kind": m[1], "sent": m[2]}
            | ({"recipient": m[3]} if len(m) > 3 else {})
            | ({"rank_first_claim": m[4]} if len(m) > 4 else {})
            for n, m in enumerate(messages)
        ],
    }


CHECKS: tuple[SeasonCheck, ...] = (
    SeasonCheck(
        id="rank-first-to-several",
        severity="error",
        title="First-choice statement sent to more than one program",
        url="mistakes/#conflicting-rank-statements",
        find=_rank_first_to_many,
        fails=(
            _example(("a", "rank-first", "2027-02-01"), ("b", "rank-first", "2027-02-02")),
            _example(
                ("a", "rank-first", "2027-02-01"),
                ("b", "continued-interest", "2027-02-02", "program-director", True),
            ),
        ),
        passes=(
            _example(("a", "rank-first", "2027-02-01"), ("b", "continued-interest", "2027-02-02")),
        ),
    ),
    SeasonCheck(
        id="repeat-clarification",
        severity="warning",
        title="More than one citizenship clarification to a program",
        url="timeline/#message-limits",
        find=_repeat_clarification,
        fails=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"),
                ("a", "citizenship-clarification", "2026-11-20"),
            ),
        ),
        passes=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"),
                ("b", "citizenship-clarification", "2026-10-01"),
            ),
        ),
    ),
    SeasonCheck(
        id="repeat-thank-you",
        severity="warning",
        title="More than one thank-you to the same person at a program",
        url="timeline/#message-limits",
        find=_repeat_thank_you,
        fails=(
            _example(("a", "thank-you", "2027-01-11"), ("a", "thank-you", "2027-01-30")),
            _example(
                ("a", "thank-you", "2027-01-11", "coordinator"),
                ("a", "thank-you", "2027-01-12", "coordinator"),
            ),
        ),
        passes=(
            # The guide: a thank-you to the director plus a brief one to the coordinator.
            _example(
                ("a", "thank-you", "2027-01-11", "program-director"),
                ("a", "thank-you", "2027-01-11", "coordinator"),
            ),
            _example(
                ("a", "thank-you", "2027-01-11", "faculty"),
                ("a", "thank-you", "2027-01-11", "faculty"),
            ),
        ),
    ),
    SeasonCheck(
        id="repeat-update",
        severity="warning",
        title="More than one update or interest letter to a program",
        url="timeline/#message-limits",
        find=_repeat_update,
        fails=(
            _example(("a", "continued-interest", "2027-02-01"), ("a", "rank-first", "2027-02-10")),
            _example(
                ("a", "continued-interest", "2027-02-01"),
                ("a", "continued-interest", "2027-02-20"),
            ),
        ),
        passes=(
            _example(("a", "continued-interest", "2027-02-01"), ("a", "thank-you", "2027-01-11")),
        ),
    ),
    SeasonCheck(
        id="quick-follow-up",
        severity="warning",
        title="Following up again soon after a message",
        url="mistakes/#over-emailing",
        find=_quick_follow_up,
        fails=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"), ("a", "other", "2026-10-05")
            ),
            _example(("a", "logistics-question", "2026-12-01"), ("a", "other", "2026-12-01")),
        ),
        passes=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"), ("a", "other", "2026-11-01")
            ),
            _example(("a", "thank-you", "2027-01-11"), ("a", "thank-you", "2027-01-11", "faculty")),
        ),
    ),
    SeasonCheck(
        id="early-post-interview-letter",
        severity="warning",
        title="Post-interview letter before the interview",
        url="timeline/#phase-3-interview-day",
        find=_early_post_interview_letter,
        fails=(
            _example(("a", "thank-you", "2027-01-05")),
            _example(
                ("c", "continued-interest", "2027-01-05"), c={"name": "Gamma", "status": "invited"}
            ),
        ),
        passes=(
            _example(("a", "thank-you", "2027-01-10")),
            _example(
                ("c", "citizenship-clarification", "2026-10-01"),
                c={"name": "Gamma", "status": "applied"},
            ),
        ),
    ),
    SeasonCheck(
        id="late-thank-you",
        severity="info",
        title="Thank-you more than 48 hours after the interview",
        url="timeline/#phase-3-interview-day",
        find=_late_thank_you,
        fails=(_example(("a", "thank-you", "2027-01-13")),),
        passes=(
            _example(("a", "thank-you", "2027-01-12")),
            _example(("a", "thank-you", "2027-01-10")),
        ),
    ),
    SeasonCheck(
        id="update-outside-window",
        severity="info",
        title="Update sent outside 2-4 weeks before the rank deadline",
        url="timeline/#phase-4-before-the-rank-deadline",
        find=_update_outside_window,
        fails=(
            _example(("a", "continued-interest", "2027-01-20"), deadline="2027-03-03"),
            _example(("a", "continued-interest", "2027-02-20"), deadline="2027-03-03"),
        ),
        passes=(
            _example(("a", "continued-interest", "2027-02-03"), deadline="2027-03-03"),
            _example(("a", "continued-interest", "2027-02-17"), deadline="2027-03-03"),
            _example(("a", "continued-interest", "2027-01-20")),
        ),
    ),
)
