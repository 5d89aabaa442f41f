"""bench/letters.py: the letters the "never seen" rows lint are pinned, distinct, and each
module's own."""

from __future__ import annotations

import pytest

from bench import letters
from checker.text import count_words


def test_the_pinned_letters_fill_each_pool_and_share_no_paragraph():
    built = letters._letters()  # asserts that no paragraph of 12+ words repeats
    assert {pool: len(found) for pool, found in built.items()} == letters.POOLS
    every = [letter for found in built.values() for letter in found]
    assert len(set(every)) == len(every)
    assert all(count_words(letter) >= letters.WORDS for letter in every)


def test_donors_are_never_letters_and_the_pools_are_apart():
    pinned = letters._read_pinned()
    browser, cpython, donors = set(pinned["browser"]), set(pinned["cpython"]), pinned["donors"]
    assert not browser & cpython
    assert not (browser | cpython) & set(donors)
    assert len(set(donors)) == len(donors)


def test_the_pins_are_what_choose_makes_of_the_pinned_items():
    """Choosing again from only the pinned items gives the same ids: the pins are a choice of
    the rules in bench/letters.py, not an edit by hand."""
    texts = letters._texts()
    pinned = letters._read_pinned()
    ids = [*pinned["browser"], *pinned["cpython"], *reversed(pinned["donors"])]
    assert letters.choose({item_id: texts[item_id] for item_id in ids}) == pinned


def test_asking_for_more_letters_than_a_pool_holds_fails_with_a_message():
    size = letters.POOLS["browser"]
    assert len(letters.distinct_letters(23, "browser", first=size - 23)) == 23
    with pytest.raises(ValueError, match="'browser' pool holds 200 letters"):
        letters.distinct_letters(23, "browser", first=size - 22)
