"""Train the backstop (`make model`): logistic regression per rule over sentence features, from the
dev split of eval/ and the opened splits (fresh2 onwards: written blind by other writers, then
opened), the rules' own examples and checker/model/training.jsonl. Never a held-back split.
Each rule's threshold is chosen out of fold on those splits (5 folds, fixed by item order), among
the sentences where the model may speak (what predict.backstop lets through: gate and
counterpart words, the applicant's own words, no rule already flagging them): the cut with the
best F1 whose precision stays at PRECISION_FLOOR or above. A false alarm costs as much trust
as a miss, so the floor is high, but not 1.0, which kept the model nearly silent on new wording
(checker/model/unseen.py measures it). Deterministic: same data, same weights.json."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import NamedTuple

from checker.kinds import detect_kind
from checker.language.analysis import Analysis
from checker.letter import Letter
from checker.lint import lint
from checker.model.features import sentence_features, sentences
from checker.model.predict import (
    ABOUT_FORM,
    GATES,
    NOT_THEIRS,
    excused_by_frames,
    may_read,
    not_theirs,
)
from checker.policies import Setting
from checker.rules import RULES

HERE = Path(__file__).parent
WEIGHTS = HERE / "weights.json"
TRAINING = HERE / "training.jsonl"
# rank-first-claim is left to the rules: the guide's safe "at the top of my list" shares
# nearly every word with the claim it should not flag.
MODELLED = tuple(sorted(GATES))
# generic-praise is judged on the whole email: stock praise beside concrete details is left
# unlabelled by convention. In a letter the rule's own frames excuse, an unlabelled sentence is
# no evidence that its wording is clean, so it is no example for the rule (one such clean letter
# in dev raised the threshold from 1.04 to 4.99). checking-in is judged the same way, but
# leaving its excused letters out raised its threshold (2.05 to 3.06) and lost findings.
WHOLE_EMAIL = frozenset({"generic-praise"})
FOLDS = 5
PRECISION_FLOOR = 0.95
MIN_COUNT = 2  # a feature seen once is noise
EPOCHS = 12
LEARNING_RATE = 0.5
PENALTY = 0.01
DIGITS = 2
MIN_WEIGHT = 0.05  # lighter weights barely move a score; leaving them out keeps the file small


class Example(NamedTuple):
    features: frozenset[str]
    labels: dict[str, bool]  # per rule it is an example for: whether the sentence has it
    fold: int  # -1: always trained on
    flagged: frozenset[str]  # the rules that already flag the sentence
    # The rules the model would stay quiet for here whatever it scored: all of them when the
    # sentence is not the applicant's own (quoted, reported), a rule whose frames the letter
    # excuses (news in a chasing letter).
    quiet: frozenset[str] = frozenset()


def labelled_sentences(
    text: str, spans: list[tuple[str, int | None, int | None]], judges: tuple[str, ...] = ()
):
    """Each sentence of `text` with the rules whose labelled spans (original offsets) it meets,
    and those of the `judges` rules that already flag it (what the model would stay out of),
    and whether it is the applicant's own words (not quoted or reported)."""
    letter = Letter(text)
    analysis = Analysis(letter)
    kind = detect_kind(letter)[0]
    hits = [
        (rule_id, hit.start, hit.end)
        for rule_id in judges
        if RULES[rule_id].applies_to(kind)
        for hit in RULES[rule_id].hits(letter, kind, Setting())
    ]
    for first, last in sentences(analysis):
        view = analysis.view_span(first, last)
        start, end = letter.norm.original_span(*view)
        rules = {rule for rule, s, e in spans if s is not None and s < end and start < e}
        flagged = frozenset(rule for rule, s, e in hits if s < view[1] and view[0] < e)
        own = not (analysis.is_reported(first) or analysis.is_reported(last))
        features = frozenset(sentence_features(analysis.lemmas[first : last + 1]))
        sentence = analysis.sentence_of(first)
        others = frozenset(rule for rule in NOT_THEIRS if not_theirs(analysis, rule, sentence))
        yield features, rules, flagged, own, others


def examples(
    keep: Callable[[object], bool] = lambda item: True, splits: tuple[str, ...] | None = None
) -> list[Example]:
    """Every training sentence: the corpus splits the model learns from (trained_on() unless
    `splits` says otherwise), then training.jsonl and the rules' examples. `keep` picks the
    corpus items used (checker/model/unseen.py leaves some out to measure the model on text
    it never saw)."""
    found: list[Example] = []
    for split in trained_on() if splits is None else splits:
        found += [example for item, example in split_examples(split) if keep(item)]
    return [*found, *fixed_examples()]


def trained_on() -> tuple[str, ...]:
    """The corpus splits the model learns from: dev and every opened split. Trained on dev and
    the other opened splits, each opened split gained found labels and lost false alarms
    against the model trained on dev alone (`python -m checker.model.unseen loso loso-dev`,
    eval/README.md), so the blind writers' registers are worth learning from."""
    from eval.corpus import OPENED

    return ("dev", *OPENED)


