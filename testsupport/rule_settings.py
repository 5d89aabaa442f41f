"""The reader's setting a rule's examples assume (shared by the rule tests, the linear-time
test and bench/findings_digest.py)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from checker.policies import Policy, Setting


def example_setting(spec: Mapping[str, object] | None) -> Setting | None:
    """The reader's setting a rule's examples assume: a made-up specialty policy with the
    named effect (so the examples do not depend on the shipped table), or SOAP mode."""
    if spec is None:
        return None
    effect = spec.get("effect")
    policy = Policy(
        id="example-specialty",
        name="The example specialty's policy",
        source="https://example.org/policy",
        checked=date(2026, 12, 1),
        summary="A policy made up for the rule examples.",
        effects=(effect,),
        match="nrmp-main",
    )
    return Setting(
        specialty=policy if effect else None,
        soap=bool(spec.get("soap")),
        reply=bool(spec.get("reply")),
    )
