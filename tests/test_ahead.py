"""checker.ahead: the work the worker does while the page asks nothing (its "warm" method)."""

import importlib

from checker import ahead
from checker.kinds import CLUES
from checker.language import topic, topic_search
from checker.rules import evidence


def test_the_work_ahead_builds_what_a_letter_never_seen_before_would(monkeypatch):
    # The topics' index as no letter has built it yet, and the steps as the worker starts
    # them (the module's own list, started again: an earlier test may have run it out).
    monkeypatch.setattr(topic_search, "_index", None)
    started = importlib.reload(ahead)
    while started.compile_ahead():
        pass
    index = topic_search._index
    assert index is not None and index.topics == len(topic.MADE)  # built ahead, for all
    for made in topic.MADE:
        assert all(regex is not None for regex in made._regexes), made.name
        assert "tried" in made.__dict__, made.name  # each pattern's key words
    phrase_sets = [clue.pattern for clue in CLUES] + [
        value for value in vars(evidence).values() if isinstance(value, type(evidence.NEWS))
    ]
    assert all(regex is not None for made in phrase_sets for regex in made._regexes)


def test_each_slice_goes_on_where_the_last_one_stopped(monkeypatch):
    done: list[int] = []
    monkeypatch.setattr(ahead, "_STEPS", (done.append(step) for step in range(3)))
    assert ahead.compile_ahead(0) is True and done == [0]  # one step past a deadline already met
    assert ahead.compile_ahead(0) is True and done == [0, 1]
    assert ahead.compile_ahead() is False and done == [0, 1, 2]
    assert ahead.compile_ahead() is False
