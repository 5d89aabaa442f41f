"""The rules reference page is generated from the registry, and every finding's link works."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.browser_api import handle
from checker.kinds import KINDS
from checker.rules import RULES
from testsupport.hooks import load_hook

ROOT = Path(__file__).resolve().parent.parent


rules_markdown = load_hook("rules_reference").rules_markdown


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for name, value in attrs if name == "id" and value)


def page_ids(path: Path) -> set[str]:
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def test_generated_markdown_has_one_anchored_section_per_rule():
    markdown = rules_markdown()
    anchors = re.findall(r"^## .+ \{#([a-z0-9-]+)\}$", markdown, flags=re.MULTILINE)
    assert anchors == list(RULES)


def test_each_rule_shows_the_severity_name_the_checker_page_shows():
    vocabulary = json.loads(handle(json.dumps({"method": "vocabulary"})))["result"]
    labels = {severity["id"]: severity["label"] for severity in vocabulary["severities"]}
    markdown = rules_markdown()
    for rule in RULES.values():
        assert f"Rule id `{rule.id}` · **{labels[rule.severity]}** ·" in markdown, rule.id


def test_generated_markdown_states_every_word_limit():
    markdown = rules_markdown()
    for kind, limit in RULES["too-long"].limits.items():
        assert f"| {KINDS[kind]} | {limit} |" in markdown


def test_rule_text_cannot_turn_into_html():
    markdown = rules_markdown()
    assert "&lt;Program&gt;" in markdown  # from the placeholder rule's description


@pytest.fixture(scope="module")
def reference_page(built_site) -> Path:
    return built_site / "reference" / "rules" / "index.html"


def test_built_reference_page_has_every_rule_anchor_and_example(reference_page):
    ids = page_ids(reference_page)
    html = reference_page.read_text(encoding="utf-8")
    for rule in RULES.values():
        assert rule.id in ids, f"no #{rule.id} on the rules reference page"
    assert "<code>I look forward to training at &lt;Program Name&gt;.</code>" in html


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda rule: rule.id)
def test_every_finding_link_reaches_its_section_in_the_built_site(built_site, rule):
    path, _, anchor = rule.url.partition("#")
    page = built_site / path / "index.html"
    assert page.is_file(), f"{rule.id}: {rule.url} has no page in the built site"
    assert anchor in page_ids(page), f"{rule.id}: #{anchor} is missing on {path}"


def test_semantic_rules_show_the_sentence_patterns_they_recognise_and_their_limits():
    markdown = rules_markdown()
    sections = dict(re.findall(r"\{#([a-z0-9-]+)\}\n(.*?)(?=\n## |\Z)", markdown, flags=re.DOTALL))
    for rule_id in ("asks-about-rank", "reciprocal-request", "binding-commitment", "checking-in"):
        section = sections[rule_id]
        assert "**Sentence patterns it recognises.**" in section
        assert "**Limits of this check.**" in section
    # The patterns come from the rule's frames and topics, asked directly or indirectly.
    assert '"where do I stand / fall on your list"' in sections["asks-about-rank"]
    assert '"I was wondering"' in sections["asks-about-rank"]
    assert "in either order" in sections["reciprocal-request"]
