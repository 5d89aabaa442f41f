"""Reading the reader's files (or stdin) as text for `prematch`, refusing what is not usable.

Every refusal is an InputProblem whose message names the input and says how to fix it:
empty, too large, binary, UTF-16/UTF-32 (a common "Unicode" save option) or other
non-UTF-8 text. A UTF-8 byte-order mark is accepted, as the browser accepts it.
"""

from __future__ import annotations

import codecs
import sys

STDIN = "-"
# Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_UTF8_MAX_BYTES = 4  # bytes per character


class InputProblem(Exception):
    """An input that cannot be used; the message names it and says why."""


def display_name(path: str) -> str:
    return "<stdin>" if path == STDIN else path


def read_text(path: str, *, limit: int, what: str, limit_option: str = "") -> str:
    """The UTF-8 text of file `path` (or stdin for "-"), at most `limit` characters.

    `what` names what the input should be ("an email draft") and `limit_option` the
    option that changes the limit, for the messages.
    """
    name = display_name(path)
    data = _read_bytes(path, limit * _UTF8_MAX_BYTES + len(codecs.BOM_UTF8) + 1)
    for mark, encoding in _WIDE_MARKS:
        if data.startswith(mark):
            raise InputProblem(f"{name} is {encoding} text; save it as UTF-8 and try again")
    if len(data) > limit * _UTF8_MAX_BYTES + len(codecs.BOM_UTF8):
        raise InputProblem(_too_large(name, limit, limit_option))
    if _looks_like_utf16(data):
        raise InputProblem(f"{name} looks like UTF-16 text; save it as UTF-8 and try again")
    if b"\0" in data:
        raise InputProblem(f"{name} looks like a binary file, not {what}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem(f"{name} is not UTF-8 text; save it as UTF-8 and try again") from None
    if len(text) > limit:
        raise InputProblem(_too_large(name, limit, limit_option, len(text)))
    if not text.strip():
        raise InputProblem(f"{name} is empty; there is nothing to read")
    return text


def _read_bytes(path: str, most: int) -> bytes:
    """At most `most` bytes, so a huge file is refused without loading all of it."""
    try:
        if path == STDIN:
            return sys.stdin.buffer.read(most)
        with open(path, "rb") as file:
            return file.read(most)
    except OSError as error:
        raise InputProblem(f"cannot read {path}: {error.strerror or error}") from None


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a mark: English text has a zero byte beside nearly every letter."""
    sample = data[:1000]
    half = len(sample) // 2
    return half >= 2 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half


def _too_large(name: str, limit: int, option: str, length: int | None = None) -> str:
    size = f"has {length:,} characters" if length is not None else "is too large"
    change = f" (change it with {option})" if option else ""
    return f"{name} {size}; the limit is {limit:,} characters{change}"
