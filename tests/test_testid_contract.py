"""The data-testid contract (README, "The data-testid contract"): the table, the ids the
pages' sources set and the ids the tests and benchmarks look for are the same set, so an id
is neither renamed nor added nor dropped without the table saying so."""

from __future__ import annotations

import re

from testsupport import ROOT

ID = r"([a-z0-9-]+)"
# How the pages set an id: in HTML (not a `[data-testid=...]` lookup), as an attribute of
# PreMatchDom.element, on an element's dataset, or as match-setting-form.js's checkbox(id,
# label, testid).
SET_BY_PAGES = [
    re.compile(rf'(?<!\[)data-testid="{ID}"'),
    re.compile(rf'"data-testid": "{ID}"'),
    re.compile(rf'\.dataset\.testid = "{ID}"'),
    re.compile(rf'checkbox\(\s*[^(),]+,\s*"[^"]*",\s*"{ID}",?\s*\)'),
]
LOOKED_FOR = [re.compile(rf'get_by_test_id\("{ID}"\)'), re.compile(rf"data-testid=[\"']?{ID}")]


def documented() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The data-testid contract", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(rf"^\| `{ID}` \|", section, flags=re.MULTILINE))


def found(patterns: list[re.Pattern], files) -> set[str]:
    ids = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in patterns:
            ids.update(pattern.findall(text))
    return ids


def page_sources():
    docs = ROOT / "docs"
    yield from docs.glob("*.md")
    yield from (docs / "assets" / "js").glob("*.*js")
    yield from (ROOT / "site_hooks").glob("*.py")
    yield from (path for path in (ROOT / "overrides").rglob("*") if path.is_file())


def test_the_pages_set_exactly_the_documented_ids():
    table = documented()
    assert len(table) >= 20, "the README's table of test ids was not found"
    assert found(SET_BY_PAGES, page_sources()) == table


def test_the_tests_and_benchmarks_look_only_for_documented_ids():
    users = [*(ROOT / "tests").glob("*.py"), *(ROOT / "testsupport").glob("*.py")]
    users += (ROOT / "bench").glob("*.py")
    looked_for = found(LOOKED_FOR, users)
    assert looked_for, "no test looks for a test id"
    assert looked_for <= documented(), sorted(looked_for - documented())
