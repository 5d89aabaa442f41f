"""What lint reads in a paste and reports of it: the draft inside a forum post
(checker.pasted_draft), or the whole paste, or nothing when the paste is a question to the
forum with no letter in it; and the poster's words around a draft that report what the draft
says.

Every question about the whole paste is answered from one pass of the rules over it under
the paste's own kind, run when first needed: whether the words after a draft's sign-off are
ones a rule flags, whether a post that also reads as a question to the forum has an error,
and what the whole paste read as a letter holds. The poster's reports of a draft are taken
from that pass when it has run and the draft's kind is the paste's; otherwise the few rules
that may report them run alone. A rule's hits depend on the kind (rank-first-claim is only a
reminder in a rank-first letter), so a pass under another kind cannot be reused."""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from typing import NamedTuple

from checker.findings import Finding, summarise
from checker.hits import Hit
from checker.kinds import kind_and_clues
from checker.letter import Letter
from checker.pasted_draft import Draft, find_draft, reports_the_draft, talks_to_the_forum
from checker.policies import Setting
from checker.rule_hits import finding, reported, rule_hits, without_superseded
from checker.rules import Rule
from checker.text import Positions

# The rules that read the letter's shape (its greeting, sign-off, ID, subject, length): only
# these may read a draft's bounds; every other rule's finding in a letter's last lines stays.
_LETTER_SHAPE = frozenset({"salutation", "missing-aamc-id", "missing-subject", "too-long"})

# What a poster may say in talk that asks about the draft ("Thoughts?? first LOI lol",
# "^ sent this yesterday, no reply yet").
_POSTER_VOICE = frozenset({"informal-tone", "desperate-tone", "checking-in"})

# What a poster may report of the draft and still be flagged for ("in my LOI I tell them I'll
# sign right away"): a deal, a claim or a promise. The poster's own texting, questions to the
# forum and feelings are not the letter's.
_REPORTABLE = ("binding-commitment", "reciprocal-request", "rank-first-claim", "exclusive-claim")

NO_LETTER_SUMMARY = (
    "No letter found: this reads as a question to a forum, so the letter checks were not run."
)
TALK_CLUE = "this reads as a question to a forum with no letter in it, so no letter checks apply"


class Checked(NamedTuple):
    """What lint found in a paste and why it read what it read."""

    letter: Letter  # what the letter checks read: the draft, or the whole paste
    kind: str
    clues: list[str]
    findings: list[Finding]  # in Finding.sort_key order
    summary: str


