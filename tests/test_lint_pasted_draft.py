"""A forum post around a draft: the letter checks read the draft, findings point into the
whole paste, and an ordinary letter is read as before (checker.pasted_draft)."""

from __future__ import annotations

import pytest

from checker.lint import lint
from checker.pasted_draft import EXAMPLES, find_draft, talks_to_the_forum

POST = (
    "hey guys, rate my LOI pls lol\n\n"
    "Hi Dr. Brennan,\n\n"
    "Harbor Valley is my top choice. Working with ur residents on the addiction consult "
    "service showed me the kind of doctor I want to be.\n\n"
    "Best,\nOmar Siddiqui\nAAMC ID 15520931\n\n"
    "be brutal, idk what im doing lol"
)


@pytest.mark.parametrize(("paste", "edges"), EXAMPLES.items())
def test_the_draft_is_found_only_inside_a_post(paste, edges):
    draft = find_draft(paste)
    if edges is None:
        assert draft is None
        return
    words = draft.text.split()
    assert (words[0], words[-1]) == edges
    assert len(draft.text) == draft.end - draft.start  # offsets stay those of the paste


def test_findings_point_at_the_draft_words_in_the_whole_paste():
    result = lint(POST)
    found = {(finding.rule, finding.text) for finding in result.findings}
    assert ("salutation", "Hi Dr. Brennan") in found
    assert ("informal-tone", "ur") in found
    assert any(rule == "rank-first-claim" and "top choice" in text for rule, text in found)
    for finding in result.findings:
        assert POST[finding.start : finding.end] == finding.text
    # The poster's own "pls", "lol", "idk" and "im" are said to the forum.
    assert not [f for f in result.findings if f.start < POST.index("Hi Dr.") and f.text]
    assert not [f for f in result.findings if f.start > POST.index("be brutal")]
    assert result.kind_clues[0].startswith("the letter checks read the draft on lines 3-")


def test_a_question_to_the_forum_is_not_checked_as_a_letter():
    question = "hey all, quick q. is it weird to email the PD to say so? should I just wait? tia"
    assert talks_to_the_forum(question)
    result = lint(question)
    assert result.findings == []
    assert "no letter checks" in result.kind_clues[0]


@pytest.mark.parametrize(
    "letter",
    [
        "Hi Dr. Patel,\n\nThank you for the interview, it was great!\n\nThanks!\nAna",
        "Has anyone had a chance to review my file? I interviewed on 1/9.\n\nThanks,\nAna",
        "Hi all,\n\nThanks so much for the dinner, you guys were great.\n\nBest,\nAna",
    ],
)
def test_an_ordinary_letter_is_read_as_before(letter):
    assert find_draft(letter) is None
    assert not talks_to_the_forum(letter)
    assert not any("paste" in clue for clue in lint(letter).kind_clues)
