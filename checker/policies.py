"""The reader's match and specialty: the sourced policy table and the setting built from it.

checker/policies.toml lists each match (NRMP Main Match, SF Match, SAU-AUA) and each
specialty policy with its public source, the date it was checked and its effects, the
words of EFFECTS below. `policy_table()` loads and validates the shipped table once;
`load_policies(text)` does the same for any TOML text (tests use small fixtures).

A `Setting` is what the reader chose (match, specialty) plus SOAP mode. The checker and
the planner only ask it one question: which chosen policy, if any, has a given effect.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import date
from importlib import resources

from checker.limits import excerpt
from checker.plain import Plain

DEFAULT_MATCH = "nrmp-main"

# What a policy changes for the applicant; the checker and the planner act on these words.
EFFECTS: dict[str, str] = {
    "no-post-interview-contact": "No contact between applicants and faculty after the interview",
    "thank-you-discouraged": "Thank-you notes are discouraged",
    "rank-plans-confidential": "Applicants keep their ranking plans to themselves",
}

_FIELDS = {
    "match": ("id", "name", "source", "checked", "summary", "effects"),
    "specialty": ("id", "name", "match", "source", "checked", "summary", "effects"),
}


class PolicyError(ValueError):
    """The policy table is malformed; the message names the entry and the field."""


@dataclass(frozen=True)
class Policy(Plain):
    """One match or specialty policy, as the table states it."""

    id: str
    name: str
    source: str  # public URL of the policy
    checked: date  # when someone last read the source
    summary: str
    effects: tuple[str, ...]
    match: str | None = None  # for a specialty: the match it recruits through

    @property
    def url(self) -> str:
        """Site-relative link to the policy's entry on the specialty-policies page."""
        return f"specialty-policies/#{self.id}"

    @property
    def citation(self) -> str:
        """How a finding cites the policy: its link and checked-on date."""
        return f"{self.source} (checked {self.checked.isoformat()})"


@dataclass(frozen=True)
class PolicyTable:
    matches: dict[str, Policy]
    specialties: dict[str, Policy]

    def to_dict(self) -> dict:
        """The choices a page offers, with the labels of the effects."""
        return {
            "default_match": DEFAULT_MATCH,
            "matches": [policy.to_dict() for policy in self.matches.values()],
            "specialties": [policy.to_dict() for policy in self.specialties.values()],
            "effects": dict(EFFECTS),
        }


@dataclass(frozen=True)
class Setting:
    """The reader's match and specialty, and SOAP mode.

    soap: the reader writes during their Match Week, while SOAP runs;
    reply: the draft answers a program that wrote first (only matters with soap).
    """

    match: Policy | None = None
    specialty: Policy | None = None
    soap: bool = False
    reply: bool = False

    def policy_with(self, effect: str) -> Policy | None:
        """The chosen policy that has this effect (the specialty's first), or None."""
        if effect not in EFFECTS:
            raise ValueError(f"Unknown policy effect: {effect}")
        return next(
            (p for p in (self.specialty, self.match) if p is not None and effect in p.effects),
            None,
        )


