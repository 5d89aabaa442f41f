"""lint(): run every applicable rule over a draft and return sorted, exact findings."""

from __future__ import annotations

from collections.abc import Collection

from checker.findings import Finding, LintResult, summarise
from checker.kinds import KINDS, kind_and_clues
from checker.letter import Letter
from checker.limits import excerpt
from checker.paste_reading import NO_LETTER_SUMMARY, TALK_CLUE, PasteReading, draft_clue
from checker.policies import Setting
from checker.rule_hits import finding, rule_hits, with_backstop, without_superseded
from checker.rules import RULES
from checker.text import Positions


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

    setting = setting or Setting()
    # A forum post around a draft: the letter checks read the draft (checker.paste_reading).
    paste = PasteReading(text, kind, setting, disabled_rules, model)
    draft = paste.draft
    forced = kind is not None
    if draft:
        letter = Letter(draft.text)
        kind, clues = kind_and_clues(letter, kind)
        hits = rule_hits(letter, kind, setting, disabled_rules)
        found = (
            with_backstop(letter, kind, hits, disabled_rules) if model else without_superseded(hits)
        )
        offset = draft.start
    else:  # the whole paste is the letter, its hits found once (checker.paste_reading)
        letter = paste.letter
        kind, clues = paste.kind_and_clues
        clues = [TALK_CLUE] if paste.talk_only else clues
        found = paste.letter_hits()
        offset = 0
    positions = Positions(text)
    findings = {finding(letter, text, positions, rule, hit, offset) for rule, hit in found}
    if draft:
        clues = [draft_clue(positions, draft), *clues]
        findings |= paste.reported_in_talk(draft, kind, positions)
    findings = sorted(findings, key=Finding.sort_key)
    return LintResult(
        kind=kind,
        kind_forced=forced,
        kind_clues=clues,
        word_count=letter.word_count,
        summary=NO_LETTER_SUMMARY if paste.talk_only else summarise(findings),
        findings=findings,
    )
