"""How the checker (rules plus model) does on text the model was not trained on:
`python -m checker.model.unseen [proxy] [cv] [opened] [loso] [loso-dev]` (a few minutes
each; proxy and cv by default). Never a held-back split.

- proxy: the rows written after the rules were tuned (ids starting with PROXY: the fourth
  round and the lead's probe) are left out of training and then scored. The best stand-in
  for the private, unseen sets we have.
- cv: dev in FOLDS folds by item order (train.py folds by writing round); each fold is scored by a
  model trained without it. The rules were tuned on all of dev, so this flatters them.
- opened: each opened split (fresh2 onwards: written blind, then opened for tuning the
  rules), scored by the model trained on dev alone (as `make model` trained it before
  d64a35c), so its "model alone" line there is text it never saw, written by
  others than dev's writers.
- loso: leave one opened split out. Each opened split is scored by the model trained on dev
  and the other opened splits (as `make model` trains it, minus the split scored); loso-dev
  scores it by a model trained on dev alone, for comparison. Then all of them pooled. The
  measure that decides what the model trains on and how its thresholds are chosen.

Each line gives, for the rules alone, for rules plus model, and for the model alone (its seven
rules, as if no rule had spoken), the labels found (recall), precision, and the clean items
(sentences and letters) that got an error or a warning. The rules have since been tuned on the
proxy rows too, so "model alone" is the fairer view of how the model meets new wording.
Used to choose the model's features and thresholds; see eval/README.md for the numbers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from checker.kinds import detect_kind
from checker.letter import Letter
from checker.model import predict, train

PROXY = ("ds4-", "dl4-", "lp-")
NO_MODEL: dict = {"rules": {}}


@contextmanager
def using(weights: dict) -> Iterator[None]:
    """Lint with these weights instead of the shipped ones."""
    shipped = predict.weights
    predict.weights = lambda: weights
    try:
        yield
    finally:
        predict.weights = shipped


def scored(items, weights: dict):
    from eval.score import evaluate

    with using(weights):
        return evaluate(items)


class Spoken(NamedTuple):
    """What the scorer reads of a finding: enough to match it with a label."""

    rule: str
    severity: str
    start: int
    end: int


def model_alone(items, weights: dict):
    """The model's findings as if no rule had spoken: how it generalises by itself, which the
    rules, tuned on these very rows since, no longer show in the proxy."""
    from eval.score import Report

    report = Report()
    with using(weights):
        for item in items:
            letter = Letter(item.text)
            kind = item.kind or detect_kind(letter)[0]
            spoken = []
            for rule, hit in predict.backstop(letter, kind, [], ()):
                start, end = letter.norm.original_span(hit.start, hit.end)
                spoken.append(Spoken(rule.id, rule.severity, start, end))
            report.add(item, spoken)
    return report


def summary(report, rules=None) -> str:
    """Recall, precision and clean items flagged, over `rules` (default: every rule)."""
    from eval.score import RuleScore

    total = RuleScore()
    for rule, score in report.rules.items():
        if rules is None or rule in rules:
            total.add(score)
    clean = [item for item in report.items if item.clean]
    letters = [item for item in clean if item.part == "letters"]
    flagged = {alarm.item.id for alarm in report.false_alarms}
    return (
        f"recall {total.recall:.3f} ({total.found}/{total.labels})  "
        f"precision {total.precision:.3f} ({total.false_alarms} false alarms)  "
        f"clean flagged {sum(item.id in flagged for item in clean)}/{len(clean)} "
        f"(letters {sum(item.id in flagged for item in letters)}/{len(letters)})"
    )


def per_rule(rules_only, with_model) -> list[str]:
    """Per modelled rule: what the model adds, and what it costs."""
    lines = []
    for rule in train.MODELLED:
        before = rules_only.rules.get(rule)
        after = with_model.rules.get(rule)
        if before and after:
            lines.append(
                f"  {rule:20} found {before.found}->{after.found} of {after.labels}, "
                f"false alarms {before.false_alarms}->{after.false_alarms}"
            )
    return lines


def measure(name: str, held_out: Callable[[object], bool]) -> tuple:
    from eval.corpus import load_split

    items = [item for item in load_split("dev") if held_out(item)]
    weights = train.train(train.examples(lambda item: not held_out(item)))
    return name, scored(items, NO_MODEL), scored(items, weights), model_alone(items, weights)


def proxy() -> tuple:
    return measure("proxy", lambda item: item.id.startswith(PROXY))


def cross_validation() -> tuple:
    """All folds pooled: each item scored by the model that did not see it."""
    from eval.corpus import load
    from eval.score import Report

    positions = {
        item.id: number % train.FOLDS
        for part in ("sentences", "letters")
        for number, item in enumerate(load("dev", part))
    }
    pooled = (Report(), Report(), Report())
    for fold in range(train.FOLDS):
        _, *reports = measure(
            f"fold {fold}", lambda item, fold=fold: positions.get(item.id) == fold
        )
        for total, report in zip(pooled, reports, strict=True):
            _merge(total, report)
    return "cv", *pooled


def opened() -> list[tuple]:
    """Each opened split, scored by the model trained on dev alone (once for them all)."""
    from eval.corpus import OPENED, load_split

    weights = train.train(train.examples(splits=("dev",)))
    return [
        (split, scored(items, NO_MODEL), scored(items, weights), model_alone(items, weights))
        for split, items in ((split, load_split(split)) for split in OPENED)
    ]


def leave_one_out(with_opened: bool = True, trainer: Callable | None = None) -> list[tuple]:
    """Each opened split scored by a model trained on dev and the other opened splits (or on
    dev alone, `with_opened=False`): the honest measure of training on the opened splits,
    since the split scored is text that model never saw. The rules were tuned on every opened
    split, so "model alone" is the fairer view. Last, all held-out splits pooled."""
    from eval.corpus import OPENED, load_split
    from eval.score import Report

    trainer = trainer or train.train
    results = []
    pooled = (Report(), Report(), Report())
    for split in OPENED:
        others = tuple(other for other in OPENED if other != split) if with_opened else ()
        weights = trainer(train.examples(splits=("dev", *others)))
        items = load_split(split)
        reports = scored(items, NO_MODEL), scored(items, weights), model_alone(items, weights)
        results.append((split, *reports))
        for total, report in zip(pooled, reports, strict=True):
            _merge(total, report)
    return [*results, ("pooled", *pooled)]


def per_rule_alone(alone) -> list[str]:
    """Per modelled rule, what the model alone finds and its false alarms."""
    return [
        f"  {rule:20} alone {score.found} of {score.labels}, false alarms {score.false_alarms}"
        for rule in train.MODELLED
        if (score := alone.rules.get(rule))
    ]


def _merge(total, report) -> None:
    total.items += report.items
    total.misses += report.misses
    total.false_alarms += report.false_alarms
    for rule, score in report.rules.items():
        total.rules.setdefault(rule, type(score)()).add(score)


def main(argv: list[str] | None = None) -> None:
    """`python -m checker.model.unseen [proxy] [cv] [opened]` (proxy and cv by default)."""
    chosen = (argv if argv is not None else sys.argv[1:]) or ["proxy", "cv"]
    runs = {
        "proxy": lambda: [proxy()],
        "cv": lambda: [cross_validation()],
        "opened": opened,
        "loso": leave_one_out,
        "loso-dev": lambda: leave_one_out(with_opened=False),
    }
    measured = (result for name in chosen for result in runs[name]())
    for name, rules_only, with_model, alone in measured:
        print(f"{name}: rules only   {summary(rules_only)}")
        print(f"{name}: rules+model  {summary(with_model)}")
        print(f"{name}: model alone  {summary(alone, train.MODELLED)} (its rules only)")
        print("\n".join(per_rule(rules_only, with_model)))
        print("\n".join(per_rule_alone(alone)))


if __name__ == "__main__":
    main()
