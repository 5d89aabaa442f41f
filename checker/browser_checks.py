"""checker.browser_api's methods for the Checker and the Planner: the draft's findings,
the names and limits the pages show, the rules and policies, the season plan, and the
work the worker does while the page asks nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from checker.ahead import compile_ahead
from checker.findings import SEVERITIES, severity_label, summarise
from checker.kinds import KINDS
from checker.limits import (
    DRAFT_TOO_LONG,
    MAX_DRAFT_CHARACTERS,
    MAX_PLANNER_CHARACTERS,
    draft_too_long,
    planner_too_large,
)
from checker.lint import lint
from checker.planner import season
from checker.planner.log_draft import log_draft
from checker.planner.plan import plan_to_dict
from checker.policies import choose, policy_table
from checker.rules import RULES


def _lint(params: Mapping[str, Any]) -> dict:
    """The draft's findings without those the reader ignored ({rule, text} pairs), and the
    summary line, which counts the ignored ones."""
    text = params.get("text")
    if not isinstance(text, str):
        raise ValueError("There is no text to check.")
    if len(text) > MAX_DRAFT_CHARACTERS:
        raise ValueError(draft_too_long(len(text)))
    disabled_rules = params.get("disabled_rules") or ()
    setting = choose(
        _optional_id(params, "match"),
        _optional_id(params, "specialty"),
        soap=params.get("soap") is True,
        reply=params.get("reply") is True,
    )
    checked = lint(text, params.get("kind") or None, disabled_rules=disabled_rules, setting=setting)
    ignored = {
        (key.get("rule"), key.get("text"))
        for key in params.get("ignored") or ()
        if isinstance(key, Mapping)
    }
    kept = [f for f in checked.findings if (f.rule, f.text) not in ignored]
    return checked.to_dict() | {
        # No findings: lint's own summary (it says when no letter was found to check).
        "summary": summarise(kept, ignored=len(checked.findings) - len(kept))
        if checked.findings
        else checked.summary,
        "findings": [finding.to_dict() for finding in kept],
    }


def _optional_id(params: Mapping[str, Any], key: str) -> str | None:
    value = params.get(key) or None
    if value is not None and not isinstance(value, str):
        raise ValueError(f"The {key} must be given by its id.")
    return value


def _policies(params: Mapping[str, Any]) -> dict:
    """The matches and specialty policies the reader can choose from, with their sources."""
    return policy_table().to_dict()


def _rules(params: Mapping[str, Any]) -> list[dict]:
    return [rule.to_dict() for rule in RULES.values()]


def _vocabulary(params: Mapping[str, Any]) -> dict:
    """Every name and limit the pages show, so none is written twice (once in JavaScript)."""
    return {
        "kinds": dict(KINDS),
        # Most serious first: the order the checker groups its findings in.
        "severities": [
            {"id": s, "label": severity_label(s), "plural": severity_label(s, plural=True)}
            for s in SEVERITIES
        ],
        "statuses": dict(season.STATUSES),
        "recipients": dict(season.RECIPIENTS),
        "limits": {
            "draft_characters": MAX_DRAFT_CHARACTERS,
            # The page fills in {length}: it measures a draft before sending it.
            "draft_too_long": DRAFT_TOO_LONG.format(
                length="{length}", limit=f"{MAX_DRAFT_CHARACTERS:,}"
            ),
            "planner_file_characters": MAX_PLANNER_CHARACTERS,
            "planner_file_too_large": planner_too_large(),
            "text": season.MAX_TEXT,
            "notes": season.MAX_NOTES,
            "score": season.MAX_SCORE,
            "weight": season.MAX_WEIGHT,
            # The date inputs' min and max: the years every date computation handles.
            "first_date": f"{season.FIRST_YEAR}-01-01",
            "last_date": f"{season.LAST_YEAR}-12-31",
        },
    }


def _plan(params: Mapping[str, Any]) -> dict:
    return plan_to_dict(
        params.get("data"),
        params.get("today"),
        with_ics=bool(params.get("ics")),
        recover=bool(params.get("recover")),
    )


def _log_draft(params: Mapping[str, Any]) -> dict:
    text = params.get("text")
    if not isinstance(text, str):
        raise ValueError("There is no draft to log.")
    return log_draft(
        params.get("data"),
        text,
        kind=params.get("kind") or None,
        program_id=params.get("program_id") or None,
        program_name=str(params.get("program_name") or ""),
        recipient=str(params.get("recipient") or "program-director"),
        today=params.get("today"),
    )


# Short enough that a request arriving meanwhile hardly waits. A slice ends after the
# pattern that passes it, and the slowest patterns take 5-10 ms in CPython, about twice that
# in the worker: so a request may wait ~20 ms behind a slice, not 5.
_WARM_SLICE_S = 0.005


def _warm(params: Mapping[str, Any]) -> bool:
    """One slice of compiling ahead; True while there is more to do."""
    return compile_ahead(_WARM_SLICE_S)


HANDLERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "lint": _lint,
    "rules": _rules,
    "vocabulary": _vocabulary,
    "policies": _policies,
    "plan": _plan,
    "log_draft": _log_draft,
    "warm": _warm,
}
