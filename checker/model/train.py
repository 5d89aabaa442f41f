"""Train the backstop (`make model`): logistic regression per rule over sentence features, from the
dev split of eval/ and the opened splits (fresh2 onwards: written blind by other writers, then
opened), the rules' own examples and checker/model/training.jsonl. Never a held-back split.
Each rule's threshold is chosen out of fold, on text the fold's model never saw: the corpus is
cut into FOLDS folds by writing round (a dev round such as ds13-/dl13-, or a whole opened
split), never splitting a round, since a round's sentences share their phrasing as new text
would not. Among the out-of-fold sentences where the model may speak (what predict.backstop
lets through: gate and counterpart words, the applicant's own words, no rule already flagging
them), the label is fitted against the score (a logistic curve, two numbers), and the threshold
is the score where that curve reaches CONFIDENCE: a sentence just over it is a true finding
three times in four. A smooth curve fitted on every pooled sentence moves little when a few rows
change, where the old cut (the best F1 at precision 0.95, a step on a curve of about thirty
positives) jumped between distant scores (eval/README.md). A false alarm costs as much trust
as a miss, so CONFIDENCE leans to precision; checker/model/unseen.py `loso` measures it. A
sentence of a whole letter has a second threshold (letter_threshold): the same curve moved to
the letters' lower share of true findings, crossing LETTER_CONFIDENCE, since one false finding
flags the whole letter. Deterministic: same data, same weights.json."""

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
    is_whole_letter,
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
# A sentence scored at the threshold is a true finding with this probability (out of fold).
# Leave-one-split-out (unseen.py loso), rules + model, found of 1,938 labels and false alarms
# on fresh2 to fresh7 at 0.7/0.75/0.8/0.85: 1,866, 49 / 1,866, 47 / 1,863, 48 / 1,862, 47;
# the old cut (best F1 at precision 0.95): 1,864, 47. On fresh2 to fresh6 before fresh7 was
# opened (1,632 labels): 0.75 found 1,586, 20 false alarms, the old cut 1,583, 21.
CONFIDENCE = 0.75
# In a whole letter one false finding flags the letter, and most of its sentences are innocent:
# there the curve is moved to the letters' own share of true findings (letter_cut) and must
# reach this. Out of fold by writing round on dev and the opened splits (774 clean letters),
# letter sentences over the threshold at 0.75 unmoved / 0.75 moved / 0.9 moved: 44 true, 4
# false (1 clean letter flagged) / 40, 2 (1) / 30, 0 (0); leave-one-split-out, rules + model on
# fresh2 to fresh8: 2,183 / 2,182 / 2,182 of 2,251 found, 41 / 41 / 40 false alarms
# (eval/README.md, "A stricter threshold inside whole letters").
LETTER_CONFIDENCE = 0.9
MIN_COUNT = 2  # a feature seen once is noise
EPOCHS = 12
LEARNING_RATE = 0.5
PENALTY = 0.01
DIGITS = 2
MIN_WEIGHT = 0.05  # lighter weights barely move a score; leaving them out keeps the file small


class Example(NamedTuple):
    features: frozenset[str]
    labels: dict[str, bool]  # per rule it is an example for: whether the sentence has it
    fold: int  # -1: always trained on; else the fold of its writing round (folds())
    flagged: frozenset[str]  # the rules that already flag the sentence
    # The rules the model would stay quiet for here whatever it scored: all of them when the
    # sentence is not the applicant's own (quoted, reported), a rule whose frames the letter
    # excuses (news in a chasing letter).
    quiet: frozenset[str] = frozenset()
    in_letter: bool = False  # a sentence of a whole letter (predict.is_whole_letter)


def labelled_sentences(
    text: str, spans: list[tuple[str, int | None, int | None]], judges: tuple[str, ...] = ()
):
    """Each sentence of `text` with the rules whose labelled spans (original offsets) it meets,
    and those of the `judges` rules that already flag it (what the model would stay out of),
    whether it is the applicant's own words (not quoted or reported), the rules whose frames
    say it is about something else, and whether `text` is a whole letter."""
    letter = Letter(text)
    analysis = Analysis(letter)
    whole = is_whole_letter(analysis)
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
        yield features, rules, flagged, own, others, whole


def examples(
    keep: Callable[[object], bool] = lambda item: True, splits: tuple[str, ...] | None = None
) -> list[Example]:
    """Every training sentence: the corpus splits the model learns from (trained_on() unless
    `splits` says otherwise), each in the fold of its writing round (folds()), then
    training.jsonl and the rules' examples. `keep` picks the corpus items used
    (checker/model/unseen.py leaves some out to measure the model on text it never saw)."""
    kept = [
        (split, item, example)
        for split in (trained_on() if splits is None else splits)
        for item, example in split_examples(split)
        if keep(item)
    ]
    items = {(split, item.id) for split, item, _ in kept}
    fold = folds(Counter(round_of(split, item_id) for split, item_id in items))
    found = [example._replace(fold=fold[round_of(split, item.id)]) for split, item, example in kept]
    return [*found, *fixed_examples()]


