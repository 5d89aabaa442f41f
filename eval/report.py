"""Text for `make eval`: a Markdown table per split (pasted into eval/README.md as is) and,
for a split we tune on, each miss and false alarm with the words around it."""

from __future__ import annotations

from eval.corpus import HELD_BACK, REGISTERS, Item
from eval.score import Report, RuleScore

_CONTEXT = 150  # characters of the surrounding line shown with a miss or false alarm


def format_table(split: str, report: Report) -> str:
    """The tables of one split. A held-back split gets counts only: not even the ids of its
    flagged clean letters, which would lead straight to their text."""
    sentences = sum(item.part == "sentences" for item in report.items)
    letters = len(report.items) - sentences
    clean = report.clean_letters
    flagged = report.flagged_clean_letters
    lines = [
        f"### {split}: {sentences} sentences, {letters} letters ({len(clean)} clean)",
        "",
        "| rule | labels | found | missed | false alarms | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [_row(rule, report.rules[rule]) for rule in sorted(report.rules)]
    lines.append(_row("**overall**", report.overall))
    lines.append("")
    lines += _register_rows(report)
    lines.append("")
    lines.append(f"Clean letters with an error or warning: {len(flagged)} of {len(clean)}")
    if split not in HELD_BACK:
        lines += [f"- {item.id}: {_rules_flagged(report, item)}" for item in flagged]
    return "\n".join(lines)


def _register_rows(report: Report) -> list[str]:
    """Recall and false alarms per register: where the checker struggles with a way of writing."""
    rows = ["| register | items | labels | missed | false alarms | recall |"]
    rows.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for register in REGISTERS:
        items = [item for item in report.items if item.register == register]
        labels = sum(len(item.labels) for item in items)
        missed = sum(miss.item.register == register for miss in report.misses)
        alarms = sum(alarm.item.register == register for alarm in report.false_alarms)
        recall = (labels - missed) / labels if labels else 1.0
        rows.append(
            f"| {register} | {len(items)} | {labels} | {missed} | {alarms} | {recall:.2f} |"
        )
    return rows


def _row(name: str, score: RuleScore) -> str:
    missed = score.labels - score.found
    return (
        f"| {name} | {score.labels} | {score.found} | {missed} | {score.false_alarms} "
        f"| {score.precision:.2f} | {score.recall:.2f} | {score.f1:.2f} |"
    )


def _rules_flagged(report: Report, item: Item) -> str:
    return ", ".join(
        sorted({alarm.finding.rule for alarm in report.false_alarms if alarm.item is item})
    )


def format_details(report: Report) -> str:
    lines = [f"\nMisses ({len(report.misses)}):"]
    for miss in sorted(report.misses, key=lambda miss: (miss.label.rule, miss.item.id)):
        label = miss.label
        if label.start is None:
            lines.append(f"  {miss.item.id} [{label.rule}] (whole letter) {_opening(miss.item)}")
        else:
            words = miss.item.text[label.start : label.end]
            context = _around(miss.item, label.start, label.end)
            lines.append(f"  {miss.item.id} [{label.rule}] {words!r} in {context}")
    lines.append(f"\nFalse alarms ({len(report.false_alarms)}):")
    for alarm in sorted(report.false_alarms, key=lambda alarm: (alarm.finding.rule, alarm.item.id)):
        finding = alarm.finding
        context = _around(alarm.item, finding.start, finding.end)
        lines.append(
            f"  {alarm.item.id} [{finding.rule}, {finding.severity}] {finding.text!r} in {context}"
        )
    return "\n".join(lines)


def _around(item: Item, start: int, end: int) -> str:
    """The line that holds the span, shortened around it, line breaks shown as ⏎."""
    text = item.text
    if item.part == "letters":
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        text = text[line_start : line_end if line_end != -1 else len(text)]
        start, end = start - line_start, end - line_start
    if len(text) > _CONTEXT:
        first = max(0, min(start - 40, len(text) - _CONTEXT))
        text = ("…" if first else "") + text[first : first + _CONTEXT] + "…"
    return repr(text.replace("\n", "⏎"))


def _opening(item: Item) -> str:
    return repr(item.text.split("\n", 1)[0][:_CONTEXT])
