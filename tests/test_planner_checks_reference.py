"""The Planner page lists every season check from the checks' own data: what it finds, why
it matters, what to do instead, and a working link to the guide section behind it."""

from __future__ import annotations

import html
import re

import pytest

from checker.planner.checks import CHECKS

CHECK_IDS = [check.id for check in CHECKS]


@pytest.fixture(scope="module")
def planner_page(built_site) -> str:
    return html.unescape((built_site / "planner" / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("check", CHECKS, ids=CHECK_IDS)
def test_every_check_explains_itself(check):
    for text in (check.title, check.why, check.instead):
        assert text.strip() and text == text.strip(), check.id
    assert check.why.endswith(".") and check.instead.endswith("."), check.id
    page, _, anchor = check.guide.partition("#")
    assert page.endswith(".md") and anchor, check.guide


@pytest.mark.parametrize("check", CHECKS, ids=CHECK_IDS)
def test_the_planner_page_lists_the_check(planner_page, check):
    item = re.search(rf'<li><span id="{check.id}"></span>(.*?)</li>', planner_page, re.S)
    assert item, f"the Planner page does not list {check.id}"
    text = re.sub(r"<[^>]+>", "", item.group(1))
    for part in (check.title, check.why, check.instead):
        assert part in text, (check.id, part)
    assert f'href="../{check.url}"' in item.group(1)


@pytest.mark.parametrize("check", CHECKS, ids=CHECK_IDS)
def test_the_guide_link_reaches_its_section(built_site, check):
    path, _, anchor = check.url.partition("#")
    target = built_site / path / "index.html"
    assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), check.guide
