"""File a draft the reader has sent in their season planner ("Log this draft" on the
checker page): the letter kind, whether it claims first choice, its subject and the date,
never the text itself. One call does it all, so the page makes one trip to Python.
"""

from __future__ import annotations

from checker.kinds import KINDS
from checker.letter import Letter
from checker.lint import lint
from checker.planner.plan import plan_to_dict
from checker.planner.season import MAX_TEXT, PlannerError, load, parse_today


def log_draft(
    data: object,
    text: str,
    *,
    kind: str | None,
    program_id: str | None,
    program_name: str = "",
    recipient: str,
    today: str,
) -> dict:
    """The planner `data` with the draft logged as sent `today` to an existing program
    (`program_id`) or a new one (`program_name`): {"message", "confirmation", "plan"},
    where "plan" is plan_to_dict's answer for the new data (the page stores its season).
    Raises ValueError with a message for the reader."""
    if not text.strip():
        raise PlannerError("There is no draft to log yet: paste or write it above first.")
    season = load(data).to_dict()  # checked first, so the new ids cannot clash
    if program_id is None:
        if not program_name.strip():
            raise PlannerError("Type the new program's name first.")
        program_id = new_id("p", season["programs"])
        season["programs"].append({"id": program_id, "name": program_name.strip()})
    program = next((p for p in season["programs"] if p["id"] == program_id), None)
    if program is None:
        raise PlannerError("That program is no longer in your planner: choose it again.")
    checked = lint(text, kind)
    subject, _ = Letter(text).subject_and_body()
    message = {
        "id": new_id("m", season["messages"]),
        "program": program_id,
        "kind": checked.kind,
        "sent": parse_today(today).isoformat(),
        "recipient": recipient,
        "rank_first_claim": checked.kind == "rank-first"
        or any(finding.rule == "rank-first-claim" for finding in checked.findings),
        "subject": subject[:MAX_TEXT],
    }
    season["messages"].append(message)
    return {
        "message": message,
        "confirmation": f"Logged as a {KINDS[checked.kind]} to {program['name']} on "
        f"{message['sent']}.",
        "plan": plan_to_dict(season, today),
    }


def new_id(prefix: str, items: list[dict]) -> str:
    """An id like "p3" that no item uses yet."""
    taken = {item["id"] for item in items}
    number = len(items) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
