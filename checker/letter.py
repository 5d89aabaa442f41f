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
# Header lines pasted from a mail program above the subject ("To: pd@example.org").
_HEADER = re.compile(r"(?:to|from|cc|bcc|date|sent)\s*:")
# Titles before a surname, and the casual words that open a message ("hey", "heyyy", "hiya").
# TITLE matches the lower-case view; CAPITALISED_TITLE the applicant's text as typed ("Dr").
_TITLES = ("dr", "drs", "doctor", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "dean")
TITLE = "(?:" + "|".join(_TITLES) + ")"
CAPITALISED_TITLE = "(?:" + "|".join(title.capitalize() for title in _TITLES) + ")"
CASUAL_OPENER = r"(?:he+y+a?|hi+(?:ya)?|yo+|sup)"
# How a greeting opens: formal ("Dear", "Respected"), casual ("Hi", "Heyyy", "Yo") or
# impersonal ("To whom it may concern"). Matched on the line with its spaces collapsed.
GREETING = re.compile(
    r"(?:dear(?:est)?(?:\s+respected)?|respected|greetings"
    rf"|good\s+(?:morning|afternoon|evening|day)|hel+o+|{CASUAL_OPENER}"
    r"|to\s+whom\s+it\s+may\s+concern)(?![\w'-])"
)
# A title and name alone on the first line, the way many emails open ("Dr. Brandt,").
BARE_ADDRESS = re.compile(rf"{TITLE}\b\.? ?[a-z][\w'-]*(?: [a-z][\w'-]*)? ?[,:]$")
# A closing ("Sincerely,", "Warm wishes,", "Thanks so much!", "Kind regards", "Thanks in
# advance", "All best"), alone on its line or followed by a short name ("Best, J."); or a dash
# and a name ("- Priya").
_CLOSING = (
    r"(?:(?:yours )?(?:very )?(?:sincerely|faithfully|truly|respectfully|cordially|gratefully)"
    r"(?: yours)?"
    r"|(?:with )?(?:(?:best|kind|kindest|warm|warmest|many|sincere|heartfelt|deep|deepest"
    r"|much|warm and kind) )?(?:regards|wishes|thanks|gratitude|appreciation|respect)"
    r"|best|all (?:the |my )?best|warmly|cheers|take care|be well|yours"
    r"|thanking you(?: in (?:advance|anticipation))?"
    r"|(?:thank you|thanks) (?:and|&) (?:(?:best|kind|warm) )?regards"
    r"|(?:thank you|thanks|thx)(?: (?:so|very) much| a lot| (?:once )?again| kindly"
    r"| in advance){0,3}"
    r"(?: for (?:your|the|all) [a-z' ]{1,40})?)"
)
_NAME = r"[a-z][a-z'-]*\.?(?: [a-z][a-z'-]*\.?){0,3}"
_SIGN_OFF = re.compile(
    rf"{_CLOSING}(?: ?[,.!:;-]*| ?[,!-][ ,!-]*(?P<name>{_NAME}))|-+ ?(?P<dash_name>{_NAME})"
)
# A quotation may wrap onto the next line, as pasted mail does, but not across a blank line.
_QUOTED = re.compile(r'"(?:[^"\n]|\n(?![ \t]*\n)){1,400}"')
# Single quotes count too when they open before a word and close after one ("a text that
# read 'u r the best doc'"); an apostrophe inside a word ("I'm", "residents' lounge") neither
# opens nor closes one. One word in single quotes is the writer's stress ("I 'promise'")
# unless something names it ("a novel called 'LOL'"). A clipped word ("'90s", "'cause") opens
# none: "since the '90s my parents' clinic" quotes nothing.
_SINGLE_QUOTED = re.compile(
    r"(?<![\w'])'(?=[^\s'])(?!\d|(?:cause|cos|em|til|tis|n)\b)"
    r"(?:[^'\n]|'(?=\w)|\n(?![ \t]*\n)){1,400}?(?<=[^\s'])'(?!\w)"
)
_NAMES_A_WORD = re.compile(r"\b(?:called|named|titled|entitled|reads?|says|said) $")


