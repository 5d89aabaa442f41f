"""checker.policies: the policy table loads (shipped as package data), bad tables are refused
with a message naming the entry, and the reader's choice becomes a Setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.policies import (
    DEFAULT_MATCH,
    EFFECTS,
    PolicyError,
    choose,
    load_policies,
    policy_table,
)

# A made-up table in the shipped schema: the tests do not depend on the real policies.
FIXTURE = Path(__file__).with_name("policies_fixture.toml").read_text(encoding="utf-8")

TABLE = load_policies(FIXTURE)


def test_fixture_table_loads_with_dates_and_effects():
    assert list(TABLE.matches) == ["nrmp-main", "other-match"]
    quiet = TABLE.specialties["quiet"]
    assert quiet.checked.isoformat() == "2026-11-30"
    assert quiet.effects == ("no-post-interview-contact", "thank-you-discouraged")
    assert quiet.match == "nrmp-main"
    assert quiet.citation == "https://example.org/quiet (checked 2026-11-30)"
    assert quiet.url == "specialty-policies/#quiet"


def test_shipped_table_loads_from_the_package_and_has_the_default_match():
    table = policy_table()
    assert DEFAULT_MATCH in table.matches
    for policy in [*table.matches.values(), *table.specialties.values()]:
        assert policy.source.startswith("https://")
        assert set(policy.effects) <= EFFECTS.keys()
    assert {s.match for s in table.specialties.values()} <= table.matches.keys()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('source = "https://example.org/quiet"', "", "[[specialty]] quiet lacks source"),
        ("checked = 2026-11-30\nsummary = \"No", 'summary = "No', "quiet lacks checked"),
        ("checked = 2026-11-30\nsummary = \"No", 'checked = "2026-11-30"\nsummary = "No', "date"),
        ("checked = 2026-11-30\nsummary = \"No", "checked = 2026-11-30T10:00:00\nsummary = \"No",
         "date"),
        ("https://example.org/quiet", "http://example.org/quiet", "https://"),
        ('"thank-you-discouraged"]', '"thank-you-banned"]', "unknown effect(s) thank-you-banned"),
        ('id = "separate"', 'id = "quiet"', "[[specialty]] quiet: the id is used twice"),
        ('match = "other-match"', 'match = "nowhere"', "match 'nowhere' is not a [[match]] id"),
        ('id = "nrmp-main"', 'id = "main"', "no [[match]] with id 'nrmp-main'"),
        ('name = "Quiet specialty"', 'name = "Quiet specialty"\nnotes = "x"', "unknown field"),
        ('name = "Quiet specialty"', 'name = ""', "name must be non-empty text"),
        ("[[specialty]]\nid = \"quiet\"", "[[specialities]]\nid = \"quiet\"", "unknown section"),
        ("effects = []\n\n[[match]]", "effects = \"none\"\n\n[[match]]", "list of words"),
        ("[[match]]\nid = \"other-match\"", "[[match\nid = \"other-match\"", "not valid TOML"),
    ],
)  # fmt: skip
def test_a_broken_table_is_refused_with_a_message_naming_the_problem(old, new, expected):
    assert old in FIXTURE
    with pytest.raises(PolicyError) as error:
        load_policies(FIXTURE.replace(old, new, 1))
    assert expected in str(error.value)


def test_default_setting_is_the_main_match_without_specialty():
    setting = choose(table=TABLE)
    assert setting.match.id == DEFAULT_MATCH and setting.specialty is None
    assert all(setting.policy_with(effect) is None for effect in EFFECTS)
    assert not setting.soap and not setting.reply


def test_a_specialty_brings_its_effects_and_its_own_match():
    assert choose(specialty="quiet", table=TABLE).policy_with("thank-you-discouraged").id == (
        "quiet"
    )
    separate = choose(specialty="separate", table=TABLE)
    assert separate.match.id == "other-match"
    # The match's own effect applies with a specialty that has none.
    assert separate.policy_with("rank-plans-confidential").id == "other-match"


@pytest.mark.parametrize(
    ("match", "specialty", "expected"),
    [
        ("nowhere", None, "Unknown match: nowhere (choose from nrmp-main, other-match)"),
        (None, "nowhere", "Unknown specialty: nowhere (choose from quiet, separate)"),
        ("nrmp-main", "separate", "Separate specialty recruits through Other match, not Main"),
    ],
)
def test_bad_choices_are_refused_with_the_choices(match, specialty, expected):
    with pytest.raises(ValueError, match=r"^" + expected.replace("(", r"\(").replace(")", r"\)")):
        choose(match, specialty, table=TABLE)


def test_unknown_effect_question_is_a_bug_not_a_silent_no():
    with pytest.raises(ValueError):
        choose(table=TABLE).policy_with("no-thank-yous")


def test_table_for_pages_lists_choices_with_effect_labels():
    data = TABLE.to_dict()
    assert data["default_match"] == DEFAULT_MATCH
    assert [m["id"] for m in data["matches"]] == ["nrmp-main", "other-match"]
    assert data["specialties"][0]["checked"] == "2026-11-30"
    assert data["effects"] == EFFECTS
