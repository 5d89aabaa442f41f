"""The statistical backstop beside the semantic rules (checker/model): what it adds, what it
leaves alone, and that the shipped weights are exactly what training produces."""

from __future__ import annotations

import json
import math
import re

import pytest

from checker.language.analysis import analyse
from checker.letter import Letter
from checker.lint import lint
from checker.model import predict, train, unseen
from checker.model.features import sentence_features
from checker.policies import Setting
from checker.rules import RULES
from eval.corpus import HELD_BACK, OPENED, WORDING_RULES, load

OTHER_RULES = [rule for rule in RULES if rule not in WORDING_RULES]

# Wordings the rules' frames do not recognise, which the model does.
FLAGGED = [
    # ("Is there news about my application?" is now a rule's wording.)
    ("Has my application reached the top yet?", "checking-in", "application"),
    # No exclusive-claim example: its threshold (about 6) keeps the model nearly silent for it,
    # and the one it flagged ("Honestly, every other program I saw trails far behind yours.")
    # passed on "Honestly" alone (without it the score falls under the threshold).
    # ("Send over the contract and I will sign it" is now a rule's wording.)
    (
        "Were you to offer me a contract tomorrow, I would sign it without a second thought.",
        "binding-commitment",
        "sign",
    ),
    ("If you offer me a spot, consider it signed.", "binding-commitment", "offer"),
    (
        # ("a fine reputation for excellence" is now a rule's wording.)
        "Your hospital has a long history of excellence in resident training.",
        "generic-praise",
        "excellence",
    ),
    # "your hospital" is read as a program's name, and named as typed.
    (
        "Your hospital has a proud history of excellence in training residents.",
        "generic-praise",
        "Your hospital has",
    ),
]
# Sentences that share the model's words but are fine.
CLEAN = [
    "I am following up on the paper we discussed.",
    "Thank you for the update on my application.",
    "I signed up for the ultrasound workshop.",
    "The only program with a rural track in the state is yours.",
    "I will sign the lease for my apartment next week.",
    "Dr. Lee said I should never ask about my application status.",
    # A reviewer's probes: enthusiasm that asks nothing back, a contract that is not a place.
    "You will be at the top of my rank list.",
    "The dealership offered me a contract for the car, and I accepted it after reading every "
    "clause.",
    # Taking what is not a position: a second look, a dinner seat, an away rotation.
    "If offered the chance to do a second look, I would take it immediately.",
    "If you offer me the away rotation in April, I will accept at once.",
]

# (sentence, rule, whether the model may read it for that rule): each holds the rule's topic
# words, but a deal needs the other party's act, and a binding promise a residency referent
# or the applicant's word about what they will do.
COUNTERPART_CASES = [
    ("You will be at the top of my rank list.", "reciprocal-request", False),
    ("I will rank you first if you rank me first too.", "reciprocal-request", True),
    ("I hope the feeling is mutual when you make your list.", "reciprocal-request", True),
    ("The dealership offered me a contract for the car.", "binding-commitment", False),
    ("I signed the lease contract and accepted the landlord's offer.", "binding-commitment", False),
    ("If offered the position, I will accept it right away.", "binding-commitment", True),
    ("Send me the contract and I will sign it the same day.", "binding-commitment", True),
    ("I am ready to sign the moment the contract arrives.", "binding-commitment", True),
]


def _findings(text: str):
    return lint(text, disabled_rules=OTHER_RULES).findings


def test_texting_style_does_not_keep_the_model_from_reading_the_sentence():
    """An informal-tone finding on "??" says how the sentence is written, not what it says:
    the deal inside is still found, with the "??" or without it."""
    deal = "so my plan: i'll rank them 1st as long as they rank me to match, thoughts"
    assert [finding.rule for finding in _findings(deal + "?")] == ["reciprocal-request"]
    rules = [finding.rule for finding in _findings(deal + "??")]
    assert sorted(rules) == ["informal-tone", "reciprocal-request"]


