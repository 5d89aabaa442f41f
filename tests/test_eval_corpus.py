"""The labelled corpus in eval/ is well formed: spans inside the text and on word edges,
known rules, kinds and registers, unique ids, and no item shared between dev and test."""

from __future__ import annotations

import pytest

from eval.corpus import PARTS, Item, Label, load, problems


@pytest.mark.parametrize("split", ["test"])
@pytest.mark.parametrize("part", PARTS)
def test_corpus_file_is_valid(split, part):
    items = load(split, part)
    assert items, f"eval/{split}/{part}.jsonl is empty"
    assert problems(items) == []


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
