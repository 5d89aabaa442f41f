"""One-click fixes (checker.fixes): each replaces only the flagged words, and the rule that
flagged them is satisfied by the result."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.fixes import FIXES, replacement
from checker.lint import lint
from checker.rules import RULES

LETTERS = Path(__file__).parent / "letters"


def apply_fixes(text: str, findings) -> str:
    """Every fix applied at once, from the end so earlier offsets stay right."""
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.replacement + text[finding.end :]
    return text


def fixable(text: str, kind=None):
    return [f for f in lint(text, kind).findings if f.replacement is not None]


@pytest.mark.parametrize(
    ("rule", "example"), [(rule, example) for rule in FIXES for example in RULES[rule].fails]
)
def test_a_fix_satisfies_its_rule_in_the_rules_own_examples(rule, example):
    kind = RULES[rule].example_kind
    fixes = [f for f in fixable(example, kind) if f.rule == rule]
    fixed = apply_fixes(example, fixes)
    flagged_before = {f.text for f in lint(example, kind).findings if f.rule == rule}
    still_flagged = {f.text for f in lint(fixed, kind).findings if f.rule == rule}
    # What no fix was offered for may still be flagged; nothing a fix wrote may be.
    assert still_flagged <= flagged_before - {f.text for f in fixes}, fixed


def test_every_fix_in_a_realistic_bad_letter_leaves_its_rules_satisfied():
    text = (LETTERS / "bad-everything.txt").read_text(encoding="utf-8")
    fixes = fixable(text)
    rules = {f.rule for f in fixes}
    assert rules == {"rank-first-claim", "informal-tone"}
    # Every finding of these rules in this letter has a fix, so none may be left.
    assert len(fixes) == len([f for f in lint(text).findings if f.rule in rules])
    fixed = apply_fixes(text, fixes)
    assert [f for f in lint(fixed).findings if f.rule in rules] == []
    assert "rank your program highly" in fixed and "Thank you so much" in fixed


@pytest.mark.parametrize(
    ("rule", "words", "before", "wording"),
    [
        ("rank-first-claim", "rank you #1", "I will ", "rank you highly"),
        ("rank-first-claim", "my top choice", "You are ", "one of my top choices"),
        ("rank-first-claim", "have the number one spot", "You ", None),
        ("informal-tone", "Thx", "", "Thank you"),
        ("informal-tone", "pls", "Can you ", "please"),
        ("informal-tone", "?!", "Really", "?"),
        ("informal-tone", "VERY", "I am ", "very"),
        ("informal-tone", "THANK YOU", "Hello.\n", "Thank you"),
        ("informal-tone", "🙂", "Thanks ", None),
        ("binding-commitment", "I guarantee", "", None),
    ],
)
def test_the_wording_offered(rule, words, before, wording):
    draft = before + words
    assert replacement(rule, draft, len(before), len(draft)) == wording
