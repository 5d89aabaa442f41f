"""List the season planner's checks on the Planner page (planner.md) from the checks
themselves (checker/planner/checks.py), as the rules reference is made from the rules: the
page, the command line and the browser can never disagree about what a check does.

The line ``<!-- planner-checks -->`` in planner.md becomes one entry per check: its title,
severity, why it matters, what to do instead and the guide section behind it.
"""

from __future__ import annotations

import re

from checker.findings import severity_label
from checker.planner.checks import CHECKS, SeasonCheck

PAGE = "planner.md"
MARKER = re.compile(r"^<!--[ \t]*planner-checks[ \t]*-->[ \t]*$", re.M)


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return MARKER.sub(lambda _match: checks_markdown(), markdown, count=1)


def checks_markdown() -> str:
    return "\n".join(check_item(check) for check in CHECKS)


def check_item(check: SeasonCheck) -> str:
    # planner.md sits at the docs root, so the guide link is used as it is.
    return (
        f'- <span id="{check.id}"></span>**{check.title}** ({severity_label(check.severity)}). '
        f"{check.why} *Instead:* {check.instead} [Read more]({check.guide})."
    )
