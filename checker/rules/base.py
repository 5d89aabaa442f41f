"""What a rule is: data for the applicant (title, why, what to write instead, examples) plus
one check function (its shapes and what it returns: checker.hits). Generic check builders live
in checker.rules.matchers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from checker.guide_links import guide_url
from checker.hits import Check, Hit, SettingCheck
from checker.letter import Letter
from checker.policies import Setting


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # "error" | "warning" | "info"
    title: str
    catches: str  # what it catches, in one or two sentences
    why: str  # why it matters to the applicant
    instead: str  # the safer alternative
    guide: str  # "page.md#anchor" in docs/: the section of the guide that explains it
    message: str  # shown beside each finding
    check: Check | SettingCheck
    fails: tuple[str, ...]  # drafts the rule must flag
    passes: tuple[str, ...]  # drafts it must leave alone
    suggestion: str | None = None  # replacement wording offered with each finding
    kinds: frozenset[str] | None = None  # letter kinds it applies to; None: all
    example_kind: str | None = None  # kind the examples are checked as (None: detected)
    supersedes: tuple[str, ...] = ()  # rules whose overlapping findings this one replaces
    limits: dict[str, int] = field(default_factory=dict)  # word limits (too-long only)
    notes: str = ""  # known limits of the check, for the reference page
    # Only for rules that read the reader's setting (their check takes a third argument):
    # what the examples assume, {"effect": <policies.EFFECTS word>} or {"soap": True}.
    example_setting: Mapping[str, object] | None = None
    passes_setting: Mapping[str, object] | None = None  # for `passes`, when it differs

    @property
    def reads_setting(self) -> bool:
        return self.example_setting is not None

    def hits(self, letter: Letter, kind: str, setting: Setting) -> Iterable[Hit]:
        """What the rule finds in the letter, under the reader's setting."""
        if self.reads_setting:
            return self.check(letter, kind, setting)
        return self.check(letter, kind)

    @property
    def url(self) -> str:
        """Site-relative link to the explaining section ("rules/#no-binding-commitments")."""
        return guide_url(self.guide)

    def applies_to(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds

    def to_dict(self) -> dict:
        """What a page needs to explain the rule (JSON-able; the check itself left out)."""
        return {
            "id": self.id,
            "severity": self.severity,
            "title": self.title,
            "catches": self.catches,
            "why": self.why,
            "instead": self.instead,
            "url": self.url,
            "message": self.message,
            "suggestion": self.suggestion,
            "kinds": sorted(self.kinds) if self.kinds is not None else None,
            "fails": list(self.fails),
            "passes": list(self.passes),
            "limits": dict(self.limits),
            "notes": self.notes,
        }