def round_of(split: str, item_id: str) -> str:
    """The writing round an item belongs to: an opened split is one round (one writer, blind);
    in dev, the number in its id ("ds13-", "dl13-": round 13; "ds-", "dl-": the first;
    "dsp-", "lp-": the probes)."""
    if split != "dev":
        return split
    prefix = item_id.rsplit("-", 1)[0]
    if prefix.startswith(("ds", "dl")):
        return "dev " + (prefix[2:] or "1")
    return "dev " + prefix


def folds(sizes: Counter) -> dict[str, int]:
    """Each round's fold: the largest rounds first, each to the fold holding fewest items so far
    (deterministic, whole rounds only)."""
    load = [0] * FOLDS
    fold = {}
    for name in sorted(sizes, key=lambda name: (-sizes[name], name)):
        fold[name] = min(range(FOLDS), key=lambda number: (load[number], number))
        load[fold[name]] += sizes[name]
    return fold


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
        for item in load(split, part):
            spans = [(label.rule, label.start, label.end) for label in item.labels]
            judges = WORDING_RULES if part == "sentences" else tuple(RULES)
            # What predict.backstop stays quiet for: a rule whose frames the text excuses
            # (a sentence item is read as a whole letter too: praise beside a named clinic).
            excused = frozenset(
                rule for rule in MODELLED if excused_by_frames(rule, Letter(item.text))
            )
            for features, rules, flagged, own, others, whole in labelled_sentences(
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
                example = Example(features, labels, 0, flagged, quiet, whole)  # fold: examples()
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
            error = _sigmoid(z) - label
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


def out_of_fold(data: list[Example], rule: str) -> list[tuple[float, bool, bool]]:
    """Each corpus sentence's score by the model trained without its fold, with its label and
    whether it is a sentence of a whole letter, among the sentences where the model may speak
    for the rule: what predict.backstop lets through (the gate and counterpart words, the
    applicant's own words, a letter the rule's frames do not excuse) and no rule already
    flagging the sentence but the ones this rule supersedes (texting style aside)."""
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
                scored.append(
                    (score(model, example.features), example.labels[rule], example.in_letter)
                )
    return scored


def thresholds(data: list[Example], rule: str) -> dict[str, float]:
    """The scores where the out-of-fold sentences' chance of being the rule's (out_of_fold),
    fitted as a logistic curve of the score, reaches CONFIDENCE for a lone sentence, and
    LETTER_CONFIDENCE for a sentence of a whole letter (letter_cut), never lower."""
    scored = out_of_fold(data, rule)
    pooled = [(value, label) for value, label, _ in scored]
    letters = [(value, label) for value, label, whole in scored if whole]
    alone = cut(pooled)
    in_letter = letter_cut(pooled, letters, LETTER_CONFIDENCE)
    return {"threshold": alone, "letter_threshold": max(alone, in_letter)}


def cut(scored: list[tuple[float, bool]], confidence: float = CONFIDENCE) -> float:
    """Where the curve label ~ 1 / (1 + exp(-(slope * score + offset))) fitted on `scored`
    crosses `confidence`; the highest score when the curve does not rise or the pool lacks a
    positive or a negative sentence (no evidence for a cut: the fitted curve would place it
    below every score and flag every gated sentence), so the model then stays quiet."""
    curve = _curve(scored)
    if curve is None:
        return round(max((value for value, _ in scored), default=0.0), DIGITS)
    slope, offset = curve
    return round((_logit(confidence) - offset) / slope, DIGITS)


def letter_cut(
    pooled: list[tuple[float, bool]],
    letters: list[tuple[float, bool]],
    confidence: float = CONFIDENCE,
) -> float:
    """Where the pooled curve crosses `confidence` once its offset is moved to the share of
    true findings among the sentences of whole letters (`letters`): most of a letter's
    sentences are innocent, where a lone sentence of the corpus is a rule's example about half
    the time, so the same score is less often a true finding there. The pooled slope is kept
    (a letter pool holds few true findings per rule, too few for a slope of its own). With no
    true finding among them, the letters' highest score: the model stays quiet in letters."""
    if not any(label for _, label in letters):
        return round(max((value for value, _ in letters), default=cut(pooled)), DIGITS)
    curve = _curve(pooled)
    if curve is None or all(label for _, label in letters):
        # (Every letter sentence a true finding: no shift matches that, the sum only nears it;
        # the lone-sentence cut stands.)
        return cut(pooled)
    slope, offset = curve
    shift = _shift(slope, offset, letters)
    return round((_logit(confidence) - offset - shift) / slope, DIGITS)


def _curve(scored: list[tuple[float, bool]]) -> tuple[float, float] | None:
    """The fitted curve's slope and offset; None without both kinds of sentence or when the
    curve does not rise with the score."""
    if {label for _, label in scored} != {True, False}:
        return None
    slope, offset = calibrate(scored)
    return (slope, offset) if slope > 0 else None


SHIFT_HALVINGS = 100  # the bracket's width halved 100 times: below a double's precision


def _shift(slope: float, offset: float, scored: list[tuple[float, bool]]) -> float:
    """The offset added to the curve that makes its expected true findings over `scored`
    equal their number, which must hold a true finding and an innocent sentence. The sum
    rises strictly with the shift from 0 to len(scored), so the root exists and is unique:
    the bracket is doubled until it holds the root (a steep curve needs a shift far beyond
    any fixed range: at slope 240 a shift of 30 moves the cut by 0.125), then bisected."""

    def excess(shift: float) -> float:
        # Expected minus actual true findings, summed as the innocent sentences' chances less
        # the true findings' chances of being innocent: no 1 - 1 cancellation where the curve
        # is steep and every chance is all but 0 or 1.
        return sum(
            -_sigmoid(-(slope * value + offset + shift))
            if label
            else _sigmoid(slope * value + offset + shift)
            for value, label in scored
        )

    low, high = -1.0, 1.0
    while excess(low) > 0:
        low *= 2
    while excess(high) < 0:
        high *= 2
    for _ in range(SHIFT_HALVINGS):
        middle = (low + high) / 2
        if middle in (low, high):
            break
        low, high = (middle, high) if excess(middle) < 0 else (low, middle)
    return (low + high) / 2


def _sigmoid(z: float) -> float:
    """The logistic function, exact at any z (exp only of a negative number: no overflow)."""
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    small = math.exp(z)
    return small / (1 + small)


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


# Newton's method for the curve's two numbers. Each step is halved until it does not worsen
# the fit (_misfit): a full step can overshoot into a region where the curve is flat, whose
# next step is then huge, and on small or odd pools the steps grew to millions and swung
# back and forth (tests/test_model.py has one). The fit is convex and no step taken worsens
# it, so stopping at the bound never leaves a curve worse fitted than an earlier one; the
# pools `make model` fits settle in 5 to 7 steps (2026-12-07), well under the bound. Only on
# a pool the score separates completely does the slope keep growing to the bound.
NEWTON_STEPS = 50
HALVINGS = 30  # a step halved 30 times is under 1e-9 of itself: no move left to make
SETTLED = 1e-9  # a step this small changes no threshold at DIGITS
# A fit worse by less than this is rounding in the sum over the pool, not an overshoot (near
# the best curve a step of 1e-8 "worsened" the asks-about-rank pool by 3e-13).
ROUNDING = 1e-9


def calibrate(scored: list[tuple[float, bool]]) -> tuple[float, float]:
    """Slope and offset of a logistic regression of the label on the score (Newton's method,
    each step halved until it does not worsen the fit; a tiny ridge keeps the steps defined)."""
    slope, offset = 1.0, 0.0
    misfit = _misfit(scored, slope, offset)
    for _ in range(NEWTON_STEPS):
        step = _newton_step(scored, slope, offset)
        if step is None:
            break
        step_slope, step_offset = step
        if abs(step_slope) < SETTLED and abs(step_offset) < SETTLED:
            return slope - step_slope, offset - step_offset
        for _ in range(HALVINGS):
            tried = _misfit(scored, slope - step_slope, offset - step_offset)
            if tried <= misfit + ROUNDING:
                break
            step_slope, step_offset = step_slope / 2, step_offset / 2
        else:
            break  # no step along this direction improves the fit: it is fitted
        slope, offset, misfit = slope - step_slope, offset - step_offset, tried
    return slope, offset


def _newton_step(
    scored: list[tuple[float, bool]], slope: float, offset: float
) -> tuple[float, float] | None:
    """The Newton step for (slope, offset) on the curve's log loss, or None when the
    curvature gives no direction."""
    g_slope = g_offset = h_ss = h_so = h_oo = 0.0
    for value, label in scored:
        p = _sigmoid(slope * value + offset)
        residual, weight = p - label, p * (1 - p)
        g_slope += residual * value
        g_offset += residual
        h_ss += weight * value * value
        h_so += weight * value
        h_oo += weight
    h_ss += 1e-6
    h_oo += 1e-6
    determinant = h_ss * h_oo - h_so * h_so
    if determinant <= 0:
        return None
    return (
        (h_oo * g_slope - h_so * g_offset) / determinant,
        (h_ss * g_offset - h_so * g_slope) / determinant,
    )


def _misfit(scored: list[tuple[float, bool]], slope: float, offset: float) -> float:
    """The curve's log loss on `scored`: -log of the chance it gives each sentence's label,
    summed (log1p form, exact for any slope)."""
    total = 0.0
    for value, label in scored:
        z = slope * value + offset
        total += math.log1p(math.exp(-abs(z))) + max(z, 0.0) - (z if label else 0.0)
    return total


def train(data: list[Example] | None = None) -> dict:
    data = examples() if data is None else data
    rules = {}
    for rule in MODELLED:
        model = fit(data, rule)
        model.update(thresholds(data, rule))
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
