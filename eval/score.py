"""Lint every corpus item and compare the findings with its labels.

A finding counts for a label when the rule is the same and the spans overlap (a label
without a span, such as a missing AAMC ID, matches any finding of its rule); several
findings on one label count once. An error or warning that matches no label is a false
alarm; info findings never are (they are reminders, not objections).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.findings import Finding
from checker.lint import lint
from checker.rules import RULES
from eval.corpus import WORDING_RULES, Item, Label

# Sentence items are judged on wording alone: the letter rules (greeting, sign-off, subject,
# AAMC ID, length, ...) would only report that a lone sentence is not a whole letter.
LETTER_RULES = tuple(rule for rule in RULES if rule not in WORDING_RULES)
OBJECTIONS = ("error", "warning")


@dataclass(frozen=True)
class Miss:
    item: Item
    label: Label


@dataclass(frozen=True)
class FalseAlarm:
    item: Item
    finding: Finding


@dataclass
class RuleScore:
    labels: int = 0  # labels of this rule in the corpus
    found: int = 0  # labels matched by at least one finding
    false_alarms: int = 0  # errors and warnings of this rule that match no label

    @property
    def precision(self) -> float:
        claimed = self.found + self.false_alarms
        return self.found / claimed if claimed else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: RuleScore) -> None:
        self.labels += other.labels
        self.found += other.found
        self.false_alarms += other.false_alarms


@dataclass
class Report:
    items: list[Item] = field(default_factory=list)
    rules: dict[str, RuleScore] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    false_alarms: list[FalseAlarm] = field(default_factory=list)

    def add(self, item: Item, findings: Iterable[Finding]) -> None:
        """Score one item's findings against its labels."""
        self.items.append(item)
        findings = list(findings)
        for label in item.labels:
            score = self.rules.setdefault(label.rule, RuleScore())
            score.labels += 1
            if any(_matches(label, finding) for finding in findings):
                score.found += 1
            else:
                self.misses.append(Miss(item, label))
        for finding in findings:
            if finding.severity in OBJECTIONS and not any(
                _matches(label, finding) for label in item.labels
            ):
                self.rules.setdefault(finding.rule, RuleScore()).false_alarms += 1
                self.false_alarms.append(FalseAlarm(item, finding))

    @property
    def overall(self) -> RuleScore:
        total = RuleScore()
        for score in self.rules.values():
            total.add(score)
        return total

    @property
    def clean_letters(self) -> list[Item]:
        return [item for item in self.items if item.part == "letters" and item.clean]

    @property
    def flagged_clean_letters(self) -> list[Item]:
        """Clean letters that got an error or a warning: each one would worry an applicant."""
        flagged = {alarm.item.id for alarm in self.false_alarms}
        return [item for item in self.clean_letters if item.id in flagged]


def findings_for(item: Item, *, model: bool = True) -> list[Finding]:
    disabled = LETTER_RULES if item.part == "sentences" else ()
    return lint(item.text, item.kind, disabled_rules=disabled, model=model).findings


def evaluate(items: Iterable[Item], *, model: bool = True) -> Report:
    """Score the items; `model=False` scores the rules alone, without the model's backstop."""
    report = Report()
    for item in items:
        report.add(item, findings_for(item, model=model))
    return report


def _matches(label: Label, finding: Finding) -> bool:
    return label.rule == finding.rule and label.overlaps(finding.start, finding.end)
