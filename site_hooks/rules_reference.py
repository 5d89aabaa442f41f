"""Fill the checker's rules reference page (reference/rules.md) from the rule registry.

The page's own Markdown is the introduction; this hook appends one section per rule, whose
anchor is the rule id (#binding-commitment), so the page, the CLI and the browser checker can
never disagree about what a rule does.
"""

from __future__ import annotations

import html

from checker.findings import severity_label
from checker.kinds import KINDS
from checker.language.frames import FrameCheck
from checker.model.predict import backstop_note
from checker.rules import RULES, Rule

PAGE = "reference/rules.md"


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return markdown.rstrip() + "\n\n" + rules_markdown() + "\n"


def rules_markdown() -> str:
    return "\n\n".join(rule_section(rule) for rule in RULES.values())


def rule_section(rule: Rule) -> str:
    applies = (
        "all letters"
        if rule.kinds is None
        else ", ".join(KINDS[kind].lower() for kind in KINDS if kind in rule.kinds)
    )
    parts = [
        f"## {_prose(rule.title)} {{#{rule.id}}}",
        f"Rule id `{rule.id}` · **{severity_label(rule.severity)}** · Checks {applies}.",
        f"**What it catches.** {_prose(rule.catches)}",
        f"**Why it matters.** {_prose(rule.why)}",
        f"**Write instead.** {_prose(rule.instead)}",
    ]
    if rule.limits:
        parts.append(_limits_table(rule.limits))
    if isinstance(rule.check, FrameCheck):
        parts.append(_sentence_patterns(rule.check))
    if backstop_note(rule.id):
        parts.append(f"**Model backstop.** {_prose(backstop_note(rule.id))}")
    parts.append("**Flagged, for example:**\n\n" + _examples(rule.fails))
    parts.append("**Not flagged:**\n\n" + _examples(rule.passes))
    if rule.notes:
        parts.append(f"**Limits of this check.** {_prose(rule.notes)}")
    parts.append(f"[Read the guide section behind this rule](../{rule.guide})")
    return "\n\n".join(parts)


def _sentence_patterns(check: FrameCheck) -> str:
    """What the rule reads in a sentence: each frame, and the wordings its topics cover."""
    items = []
    for frame in check.frames:
        conditions = [_prose(frame.reads)]
        if frame.asks:
            conditions.append(
                'asked directly, or indirectly ("could you let me know", "I was wondering", '
                '"I\'d appreciate knowing", "please advise")'
            )
        conditions += [f"together with {_prose(other.reads)}" for other in frame.with_topics]
        conditions += [f"not when the sentence is about {_prose(o.reads)}" for o in frame.unless]
        if frame.negatable:
            conditions.append("not when negated in its clause")
        items.append(
            f"- {'; '.join(conditions)}. Recognised wordings: {_prose(frame.topic.reads)}."
        )
    return (
        "**Sentence patterns it recognises.** Each sentence is read as lemmas (contractions "
        'expanded, "#1", "No. 1" and "number one" alike, one-letter typos in key words '
        "corrected), and words quoted from someone else are left out.\n\n" + "\n".join(items)
    )


def _limits_table(limits: dict[str, int]) -> str:
    rows = [f"| {KINDS[kind]} | {limits[kind]} |" for kind in KINDS if kind in limits]
    return "| Letter kind | Word limit |\n| --- | ---: |\n" + "\n".join(rows)


def _examples(examples: tuple[str, ...]) -> str:
    """One-line examples as a list of code spans; letters (several lines) as text blocks."""
    short = [f"- `{example}`" for example in examples if "\n" not in example]
    letters = [f"```text\n{example.strip()}\n```" for example in examples if "\n" in example]
    return "\n\n".join(filter(None, ["\n".join(short), *letters]))


def _prose(text: str) -> str:
    """Rule text shown as text: "<Program>" must not become an HTML tag."""
    return html.escape(text, quote=False)
