"""A forum post around a draft: the letter checks read the draft, findings point into the
whole paste, and an ordinary letter is read as before (checker.pasted_draft)."""

from __future__ import annotations

from collections import Counter

import pytest

from checker import paste_reading
from checker.lint import lint
from checker.paste_reading import NO_LETTER_SUMMARY
from checker.pasted_draft import EXAMPLES, find_draft, talks_to_the_forum
from checker.rules.base import Rule

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
    assert result.summary == NO_LETTER_SUMMARY  # not "Ready to send"


def test_a_mail_that_also_reads_as_a_forum_question_keeps_its_errors():
    mail = (
        "I have not heard anything since my interview. Is it normal for programs to take this"
        " long? Please let me know where I stand."
    )
    assert talks_to_the_forum(mail)
    result = lint(mail)
    assert "asks-about-rank" in {finding.rule for finding in result.findings}
    assert result.summary != NO_LETTER_SUMMARY


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


LETTER = "Dear Dr. Lee,\n\nThank you for the interview on 1/9.\n\nBest,\nAna Ruiz\n\n"
QUOTED_MAIL = "> Hi Ana,\n> Your interview is on 1/9 at 8am.\n> Best,\n> Jen"
ORDINARY = [
    # a line after the sign-off (guard: checker.paste_reading's _flagged_after)
    LETTER + "Thanks again everyone, u made my day and I will def rank u #1!!",
    LETTER + "lmk if that doesnt work, thx!!",
    LETTER + "Update: I'll sign a contract right away if you offer, u r my #1",
    LETTER + "P.S. Thanks again to everyone, the dinner was great!!",
    # a reply above the program's mail (guard: _replies_above_a_quote)
    "Thanks so much for the update, will def be there!!\n\nBest,\nAna\n\n" + QUOTED_MAIL,
    "Will def be there!!\n\nBest,\nAna\n\n" + QUOTED_MAIL,
    "Thank you so much for letting me know, I will def be there on time!!\n\n" + QUOTED_MAIL,
    "Thx, will def be there!!\n\nOn Mon, Jan 5, 2027 at 9:12 AM Jen Park wrote:\n"
    + QUOTED_MAIL.replace("8am.", "8am. Parking is free in lot B, and lunch is provided."),
    # a title or first line of the letter's own (guards: _OWN_HEAD_LINE, _TALK_SIGN)
    "Letter of Intent - [Program Name]\n\nDear Dr. [Last Name],\n\nI passed Step 3.\n\n"
    "Best,\nAna Ruiz",
    "My Letter of Intent to [Program Name]\n\nDear Dr. [Last Name],\n\nI passed Step 3.\n\n"
    "Best,\nAna Ruiz",
    "Thank-you note, interview 1/9\n\nDear Dr. Lee,\n\nThank you so much!!\n\nBest,\nAna",
    "Ana Ruiz\nEmail: ana@example.org\nPhone: 555-0100\n\nDear Dr. Lee,\n\nThanks!!\n\nAna",
    "I wanted to send a quick email w/ two updates:\nI passed Step 3.\nBest,\nAna",
    # no sign-off before the last line (guard: the sign-off check in _without_postscript)
    "Dear Dr. Lee,\n\nThank you for the interview on 1/9.\n\nSee you all soon, everyone.",
    "Dear Dr. Lee,\n\nThank you for the interview on 1/9.\n\nThanks in advance for your time.",
    # questions inside a letter to a program (guard: _ADDRESSES_A_PROGRAM)
    "Thank you for the interview day! Has anyone heard from the program director about the "
    "second look? Should I just email the coordinator?",
    "I loved your program. Is it normal to hear nothing from programs? Should I just wait? I "
    "emailed the coordinator last week.",
    # ordinary letters the module never touched
    "Hi Dr. Patel,\n\nThank you for the interview, it was great!\n\nThanks!\nAna",
    "Thank you for the interview day, I loved it!! u guys rock.\n\nBest,\nAna",
    'Dear Dr. Lee,\n\nWhen you said "we value teamwork", it stuck with me.\n\nBest,\nAna',
    "Quick question about parking\n\nDear Ms. Cho,\n\nWhere do we park?\n\nBest,\nAna",
    # a head of the letter's own above its greeting (guards: title case, an address, a crowd
    # greeting with no greeting to a reader below it)
    "My Letter of Intent to Harbor Valley\n\nDear Dr. Lee,\n\nThanks so much!!\n\nBest,\nAna",
    "Ana Ruiz\nana.ruiz@example.org\n\nDear Dr. Lee,\n\nThanks so much!!\n\nAna",
    "Dear all,\n\nThank you for the dinner, it was lovely!!\n\nBest,\nAna",
    "Quick question about parking for the interview day, thx!!",
    "Hi all,\n\nThanks so much for the dinner, you guys were great.\n\nBest,\nAna",
    "Has anyone had a chance to review my file? I interviewed on 1/9.\n\nThanks,\nAna",
]