def load_policies(text: str) -> PolicyTable:
    """Parse and validate a policy table; PolicyError says what is wrong and where."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(f"The policy table is not valid TOML: {error}") from None
    unknown = sorted(data.keys() - _FIELDS.keys())
    if unknown:
        raise PolicyError(f"The policy table has unknown section(s): {', '.join(unknown)}")
    matches = _entries(data.get("match", []), "match", known_matches=None)
    if DEFAULT_MATCH not in matches:
        raise PolicyError(f"The policy table has no [[match]] with id {DEFAULT_MATCH!r}.")
    specialties = _entries(data.get("specialty", []), "specialty", known_matches=matches)
    return PolicyTable(matches, specialties)


@functools.cache
def policy_table() -> PolicyTable:
    """The table shipped inside the package (checker/policies.toml)."""
    return load_policies(resources.files("checker").joinpath("policies.toml").read_text("utf-8"))


def choose(
    match: str | None = None,
    specialty: str | None = None,
    *,
    soap: bool = False,
    reply: bool = False,
    table: PolicyTable | None = None,
) -> Setting:
    """The Setting for the reader's choice of ids. Without a match, the specialty's own
    match is used (or the NRMP Main Match). Unknown ids, or a specialty that recruits
    through another match than the one chosen, raise ValueError with the choices."""
    table = table or policy_table()
    chosen_specialty = None
    if specialty:
        chosen_specialty = table.specialties.get(specialty)
        if chosen_specialty is None:
            choices = ", ".join(table.specialties)
            raise ValueError(f"Unknown specialty: {excerpt(specialty)} (choose from {choices})")
    match = match or (chosen_specialty.match if chosen_specialty else DEFAULT_MATCH)
    chosen_match = table.matches.get(match)
    if chosen_match is None:
        raise ValueError(
            f"Unknown match: {excerpt(match)} (choose from {', '.join(table.matches)})"
        )
    if chosen_specialty is not None and chosen_specialty.match != match:
        raise ValueError(
            f"{chosen_specialty.name} recruits through "
            f"{table.matches[chosen_specialty.match].name}, not {chosen_match.name}."
        )
    return Setting(chosen_match, chosen_specialty, soap=bool(soap), reply=bool(reply))


def _entries(items: object, section: str, known_matches: dict | None) -> dict[str, Policy]:
    if not isinstance(items, list):
        raise PolicyError(f"[[{section}]] must be a list of tables.")
    entries: dict[str, Policy] = {}
    for index, item in enumerate(items):
        where = f"[[{section}]] #{index + 1}"
        if not isinstance(item, dict):
            raise PolicyError(f"{where} must be a table.")
        where = f"[[{section}]] {item.get('id', f'#{index + 1}')!s}"
        policy = _policy(item, where, section)
        if policy.id in entries:
            raise PolicyError(f"{where}: the id is used twice.")
        if known_matches is not None and policy.match not in known_matches:
            raise PolicyError(f"{where}: match {policy.match!r} is not a [[match]] id.")
        entries[policy.id] = policy
    return entries


def _policy(item: dict, where: str, section: str) -> Policy:
    fields = _FIELDS[section]
    missing = [name for name in fields if name not in item]
    if missing:
        raise PolicyError(f"{where} lacks {', '.join(missing)}.")
    unknown = sorted(item.keys() - set(fields))
    if unknown:
        raise PolicyError(f"{where} has unknown field(s): {', '.join(unknown)}.")
    for name in (
        "id",
        "name",
        "source",
        "summary",
        *(("match",) if section == "specialty" else ()),
    ):
        if not isinstance(item[name], str) or not item[name].strip():
            raise PolicyError(f"{where}: {name} must be non-empty text.")
    if not item["source"].startswith("https://"):
        raise PolicyError(f"{where}: source must be an https:// link to the public policy.")
    # A bare TOML date, not a date-time or a string: "checked = 2026-12-01".
    if not isinstance(item["checked"], date) or hasattr(item["checked"], "hour"):
        raise PolicyError(f"{where}: checked must be a date written as 2026-12-01.")
    effects = item["effects"]
    if not isinstance(effects, list) or not all(isinstance(e, str) for e in effects):
        raise PolicyError(f"{where}: effects must be a list of words.")
    unknown_effects = [effect for effect in effects if effect not in EFFECTS]
    if unknown_effects:
        raise PolicyError(
            f"{where}: unknown effect(s) {', '.join(unknown_effects)} "
            f"(known: {', '.join(EFFECTS)})."
        )
    return Policy(
        id=item["id"],
        name=item["name"],
        source=item["source"],
        checked=item["checked"],
        summary=item["summary"],
        effects=tuple(effects),
        match=item.get("match"),
    )
