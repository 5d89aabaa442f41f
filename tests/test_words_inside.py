"""checker.words_inside: which words of a set a word holds, as a substring search finds them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.words_inside import WordsInside

_LETTERS = st.text("abcr#1", min_size=2, max_size=5)


@given(st.lists(_LETTERS, max_size=30), st.text("abcr#1 -'", max_size=20))
def test_finds_every_word_of_the_set_inside_a_word_and_no_other(words, word):
    found = WordsInside()
    found.add(words)
    assert found.inside(word) == {known for known in words if known in word}


def test_a_word_added_later_is_found_in_a_word_read_before():
    found = WordsInside()
    found.add(["rank"])
    assert found.inside_any(["ranking", "tank"]) == {"rank"}
    found.add(["king", "tan"])
    assert found.inside_any(["ranking", "tank"]) == {"rank", "king", "tan"}


def test_only_runs_of_letters_digits_and_hash_can_be_found():
    found = WordsInside()
    found.add(["pre-match", "#1"])
    assert found.words == {"#1"}
    with pytest.raises(ValueError, match="two characters or more"):
        found.add(["a"])
