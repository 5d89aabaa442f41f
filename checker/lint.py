"""lint(): run every applicable rule over a draft and return sorted, exact findings."""

from __future__ import annotations

from collections.abc import Collection

from checker.findings import LintResult
from checker.kinds import KINDS
from checker.limits import excerpt
from checker.paste_reading import PasteReading
from checker.policies import Setting
from checker.rules import RULES


def lint(
    text: str,
    kind: str | None = None,
    *,
    disabled_rules: Collection[str] = (),
    setting: Setting | None = None,
    model: bool = True,
) -> LintResult:
    """Check an email draft. `kind` forces the letter kind (see checker.kinds.KINDS);
    `disabled_rules` lists rule ids to skip; `setting` is the reader's match, specialty and
    SOAP mode (checker.policies.choose), without which no match or specialty policy applies.
    `model=False` leaves out the statistical backstop (`make eval` measures what it adds).
    Unknown kinds or rule ids raise ValueError."""
    if not isinstance(text, str):
        raise TypeError(f"lint() needs the draft as text, not {type(text).__name__}")
    unknown = sorted(set(disabled_rules) - RULES.keys())
    if unknown:
        raise ValueError(f"Unknown rule id: {', '.join(excerpt(rule) for rule in unknown[:5])}")
    if kind is not None and kind not in KINDS:
        raise ValueError(f"Unknown letter kind: {excerpt(kind)} (choose from {', '.join(KINDS)})")

    # A forum post around a draft: the letter checks read the draft (checker.paste_reading).
    checked = PasteReading(text, kind, setting or Setting(), disabled_rules, model).checked()
    return LintResult(
        kind=checked.kind,
        kind_forced=kind is not None,
        kind_clues=checked.clues,
        word_count=checked.letter.word_count,
        summary=checked.summary,
        findings=checked.findings,
    )
