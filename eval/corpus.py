"""Load the labelled corpus and say what is wrong with it (the validator the tests run)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker.kinds import KINDS
from checker.rules import RULES

HERE = Path(__file__).parent
SPLITS = (
    "dev",
    "test",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
)
# The splits written blind (eval/README.md): `make eval` and the validator read them, nothing
# else does. fresh came after the engine rewrite; fresh11 on 2026-12-08 while the rules were
# still being tuned on dev, letters first (it leans on whole letters as long as real mail, like
# the private sets, with forum posts that quote a draft), by a helper who read no checker code
# and no other split.
FRESH = "fresh"
FRESH11 = "fresh11"
BLIND = (FRESH, FRESH11)
# fresh2 to fresh10 were written blind too, then opened on 2026-12-07 and 2026-12-08
# (eval/README.md), each once a newer blind split had taken its place: their items are now
# listed and tuned on like dev's, and the model learns from them beside dev
# (checker/model/train.py trained_on).
FRESH2 = "fresh2"
FRESH3 = "fresh3"
FRESH4 = "fresh4"
FRESH5 = "fresh5"
FRESH6 = "fresh6"
FRESH7 = "fresh7"
FRESH8 = "fresh8"
FRESH9 = "fresh9"
FRESH10 = "fresh10"
OPENED = (FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10)
# Splits that are only measured, never tuned on: `make eval` prints their counts, never an item.
HELD_BACK = ("test", *BLIND)
PARTS = ("sentences", "letters")
REGISTERS = ("polished", "non-native", "terse", "over-eager", "anxious", "template", "forum")

# The rules that judge wording sentence by sentence. Sentence items are linted with every
# other rule switched off, because a lone sentence has no greeting, sign-off or subject.
WORDING_RULES = (
    "binding-commitment",
    "asks-about-rank",
    "reciprocal-request",
    "rank-first-claim",
    "exclusive-claim",
    "checking-in",
    "desperate-tone",
    "informal-tone",
    "generic-praise",
    "unfilled-placeholder",
)


@dataclass(frozen=True)
class Label:
    rule: str
    start: int | None = None  # None: the label is about the whole letter (no AAMC ID, ...)
    end: int | None = None

    def overlaps(self, start: int, end: int) -> bool:
        return self.start is None or (start < self.end and self.start < end)


@dataclass(frozen=True)
class Item:
    id: str
    part: str  # "sentences" or "letters"
    register: str
    text: str
    labels: tuple[Label, ...]
    kind: str | None = None
    note: str | None = None

    @property
    def clean(self) -> bool:
        return not self.labels


def path(split: str, part: str) -> Path:
    return HERE / split / f"{part}.jsonl"


def load(split: str, part: str) -> list[Item]:
    """The items of one file, in file order. Bad JSON raises ValueError naming the line."""
    items = []
    file = path(split, part)
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{file}:{number}: not JSON ({error.msg})") from None
        items.append(
            Item(
                id=data["id"],
                part=part,
                register=data["register"],
                text=data["text"],
                labels=tuple(Label(**label) for label in data["labels"]),
                kind=data.get("kind"),
                note=data.get("note"),
            )
        )
    return items


def load_split(split: str) -> list[Item]:
    return [item for part in PARTS for item in load(split, part)]


def problems(items: Iterable[Item]) -> list[str]:
    """Everything that makes the items unusable for scoring, one message each."""
    found: list[str] = []
    seen: set[str] = set()
    for item in items:
        where = f"{item.id}:"
        if item.id in seen:
            found.append(f"{where} the id is used twice")
        seen.add(item.id)
        if item.register not in REGISTERS:
            found.append(f"{where} unknown register {item.register!r}")
        if item.kind is not None and item.kind not in KINDS:
            found.append(f"{where} unknown kind {item.kind!r}")
        for label in item.labels:
            found.extend(f"{where} {message}" for message in _label_problems(item, label))
    return found


def _label_problems(item: Item, label: Label) -> list[str]:
    if label.rule not in RULES:
        return [f"unknown rule {label.rule!r}"]
    if item.part == "sentences" and label.rule not in WORDING_RULES:
        return [f"{label.rule} is a letter rule; sentence items carry wording rules only"]
    if label.start is None or label.end is None:
        if item.part == "sentences" or (label.start, label.end) != (None, None):
            return [f"{label.rule} needs both start and end"]
        return []
    if not 0 <= label.start < label.end <= len(item.text):
        return [f"{label.rule} span {label.start}-{label.end} is outside the text"]
    text = item.text
    cuts = [
        edge
        for edge in (label.start, label.end)
        if 0 < edge < len(text) and text[edge - 1].isalnum() and text[edge].isalnum()
    ]
    if cuts:
        return [f"{label.rule} span {text[label.start : label.end]!r} cuts a word"]
    if text[label.start].isspace() or text[label.end - 1].isspace():
        return [f"{label.rule} span {text[label.start : label.end]!r} starts or ends with a space"]
    return []