def _quotations(view: str) -> list[tuple[int, int]]:
    """Where someone else's words stand, in double or single quotes, in text order."""
    doubles = [match.span() for match in _QUOTED.finditer(view)]
    starts = [start for start, _ in doubles]
    spans = list(doubles)
    for match in _SINGLE_QUOTED.finditer(view):
        start, end = match.span()
        # Only the last double quotation opening before this one's end can overlap it.
        last = bisect.bisect_left(starts, end) - 1
        overlaps = last >= 0 and doubles[last][1] > start
        several_words = any(char.isspace() for char in match.group())
        named = _NAMES_A_WORD.search(view, max(0, start - 12), start)
        if not overlaps and (several_words or named):
            spans.append((start, end))
    return sorted(spans)


# How far from the end a sign-off may sit (signature lines: name, AAMC ID, phone, email, school).
_SIGN_OFF_WINDOW = 8
_GREETING_MAX = 60  # characters: a greeting longer than this has the body on its line
_GREETING_END = re.compile(r"[,:;!]")
_SIGN_OFF_MAX = 80  # characters: a longer line is a sentence, not a closing
# A letter head above the greeting: at most this many lines, each at most this long, and not
# a sentence of this many words or more.
_HEAD_LINES = 8
_HEAD_LINE_MAX = 80
_SENTENCE_WORDS = 5


_LINE_REACH = 120  # characters read back for the line before a word (a greeting is shorter)


def is_greeting_line(line: str) -> bool:
    """A line of the view, stripped, that greets: "dear dr. lee,", "hi all,", "dr. brandt,"."""
    return bool(GREETING.match(line) or BARE_ADDRESS.match(line))


def opens_sentence(view: str, start: int) -> bool:
    """The word at view[start] opens a sentence: it starts the text, follows ".", "!" or
    "?", a blank line, or the line of a greeting or of a finished sentence. Under a line
    wrapped mid-sentence ("the chief resident,\nTy, showed me") it may be a name.
    The tokens know sentence starts too (checker.language.tokens, where a capitalised word
    there is not a name): this one is asked of a rule's hit in the view, with no tokens, and
    reads "Dr. " as a sentence end and a mid-line ":" or "(" as none, where the tokens read
    the opposite; making the two agree would change what the informal-tone rule finds."""
    before = view[max(0, start - _LINE_REACH) : start].rstrip(" \t")
    if not before or before[-1] in ".!?":
        return True
    if before[-1] != "\n":
        return False
    line_before = before.rstrip(" \t\n")
    if before.count("\n", len(line_before)) >= 2 or not line_before:
        return True
    line = line_before[line_before.rfind("\n") + 1 :].strip()
    return line[-1] in ".!?:" or is_greeting_line(line)


_SENTENCE_END = re.compile(r"[.!?\n]")
# Characters read either way for a sentence (a bounded read). Its own bound: it was once
# written as twice immigration_status.SENTENCE_REACH (how far back from one word a rule
# reads), but a whole sentence's reach does not depend on that window.
_SENTENCE_REACH = 200


