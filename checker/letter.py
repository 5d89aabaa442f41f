"""The parts of an email draft that rules look at: subject, greeting, body, sign-off, signature.

Everything here works on the normalised view (lower case, straight quotes), so offsets are
view offsets; `NormalisedText.original_span` turns them back into the applicant's text.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from checker.text import NormalisedText, count_words

_LINE = re.compile(r"[^\n]+")
_SUBJECT = re.compile(r"(?:subject|re|subj)\s*:\s*")
_GREETING = re.compile(
    r"(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)"
    r"|to whom it may concern)(?![\w])"
)
# A closing on a line of its own ("Sincerely," "Best regards," "Thank you,").
_SIGN_OFF = re.compile(
    r"(?:(?:yours )?sincerely(?: yours)?|(?:with )?(?:best|kind|warm|warmest|kindest|many)"
    r"(?: regards| wishes)?|regards|respectfully(?: yours)?|yours (?:truly|faithfully)"
    r"|(?:with )?(?:gratitude|appreciation|thanks)|thank you(?: again)?(?: very much)?|thanks"
    r"|cheers|cordially|best wishes|all the best|warmly)\s*[,.!-]?"
)
_QUOTED = re.compile(r'"[^"\n]{1,400}"')
# How far from the end a sign-off may sit (signature lines: name, AAMC ID, phone, email, school).
_SIGN_OFF_WINDOW = 8
_GREETING_MAX = 60  # characters: a greeting longer than this has the body on its line


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # the view's text of the line, stripped


class Letter:
    """A draft split into its conventional parts (any part may be missing)."""

    def __init__(self, original: str) -> None:
        self.norm = NormalisedText(original)
        self.view = view = self.norm.view
        self.original = original
        self.lines = [_stripped_line(match) for match in _LINE.finditer(view)]
        self.lines = [line for line in self.lines if line.text]
        self.subject = self._find_subject()
        self.greeting = self._find_greeting()
        self.sign_off = self._find_sign_off()
        self.signature = self._signature_lines()
        self.body_start = self._body_start()
        self.body_end = self.sign_off.start if self.sign_off else len(view)
        self.quoted_spans = [match.span() for match in _QUOTED.finditer(view)]
        self._quote_starts = [left for left, _ in self.quoted_spans]

    @functools.cached_property
    def word_count(self) -> int:
        return count_words(self.original)

    def is_quoted(self, start: int, end: int) -> bool:
        """True when the span sits inside double quotes (someone else's words). The quotes
        do not overlap, so only the last one opening before `start` can hold the span."""
        index = bisect.bisect_left(self._quote_starts, start) - 1
        return index >= 0 and end < self.quoted_spans[index][1]

    def subject_text(self) -> str:
        if not self.subject:
            return ""
        return _SUBJECT.sub("", self.subject.text, count=1)

    def _find_subject(self) -> Line | None:
        if self.lines and _SUBJECT.match(self.lines[0].text):
            return self.lines[0]
        return None

    def _find_greeting(self) -> Line | None:
        index = 1 if self.subject else 0
        if index >= len(self.lines) or not _GREETING.match(self.lines[index].text):
            return None
        line = self.lines[index]
        # "Dear Dr. Lee, I hope ..." on one line: the greeting ends at the comma.
        comma = line.text.find(",")
        if 0 < comma < _GREETING_MAX:
            return Line(line.start, line.start + comma, line.text[:comma])
        return line

    def _find_sign_off(self) -> Line | None:
        first_candidate = max(len(self.lines) - _SIGN_OFF_WINDOW, 1 if self.greeting else 0)
        for line in reversed(self.lines[first_candidate:]):
            if self.greeting and line.start <= self.greeting.start:
                break
            if _SIGN_OFF.fullmatch(line.text):
                return line
        return None

    def _signature_lines(self) -> list[Line]:
        if not self.sign_off:
            return []
        return [line for line in self.lines if line.start > self.sign_off.start]

    def _body_start(self) -> int:
        anchor = self.greeting or self.subject
        return anchor.end if anchor else 0

    def signature_name(self) -> str:
        """The first signature line that looks like a name (letters only, 2-6 words)."""
        for line in self.signature:
            words = line.text.replace(",", " ").split()
            if 1 < len(words) <= 6 and all(_is_name_word(word) for word in words):
                return line.text
        return ""


def _stripped_line(match: re.Match[str]) -> Line:
    raw = match.group()
    leading = len(raw) - len(raw.lstrip())
    text = raw.strip()
    start = match.start() + leading
    return Line(start, start + len(text), text)


def _is_name_word(word: str) -> bool:
    return word.replace(".", "").replace("-", "").replace("'", "").isalpha()
