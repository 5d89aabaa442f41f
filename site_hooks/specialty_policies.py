"""Fill the specialty-policies page (specialty-policies.md) from checker/policies.toml.

The page's own Markdown is the introduction; this hook appends one section per match, each
followed by the specialty policies that belong to it. Anchors are the table's ids
(#nrmp-main, #plastic-surgery), so the checker and the planner can link a finding to the
exact entry, and the page can never say something the table does not.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from checker.policies import Policy, PolicyTable, policy_table

PAGE = "specialty-policies.md"
# What each effect means for a reader's letters, in the guide's words.
EFFECT_TEXT = {
    "no-post-interview-contact": (
        "No contact with faculty after the interview, and no second-look visits: skip the "
        "thank-you, update and rank-first letters to faculty."
    ),
    "thank-you-discouraged": (
        "Programs are asked to tell interviewees not to send thank-you notes: send none unless "
        "the program itself invites them."
    ),
    "rank-plans-confidential": (
        'Keep your ranking plans to yourself: no "I will rank you first" letters, and expect '
        'no "we will rank you" from programs.'
    ),
}


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    # policy_table() validates the table: a bad entry fails the build with its name.
    return markdown.rstrip() + "\n\n" + policies_markdown(policy_table()) + "\n"


def policies_markdown(table: PolicyTable) -> str:
    sections = []
    for match in table.matches.values():
        sections.append(_entry(match, level=2))
        for specialty in table.specialties.values():
            if specialty.match == match.id:
                sections.append(_entry(specialty, level=3))
    return "\n\n".join(sections)


def _entry(policy: Policy, level: int) -> str:
    effects = [f"- {EFFECT_TEXT[effect]}" for effect in policy.effects]
    changes = "\n".join(effects) or "- Nothing beyond the general rules in this guide."
    return "\n\n".join(
        [
            f"{'#' * level} {_text(policy.name)} {{#{policy.id}}}",
            _text(policy.summary),
            f"**What it changes for your letters:**\n\n{changes}",
            f"Source: [{_host(policy.source)}]({policy.source}) · "
            f"checked {policy.checked.isoformat()}\n{{: .source }}",
        ]
    )


def _host(url: str) -> str:
    """The site a source lives on, as link text a reader recognises (acaplasticsurgeons.org)."""
    return urlsplit(url).netloc.removeprefix("www.")


def _text(text: str) -> str:
    """Table text shown as text, never as HTML."""
    return html.escape(text, quote=False)
