"""What lint reads in a paste: the draft inside a forum post (checker.pasted_draft), or the
whole paste, or nothing when the paste is a question to the forum with no letter in it; and
the poster's words around a draft that report what the draft says.

Every question about the whole paste is answered from one pass of the rules over it, run
when first needed: the words after a draft's sign-off that a rule flags, an error in a post
that also reads as a question to the forum, the findings of the whole paste read as a letter,
and the poster's reports of the draft (from that pass when the draft's kind is the paste's;
the reportable rules alone otherwise, as a rank-first letter's claim is only a reminder)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property

from checker.findings import Finding
from checker.hits import Hit
from checker.kinds import kind_and_clues
from checker.letter import Letter
from checker.pasted_draft import Draft, find_draft, reports_the_draft, talks_to_the_forum
from checker.policies import Setting
from checker.rule_hits import finding, rule_hits, with_backstop, without_superseded
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
        self._passes: dict[str, list[tuple[Rule, Hit]]] = {}  # every rule's hits, by kind

    @cached_property
    def kind_and_clues(self) -> tuple[str, list[str]]:
        """The whole paste's kind and why."""
        return kind_and_clues(self.letter, self._chosen)

    @property
    def kind(self) -> str:
        return self.kind_and_clues[0]

    @cached_property
    def draft(self) -> Draft | None:
        """The draft inside a post around it, or None when the whole paste is the letter."""
        draft = find_draft(self.text)
        if draft and draft.after_sign_off and self._flagged_after(draft):
            return None  # words after the sign-off the wording rules flag: the whole letter
        return draft

    @cached_property
    def talk_only(self) -> bool:
        """A post with no letter in it (a question to a forum): not checked as a letter."""
        return self.draft is None and talks_to_the_forum(self.text) and not self._has_error()

    def hits(self, kind: str | None = None, only: Collection[str] | None = None):
        """The rules' hits over the whole paste under `kind` (the paste's own by default):
        every rule's are found once and kept; those of the rules in `only` are taken from
        them, or found alone when no such pass has run."""
        kind = kind or self.kind
        found = self._passes.get(kind)
        if found is None and only is not None:
            return rule_hits(self.letter, kind, self._setting, self._disabled_rules, only)
        if found is None:
            found = self._passes[kind] = rule_hits(
                self.letter, kind, self._setting, self._disabled_rules
            )
        return found if only is None else [(rule, hit) for rule, hit in found if rule.id in only]

    @cached_property
    def with_backstop(self) -> list[tuple[Rule, Hit]]:
        """The whole paste's hits, the model's added (checker.rule_hits.with_backstop)."""
        return with_backstop(self.letter, self.kind, self.hits(), self._disabled_rules)

    def letter_hits(self) -> list[tuple[Rule, Hit]]:
        """What lint reports when the whole paste is the letter: none for a question to the
        forum, the model's added when it runs."""
        if self.talk_only:
            return []
        return self.with_backstop if self._model else without_superseded(self.hits())

    def _flagged_after(self, draft: Draft) -> bool:
        """A wording rule flags words after the draft's end, in a paste that opens as a letter
        (a line after the sign-off: "Update: I'll sign right away", "lmk, thx!!"), the model's
        findings included when it runs."""
        found = self.with_backstop if self._model else self.hits()
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
        return any(rule.severity == "error" for rule, _ in self.hits())

    def reported_in_talk(self, draft: Draft, kind: str, positions: Positions) -> set[Finding]:
        """Findings in the poster's words around the draft (checked as `kind`), kept only
        where they report what the draft says."""
        found = set()
        for rule, hit in without_superseded(self.hits(kind, _REPORTABLE)):
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
