"""What the rules find in a letter: their hits (a more specific rule's finding hides a general
one's on the same words, the model's backstop added) and the findings made of them. Used by
checker.paste_reading for the letter it checks (a draft, or the whole paste) and for the
poster's words around a draft."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection

from checker.findings import Finding
from checker.fixes import replacement
from checker.hits import Hit
from checker.letter import Letter
from checker.model.predict import backstop
from checker.policies import Setting
from checker.rules import RULES, Rule
from checker.text import Positions


def rule_hits(
    letter: Letter,
    kind: str,
    setting: Setting,
    disabled_rules: Collection[str],
    only: Collection[str] | None = None,
) -> list[tuple[Rule, Hit]]:
    """Every hit of every rule that applies to `kind` and is not disabled (of the rules in
    `only`, when given), in the order of RULES."""
    return [
        (rule, hit)
        for rule in RULES.values()
        if rule.id not in disabled_rules
        and rule.applies_to(kind)
        and (only is None or rule.id in only)
        for hit in rule.hits(letter, kind, setting)
    ]


def reported(
    letter: Letter,
    kind: str,
    hits: list[tuple[Rule, Hit]],
    disabled_rules: Collection[str],
    model: bool,
) -> list[tuple[Rule, Hit]]:
    """What lint reports of the rules' `hits` over `letter`: those no more specific rule's
    hit hides, and the model's when it runs (with_backstop)."""
    return with_backstop(letter, kind, hits, disabled_rules) if model else without_superseded(hits)


def with_backstop(
    letter: Letter, kind: str, hits: list[tuple[Rule, Hit]], disabled_rules: Collection[str]
) -> list[tuple[Rule, Hit]]:
    """The rules' findings, then the model's for wordings their frames miss (checker.model).
    A model finding supersedes as a rule's does: a deal it finds hides the claim inside."""
    kept = without_superseded(hits)
    return without_superseded(kept + backstop(letter, kind, kept, disabled_rules))


def without_superseded(hits: list[tuple[Rule, Hit]]) -> list[tuple[Rule, Hit]]:
    """Drop a finding when a more specific rule reports the same words
    ("if I rank you first, will you rank me highly?" is one reciprocal request)."""
    covering: dict[str, list[tuple[int, int]]] = {}
    for rule, hit in hits:
        for superseded in rule.supersedes:
            covering.setdefault(superseded, []).append((hit.start, hit.end))
    spans = {rule_id: _Spans(found) for rule_id, found in covering.items()}
    return [
        (rule, hit)
        for rule, hit in hits
        if rule.id not in spans or not spans[rule.id].overlap(hit.start, hit.end)
    ]


class _Spans:
    """Spans sorted by start, asked whether any overlaps a given span in O(log n), so that
    a draft repeating one sentence a thousand times is not checked pair by pair."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [start for start, _ in spans]
        self._furthest_ends = list(itertools.accumulate((end for _, end in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self._starts, end)  # spans starting before `end`
        return before_end > 0 and self._furthest_ends[before_end - 1] > start


def finding(
    letter: Letter, original: str, positions: Positions, rule: Rule, hit: Hit, offset: int = 0
) -> Finding:
    """`original`: the text the reader pasted; `offset`: where the letter starts in it (a
    draft inside a post)."""
    start, end = (edge + offset for edge in letter.norm.original_span(hit.start, hit.end))
    line, column = positions.line_and_column(start)
    return Finding(
        rule=rule.id,
        severity=hit.severity or rule.severity,
        start=start,
        end=end,
        start_utf16=positions.utf16(start),
        end_utf16=positions.utf16(end),
        line=line,
        column=column,
        text=original[start:end],
        message=hit.message or rule.message,
        suggestion=rule.suggestion,
        url=hit.url or rule.url,
        replacement=replacement(rule.id, original, start, end),
    )
