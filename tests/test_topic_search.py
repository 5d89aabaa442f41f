"""checker.language.topic_search: the index leaves out only patterns that cannot match, so a
topic's matches are those of trying each of its patterns, in order, at every token."""

from __future__ import annotations

import pytest

from checker.language import topic_search
from checker.language.analysis import Analysis
from checker.language.topic import _MADE
from checker.letter import Letter
from checker.rules import RULES

TEXTS = [
    "I will rank your program first if you rank me highly. Where do I stand on your list?",
    "Dear Dr. Lee,\n\nLakeview is my number one choice, and I would accept an offer at once."
    "\n\nI am not interviewing anywhere else. Any news on my application?\n\nBest,\nAna",
    "i plan to rnak u #1!! pls let me know if the interest goes both ways when lists are made",
    *(example for rule in RULES.values() for example in (*rule.fails, *rule.passes)),
]


def every_pattern_at_every_token(analysis: Analysis, topic) -> list[tuple[int, int]]:
    """The search with no index: each pattern that can start with the token's lemma, tried
    in order, the first match kept."""
    found = set()
    for position, lemma in enumerate(analysis.lemmas):
        for number, anchor in enumerate(topic.anchors):
            if lemma not in anchor.starts or not topic.opens(lemma, analysis.words):
                continue
            match = topic.regex(number).match(analysis.text, analysis.offsets[position])
            if match is not None:
                found.add(analysis.token_range(*match.span()))
                break
    return sorted(found)


@pytest.mark.parametrize("text", TEXTS[:3] + TEXTS[3::90])
def test_the_index_finds_what_trying_every_pattern_finds(text):
    analysis = Analysis(Letter(text))
    for made in _MADE:
        assert topic_search.search(analysis, made) == every_pattern_at_every_token(
            analysis, made
        ), made.name
