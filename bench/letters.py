"""Distinct letters of about 300 words, for the rows that lint letters the checker has not
seen before (issue 11, target 6): no two drafts alike, and none linted twice, so nothing the
checker kept from an earlier lint can make a row look faster than a reader's first check.

A letter is a letter of the corpus's dev or opened splits (of at least MIN_WORDS words),
with body paragraphs of donor letters put in before its sign-off until it holds WORDS
words. The letters and the donors are pinned by item id in bench/letters.ids, so the rows
lint the same letters from one commit to the next however the splits grow, and each pool
of letters belongs to one module (POOLS): bench/browser_tasks.py (whose CPython baseline
lints the same letters in its process) and bench/lint_cpython.py never share a letter.
A donor is never a letter, no paragraph of 12 words or more appears twice across all the
letters built (checked as they are built), and a letter one of whose own paragraphs is
already in use is skipped when the ids are chosen.

python -m bench.letters          # the pools, their sizes and word counts
python -m bench.letters --pin    # choose the ids again from today's corpus (new letters:
                                 # the rows of different pins do not compare)
"""

from __future__ import annotations

import argparse
import functools
import re
import statistics
from collections.abc import Callable
from pathlib import Path

from checker.text import count_words
from eval.corpus import OPENED, load

WORDS = 300
MIN_WORDS = 60
# The letters each module may use, in this order in bench/letters.ids: browser_tasks takes
# 23 a run (--runs 8 at most), lint_cpython its NEW_LETTERS.
POOLS = {"browser": 200, "cpython": 60}
PINNED = Path(__file__).with_name("letters.ids")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BODY_WORDS = 12  # a shorter paragraph is a greeting, a sign-off or a one-line thanks


def distinct_letters(count: int, pool: str, first: int = 0) -> list[str]:
    """Letters number first .. first + count - 1 of the pool."""
    letters = _letters()[pool]
    if first + count > len(letters):
        raise ValueError(
            f"the {pool!r} pool holds {len(letters)} letters (bench/letters.py POOLS), "
            f"letters {first}..{first + count - 1} asked for"
        )
    return letters[first : first + count]


def _texts() -> dict[str, str]:
    """Item id -> text of the letters of dev and the opened splits, in the splits' order."""
    items = [item for split in ("dev", *OPENED) for item in load(split, "letters")]
    texts = {item.id: item.text.strip() for item in items}
    return {item_id: text for item_id, text in texts.items() if count_words(text) >= MIN_WORDS}


def _body(text: str) -> list[str]:
    return [
        paragraph
        for paragraph in _PARAGRAPH_BREAK.split(text)[1:-1]
        if count_words(paragraph) >= _BODY_WORDS
    ]


class _Donors:
    """The body paragraphs of the donors, in order, each given once and none in use."""

    def __init__(self, texts: dict[str, str], next_id: Callable[[], str | None]) -> None:
        self.texts, self.next_id = texts, next_id
        self.ids: list[str] = []
        self.waiting: list[str] = []

    def take(self, in_use: set[str]) -> str | None:
        while True:
            while self.waiting:
                paragraph = self.waiting.pop(0)
                if paragraph not in in_use:
                    return paragraph
            item_id = self.next_id()
            if item_id is None:
                return None
            self.ids.append(item_id)
            self.waiting = _body(self.texts[item_id])


def _pad(text: str, donors: _Donors, in_use: set[str]) -> str | None:
    """The letter grown to WORDS words with donated paragraphs; None when one of its own
    paragraphs is in use already (or repeats), or when the donors are used up."""
    own = _body(text)
    if len(set(own)) < len(own) or in_use.intersection(own):
        return None
    in_use.update(own)
    *body, sign_off = _PARAGRAPH_BREAK.split(text)
    words = count_words(text)
    while words < WORDS:
        paragraph = donors.take(in_use)
        if paragraph is None:
            return None
        in_use.add(paragraph)
        body.append(paragraph)
        words += count_words(paragraph)
    return "\n\n".join([*body, sign_off]) + "\n"