@pytest.mark.parametrize(("text", "rule", "word"), FLAGGED)
def test_model_flags_new_wordings_and_names_its_words(text, rule, word):
    checked = lint(text, disabled_rules=OTHER_RULES)
    [finding] = checked.findings
    assert (finding.rule, finding.severity) == (rule, RULES[rule].severity)
    assert finding.text == text  # the sentence, exactly as typed
    # The reader sees the rule's own message, then the words that weighed most.
    explained = re.fullmatch(
        re.escape(RULES[rule].message) + r" \(recognised from its wording: (.+)\)",
        finding.message,
    )
    assert explained, finding.message
    assert f"'{word}'" in explained[1].split(", ")
    # Each word named is the applicant's own, as typed ("first", not the model's "no1").
    assert all(shown.strip("'") in text for shown in explained[1].split(", "))
    # The rule's own patterns miss this wording: without the model the reader would get
    # nothing (when they learn it, pick a wording they miss, not one the model happens to flag).
    assert list(RULES[rule].hits(Letter(text), checked.kind, Setting())) == []


@pytest.mark.parametrize("text", CLEAN)
def test_model_leaves_fine_sentences_alone(text):
    # The model reads the sentence (it holds a word of a rule's topic), and declines.
    lemmas = set(analyse(Letter(text)).lemmas)
    assert any(not gate.isdisjoint(lemmas) for gate in predict.GATES.values())
    assert _findings(text) == []


@pytest.mark.parametrize(("text", "rule", "readable"), COUNTERPART_CASES)
def test_model_needs_the_counterpart_of_a_deal_or_a_promise(text, rule, readable):
    features = sentence_features(analyse(Letter(text)).lemmas)
    assert not predict.GATES[rule].isdisjoint(features)  # the topic words alone would open it
    assert predict.may_read(rule, features) is readable


@pytest.mark.parametrize(("text", "rule", "word"), FLAGGED[:2])
def test_without_the_model_the_rules_alone_speak(text, rule, word):
    # What `make eval --without-model` scores: the same wording, no backstop finding.
    assert [finding.rule for finding in _findings(text)] == [rule]
    assert lint(text, disabled_rules=OTHER_RULES, model=False).findings == []


def test_model_stays_out_of_sentences_a_rule_already_flagged():
    [finding] = _findings("Could you tell me where I stand on your rank list?")
    assert "recognised from its wording" not in finding.message


def test_model_speaks_only_where_the_rule_applies():
    question = "Is there news about my application?"
    assert [finding.rule for finding in _findings(question)] == ["checking-in"]
    with_news = f"{question} I just passed Step 3 with a 240."
    assert [f for f in _findings(with_news) if f.rule == "checking-in"] == []  # news excuses it


def test_threshold_without_both_classes_is_no_lower_than_every_score():
    # With no negative (or no positive) sentence the curve has nothing to cut between: the
    # threshold must not fall below the pool's scores and flag every gated sentence.
    for pool in ([(1.0, True), (0.5, True)], [(1.0, False), (0.5, False)], [(2.0, True)]):
        assert train.cut(pool) >= max(value for value, _ in pool)
    assert train.cut([(1.0, True), (0.5, False), (0.9, True), (0.2, False)]) < 1.0


def test_the_threshold_curve_is_the_best_fit_where_full_newton_steps_overshoot():
    # Full Newton steps on this pool swung between slopes of about -3e6 and +6e6 until the
    # step count ran out (the curve's slope came out negative, so no cut from it at all).
    pool = [(1.77, False), (4.52, False), (-0.84, False), (4.22, True)]
    slope, offset = train.calibrate(pool)
    chances = [1 / (1 + math.exp(-(slope * value + offset))) for value, _ in pool]
    # At the best-fitting curve the log loss is flat: the curve expects as many positives as
    # the pool holds, and the same score-weighted.
    assert sum(chances) == pytest.approx(1.0, abs=1e-6)
    expected = sum(chance * value for chance, (value, _) in zip(chances, pool, strict=True))
    assert expected == pytest.approx(4.22, abs=1e-6)


