"""checker.language.topic_search: the index leaves out only patterns that cannot match, so a
topic's matches are those of trying each of its patterns, in order, at every token."""

from __future__ import annotations

import pytest

from checker.language import topic_search
from checker.language.analysis import Analysis
from checker.language.topic import MADE
from checker.letter import Letter
from checker.rules import RULES

TEXTS = [
    "I will rank your program first if you rank me highly. Where do I stand on your list?",
    "Dear Dr. Lee,\n\nLakeview is my number one choice, and I would accept an offer at once."
    "\n\nI am not interviewing anywhere else. Any news on my application?\n\nBest,\nAna",
    "i plan to rnak u #1!! pls let me know if the interest goes both ways when lists are made",
    *(example for rule in RULES.values() for example in (*rule.fails, *rule.passes)),
]


# One text for each pattern with no key word (topic.Tried's key None: it may cross a sentence
# end), which the index must try in every sentence (`_Index.always`); the sample of rule
# examples below meets only some of them.
NO_KEY_WORD = [
    "I have been waiting for your decision for three weeks now.",  # chasing
    "Please, anything at all would do.",  # pleading
    "My whole future depends on this match.",  # pleading
    "Any position at all. I would take it gladly.",  # pleading
    "I want just you. Nobody else.",  # exclusive
    "Only your hospital suits my career goals, no other.",  # exclusive
    "Happy to put it in writing: Greenhill is where I will be in July.",  # promise-to-act
    "On weekends I may go to another hospital for moonlighting.",  # other-place-for-side-work
]
# The three letters, every 30th rule example (65 of about 1,900: trying every pattern at every
# token costs about 25 ms a text, all of them 47 s) and the texts above: about 4 s.
SAMPLE = TEXTS[:3] + TEXTS[3::30] + NO_KEY_WORD


def every_pattern_at_every_token(
    analysis: Analysis, topic, met: set | None = None
) -> list[tuple[int, int]]:
    """The search with no index: each pattern that can start with the token's lemma, tried
    in order, the first match kept (its topic and number added to `met`)."""
    found = set()
    for position, lemma in enumerate(analysis.lemmas):
        for number, anchor in enumerate(topic.anchors):
            if lemma not in anchor.starts or not topic.opens(lemma, analysis.words):
                continue
            match = topic.regex(number).match(analysis.text, analysis.offsets[position])
            if match is not None:
                found.add(analysis.token_range(*match.span()))
                if met is not None:
                    met.add((topic, number))
                break
    return sorted(found)


@pytest.mark.parametrize("text", SAMPLE)
def test_the_index_finds_what_trying_every_pattern_finds(text):
    analysis = Analysis(Letter(text))
    for made in MADE:
        assert topic_search.search(analysis, made) == every_pattern_at_every_token(
            analysis, made
        ), made.name


def test_the_sample_meets_every_pattern_with_no_key_word():
    met: set = set()
    for text in SAMPLE:
        analysis = Analysis(Letter(text))
        for made in MADE:
            every_pattern_at_every_token(analysis, made, met)
    index = topic_search._current_index()
    assert index.always and {index.owners[number] for number in index.always} <= met