def sentence_around(view: str, first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding view[first:last], inside [lo, hi) and at most _SENTENCE_REACH
    characters either way (so that reading every sentence of a long text stays linear): from
    the last ".", "!", "?" or line break before it to the first after it. Cheaper than the
    tokens' sentences (checker.language.tokens), and cruder: "Dr." ends one here."""
    left = sentence_start(view, first, lo)
    stop = _SENTENCE_END.search(view, last, min(hi, last + _SENTENCE_REACH))
    return left, stop.start() if stop else min(hi, last + _SENTENCE_REACH)


def sentence_start(view: str, at: int, lo: int = 0) -> int:
    """Where the sentence holding view[at] starts, at or after `lo` (sentence_around's
    start): after the last ".", "!", "?" or line break within _SENTENCE_REACH before it."""
    left = max(lo, at - _SENTENCE_REACH)
    return max(view.rfind(mark, left, at) for mark in ".!?\n") + 1 or left


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
        self.sign_off_name = ""  # a name on the sign-off's own line ("Best, Ana Ruiz")
        self.sign_off = self._find_sign_off()
        self.signature = self._signature_lines()
        self.body_start = self._body_start()
        self.body_end = self.sign_off.start if self.sign_off else len(view)
        self.quoted_spans = _quotations(view)
        self._quote_starts = [left for left, _ in self.quoted_spans]

    @functools.cached_property
    def word_count(self) -> int:
        return count_words(self.original)

    def is_quoted(self, start: int, end: int) -> bool:
        """True when the span sits inside quotation marks (someone else's words). The quotes
        do not overlap, so only the last one opening before `start` can hold the span."""
        index = bisect.bisect_left(self._quote_starts, start) - 1
        return index >= 0 and end < self.quoted_spans[index][1]

    def subject_text(self) -> str:
        if not self.subject:
            return ""
        return _SUBJECT.sub("", self.subject.text, count=1)

    def subject_and_body(self) -> tuple[str, str]:
        """The subject as the applicant wrote it (without "Subject:") and the text under its
        line: what a mail app and the planner need. ("", the whole draft) without a subject."""
        if not self.subject:
            return "", self.original
        label = _SUBJECT.match(self.subject.text)
        start, end = self.norm.original_span(self.subject.start + label.end(), self.subject.end)
        body = self.original[end:].partition("\n")[2]
        return self.original[start:end].strip(), body.lstrip("\r\n")

    def _first_line_index(self) -> int:
        """The first line after any pasted header lines (To:, From:, Cc:, Date:)."""
        index = 0
        while index < len(self.lines) and _HEADER.match(self.lines[index].text):
            index += 1
        return index

    def _find_subject(self) -> Line | None:
        index = self._first_line_index()
        if index < len(self.lines) and _SUBJECT.match(self.lines[index].text):
            return self.lines[index]
        return None

    def _find_greeting(self) -> Line | None:
        """The greeting line, also below a letter head (a date, an address block, a subject
        written another way) as formal letters and pasted drafts have it."""
        index = self.lines.index(self.subject) + 1 if self.subject else self._first_line_index()
        for line in self.lines[index : index + _HEAD_LINES]:
            greeting = self._greeting_on(line)
            if greeting or not self._could_be_letter_head(line):
                return greeting
        return None

    def _could_be_letter_head(self, line: Line) -> bool:
        """A short line that is not a sentence of the body and does not start in lower case:
        "January 18, 2027", "Dr. Helen Marsh", "Chicago, IL 60611", "**Subject:** Thanks"."""
        start, _ = self.norm.original_span(line.start, line.start)
        if len(line.text) > _HEAD_LINE_MAX or self.original[start].islower():
            return False
        return not (line.text[-1] in ".?!" and len(line.text.split()) >= _SENTENCE_WORDS)

    def _greeting_on(self, line: Line) -> Line | None:
        if BARE_ADDRESS.match(line.text):
            return line
        if not GREETING.match(line.text):
            return None
        # "Dear Dr. Lee, I hope ..." on one line: the greeting ends at the comma or colon.
        end = _GREETING_END.search(line.text, 0, _GREETING_MAX)
        if end and end.start() > 0:
            return Line(line.start, line.start + end.start(), line.text[: end.start()])
        return line

    def _find_sign_off(self) -> Line | None:
        # Never the first line: a closing follows something ("Thank you for the interview!"
        # alone is a message, not a sign-off).
        first_candidate = max(len(self.lines) - _SIGN_OFF_WINDOW, 2 if self.greeting else 1)
        for line in reversed(self.lines[first_candidate:]):
            if self.greeting and line.start <= self.greeting.start:
                break
            if len(line.text) > _SIGN_OFF_MAX:
                continue
            match = _SIGN_OFF.fullmatch(" ".join(line.text.split()))
            if match is None:
                continue
            if match.group("dash_name") and not self._capitalised(line):
                continue  # "- passed step 2" in a list, not "- Priya"
            self.sign_off_name = match.group("name") or match.group("dash_name") or ""
            return line
        return None

    def _capitalised(self, line: Line) -> bool:
        start, end = self.norm.original_span(line.start, line.end)
        words = self.original[start:end].lstrip("-\u2013\u2014 ").split()
        return all(word[0].isupper() for word in words)

    def _signature_lines(self) -> list[Line]:
        if not self.sign_off:
            return []
        return [line for line in self.lines if line.start > self.sign_off.start]

    def _body_start(self) -> int:
        anchor = self.greeting or self.subject
        return anchor.end if anchor else 0

    def signature_name(self) -> str:
        """The first signature line that looks like a name (letters only, 2-6 words), or
        the name on the sign-off's own line."""
        for text in (self.sign_off_name, *(line.text for line in self.signature)):
            words = text.replace(",", " ").split()
            if 1 < len(words) <= 6 and all(_is_name_word(word) for word in words):
                return text
        return ""


def _stripped_line(match: re.Match[str]) -> Line:
    raw = match.group()
    leading = len(raw) - len(raw.lstrip())
    text = raw.strip()
    start = match.start() + leading
    return Line(start, start + len(text), text)


def _is_name_word(word: str) -> bool:
    return word.replace(".", "").replace("-", "").replace("'", "").isalpha()
