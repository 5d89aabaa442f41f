"""Every rule flags its own failing examples and leaves its passing examples alone."""

from __future__ import annotations

import pytest
from guide_outline import REQUIRED_ANCHORS

from checker.findings import SEVERITIES
from checker.kinds import KINDS
from checker.lint import lint
from checker.policies import EFFECTS, Setting
from checker.rules import RULES
from testsupport.rule_settings import example_setting

EXAMPLES = [
    (rule.id, example, should_fail)
    for rule in RULES.values()
    for examples, should_fail in ((rule.fails, True), (rule.passes, False))
    for example in examples
]


def _rule_ids(text: str, kind: str | None, setting: Setting | None = None) -> set[str]:
    return {finding.rule for finding in lint(text, kind, setting=setting).findings}


@pytest.mark.parametrize(("rule_id", "example", "should_fail"), EXAMPLES)
def test_rule_examples(rule_id, example, should_fail):
    rule = RULES[rule_id]
    spec = rule.example_setting if should_fail else rule.passes_setting or rule.example_setting
    found = rule_id in _rule_ids(example, rule.example_kind, example_setting(spec))
    assert found == should_fail, f"{rule_id} {'missed' if should_fail else 'flagged'}: {example!r}"


@pytest.mark.parametrize(
    "rule", [rule for rule in RULES.values() if rule.reads_setting], ids=lambda rule: rule.id
)
def test_setting_rules_are_silent_by_default(rule):
    """Without a specialty policy and outside SOAP, the reader's setting changes nothing."""
    assert rule.example_setting.keys() <= {"effect", "soap", "reply"}
    assert rule.example_setting.get("effect", "no-post-interview-contact") in EFFECTS
    for example in rule.fails:
        assert rule.id not in _rule_ids(example, rule.example_kind), example


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda rule: rule.id)
def test_every_rule_has_examples_and_documentation(rule):
    assert len(rule.fails) >= 3, f"{rule.id} needs at least 3 failing examples"
    assert len(rule.passes) >= 3, f"{rule.id} needs at least 3 passing examples"
    assert rule.severity in SEVERITIES
    for text in (rule.title, rule.catches, rule.why, rule.instead, rule.message):
        assert text.strip()
    assert "`" not in "".join(rule.fails + rule.passes), "examples are shown in code spans"


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda rule: rule.id)
def test_rule_links_to_an_agreed_guide_anchor(rule):
    page, _, anchor = rule.guide.partition("#")
    assert anchor in REQUIRED_ANCHORS.get(page.removesuffix(".md"), ()), rule.guide
    assert rule.url == f"{page.removesuffix('.md')}/#{anchor}"


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda rule: rule.id)
def test_kind_specific_rules_name_real_kinds(rule):
    assert rule.kinds is None or rule.kinds <= KINDS.keys()
    assert rule.example_kind is None or rule.example_kind in KINDS
    for superseded in rule.supersedes:
        assert superseded in RULES


def test_registry_lists_errors_first_and_has_the_agreed_rules():
    severities = [SEVERITIES.index(rule.severity) for rule in RULES.values()]
    assert severities == sorted(severities)
    assert set(RULES) >= {
        "binding-commitment",
        "asks-about-rank",
        "reciprocal-request",
        "unfilled-placeholder",
        "rank-first-claim",
        "exclusive-claim",
        "checking-in",
        "generic-praise",
        "informal-tone",
        "salutation",
        "missing-aamc-id",
        "too-long",
        "desperate-tone",
        "no-new-information",
        "citizenship-clarity",
        "missing-subject",
        "citizenship-repeated",
        "suggest-us-experience",
    }


def test_kind_specific_rule_is_silent_for_other_kinds():
    draft = "Dear Ms. Cole,\n\nI wanted to clarify my citizenship status for your records."
    assert "citizenship-clarity" in _rule_ids(draft, "citizenship-clarification")
    assert "citizenship-clarity" not in _rule_ids(draft, "logistics-question")


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"], ids=repr)
@pytest.mark.parametrize(
    ("sign_off", "words"),
    [
        ("Love,", "Love,"),
        ("Love,   ", "Love,"),
        ("  Lots of love!\t", "Lots of love!"),
        ("Love", "Love"),
    ],
)
def test_a_love_sign_off_is_underlined_at_its_words(sign_off, words, line_end):
    """Not the blanks after it, nor a Windows line end's CR."""
    text = f"Dear Dr. Lee,\n\nThank you for the tour.\n\n{sign_off}\nPriya Nair".replace(
        "\n", line_end
    )
    found = [f.text for f in lint(text).findings if f.rule == "informal-tone"]
    assert found == [words]
