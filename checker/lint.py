"""lint(): run every applicable rule over a draft and return sorted, exact findings."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection

from checker.findings import Finding, LintResult, summarise
from checker.fixes import replacement
from checker.hits import Hit
from checker.kinds import KINDS, detect_kind
from checker.letter import Letter
from checker.limits import excerpt
from checker.model.predict import backstop
from checker.pasted_draft import Draft, find_draft, reports_the_draft, talks_to_the_forum
from checker.policies import Setting
from checker.rules import RULES, Rule
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
    # A forum post around a draft: the letter checks read the draft (checker.pasted_draft).
    # A post with no letter in it (a question to the forum) is not checked as a letter.
    draft = find_draft(text)
    if (
        draft
        and draft.after_sign_off
        and _flagged_after(text, draft, kind, setting, disabled_rules, model)
    ):
        draft = None  # words after the sign-off the wording rules flag: read the whole letter
    talk_only = (
        draft is None
        and talks_to_the_forum(text)
        and not _has_error(Letter(text), kind, setting, disabled_rules)
    )
    letter = Letter(draft.text if draft else text)
    offset = draft.start if draft else 0
    forced = kind is not None
    if kind is None:
        kind, clues = detect_kind(letter)
    else:
        clues = ["chosen by you"]
    hits = [] if talk_only else _hits(letter, kind, setting, disabled_rules)
    positions = Positions(text)
    findings = {
        _finding(letter, text, positions, rule, hit, offset)
        for rule, hit in (
            _with_backstop(letter, kind, hits, disabled_rules)
            if model and not talk_only
            else _without_superseded(hits)
        )
    }
    if draft:
        clues = [_draft_clue(positions, draft), *clues]
        findings |= _reported_in_talk(text, draft, kind, setting, disabled_rules, positions)
    if talk_only:
        clues = [_TALK_CLUE]
    findings = sorted(findings, key=Finding.sort_key)
    return LintResult(
        kind=kind,
        kind_forced=forced,
        kind_clues=clues,
        word_count=letter.word_count,
        summary=NO_LETTER_SUMMARY if talk_only else summarise(findings),
        findings=findings,
    )


# The rules that read the letter's shape (its greeting, sign-off, ID, subject, length): only
# these may read a draft's bounds; every other rule's finding in a letter's last lines stays.
_LETTER_SHAPE = frozenset({"salutation", "missing-aamc-id", "missing-subject", "too-long"})


# What a poster may say in talk that asks about the draft ("Thoughts?? first LOI lol",
# "^ sent this yesterday, no reply yet").
_POSTER_VOICE = frozenset({"informal-tone", "desperate-tone", "checking-in"})


def _flagged_after(text, draft: Draft, kind, setting, disabled_rules, model) -> bool:
    """A wording rule flags words after the draft's end, in a paste that opens as a letter
    (a line after the sign-off: "Update: I'll sign right away", "lmk, thx!!"), the model's
    findings included when it runs."""
    whole = Letter(text)
    kind = kind or detect_kind(whole)[0]
    hits = _hits(whole, kind, setting, disabled_rules)
    found = _with_backstop(whole, kind, hits, disabled_rules) if model else hits
    own_voice = _POSTER_VOICE if draft.asks_about_it(text) else frozenset()
    for rule, hit in found:
        if (
            rule.id not in _LETTER_SHAPE | own_voice
            and whole.norm.original_span(hit.start, hit.end)[1] > draft.end
        ):
            return True
    return False


def _has_error(letter, kind, setting, disabled_rules) -> bool:
    """An error the rules find in the paste: a mail that asks where it stands or makes a deal
    is checked as a letter even when it also reads as a question to a forum (a missed error
    costs more than a needless greeting warning)."""
    kind = kind or detect_kind(letter)[0]
    return any(rule.severity == "error" for rule, _ in _hits(letter, kind, setting, disabled_rules))


def _hits(letter, kind, setting, disabled_rules, only=None) -> list[tuple[Rule, Hit]]:
    return [
        (rule, hit)
        for rule in RULES.values()
        if rule.id not in disabled_rules
        and rule.applies_to(kind)
        and (only is None or rule.id in only)
        for hit in rule.hits(letter, kind, setting)
    ]


# What a poster may report of the draft and still be flagged for ("in my LOI I tell them I'll
# sign right away"): a deal, a claim or a promise. The poster's own texting, questions to the
# forum and feelings are not the letter's.
_REPORTABLE = ("binding-commitment", "reciprocal-request", "rank-first-claim", "exclusive-claim")


def _reported_in_talk(text, draft: Draft, kind, setting, disabled_rules, positions) -> set[Finding]:
    """Findings in the poster's words around the draft, kept only where they report what the
    draft says."""
    paste = Letter(text)
    found = set()
    for rule, hit in _without_superseded(_hits(paste, kind, setting, disabled_rules, _REPORTABLE)):
        start, end = paste.norm.original_span(hit.start, hit.end)
        inside = start < draft.end and draft.start < end
        if not inside and reports_the_draft(paste.view, hit.start):
            found.add(_finding(paste, text, positions, rule, hit))
    return found


def _draft_clue(positions: Positions, draft: Draft) -> str:
    first, _ = positions.line_and_column(draft.start)
    last, _ = positions.line_and_column(draft.end)
    return (
        f"the letter checks read the draft on lines {first}-{last} of your paste, not the words "
        "around it"
    )


NO_LETTER_SUMMARY = (
    "No letter found: this reads as a question to a forum, so the letter checks were not run."
)
_TALK_CLUE = "this reads as a question to a forum with no letter in it, so no letter checks apply"


def _with_backstop(letter, kind, hits, disabled_rules):
    """The rules' findings, then the model's for wordings their frames miss (checker.model).
    A model finding supersedes as a rule's does: a deal it finds hides the claim inside."""
    kept = _without_superseded(hits)
    return _without_superseded(kept + backstop(letter, kind, kept, disabled_rules))


