"""PhraseSet skips phrases that cannot match, and finds exactly what one big regex finds."""

from __future__ import annotations

import gc
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import kinds, rules  # importing them builds every PhraseSet of the checker
from checker.patterns import phrase_regex
from checker.phrase_search import PhraseSet, Reading, compile_phrases, requirements

LETTERS = [
    path.read_text(encoding="utf-8") for path in (Path(__file__).parent / "letters").glob("*.txt")
]
ALL_SETS = [obj for obj in gc.get_objects() if isinstance(obj, PhraseSet)]
# Words the checker's phrases are made of, so random drafts do trigger them.
WORDS = sorted({word for phrase_set in ALL_SETS for phrase in phrase_set.phrases
                for word in re.findall(r"[a-z#]+", phrase) if len(word) > 1})  # fmt: skip


def plain_matches(phrase_set: PhraseSet, text: str) -> list[tuple[int, int]]:
    alternatives = "|".join(phrase_regex(phrase) for phrase in phrase_set.phrases)
    pattern = re.compile(r"(?<![\w#])(?:" + alternatives + r")(?![\w])")
    return [match.span() for match in pattern.finditer(text)]


def gated_matches(phrase_set: PhraseSet, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in phrase_set.finditer(text)]


def test_requirements_name_the_words_every_match_needs():
    assert requirements("just (?:checking|following) (?:in|up)") == (
        ("just",),
        ("checking", "following"),
        ("in", "up"),
    )
    assert requirements("scores?") == (("score",),)
    assert requirements("(?:very )?keen") == (("keen",),)
    assert requirements("x{0,3}yz") == (("yz",),)
    assert requirements("(?:a|b c) d") == ()  # "a" is too short to require


def test_requirements_read_common_words_and_classes_as_asked():
    # The topics' index tries a pattern only in sentences with its words: "top" is rarer.
    assert requirements("(?:at the top|first) {spot}") == (("the", "first"),)
    reading = Reading(frozenset({"the", "at"}), {"spot": "(?:the )?(?:spot|place)"})
    assert requirements("(?:at the top|first) {spot}", reading) == (
        ("top", "first"),
        ("spot", "place"),
    )


def test_the_checker_builds_many_phrase_sets():
    assert kinds.CLUES and rules.RULES
    assert len(ALL_SETS) > 20


def test_same_matches_as_one_regex_on_the_letters():
    for phrase_set in ALL_SETS:
        for text in LETTERS:
            view = text.lower()
            assert gated_matches(phrase_set, view) == plain_matches(phrase_set, view)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, " ", " ", ", ", ". ", "\n", "'", "#1"]), max_size=40))
def test_same_matches_as_one_regex_on_random_word_salad(pieces):
    text = " ".join(pieces)
    for phrase_set in ALL_SETS:
        assert gated_matches(phrase_set, text) == plain_matches(phrase_set, text)


def test_search_respects_bounds():
    phrases = compile_phrases(["rank you first"])
    text = "i will rank you first. i will rank you first."
    assert phrases.search(text).span() == (7, 21)
    assert phrases.search(text, 10).span() == (30, 44)
    assert phrases.search(text, 0, 20) is None


def test_the_leftmost_match_wins_then_the_first_phrase_as_in_one_regex():
    """Each phrase is searched alone; the results still come in the order one regex of
    all the phrases gives them."""
    phrases = compile_phrases(["rank you", "will rank you first", "rank you first"])
    text = "i will rank you first, and rank you first again."
    assert [match.span() for match in phrases.finditer(text)] == [(2, 21), (27, 35)]
    assert gated_matches(phrases, text) == plain_matches(phrases, text)
