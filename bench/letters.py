"""Distinct letters of about 300 words, for the rows that lint letters the checker has not
seen before (issue 11, target 6): no two drafts alike, and none linted twice, so nothing the
checker kept from an earlier lint can make a row look faster than a reader's first check.

Letter n is the n-th letter of the corpus's dev and opened splits (of at least MIN_WORDS
words), with body paragraphs of other letters put in before its sign-off until it holds
WORDS words. The paragraphs are taken from the far end of the corpus, each only once, so
the letters the rows use share no paragraph.
"""

from __future__ import annotations

import functools
import re

from checker.text import count_words
from eval.corpus import OPENED, load

WORDS = 300
MIN_WORDS = 60
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BODY_WORDS = 12  # a shorter paragraph is a greeting, a sign-off or a one-line thanks


def distinct_letters(count: int, first: int = 0) -> list[str]:
    """Letters number first .. first + count - 1."""
    letters = _letters()
    if first + count > len(letters):
        raise ValueError(f"only {len(letters)} distinct letters can be made")
    return letters[first : first + count]


@functools.cache
def _letters() -> list[str]:
    texts = [item.text.strip() for split in ("dev", *OPENED) for item in load(split, "letters")]
    texts = [text for text in texts if count_words(text) >= MIN_WORDS]
    donated = iter(
        paragraph
        for text in reversed(texts)
        for paragraph in _PARAGRAPH_BREAK.split(text)[1:-1]
        if count_words(paragraph) >= _BODY_WORDS
    )
    letters = []
    for text in texts:
        *body, sign_off = _PARAGRAPH_BREAK.split(text)
        words = count_words(text)
        while words < WORDS and (paragraph := next(donated, None)) is not None:
            body.append(paragraph)
            words += count_words(paragraph)
        if words < WORDS:
            break  # the paragraphs are used up
        letters.append("\n\n".join([*body, sign_off]) + "\n")
    return letters
