"""The checker on the held-out test split of the labelled corpus (eval/test, never used for
tuning): recall, precision, and no error or warning on a letter an advisor would send as it
is. `make eval` prints the same numbers for every split; the scoring rules themselves are
tested below.

Issue 10 asks for recall of 0.90 or more and precision of 0.95 or more; the floors below are
those numbers (eval/README.md has the table and its history).
"""

from __future__ import annotations

import dataclasses

import pytest

from checker.lint import lint
from eval.__main__ import main
from eval.corpus import HELD_BACK, OPENED, Item, Label, load_split
from eval.report import format_table
from eval.score import Report, evaluate


@pytest.fixture(scope="module")
def test_split() -> Report:
    return evaluate(load_split("test"))


RECALL_FLOOR = 0.90
PRECISION_FLOOR = 0.95


# The messages show the test split's counts only, never its items: nobody tunes on them.
def test_recall_on_the_test_split(test_split):
    recall = test_split.overall.recall
    assert recall >= RECALL_FLOOR, f"recall {recall:.2f}\n{format_table('test', test_split)}"


def test_precision_on_the_test_split(test_split):
    precision = test_split.overall.precision
    assert precision >= PRECISION_FLOOR, (
        f"precision {precision:.2f}\n{format_table('test', test_split)}"
    )


def test_no_clean_test_letter_gets_an_error_or_warning(test_split):
    flagged = test_split.flagged_clean_letters
    assert not flagged, f"{len(flagged)} clean letters flagged\n{format_table('test', test_split)}"


# --- how findings are scored against labels ------------------------------------------------

TEXT = "I will rank your program first. Thx!!"
_SAMPLE = lint("I will rank your program first.").findings[0]


def _finding(rule, start, end, severity="warning"):
    return dataclasses.replace(_SAMPLE, rule=rule, start=start, end=end, severity=severity)


def _letter(*labels, part="letters"):
    return Item(id="x-1", part=part, register="polished", text=TEXT, labels=labels)


def test_an_overlapping_finding_of_the_same_rule_finds_the_label():
    report = Report()
    report.add(_letter(Label("rank-first-claim", 2, 30)), [_finding("rank-first-claim", 7, 12)])
    assert (report.overall.found, report.overall.false_alarms, report.misses) == (1, 0, [])


def test_a_finding_of_another_rule_or_elsewhere_is_a_miss_and_a_false_alarm():
    report = Report()
    label = Label("rank-first-claim", 2, 30)
    report.add(
        _letter(label),
        [_finding("exclusive-claim", 7, 12), _finding("rank-first-claim", 32, 35)],
    )
    assert [miss.label for miss in report.misses] == [label]
    assert [alarm.finding.rule for alarm in report.false_alarms] == [
        "exclusive-claim",
        "rank-first-claim",
    ]
    assert report.overall.precision == 0.0


def test_several_findings_on_one_label_count_once():
    report = Report()
    findings = [_finding("informal-tone", 32, 35), _finding("informal-tone", 35, 37)]
    report.add(_letter(Label("informal-tone", 32, 37)), findings)
    assert (report.rules["informal-tone"].labels, report.rules["informal-tone"].found) == (1, 1)
    assert report.overall.false_alarms == 0


def test_info_findings_are_never_false_alarms():
    report = Report()
    report.add(_letter(), [_finding("rank-first-claim", 2, 30, severity="info")])
    assert report.false_alarms == []
    assert report.flagged_clean_letters == []


def test_a_letter_label_without_span_matches_any_finding_of_its_rule():
    report = Report()
    report.add(_letter(Label("missing-aamc-id")), [_finding("missing-aamc-id", 0, 0)])
    assert report.overall.recall == 1.0


def test_a_warning_on_a_clean_letter_is_reported_but_not_on_a_clean_sentence():
    report = Report()
    report.add(_letter(), [_finding("informal-tone", 32, 35)])
    sentence = dataclasses.replace(_letter(), id="x-2", part="sentences")
    report.add(sentence, [_finding("informal-tone", 32, 35)])
    assert [item.id for item in report.flagged_clean_letters] == ["x-1"]
    assert "Clean letters with an error or warning: 1 of 1" in format_table("dev", report)


# --- what `make eval` shows of each split ------------------------------------------------

MISSED = "Dear Dr. Ruiz, thank you for the tour of the cath lab."


@pytest.fixture
def one_miss_per_split(monkeypatch):
    """Every split holds one sentence whose label the checker misses: only the split's name
    tells dev (listed) from the held-back splits (counted only)."""

    def load_split(split):
        label = Label("unfilled-placeholder", 0, 4)
        return [
            Item(
                id=f"{split}-1", part="sentences", register="polished", text=MISSED, labels=(label,)
            )
        ]

    monkeypatch.setattr("eval.__main__.load_split", load_split)


def test_make_eval_lists_the_misses_of_the_tuning_splits_only(one_miss_per_split, capsys):
    main([])
    out = capsys.readouterr().out
    tuned = ("dev", *OPENED)  # the opened blind splits are listed like dev
    for split in tuned:
        assert f"{split}-1 [unfilled-placeholder]" in out
        assert f"({split} is held back" not in out
    for split in HELD_BACK:
        assert f"### {split}: 1 sentences" in out
        assert f"{split}-1" not in out
        assert f"({split} is held back: its misses and false alarms are counted, not listed)" in out
    assert out.count("Ruiz") == len(tuned)  # the sentence shows in each tuned split's misses


def test_a_held_back_table_names_no_flagged_clean_letter():
    report = Report()
    report.add(_letter(), [_finding("informal-tone", 32, 35)])
    assert "- x-1: informal-tone" in format_table("dev", report)
    for split in HELD_BACK:
        table = format_table(split, report)
        assert "Clean letters with an error or warning: 1 of 1" in table
        assert "x-1" not in table
