"""The rule registry: every rule the checker runs, errors first, in a stable order.

Each rule is data (title, why, safer wording, guide link, examples) plus one check; see
checker.rules.base.Rule. To add a rule, define it in the module of its family and list it in
that module's RULES tuple.
"""

from __future__ import annotations

from checker.findings import SEVERITIES
from checker.rules import commitments, content, form, informal, placeholder, policy, tone
from checker.rules.base import Rule

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in sorted(
        (
            *commitments.RULES,
            *placeholder.RULES,
            *form.RULES,
            *tone.RULES,
            *informal.RULES,
            *content.RULES,
            *policy.RULES,
        ),
        key=lambda rule: SEVERITIES.index(rule.severity),
    )
}

__all__ = ["RULES", "Rule"]
