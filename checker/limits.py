"""How much of the reader's input the checker reads, and how much of it a message repeats.

One place for the limits the command line and the browser share, with their messages, so
the two never disagree about what "too long" means.
"""

from __future__ import annotations

# The most the checker reads of one draft, in code points (a long letter is ~3,000).
MAX_DRAFT_CHARACTERS = 50_000
# The most a planner export may hold, in characters (500 programs with long notes fit).
MAX_PLANNER_CHARACTERS = 5_000_000
# The most of a reader's value an error message repeats: enough to recognise it, never
# so much that a pasted megabyte becomes a notice taller than the page.
MAX_QUOTED = 80


# The messages, with the numbers left to fill in: the pages show them too (browser_api's
# `vocabulary`), measuring a draft or a file before it ever reaches Python.
DRAFT_TOO_LONG = (
    "This draft is {length} characters long; the checker reads up to {limit}. "
    "Check one letter at a time."
)
PLANNER_TOO_LARGE = "This file is too large to be a planner export (over {limit} characters)."


def draft_too_long(length: int, limit: int = MAX_DRAFT_CHARACTERS) -> str:
    return DRAFT_TOO_LONG.format(length=f"{length:,}", limit=f"{limit:,}")


def planner_too_large(limit: int = MAX_PLANNER_CHARACTERS) -> str:
    return PLANNER_TOO_LARGE.format(limit=f"{limit:,}")


def excerpt(value: object, limit: int = MAX_QUOTED) -> str:
    """`value` as text for a message: cut to about `limit` characters, with control and
    broken characters escaped so they cannot garble a terminal or a notice."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = f"{text[: limit - 1]}…"
    return text if text.isprintable() else repr(text)[1:-1]
