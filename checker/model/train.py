"""Train the backstop (`make model`): logistic regression per rule over sentence features, from the
dev split of eval/, the rules' own examples and checker/model/training.jsonl. Never the test
split. Each rule's threshold is the lowest score whose out-of-fold precision on dev (5 folds,
fixed by item order) reaches TARGET_PRECISION. Deterministic: same data, same weights.json."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

from checker.language.analysis import Analysis
from checker.letter import Letter
from checker.lint import lint
from checker.model.features import sentence_features, sentences
from checker.model.predict import GATES
from checker.rules import RULES

HERE = Path(__file__).parent
WEIGHTS = HERE / "weights.json"
TRAINING = HERE / "training.jsonl"
# rank-first-claim is left to the rules: the guide's safe "at the top of my list" shares
# nearly every word with the claim it should not flag.
MODELLED = tuple(sorted(GATES))
FOLDS = 5
TARGET_PRECISION = 1.0
MIN_COUNT = 2  # a feature seen once is noise
EPOCHS = 12
LEARNING_RATE = 0.5
PENALTY = 0.01
DIGITS = 3
MIN_WEIGHT = 0.01  # lighter weights barely move a score; leaving them out keeps the file small

Example = tuple[frozenset[str], dict[str, bool], int]  # features, label per rule, fold


def labelled_sentences(text: str, spans: list[tuple[str, int | None, int | None]]):
    """Each sentence of `text` with the rules whose labelled spans (original offsets) it meets."""
    letter = Letter(text)
    analysis = Analysis(letter)
    for first, last in sentences(analysis):
        start, end = letter.norm.original_span(*analysis.view_span(first, last))
        rules = {rule for rule, s, e in spans if s is not None and s < end and start < e}
        yield frozenset(sentence_features(analysis.lemmas[first : last + 1])), rules


def examples() -> list[Example]:
    from eval.corpus import load  # the corpus lives beside the package, not in the wheel

    found: list[Example] = []
    for part in ("sentences", "letters"):
        for number, item in enumerate(load("dev", part)):
            spans = [(label.rule, label.start, label.end) for label in item.labels]
            for features, rules in labelled_sentences(item.text, spans):
                found.append((features, {rule: rule in rules for rule in MODELLED}, number % FOLDS))
    for line in TRAINING.read_text("utf-8").splitlines():
        entry = json.loads(line)
        if "text" in entry:  # the first line says what the file is
            for features, _ in labelled_sentences(entry["text"], []):
                labels = {rule: rule in entry["rules"] for rule in MODELLED}
                found.append((features, labels, -1))
    for rule_id in MODELLED:
        rule = RULES[rule_id]
        for text in rule.fails:
            spans = [
                (rule_id, f.start, f.end)
                for f in lint(text, rule.example_kind).findings
                if f.rule == rule_id
            ]
            for features, rules in labelled_sentences(text, spans):
                found.append((features, {rule_id: rule_id in rules}, -1))
        for text in rule.passes:
            for features, _ in labelled_sentences(text, []):
                found.append((features, {rule_id: False}, -1))
    return found


def fit(data: list[Example], rule: str) -> dict:
    """Logistic regression by stochastic gradient descent in the data's fixed order, with an
    L2 penalty; features seen fewer than MIN_COUNT times are left out (noise)."""
    rows = [(features, labels[rule]) for features, labels, _ in data if rule in labels]
    counts = Counter(feature for features, _ in rows for feature in features)
    rows = [
        (sorted(feature for feature in features if counts[feature] >= MIN_COUNT), label)
        for features, label in rows
    ]
    weights: dict[str, float] = {}
    bias = 0.0
    for epoch in range(EPOCHS):
        rate = LEARNING_RATE / (1 + epoch)
        for features, label in rows:
            z = bias + sum(weights.get(feature, 0.0) for feature in features)
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - label
            bias -= rate * error
            for feature in features:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - rate * (error + PENALTY * weight)
    kept = {f: round(w, DIGITS) for f, w in sorted(weights.items()) if abs(w) >= MIN_WEIGHT}
    return {"bias": round(bias, DIGITS), "weights": kept}


def score(model: dict, features: frozenset[str]) -> float:
    table = model["weights"]
    return model["bias"] + sum(table.get(feature, 0.0) for feature in features)


def threshold(data: list[Example], rule: str) -> float:
    """The lowest score at which out-of-fold dev predictions (topic gate applied) reach
    TARGET_PRECISION; the highest positive score when none does (the model then stays quiet)."""
    scored = []
    for fold in range(FOLDS):
        model = fit([example for example in data if example[2] != fold], rule)
        for features, labels, example_fold in data:
            if example_fold == fold and not GATES[rule].isdisjoint(features):
                scored.append((score(model, features), labels[rule]))
    scored.sort(key=lambda pair: (-pair[0], not pair[1]))
    best, true = math.inf, 0
    for rank, (value, label) in enumerate(scored, start=1):
        true += label
        if true / rank >= TARGET_PRECISION:
            best = value
    return round(best if best != math.inf else max(v for v, _ in scored), DIGITS)


def train() -> dict:
    data = examples()
    rules = {}
    for rule in MODELLED:
        model = fit(data, rule)
        model["threshold"] = threshold(data, rule)
        rules[rule] = model
    return {"rules": rules}


def main() -> None:
    WEIGHTS.write_text(
        json.dumps(train(), indent=0, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