def test_shipped_weights_are_what_training_produces():
    shipped = json.loads(train.WEIGHTS.read_text("utf-8"))
    assert shipped == train.train(), "checker/model/weights.json is stale: run `make model`"


def test_model_never_learns_from_a_held_back_split():
    # It learns from dev and the opened splits (train.trained_on), never from test or a blind one.
    assert "dev" in train.trained_on() and set(OPENED) <= set(train.trained_on())
    assert not set(train.trained_on()) & set(HELD_BACK)


def test_training_data_shares_no_text_with_the_held_back_splits():
    # training.jsonl is written for the model: no text of a held-back or an opened split.
    test_texts = {
        item.text.strip().lower()
        for split in (*HELD_BACK, *OPENED)
        for part in ("sentences", "letters")
        for item in load(split, part)
    }
    lines = train.TRAINING.read_text("utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line.strip()]
    texts = [entry["text"] for entry in entries if "text" in entry]
    assert texts and not {text.strip().lower() for text in texts} & test_texts
    assert all(set(entry["rules"]) <= set(predict.GATES) for entry in entries if "text" in entry)


def test_letter_threshold_is_never_below_the_sentence_threshold():
    for rule, model in predict.weights()["rules"].items():
        assert model["letter_threshold"] >= model["threshold"], rule


def test_letter_cut_asks_more_where_fewer_sentences_are_the_rules():
    # Over the same scores, about half the pooled sentences are true findings and a quarter of
    # the letters' sentences: the curve, moved to the letters' share, crosses higher.
    pooled = [(v / 10, v >= 5 if v % 3 else v >= -5) for v in range(-30, 30)]
    letters = [(v / 10, v >= 15) for v in range(-30, 30)]
    assert train.letter_cut(pooled, letters) > train.cut(pooled)
    # Letters with no true finding among them: the model stays quiet in letters.
    innocent = [(1.0, False), (2.5, False)]
    assert train.letter_cut(pooled, innocent) >= 2.5


def test_letter_cut_reaches_its_confidence_on_a_steep_curve():
    # The score separates the pool at 0 (slope ~240): the letters' single true finding at 5.0
    # needs a shift far beyond a fixed bracket of +-30, which left the cut near the lone one
    # (0.08) with 30 innocent letter sentences over it.
    pooled = [(v / 10, v >= 0) for v in range(-30, 30)]
    letters = [(v / 10, False) for v in range(-30, 30)] + [(5.0, True)]
    slope, offset = train.calibrate(pooled)
    shift = train._shift(slope, offset, letters)
    expected = sum(train._sigmoid(slope * value + offset + shift) for value, _ in letters)
    assert expected == pytest.approx(1.0)
    letter = train.letter_cut(pooled, letters, 0.9)
    assert 2.9 < letter < 5.0
    assert train._sigmoid(slope * letter + offset + shift) >= 0.9


def test_a_sentence_of_a_whole_letter_needs_the_letter_threshold():
    """The same chasing sentence: flagged alone, left alone inside a letter whose threshold
    it does not reach (a letter's sentences are mostly innocent, so a score means less)."""
    model = {"bias": 0.0, "weights": {"application": 1.0}, "threshold": 0.5}
    question = "Has my application reached the top yet?"
    letter = (
        "Dear Dr. Lee,\n\nI enjoyed meeting your residents last week. The teaching conference "
        f"was a highlight. I also liked the continuity clinic. {question}\n\nBest,\nAna Ruiz"
    )
    for letter_threshold, expected in ((0.5, True), (1.5, False)):
        weights = {"rules": {"checking-in": {**model, "letter_threshold": letter_threshold}}}
        with unseen.using(weights):
            alone = _findings(question)
            whole = lint(letter).findings
        assert [f.rule for f in alone if "recognised" in f.message] == ["checking-in"]
        flagged = [f.text for f in whole if "recognised" in f.message]
        assert flagged == ([question] if expected else [])