@cache
def split_examples(split: str) -> tuple[tuple[object, Example], ...]:
    """Each sentence of one corpus split, beside the item it comes from (the same for every
    training run in a process: unseen.py trains many times)."""
    # the corpus lives beside the package, not in the wheel
    from eval.corpus import WORDING_RULES, load

    found = []
    for part in ("sentences", "letters"):
        for number, item in enumerate(load(split, part)):
            spans = [(label.rule, label.start, label.end) for label in item.labels]
            judges = WORDING_RULES if part == "sentences" else tuple(RULES)
            # What predict.backstop stays quiet for: a rule whose frames the text excuses
            # (a sentence item is read as a whole letter too: praise beside a named clinic).
            excused = frozenset(
                rule for rule in MODELLED if excused_by_frames(rule, Letter(item.text))
            )
            for features, rules, flagged, own, others in labelled_sentences(
                item.text, spans, judges
            ):
                labels = {
                    rule: rule in rules
                    for rule in MODELLED
                    if rule in rules or rule not in excused & WHOLE_EMAIL
                }
                # ... and a rule whose own frames say the sentence is about something else
                # (a second look taken, not a position).
                quiet = excused | others if own else frozenset(MODELLED)
                example = Example(features, labels, number % FOLDS, flagged, quiet)
                found.append((item, example))
    return tuple(found)


@cache
def fixed_examples() -> tuple[Example, ...]:
    """training.jsonl and the rules' own examples: always trained on, in no fold."""
    found: list[Example] = []
    for line in TRAINING.read_text("utf-8").splitlines():
        entry = json.loads(line)
        if "text" in entry:  # the first line says what the file is
            for features, *_ in labelled_sentences(entry["text"], []):
                labels = {rule: rule in entry["rules"] for rule in MODELLED}
                found.append(Example(features, labels, -1, frozenset()))
    for rule_id in MODELLED:
        rule = RULES[rule_id]
        for text in rule.fails:
            spans = [
                (rule_id, f.start, f.end)
                for f in lint(text, rule.example_kind).findings
                if f.rule == rule_id
            ]
            for features, rules, *_ in labelled_sentences(text, spans):
                found.append(Example(features, {rule_id: rule_id in rules}, -1, frozenset()))
        for text in rule.passes:
            for features, *_ in labelled_sentences(text, []):
                found.append(Example(features, {rule_id: False}, -1, frozenset()))
    return tuple(found)


def fit(data: list[Example], rule: str) -> dict:
    """Logistic regression by stochastic gradient descent in the data's fixed order, with an
    L2 penalty; features seen fewer than MIN_COUNT times are left out (noise)."""
    rows = [(example.features, example.labels[rule]) for example in data if rule in example.labels]
    counts = Counter(feature for features, _ in rows for feature in features)
    # Each kept feature is a place in one list of weights, numbered in name order: the same
    # sums in the same order as a table by name, in a fraction of the time (the tests
    # train the model again to check weights.json).
    names = sorted(feature for feature, count in counts.items() if count >= MIN_COUNT)
    place = {name: number for number, name in enumerate(names)}
    rows = [
        (sorted(place[feature] for feature in features if feature in place), label)
        for features, label in rows
    ]
    weights = [0.0] * len(names)
    bias = 0.0
    for epoch in range(EPOCHS):
        rate = LEARNING_RATE / (1 + epoch)
        for features, label in rows:
            z = bias + sum(map(weights.__getitem__, features))
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - label
            bias -= rate * error
            for feature in features:
                weights[feature] -= rate * (error + PENALTY * weights[feature])
    kept = {
        f: round(w, DIGITS) for f, w in zip(names, weights, strict=True) if abs(w) >= MIN_WEIGHT
    }
    return {"bias": round(bias, DIGITS), "weights": kept}


def score(model: dict, features: frozenset[str]) -> float:
    table = model["weights"]
    return model["bias"] + sum(table.get(feature, 0.0) for feature in features)


def out_of_fold(data: list[Example], rule: str) -> list[tuple[float, bool]]:
    """Each corpus sentence's score by the model trained without its fold, with its label,
    among the sentences where the model may speak for the rule: what predict.backstop lets
    through (the gate and counterpart words, the applicant's own words, a letter the rule's
    frames do not excuse) and no rule already flagging the sentence but the ones this rule
    supersedes (texting style aside)."""
    scored = []
    allowed = frozenset(RULES[rule].supersedes) | ABOUT_FORM
    for fold in range(FOLDS):
        model = fit([example for example in data if example.fold != fold], rule)
        for example in data:
            if (
                example.fold == fold
                and rule in example.labels
                and rule not in example.quiet
                and example.flagged <= allowed
                and may_read(rule, example.features)
            ):
                scored.append((score(model, example.features), example.labels[rule]))
    return scored


def threshold(data: list[Example], rule: str) -> float:
    """The score, among out-of-fold predictions (out_of_fold), whose cut gives the best F1
    while precision stays at PRECISION_FLOOR or above; the highest positive score when no cut
    reaches the floor (the model then stays quiet)."""
    return cut(out_of_fold(data, rule))


def cut(scored: list[tuple[float, bool]]) -> float:
    scored = sorted(scored, key=lambda pair: (-pair[0], not pair[1]))
    positives = sum(label for _, label in scored)
    best, best_f1, true = math.inf, -1.0, 0
    for rank, (value, label) in enumerate(scored, start=1):
        true += label
        f1 = 2 * true / (rank + positives)
        if true / rank >= PRECISION_FLOOR and f1 > best_f1:
            best, best_f1 = value, f1
    return round(best if best != math.inf else max(v for v, _ in scored), DIGITS)


def train(data: list[Example] | None = None) -> dict:
    data = examples() if data is None else data
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
