"""Format benchmark rows as one plain-text table (and judge each row against its target)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A target the table can judge: "<= 1.10x" compares the ratio, "< 5 ms" the value.
_TARGET = re.compile(r"^\s*(<=|<)\s*([0-9.]+)\s*(x?)\b")

COLUMNS = ("benchmark", "value", "baseline", "ratio", "target", "met", "note")


def format_number(value: float | None) -> str:
    if value is None:
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def target_met(row: dict) -> bool | None:
    """True/False when the target is a simple bound on the value or ratio, else None."""
    match = _TARGET.match(str(row.get("target") or ""))
    if not match:
        return None
    operator, bound, on_ratio = match.group(1), float(match.group(2)), match.group(3)
    measured = row.get("ratio") if on_ratio else row.get("value")
    if measured is None:
        return None
    return measured <= bound if operator == "<=" else measured < bound


def _cells(row: dict) -> tuple[str, ...]:
    unit = row.get("unit") or ""
    value = f"{format_number(row.get('value'))} {unit}".strip()
    baseline = ""
    if row.get("baseline"):
        baseline = row["baseline"]
        if row.get("baseline_value") is not None:
            baseline += f": {format_number(row['baseline_value'])} {unit}".rstrip()
    ratio = f"{row['ratio']:.2f}x" if row.get("ratio") is not None else ""
    met = {True: "yes", False: "NO", None: ""}[target_met(row)]
    return (
        str(row["benchmark"]),
        value,
        baseline,
        ratio,
        str(row.get("target") or ""),
        met,
        str(row.get("note") or ""),
    )


def format_table(rows: Iterable[dict], header_lines: Iterable[str] = ()) -> str:
    lines = [*header_lines, ""]
    body = [_cells(row) for row in rows]
    widths = [max(len(cell) for cell in column) for column in zip(COLUMNS, *body, strict=True)]
    widths[-1] = 0  # the note is last: no padding after it

    def render(cells: tuple[str, ...]) -> str:
        return " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    lines.append(render(COLUMNS).rstrip())
    lines.append("-+-".join("-" * (width or 4) for width in widths))
    lines.extend(render(cells).rstrip() for cells in body)
    return "\n".join(lines)
