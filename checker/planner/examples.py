"""Miniature planner files, the examples every season check carries (checks.toml): programs
"a" and "b", both interviewed, plus the few messages and season fields an example needs."""

from __future__ import annotations

from collections.abc import Sequence


def example(
    messages: Sequence[list] = (),
    deadline: str | None = None,
    match_week: list[str] | None = None,
    specialty: str | None = None,
    programs: dict[str, dict] | None = None,
) -> dict:
    """The planner file of one example in checks.toml. A message is [program, kind, sent],
    optionally followed by recipient and rank_first_claim, and may end with a table of
    further fields ({ reply = true }); `programs` adds programs or replaces "a" or "b"."""
    base = {"a": {"name": "Alpha IM", "status": "interviewed", "interview": "2027-01-10"}}
    base["b"] = {"name": "Beta IM", "status": "interviewed", "interview": "2027-01-12"}
    base.update(programs or {})
    first, last = match_week or (None, None)
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {
            "rank_deadline": deadline,
            "specialty": specialty,
            "match_week_start": first,
            "match_week_end": last,
        },
        "programs": [{"id": pid} | fields for pid, fields in base.items()],
        "messages": [_message(n, *m) for n, m in enumerate(messages)],
    }


def _message(number: int, program: str, kind: str, sent: str, *more) -> dict:
    fields = more[-1] if more and isinstance(more[-1], dict) else {}
    positional = more[:-1] if fields else more
    named = dict(zip(("recipient", "rank_first_claim"), positional, strict=False))
    return {"id": f"m{number}", "program": program, "kind": kind, "sent": sent} | named | fields
