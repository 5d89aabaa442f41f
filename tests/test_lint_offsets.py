"""Finding spans are exact in the applicant's own text, whatever characters it holds."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.lint import lint
from checker.text import NormalisedText, count_words, line_and_column, utf16_offset

# Pieces that make rules fire, and characters that make offsets hard.
FRAGMENTS = [
    "I\u2019ll rank your program #1",
    "I will\r\nrank you first",
    "Dear Dr. Lee,\n",
    "Hi,\n",
    "Subject: Thank you\n",
    "Sincerely,\nAna Ruiz\n",
    "[Your Name]",
    "thx u 😊!!",
    "I guarantee\u00a0I will come",
    "Am I ranked to match?",
    "gu\u00adarantee me a spot",
    "İstanbul ß",
    "\r",
    "\t",
    "“great program”",
    "I am a U.S. citizen.",
    "🏥👩‍⚕️",
]
drafts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=12).map(
    "".join
)


def utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


@settings(max_examples=300, deadline=None)
@given(drafts)
def test_lint_never_raises_and_every_span_is_exact(text):
    result = lint(text)
    assert result.findings == sorted(result.findings, key=lambda f: (f.start, f.end, f.rule))
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        assert utf16_slice(text, finding.start_utf16, finding.end_utf16) == finding.text
        assert (finding.line, finding.column) == line_and_column(text, finding.start)
    assert lint(text) == result  # deterministic
    json.dumps(result.to_dict())  # JSON-able


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_utf16_offset_matches_javascript_string_indices(text):
    for index in range(len(text) + 1):
        assert utf16_offset(text, index) == len(text[:index].encode("utf-16-le")) // 2


@settings(max_examples=200, deadline=None)
@given(st.text(), st.data())
def test_view_spans_map_back_inside_the_original(text, data):
    norm = NormalisedText(text)
    start = data.draw(st.integers(0, len(norm.view)))
    end = data.draw(st.integers(start, len(norm.view)))
    original_start, original_end = norm.original_span(start, end)
    assert 0 <= original_start <= original_end <= len(text)


def test_emoji_before_a_finding_shifts_only_the_utf16_offsets():
    text = "😊😊 I will rank your program #1."
    claim = next(f for f in lint(text).findings if f.rule == "rank-first-claim")
    assert claim.text == "rank your program #1"
    assert claim.start == text.index("rank")
    assert claim.start_utf16 == claim.start + 2  # two emoji, two UTF-16 units each
    assert claim.end_utf16 - claim.start_utf16 == len(claim.text)


def test_curly_quotes_crlf_and_line_breaks_inside_a_phrase_still_match():
    text = "Dear Dr. Lee,\r\n\r\nI\u2019ll rank your\r\nprogram\u00a0first."
    claim = next(f for f in lint(text).findings if f.rule == "rank-first-claim")
    assert claim.text == "rank your\r\nprogram\u00a0first"
    assert (claim.line, claim.column) == (3, 6)


def test_invisible_characters_do_not_break_a_phrase_or_its_span():
    text = "I can gu\u00adaran\u200btee me a spot."  # soft hyphen and zero-width space
    finding = next(f for f in lint(text).findings if f.rule == "binding-commitment")
    assert finding.text == "I can gu\u00adaran\u200btee"


def test_accented_and_expanding_letters_keep_spans_exact():
    text = "İİ Zoë said: Am I ranked to match?"  # "İ".lower() is two characters
    finding = next(f for f in lint(text).findings if f.rule == "asks-about-rank")
    assert finding.text == "Am I ranked"


def test_tabs_count_as_one_column():
    assert line_and_column("a\n\tb", 3) == (2, 2)


@pytest.mark.parametrize(
    "line_end", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"]
)
def test_every_line_end_the_view_knows_starts_a_line(line_end):
    text = f"Dear Dr. Lee,{line_end}{line_end}Thank you.{line_end}Ana"
    assert line_and_column(text, text.index("Thank")) == (3, 1)
    assert line_and_column(text, text.index("Ana")) == (4, 1)
    assert line_and_column(text, text.index(",") + 1) == (1, 14)  # the line end is on its line


def test_word_count_treats_abbreviations_and_contractions_as_one_word():
    assert count_words("I\u2019m a U.S. citizen, PGY-1 ready; don't worry 😊") == 8
