"""The guide is written in our own words: no long run of words copied from the source.

The source guide supplies facts only. Any run of RUN_LENGTH or more consecutive words
that also appears in it (case-insensitive, punctuation ignored) fails the test, in the
site's pages and scripts, the letter templates and the checker's code and messages.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The project machine keeps the source beside the repository; PREMATCH_SHARED points
# elsewhere (a git worktree, for instance).
SHARED = Path(os.environ.get("PREMATCH_SHARED", ROOT.parent / "shared"))
SOURCE = SHARED / "seed" / "000_8dda1f4d657d1bab.txt"
RUN_LENGTH = 12
CHECKED_FOLDERS = {
    "docs": (".md", ".html", ".js"),
    "templates": (".j2", ".toml", ".md"),
    "checker": (".py", ".toml", ".json", ".md", ".txt"),
    "eval": (".jsonl", ".md"),
}

_WORD = re.compile(r"[a-z0-9#]+")


def words(text: str) -> list[str]:
    """Lowercase words; curly apostrophes count as straight ones (U+2019 reads as ')."""
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def runs(tokens: list[str], length: int = RUN_LENGTH) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + length]) for i in range(len(tokens) - length + 1)}


def copied_runs(text: str, source_runs: set[tuple[str, ...]]) -> list[str]:
    """Each copied stretch once, merged from overlapping copied runs."""
    tokens = words(text)
    copied = [
        i
        for i in range(len(tokens) - RUN_LENGTH + 1)
        if tuple(tokens[i : i + RUN_LENGTH]) in source_runs
    ]
    stretches: list[list[int]] = []
    for start in copied:
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = start + RUN_LENGTH
        else:
            stretches.append([start, start + RUN_LENGTH])
    return [" ".join(tokens[start:end]) for start, end in stretches]


def checked_files() -> list[Path]:
    files = []
    for folder, suffixes in CHECKED_FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in suffixes:
                files.append(path)
    return files


@pytest.fixture(scope="module")
def source_runs() -> set[tuple[str, ...]]:
    if not SOURCE.parent.is_dir():
        # In CI a missing source would let every copy through unseen: that is a failure.
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but the source folder {SOURCE.parent} is missing")
        pytest.skip(f"the source folder {SOURCE.parent} is absent (not a project machine)")
    assert SOURCE.is_file(), f"the source guide is missing: {SOURCE}"
    return runs(words(SOURCE.read_text(encoding="utf-8")))


def test_the_check_sees_the_guide_pages():
    names = {path.relative_to(ROOT).as_posix() for path in checked_files()}
    assert {"docs/index.md", "docs/rules.md", "docs/faq.md"} <= names


def test_a_copied_sentence_is_caught(source_runs):
    copied = (
        "As we said: programs cannot require you to state how you will rank them. "
        "You cannot be forced to promise anything."
    )
    assert copied_runs(copied, source_runs) == [
        "programs cannot require you to state how you will rank them you cannot be forced"
    ]
    assert copied_runs("Programs may not ask how you will rank them.", source_runs) == []


def test_apostrophes_quotes_and_case_do_not_hide_a_copy(source_runs):
    straight = "Well, you don't have to answer questions like 'Where will you rank us?' at all."
    curly = (
        "WELL, YOU DON\u2019T HAVE TO ANSWER QUESTIONS LIKE \u201cWHERE WILL YOU RANK US?\u201d"
        " AT ALL."
    )
    expected = ["you don t have to answer questions like where will you rank us"]
    assert copied_runs(straight, source_runs) == expected
    assert copied_runs(curly, source_runs) == expected


def test_no_file_copies_a_run_of_words_from_the_source(source_runs):
    offenders = []
    for path in checked_files():
        for stretch in copied_runs(path.read_text(encoding="utf-8"), source_runs):
            offenders.append(f"{path.relative_to(ROOT)}: \u201c{stretch}\u201d")
    assert not offenders, (
        f"{len(offenders)} passage(s) copy {RUN_LENGTH}+ words from the source guide; "
        "rewrite them in your own words:\n" + "\n".join(offenders)
    )