def _without_superseded(hits: list[tuple[Rule, Hit]]) -> list[tuple[Rule, Hit]]:
    """Drop a finding when a more specific rule reports the same words
    ("if I rank you first, will you rank me highly?" is one reciprocal request)."""
    covering: dict[str, list[tuple[int, int]]] = {}
    for rule, hit in hits:
        for superseded in rule.supersedes:
            covering.setdefault(superseded, []).append((hit.start, hit.end))
    spans = {rule_id: _Spans(found) for rule_id, found in covering.items()}
    return [
        (rule, hit)
        for rule, hit in hits
        if rule.id not in spans or not spans[rule.id].overlap(hit.start, hit.end)
    ]


class _Spans:
    """Spans sorted by start, asked whether any overlaps a given span in O(log n), so that
    a draft repeating one sentence a thousand times is not checked pair by pair."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [start for start, _ in spans]
        self._furthest_ends = list(itertools.accumulate((end for _, end in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self._starts, end)  # spans starting before `end`
        return before_end > 0 and self._furthest_ends[before_end - 1] > start


def _finding(
    letter: Letter, original: str, positions: Positions, rule: Rule, hit: Hit, offset: int = 0
) -> Finding:
    """`original`: the text the reader pasted; `offset`: where the letter starts in it (a
    draft inside a post)."""
    start, end = (edge + offset for edge in letter.norm.original_span(hit.start, hit.end))
    line, column = positions.line_and_column(start)
    return Finding(
        rule=rule.id,
        severity=hit.severity or rule.severity,
        start=start,
        end=end,
        start_utf16=positions.utf16(start),
        end_utf16=positions.utf16(end),
        line=line,
        column=column,
        text=original[start:end],
        message=hit.message or rule.message,
        suggestion=rule.suggestion,
        url=hit.url or rule.url,
        replacement=replacement(rule.id, original, start, end),
    )
