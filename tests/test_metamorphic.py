"""Metamorphic tests (issue 10, item 5): every labelled sentence of the corpus keeps its
verdict when it is rewritten without changing its meaning (an adverb added, contractions,
"you" / "your program" / a program name, "#1" / "number one" / "first", clause order, direct
or indirect question, case, punctuation, a line break, a typo in a key word).

The verdict is the sentence's labels: each labelled rule must still be found (at any
severity), and no other wording rule may raise an error or a warning. Clean sentences stay
clean. A rewrite is tested on the sentences whose verdict the checker gets right as written:
a sentence it already misses is a miss for `make eval` to report, and its variants would fail
for that reason, not because of the rewrite. The rewrites live in eval/variants.py, each
with its own examples, tested here too.
"""

from __future__ import annotations

import functools

import pytest

from checker.lint import lint
from eval.corpus import BLIND, SPLITS, Item, load
from eval.score import LETTER_RULES, OBJECTIONS
from eval.variants import EXAMPLES, TRANSFORMS

# Not the blind splits: a failure here lists sentences, and they are only ever counted.
SENTENCES = [item for split in SPLITS if split not in BLIND for item in load(split, "sentences")]
_SHOWN = 25  # failures listed in a message; the count says how many there were in all


@pytest.mark.parametrize(
    ("transform", "examples"), EXAMPLES.items(), ids=lambda value: getattr(value, "__name__", "")
)
def test_transform_rewrites_its_examples(transform, examples):
    for original, expected in examples:
        assert transform(original) == expected, original


def test_every_transform_has_examples():
    assert set(EXAMPLES) == set(TRANSFORMS.values())


def verdict_change(item: Item, text: str) -> str | None:
    """What differs between the item's labels and the findings on `text`, if anything."""
    findings = lint(text, item.kind, disabled_rules=LETTER_RULES).findings
    expected = {label.rule for label in item.labels}
    missing = expected - {finding.rule for finding in findings}
    extra = {finding.rule for finding in findings if finding.severity in OBJECTIONS} - expected
    if not missing and not extra:
        return None
    changes = [f"lost {rule}" for rule in sorted(missing)]
    changes += [f"gained {rule}" for rule in sorted(extra)]
    return ", ".join(changes)


@functools.cache
def judged_right() -> list[Item]:
    """The sentences whose verdict the checker gets right as they are written. Computed
    once, by the first test that needs it: not while collecting, which every test worker
    does for every module."""
    return [item for item in SENTENCES if verdict_change(item, item.text) is None]


@pytest.mark.parametrize("name", TRANSFORMS)
def test_labelled_sentences_keep_their_verdict(name):
    transform = TRANSFORMS[name]
    variants = [(item, variant) for item in judged_right() if (variant := transform(item.text))]
    assert variants, f"{name} applies to no sentence of the corpus"
    failures = [
        f"{item.id} ({change}): {variant!r}"
        for item, variant in variants
        if (change := verdict_change(item, variant))
    ]
    assert not failures, (
        f"{len(failures)} of {len(variants)} variants ({name}) lost their verdict:\n"
        + "\n".join(failures[:_SHOWN])
    )
