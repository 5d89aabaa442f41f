"""The season planner: findings, dated next steps and the rank helper for a Season.

`plan_to_dict(data, today)` is what the browser page and `prematch plan` call. `today`
is always passed in (the reader's local date), never read from the clock here, so the
same file gives the same answer in tests, on the command line and in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from checker.plain import Plain
from checker.planner.checks import (
    NO_THANK_YOU_EFFECTS,
    UPDATE_CLOSES_DAYS,
    UPDATE_OPENS_DAYS,
    run_checks,
    thank_you_due,
)
from checker.planner.ics import calendar
from checker.planner.season import (
    MAX_SCORE,
    Season,
    load,
    parse,
    parse_today,
    time_zones_available,
)
from checker.policies import EFFECTS


@dataclass(frozen=True)
class NextStep(Plain):
    # What the step is about (not a letter kind): thank-you-due, update-window-opens,
    # update-window-closes, rank-deadline, match-week, or no-contact (why a reminder is
    # left out).
    occasion: str
    date: date | None
    text: str
    url: str
    program: str | None = None


def next_steps(season: Season, today: date) -> list[NextStep]:
    """What is still ahead on `today`, soonest first. A date already gone is left out: a
    window missed with nothing logged (a thank-you) is a finding of checks.py instead."""
    steps = [
        *_thank_you_steps(season, today),
        *_deadline_steps(season, today),
        *_match_week_steps(season, today),
        *_no_contact_steps(season),
    ]
    return sorted(
        steps, key=lambda s: (s.date is None, s.date or today, s.occasion, s.program or "")
    )


def _thank_you_steps(season: Season, today: date):
    for program in season.programs:
        due = thank_you_due(season, program, today)
        if due is not None and due >= today:
            yield NextStep(
                "thank-you-due",
                due,
                f"Send a thank-you to {program.name} by {due.isoformat()}.",
                "timeline/#phase-3-interview-day",
                program.id,
            )


def _deadline_steps(season: Season, today: date):
    deadline = season.rank_deadline
    if deadline is None:
        yield NextStep(
            "rank-deadline",
            None,
            "Enter your rank list certification deadline to see your update window.",
            "timeline/#phase-4-before-the-rank-deadline",
        )
        return
    window = "timeline/#phase-4-before-the-rank-deadline"
    if season.setting.policy_with("no-post-interview-contact") is None:
        yield from _update_window_steps(deadline, today, window)
    if deadline >= today:
        yield NextStep(
            "rank-deadline",
            deadline,
            f"Rank list deadline {deadline.isoformat()}: certify your list by then.",
            window,
        )


def _update_window_steps(deadline: date, today: date, window: str):
    opens = deadline - timedelta(days=UPDATE_OPENS_DAYS)
    closes = deadline - timedelta(days=UPDATE_CLOSES_DAYS)
    if opens >= today:
        yield NextStep(
            "update-window-opens",
            opens,
            f"Update window opens {opens.isoformat()} (4 weeks before your rank deadline).",
            window,
        )
    if closes >= today:
        yield NextStep(
            "update-window-closes",
            closes,
            f"Update window closes {closes.isoformat()} (2 weeks before your rank deadline).",
            window,
        )


def _no_contact_steps(season: Season):
    """Why reminders the reader might expect are missing: their policy, or a program's wish."""
    for effect in NO_THANK_YOU_EFFECTS:
        policy = season.setting.policy_with(effect)
        if policy is not None:
            left_out = (
                "thank-you reminders or update window"
                if effect == "no-post-interview-contact"
                else "thank-you reminders"
            )
            yield NextStep(
                "no-contact",
                None,
                f"No {left_out}: {policy.name} — {EFFECTS[effect].lower()} ({policy.source}).",
                policy.url,
            )
            break
    for program in season.programs:
        if program.no_post_interview_contact:
            yield NextStep(
                "no-contact",
                None,
                f"No thank-you or update letter to {program.name}: the program asked for no "
                "communication after the interview.",
                "timeline/#thank-you-notes",
                program.id,
            )


def _match_week_steps(season: Season, today: date):
    if season.match_week is None:
        return
    first, last = season.match_week
    if last >= today:
        yield NextStep(
            "match-week",
            max(first, today),  # a week under way is dated today: it is not behind the reader
            f"Match Week {first.isoformat()} to {last.isoformat()}: during SOAP, write to a "
            "program only in reply to one that contacted you first.",
            "timeline/#match-week-and-soap",
        )


def ranking(season: Season) -> list[dict]:
    """Programs ordered by the reader's own weighted scores, with every part shown.

    Ties keep the programs' listed order and are marked so the page can say so.
    """
    rows = []
    for program in season.programs:
        given = season.scores.get(program.id, {})
        parts = [
            {
                "criterion": c.id,
                "label": c.label,
                "score": given.get(c.id),
                "weight": c.weight,
                "points": given.get(c.id, 0) * c.weight,
            }
            for c in season.criteria
        ]
        rows.append(
            {
                "program": program.id,
                "name": program.name,
                "total": sum(part["points"] for part in parts),
                "max_total": sum(MAX_SCORE * c.weight for c in season.criteria),
                "parts": parts,
                "unscored": [part["criterion"] for part in parts if part["score"] is None],
            }
        )
    rows.sort(key=lambda row: -row["total"])
    totals = [row["total"] for row in rows]
    for position, row in enumerate(rows, start=1):
        row["position"] = position
        row["tied"] = totals.count(row["total"]) > 1
    return rows


def plan(season: Season, today: date) -> dict:
    return {
        "findings": [f.to_dict() for f in run_checks(season, today)],
        "next_steps": [s.to_dict() for s in next_steps(season, today)],
        "ranking": ranking(season),
        # Each interview's date in the reader's own time zone, for the page to show.
        "interview_days": {
            p.id: day.isoformat() for p in season.programs if (day := season.interview_day(p))
        },
        "season": season.to_dict(),
        "time_zones_available": time_zones_available(),
    }


def plan_to_dict(
    data: dict | str, today: str, *, with_ics: bool = False, recover: bool = False
) -> dict:
    """The planner for the browser and CLI: `data` is planner JSON (decoded, or file text).

    Raises season.PlannerError (a ValueError) with a message for the reader when the
    data or `today` is not valid. The result's "season" is the validated, normalised
    data the page stores, so an import keeps exactly what was checked. With `recover`
    (the page reading its own storage), parts that cannot be read are left out instead
    and named in the result's "problems".
    """
    problems: list[str] | None = [] if recover else None
    season = parse(data, problems) if isinstance(data, str) else load(data, problems)
    local_today = parse_today(today)
    result = plan(season, local_today)
    if recover:
        result["problems"] = problems
    if with_ics:
        result["ics"] = calendar(next_steps(season, local_today), local_today)
    return result
