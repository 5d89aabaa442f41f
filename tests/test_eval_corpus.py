"""The labelled corpus in eval/ is well formed: spans inside the text and on word edges,
known rules, kinds and registers, unique ids, and no item shared between two splits."""

from __future__ import annotations

import itertools

import pytest

from eval.corpus import (
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    PARTS,
    REGISTERS,
    SPLITS,
    WORDING_RULES,
    Item,
    Label,
    load,
    load_split,
    problems,
)


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize("part", PARTS)
def test_corpus_file_is_valid(split, part):
    items = load(split, part)
    assert items, f"eval/{split}/{part}.jsonl is empty"
    assert problems(items) == []


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(SPLITS, 2)))
def test_splits_share_no_id_and_no_text(one, other):
    first, second = load_split(one), load_split(other)
    assert not {item.id for item in first} & {item.id for item in second}
    assert not {item.text for item in first} & {item.text for item in second}


@pytest.mark.parametrize(
    ("split", "sizes", "prefixes"),
    [
        (FRESH, (200, 30, 12), ("fs-", "fl-")),
        (FRESH2, (220, 40, 16), ("f2s-", "f2l-")),
        (FRESH3, (270, 40, 17), ("f3s-", "f3l-")),
        (FRESH4, (300, 45, 22), ("f4s-", "f4l-")),
        (FRESH5, (300, 90, 50), ("f5s-", "f5l-")),
        (FRESH6, (200, 100, 50), ("f6s-", "f6l-")),
        (FRESH7, (200, 100, 50), ("f7s-", "f7l-")),
        (FRESH8, (200, 100, 50), ("f8s-", "f8l-")),
        (FRESH9, (200, 100, 50), ("f9s-", "f9l-")),
        (FRESH10, (150, 100, 50), ("f10s-", "f10l-")),
        (FRESH11, (150, 100, 50), ("f11s-", "f11l-")),
    ],
)
def test_fresh_split_is_big_enough_and_covers_every_rule_and_register(split, sizes, prefixes):
    """A split written blind (fresh2 has since been opened): enough sentences, about half
    clean, 12+ for each wording rule; enough letters and clean letters; every register in
    both parts; its own ids."""
    min_sentences, min_letters, min_clean_letters = sizes
    sentences, letters = load(split, "sentences"), load(split, "letters")
    assert len(sentences) >= min_sentences
    assert 0.4 <= sum(item.clean for item in sentences) / len(sentences) <= 0.6
    for rule in WORDING_RULES:
        assert len(_labelled(sentences, rule)) >= 12, rule
    assert len(letters) >= min_letters
    assert sum(item.clean for item in letters) >= min_clean_letters
    for items in (sentences, letters):
        assert {item.register for item in items} == set(REGISTERS)
    assert all(item.id.startswith(prefixes[0]) for item in sentences)
    assert all(item.id.startswith(prefixes[1]) for item in letters)


# Issue 10's minimum corpus. The test split was written first and is frozen; dev keeps
# growing for tuning, so the test split's "at least a third" is a third of these sizes.
MIN_SENTENCES, MIN_LETTERS, MIN_CLEAN_LETTERS = 600, 100, 40


def test_corpus_is_big_enough_and_balanced():
    """Issue 10's sizes: 600+ sentences, 30+ per wording rule, about half of them clean;
    100+ letters, 40+ clean; the held-out test split holds at least a third of each size
    and at least 10 labelled sentences for every wording rule."""
    sentences = {split: load(split, "sentences") for split in SPLITS}
    letters = {split: load(split, "letters") for split in SPLITS}
    every_sentence = [item for items in sentences.values() for item in items]
    every_letter = [item for items in letters.values() for item in items]
    assert len(every_sentence) >= MIN_SENTENCES
    for rule in WORDING_RULES:
        assert len(_labelled(every_sentence, rule)) >= 30, rule
        assert len(_labelled(sentences["test"], rule)) >= 10, rule
    clean_share = sum(item.clean for item in every_sentence) / len(every_sentence)
    assert 0.4 <= clean_share <= 0.6
    assert len(every_letter) >= MIN_LETTERS
    assert sum(item.clean for item in every_letter) >= MIN_CLEAN_LETTERS
    assert len(sentences["test"]) * 3 >= MIN_SENTENCES
    assert len(letters["test"]) * 3 >= MIN_LETTERS
    assert sum(item.clean for item in letters["test"]) * 3 >= MIN_CLEAN_LETTERS


def _labelled(items, rule):
    return [item for item in items if rule in {label.rule for label in item.labels}]


def _item(text, *labels, part="sentences", id="x-1"):
    return Item(id=id, part=part, register="polished", text=text, labels=labels)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (_item("I rank you first.", Label("rank-first-claim", 2, 40)), "outside the text"),
        (_item("I rank you first.", Label("rank-first-claim", 3, 10)), "cuts a word"),
        (
            _item("I rank you first.", Label("rank-first-claim", 1, 10)),
            "starts or ends with a space",
        ),
        (_item("I rank you first.", Label("no-such-rule", 2, 16)), "unknown rule"),
        (_item("Dear Dr. Lee,", Label("missing-aamc-id")), "letter rule"),
        (_item("I rank you first.", Label("rank-first-claim")), "needs both start and end"),
    ],
)
def test_validator_reports_a_broken_label(item, message):
    (found,) = problems([item])
    assert message in found


def test_validator_reports_a_reused_id():
    items = [_item("One."), _item("Two.")]
    assert problems(items) == ["x-1: the id is used twice"]


def test_letter_level_labels_need_no_span():
    letter = _item("Dear Dr. Lee,\n\nThanks.", Label("missing-aamc-id"), part="letters")
    assert problems([letter]) == []
