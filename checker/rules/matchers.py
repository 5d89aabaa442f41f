"""Generic check builders shared by the rules: rules are data plus one of these."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from checker.hits import Check, Hit
from checker.letter import Letter
from checker.phrase_search import compile_phrases


def phrases(*patterns: str, quoted_ok: bool = False) -> Check:
    """Flag every occurrence of any phrase (notation: checker.patterns).

    quoted_ok: also flag matches inside double quotes; by default words in quotes are
        taken to be someone else's ('Dr. Lee said "you are ranked to match"').
    """
    pattern = compile_phrases(patterns)

    def check(letter: Letter, kind: str) -> Iterable[Hit]:
        for match in pattern.finditer(letter.view):
            start, end = match.span()
            if not quoted_ok and letter.is_quoted(start, end):
                continue
            yield Hit(start, end)

    return check


def at_word_start(*alternatives: str) -> str:
    """Regex source for alternatives that each start a word ("u", "ur", "def"). The check that
    no word character comes before is made after each first letter, so the regex engine can
    skip ahead to those letters instead of trying every position (a leading `\\b` makes it)."""
    return "(?:" + "|".join(rf"{word[0]}(?<!\w.){word[1:]}" for word in alternatives) + ")"


def reminder_when(applies: Callable[[Letter, str], bool], message: str, check: Check) -> Check:
    """Where `applies(letter, kind)` says the flagged phrase is the letter's declared purpose,
    report it as an info reminder with its own message instead of at the rule's severity."""

    def check_with_reminder(letter: Letter, kind: str) -> Iterable[Hit]:
        as_reminder = applies(letter, kind)
        for hit in check(letter, kind):
            yield hit._replace(severity="info", message=message) if as_reminder else hit

    return check_with_reminder


def first_line_span(letter: Letter) -> Hit:
    """Where to anchor a finding about the letter as a whole: its first line."""
    if letter.lines:
        line = letter.lines[0]
        return Hit(line.start, line.end)
    return Hit(0, 0)
