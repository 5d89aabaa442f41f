"""Text helpers: the normalised view rules match against, and offsets back to the original.

Rules match a lower-cased view of the draft in which typographic variants look alike (curly
quotes, no-break spaces, dashes, CRLF). An offset map turns a span of that view back into the
exact span of what the applicant typed, so the browser can highlight the right characters.
"""

from __future__ import annotations

import bisect
import functools
import re

# Line ends other than LF and CR: line and paragraph separators, vertical tab, form feed, next
# line. The view reads each as LF, as it does a lone CR (_build_view).
_OTHER_LINE_ENDS = "\u2028\u2029\x0b\x0c\x85"
_AS_LF = str.maketrans(dict.fromkeys("\r" + _OTHER_LINE_ENDS, "\n"))
_LINE_END_BUT_LF = re.compile("[\r" + _OTHER_LINE_ENDS + "]")
# Characters replaced one-for-one (the view keeps the original length when only these occur).
# Single and double typographic quotes, dashes, tabs and special spaces, by code point.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\uff03": "#",
        "\t": " ",
        "\r": " ",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        **dict.fromkeys(_OTHER_LINE_ENDS, "\n"),
    }
)
# Characters that vanish from the view: invisible joiners, soft hyphens, byte-order marks.
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\u00ad\ufeff")
_DROPPED_CHARACTER = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
_LONE_CR = re.compile("\r(?!\n)")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NEWLINE = re.compile("\n")
_ANY_LINE_END = re.compile("\r\n|[\n\r" + _OTHER_LINE_ENDS + "]")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")


class NormalisedText:
    """`view` is the text rules read; `original_span` maps a span of it back to `original`."""

    __slots__ = ("_origin", "original", "view")

    def __init__(self, original: str) -> None:
        self.original = original
        translated = original.translate(_ONE_FOR_ONE)
        lowered = translated.lower()
        if len(lowered) == len(original) and not _needs_slow_path(original):
            self.view = lowered
            self._origin: list[int] | None = None  # identity: same length, same positions
            return
        self.view, self._origin = _build_view(original)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `original` that produced view[start:end] (end exclusive)."""
        origin = self._origin
        if origin is None:
            return start, end
        if start >= end:
            position = origin[start] if start < len(origin) else len(self.original)
            return position, position
        return origin[start], origin[end - 1] + 1

    def view_offset(self, original_index: int) -> int:
        """The first view position at or after an index of `original`."""
        origin = self._origin
        if origin is None:
            return original_index
        return bisect.bisect_left(origin, original_index)  # origin never decreases


def _needs_slow_path(original: str) -> bool:
    """Characters the one-for-one translation cannot handle. (Two searches, each of which
    the regex engine runs by skipping to its first character: one regex for both alternatives
    would try every position.)"""
    if _DROPPED_CHARACTER.search(original):
        return True
    return "\r" in original and _LONE_CR.search(original) is not None


def with_lf_line_ends(text: str) -> str:
    """`text` with every line end the view knows written as LF, its length kept: a CR LF as a
    space and LF (as in the view), a lone CR, U+2028, U+2029, VT, FF and NEL as LF."""
    if _LINE_END_BUT_LF.search(text) is None:
        return text
    return text.replace("\r\n", " \n").translate(_AS_LF)


def _build_view(original: str) -> tuple[str, list[int]]:
    """Character-by-character view with its offset map (drafts with rare characters only)."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        if char in _DROPPED:
            continue
        if char == "\r":
            if original.startswith("\n", index + 1):
                continue  # CRLF: the LF that follows stands for both
            char = "\n"
        replacement = char.translate(_ONE_FOR_ONE).lower()
        pieces.append(replacement)
        origin.extend([index] * len(replacement))
    return "".join(pieces), origin


class Positions:
    """Line, column and UTF-16 offset of any index of one text, each in O(log n), so that a
    draft with thousands of findings is still placed quickly."""

    def __init__(self, text: str) -> None:
        # Where each line ends: at its LF (a CR LF's too), or at the other line ends the view
        # knows (a lone CR, U+2028, ...), so a file saved with old Mac line ends is placed right.
        ends = _NEWLINE if _LINE_END_BUT_LF.search(text) is None else _ANY_LINE_END
        self._line_ends = [match.end() - 1 for match in ends.finditer(text)]
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]

    def utf16(self, index: int) -> int:
        """The UTF-16 code-unit offset of code-point `index` (what JavaScript strings use):
        every character outside the Basic Multilingual Plane takes two units."""
        return index + bisect.bisect_left(self._astral, index)

    def line_and_column(self, index: int) -> tuple[int, int]:
        """1-based line and column (in code points) of `index`; every line end the view
        knows ends a line (CR LF is one)."""
        line = bisect.bisect_left(self._line_ends, index)
        line_start = self._line_ends[line - 1] + 1 if line else 0
        return line + 1, index - line_start + 1


def utf16_offset(text: str, index: int) -> int:
    return Positions(text).utf16(index)


def line_and_column(text: str, index: int) -> tuple[int, int]:
    return Positions(text).line_and_column(index)


def count_words(text: str) -> int:
    """Words as a reader counts them: "U.S.", "don't" and "PGY-1" are one word each."""
    return len(_WORD.findall(text))


def word_before(text: str, index: int, reach: int = 12) -> str:
    """What was typed just before `index`, up to the whitespace before it ("forward," in
    "forward, 2"), looked for within `reach` characters; "" when there is nothing."""
    before = text[max(0, index - reach) : index].split()
    return before[-1] if before else ""


_NEXT_WORD = re.compile(r"\s([a-z]\w*)")


def word_after(text: str, index: int) -> str:
    """The lower-case word after the whitespace character at `index` ("" when there is no
    such word): "the" in "2 the dinner" read from the "2"'s end."""
    match = _NEXT_WORD.match(text, index)
    return match.group(1) if match else ""


def nth_word_start(text: str, index: int) -> int | None:
    """Where the word number `index` (0-based) starts, or None if the text is shorter."""
    skipped = _words_before(index).match(text)
    return None if skipped is None else skipped.end()


@functools.cache  # one regex per word limit
def _words_before(count: int) -> re.Pattern[str]:
    """`count` words of _WORD and what surrounds them, up to the next word's start, in one
    match: the regex engine steps over the words instead of a Python loop. Between two words
    of _WORD.finditer there are only non-word characters, and each word is taken whole
    (atomic groups, so a text with fewer words fails at once instead of backtracking)."""
    return re.compile(rf"(?:[\W_]*+(?>{_WORD.pattern})){{{count}}}[\W_]*+(?=[^\W_])")