def _read_pinned() -> dict[str, list[str]]:
    pinned: dict[str, list[str]] = {}
    section = None
    for line in PINNED.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            section = pinned.setdefault(line.strip("[]"), [])
        else:
            section.extend(line.split())
    return pinned


@functools.cache
def _letters() -> dict[str, list[str]]:
    """Each pool's letters, built from the pinned ids."""
    texts = _texts()
    pinned = _read_pinned()
    letter_ids = [item_id for pool in POOLS for item_id in pinned[pool]]
    missing = sorted(set(letter_ids + pinned["donors"]) - set(texts))
    if missing:
        raise ValueError(
            f"bench/letters.ids names items the corpus no longer has (or that are shorter "
            f"than {MIN_WORDS} words): {missing[:5]}; pin again: python -m bench.letters --pin"
        )
    assert not set(letter_ids) & set(pinned["donors"]), "a donor is also a letter"
    assert len(set(letter_ids)) == len(letter_ids), "a letter is pinned twice"
    donors = _Donors(texts, _feed(pinned["donors"]))
    in_use: set[str] = set()
    letters = {}
    for pool in POOLS:
        letters[pool] = []
        for item_id in pinned[pool]:
            letter = _pad(texts[item_id], donors, in_use)
            if letter is None:
                raise ValueError(f"{item_id}: its paragraphs are in use or the donors ran out")
            letters[pool].append(letter)
    _assert_no_paragraph_repeats([letter for pool in POOLS for letter in letters[pool]])
    return letters


def _feed(ids: list[str]) -> Callable[[], str | None]:
    remaining = iter(ids)
    return lambda: next(remaining, None)


def _assert_no_paragraph_repeats(letters: list[str]) -> None:
    paragraphs = [p for letter in letters for p in _PARAGRAPH_BREAK.split(letter)[1:-1]]
    body = [p for p in paragraphs if count_words(p) >= _BODY_WORDS]
    assert len(set(body)) == len(body), "a paragraph repeats across the bench letters"


def choose(texts: dict[str, str]) -> dict[str, list[str]]:
    """Each pool's letter ids and the donors': letters from the front of the corpus, donors
    from its far end, never meeting."""
    ids = list(texts)
    front, back = 0, len(ids)

    def next_donor() -> str | None:
        nonlocal back
        if back <= front:
            return None
        back -= 1
        return ids[back]

    donors = _Donors(texts, next_donor)
    in_use: set[str] = set()
    chosen: list[str] = []
    while len(chosen) < sum(POOLS.values()) and front < back:
        item_id = ids[front]
        front += 1
        if _pad(texts[item_id], donors, in_use) is not None:
            chosen.append(item_id)
    if len(chosen) < sum(POOLS.values()):
        raise ValueError(f"only {len(chosen)} letters can be made, POOLS asks for more")
    pools, start = {}, 0
    for pool, size in POOLS.items():
        pools[pool] = chosen[start : start + size]
        start += size
    return {**pools, "donors": donors.ids}


def write_pinned(pinned: dict[str, list[str]]) -> None:
    lines = [
        "# The corpus items bench/letters.py builds the bench letters from: one section per",
        "# pool (bench/letters.py POOLS), then the donors of their extra paragraphs, in order.",
        "# Written by `python -m bench.letters --pin`; do not edit by hand.",
    ]
    for section, ids in pinned.items():
        lines.append(f"[{section}]")
        lines += [" ".join(ids[i : i + 8]) for i in range(0, len(ids), 8)]
    PINNED.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pin", action="store_true", help="choose the ids again and write them")
    if parser.parse_args().pin:
        write_pinned(choose(_texts()))
    for pool, letters in _letters().items():
        words = [count_words(letter) for letter in letters]
        print(
            f"{pool}: {len(letters)} letters, {min(words)}-{max(words)} words, "
            f"median {statistics.median(words):g}"
        )


if __name__ == "__main__":
    main()