class PasteReading:
    """A paste as lint reads it. `kind` is the kind the reader chose, or None (detected)."""

    def __init__(
        self,
        text: str,
        kind: str | None,
        setting: Setting,
        disabled_rules: Collection[str],
        model: bool,
    ) -> None:
        self.text = text
        self.letter = Letter(text)  # the whole paste read as one letter
        self._chosen = kind
        self._setting = setting
        self._disabled_rules = disabled_rules
        self._model = model

    def checked(self) -> Checked:
        """The findings of the letter checks and why: in the draft when the paste has one
        (with the poster's reports of it around it), in the whole paste otherwise, and none
        in a question to the forum."""
        positions = Positions(self.text)
        draft = self.draft
        if draft:
            letter = Letter(draft.text)
            kind, clues = kind_and_clues(letter, self._chosen)
            hits = rule_hits(letter, kind, self._setting, self._disabled_rules)
            found = reported(letter, kind, hits, self._disabled_rules, self._model)
            findings = {
                finding(letter, self.text, positions, rule, hit, draft.start) for rule, hit in found
            }
            findings |= self._reported_in_talk(draft, kind, positions)
            clues = [draft_clue(positions, draft), *clues]
        else:
            letter = self.letter
            kind, clues = self._whole_kind_and_clues
            found = [] if self._talk_only else self._whole_reported
            findings = {finding(letter, self.text, positions, rule, hit) for rule, hit in found}
            clues = [TALK_CLUE] if self._talk_only else clues
        ordered = sorted(findings, key=Finding.sort_key)
        summary = NO_LETTER_SUMMARY if self._talk_only else summarise(ordered)
        return Checked(letter, kind, clues, ordered, summary)

    @cached_property
    def draft(self) -> Draft | None:
        """The draft inside a post around it, or None when the whole paste is the letter."""
        draft = find_draft(self.text)
        if draft and draft.after_sign_off and self._flagged_after(draft):
            return None  # words after the sign-off the wording rules flag: the whole letter
        return draft

    @cached_property
    def _talk_only(self) -> bool:
        """A post with no letter in it (a question to a forum): not checked as a letter."""
        return self.draft is None and talks_to_the_forum(self.text) and not self._has_error()

    @cached_property
    def _whole_kind_and_clues(self) -> tuple[str, list[str]]:
        """The whole paste's kind and why."""
        return kind_and_clues(self.letter, self._chosen)

    @cached_property
    def _whole_pass(self) -> list[tuple[Rule, Hit]]:
        """Every rule's hits over the whole paste under its kind: the one pass over it."""
        kind, _ = self._whole_kind_and_clues
        return rule_hits(self.letter, kind, self._setting, self._disabled_rules)

    @cached_property
    def _whole_reported(self) -> list[tuple[Rule, Hit]]:
        """What lint reports of that pass (checker.rule_hits.reported)."""
        kind, _ = self._whole_kind_and_clues
        return reported(self.letter, kind, self._whole_pass, self._disabled_rules, self._model)

    def _reportable_hits(self, kind: str) -> list[tuple[Rule, Hit]]:
        """The hits over the whole paste under `kind` of the rules a poster may report the
        draft for: taken from the one pass when it has run under that kind, else found alone
        (a draft found after a line of talk needs no whole pass)."""
        if "_whole_pass" in self.__dict__ and kind == self._whole_kind_and_clues[0]:
            return [(rule, hit) for rule, hit in self._whole_pass if rule.id in _REPORTABLE]
        return rule_hits(self.letter, kind, self._setting, self._disabled_rules, _REPORTABLE)

    def _flagged_after(self, draft: Draft) -> bool:
        """A wording rule flags words after the draft's end, in a paste that opens as a letter
        (a line after the sign-off: "Update: I'll sign right away", "lmk, thx!!"), the model's
        findings included when it runs."""
        found = self._whole_reported if self._model else self._whole_pass
        own_voice = _POSTER_VOICE if draft.asks_about_it(self.text) else frozenset()
        for rule, hit in found:
            if (
                rule.id not in _LETTER_SHAPE | own_voice
                and self.letter.norm.original_span(hit.start, hit.end)[1] > draft.end
            ):
                return True
        return False

    def _has_error(self) -> bool:
        """An error the rules find in the paste: a mail that asks where it stands or makes a
        deal is checked as a letter even when it also reads as a question to a forum (a
        missed error costs more than a needless greeting warning)."""
        return any(rule.severity == "error" for rule, _ in self._whole_pass)

    def _reported_in_talk(self, draft: Draft, kind: str, positions: Positions) -> set[Finding]:
        """Findings in the poster's words around the draft (checked as `kind`), kept only
        where they report what the draft says."""
        found = set()
        for rule, hit in without_superseded(self._reportable_hits(kind)):
            start, end = self.letter.norm.original_span(hit.start, hit.end)
            inside = start < draft.end and draft.start < end
            if not inside and reports_the_draft(self.letter.view, hit.start):
                found.add(finding(self.letter, self.text, positions, rule, hit))
        return found


def draft_clue(positions: Positions, draft: Draft) -> str:
    """Why the findings skip the words around the draft."""
    first, _ = positions.line_and_column(draft.start)
    last, _ = positions.line_and_column(draft.end)
    return (
        f"the letter checks read the draft on lines {first}-{last} of your paste, not the words "
        "around it"
    )
