"""The policy table (checker/policies.toml) is sourced, dated and uses only known effects.

Every match and specialty entry changes what the checker and the planner tell a reader, so
each must say where it comes from (an https page) and when that page was read, and its
effects must be words the code understands.
"""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "checker" / "policies.toml"
# The fixed effect vocabulary (issue 15); checker/policies.py acts on these words.
EFFECTS = {"no-post-interview-contact", "thank-you-discouraged", "rank-plans-confidential"}
FIELDS = {"id", "name", "source", "checked", "summary", "effects"}


def table_problems(table: dict) -> list[str]:
    """Every way the table breaks its schema, one line each; empty when it is sound."""
    problems = []
    match_ids = {entry.get("id") for entry in table.get("match", [])}
    seen: set[str] = set()
    for group in ("match", "specialty"):
        for entry in table.get(group, []):
            name = f"{group} {entry.get('id', '?')}"
            needed = FIELDS | ({"match"} if group == "specialty" else set())
            problems += [f"{name}: no {key}" for key in sorted(needed - set(entry))]
            problems += [f"{name}: unknown field {key}" for key in sorted(set(entry) - needed)]
            if entry.get("id") in seen:
                problems.append(f"{name}: id used twice")
            seen.add(entry.get("id"))
            if not str(entry.get("source", "")).startswith("https://"):
                problems.append(f"{name}: source is not an https URL")
            if not isinstance(entry.get("checked"), datetime.date):
                problems.append(f"{name}: checked is not a date")
            if not str(entry.get("summary", "")).strip():
                problems.append(f"{name}: empty summary")
            unknown = set(entry.get("effects", [])) - EFFECTS
            if unknown:
                problems.append(f"{name}: unknown effects {sorted(unknown)}")
            if group == "specialty" and entry.get("match") not in match_ids:
                problems.append(f"{name}: match {entry.get('match')!r} is not a listed match")
    return problems


@pytest.fixture(scope="module")
def table() -> dict:
    return tomllib.loads(TABLE.read_text(encoding="utf-8"))


def test_the_table_is_sourced_dated_and_uses_known_effects(table):
    assert table_problems(table) == []


def test_the_table_holds_the_main_match_and_the_sourced_specialty_policies(table):
    matches = {entry["id"] for entry in table["match"]}
    effects = {entry["id"]: set(entry["effects"]) for entry in table["specialty"]}
    assert "nrmp-main" in matches
    assert effects["plastic-surgery"] == {"no-post-interview-contact"}
    assert effects["internal-medicine"] == {"thank-you-discouraged"}
    assert effects["urology"] == {"rank-plans-confidential"}


def test_no_date_is_in_the_future(table):
    today = datetime.date.today()
    for entry in table["match"] + table["specialty"]:
        assert entry["checked"] <= today, entry["id"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda entry: entry.pop("source"), "specialty plastic-surgery: no source"),
        (lambda entry: entry.pop("checked"), "specialty plastic-surgery: no checked"),
        (
            lambda entry: entry.update(checked="last week"),
            "specialty plastic-surgery: checked is not a date",
        ),
        (
            lambda entry: entry.update(source="acaplasticsurgeons.org"),
            "specialty plastic-surgery: source is not an https URL",
        ),
        (
            lambda entry: entry.update(effects=["no-thank-you"]),
            "specialty plastic-surgery: unknown effects ['no-thank-you']",
        ),
        (
            lambda entry: entry.update(match="carms"),
            "specialty plastic-surgery: match 'carms' is not a listed match",
        ),
    ],
    ids=["no-source", "no-date", "text-date", "bare-host", "unknown-effect", "unknown-match"],
)
def test_a_broken_entry_is_reported(table, change, expected):
    broken = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    entry = next(item for item in broken["specialty"] if item["id"] == "plastic-surgery")
    change(entry)
    assert expected in table_problems(broken)