# Review s12, class 1: a clean draft under the first lines forum posts open with.
CLEAN_DRAFT = (
    "Dear Dr. Bell,\n\nThank you for the interview on Tuesday and for the tour of the Westside "
    "clinic with Dr. Ho. I passed Step 3 last week.\n\nSincerely,\nNikhil Rao\nAAMC ID: 14400321"
)
PREFACES = [
    "my advisor said this is too pushy, is she right?",
    "ok last one I promise. coordinator version:",
    "sending this tonight unless someone stops me lol",
    "halp. is this desperate sounding?",
    "be honest, too formal?",
    "Sending to my #1 tomorrow - any edits?",
    "interview season is finally over\nwrote this for the place I liked best",
    "Post-interview thank you (IM, community program)\n\nDraft:",
    "Not sure about the second paragraph",
    "---",
]
TAILS = ["", "\n\nedit: typo lol", "\n\nany feedback appreciated!!", "\n\nugh idk, pls be honest"]


@pytest.mark.parametrize("preface", PREFACES)
@pytest.mark.parametrize("tail", TAILS)
def test_a_clean_draft_under_the_posters_talk_gets_no_warning(preface, tail):
    paste = f"{preface}\n\n{CLEAN_DRAFT}{tail}"
    result = lint(paste)
    assert not [f for f in result.findings if f.severity in ("error", "warning")]
    assert result.kind_clues[0].startswith("the letter checks read the draft on lines")


def test_the_drafts_own_greeting_is_judged_under_the_posters_talk():
    paste = "be honest, too casual?\n\nHi Ms. Bryant,\n\nThank you for the tour.\n\nBest,\nAna"
    found = [(f.rule, f.text) for f in lint(paste).findings if f.rule == "salutation"]
    assert found == [("salutation", "Hi Ms. Bryant")]


def _as_before(letter: str, monkeypatch) -> list[dict]:
    """lint's findings with the draft finding switched off, as before checker.pasted_draft."""
    with monkeypatch.context() as patched:
        patched.setattr(paste_reading, "find_draft", lambda text: None)
        patched.setattr(paste_reading, "talks_to_the_forum", lambda text: False)
        return [finding.to_dict() for finding in lint(letter).findings]


@pytest.mark.parametrize("letter", ORDINARY)
def test_an_ordinary_letter_keeps_every_finding(letter, monkeypatch):
    result = lint(letter)
    assert [finding.to_dict() for finding in result.findings] == _as_before(letter, monkeypatch)
    assert result.summary != NO_LETTER_SUMMARY


@pytest.mark.parametrize(
    "talk", ["Thoughts?? first LOI ever and I'm kinda nervous lol", "lmk if this is ok to send"]
)
def test_talk_after_the_sign_off_that_asks_about_the_draft_is_the_posters(talk):
    paste = LETTER + talk
    assert not [f for f in lint(paste).findings if f.start >= paste.index(talk)]


@pytest.mark.parametrize(
    ("paste", "kind"),
    [
        (LETTER + "Update: I'll sign a contract right away if you offer, u r my #1", None),
        (
            "I have not heard anything since my interview. Is it normal for programs to take "
            "this long? Please let me know where I stand.",
            None,
        ),
        # The draft's kind and the paste's agree (forced), so the poster's reports of the
        # draft are taken from the one pass; under two kinds, the few rules that may report
        # them rightly read the paste again.
        (LETTER + "Thoughts?? first LOI ever and I'm kinda nervous lol", "thank-you"),
    ],
)
def test_each_rule_reads_the_whole_paste_at_most_once(paste, kind, monkeypatch):
    reads = Counter()
    hits = Rule.hits

    def counted(rule, letter, kind, setting):
        if letter.original == paste:
            reads[rule.id] += 1
        return hits(rule, letter, kind, setting)

    monkeypatch.setattr(Rule, "hits", counted)
    lint(paste, kind)
    assert reads  # the whole paste was read: a line after the sign-off, or no letter at all
    assert max(reads.values()) == 1, reads


# Every line end the letter's view knows (checker.text): a CR LF, a lone CR (old Mac files),
# a CR CR LF (a CR LF saved again by a tool that adds a CR), the Unicode line and paragraph
# separators, a vertical tab, a form feed and NEL.
LINE_ENDS = ("\r\n", "\r", "\r\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85")


@pytest.mark.parametrize("line_end", LINE_ENDS, ids=repr)
@pytest.mark.parametrize(
    "paste",
    [*EXAMPLES, *ORDINARY, POST, LETTER + "Thoughts?? first LOI ever and I'm kinda nervous lol"],
)
def test_every_line_end_reads_as_a_line_end(paste, line_end):
    other = paste.replace("\n", line_end)
    draft, other_draft = find_draft(paste), find_draft(other)
    assert (other_draft and other_draft.text.split()) == (draft and draft.text.split())
    assert other_draft is None or len(other_draft.text) == other_draft.end - other_draft.start
    result, other_result = lint(paste), lint(other)
    assert (other_result.kind, other_result.summary) == (result.kind, result.summary)
    found = [(f.rule, f.severity, f.text) for f in result.findings]
    assert [
        (f.rule, f.severity, f.text.replace(line_end, "\n")) for f in other_result.findings
    ] == found
    if draft and line_end != "\r\r\n":  # that one is two line ends: the line numbers double
        assert other_result.kind_clues[0] == result.kind_clues[0]  # "... on lines 3-9 ..."
