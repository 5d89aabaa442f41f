"""The project's TOML data (letter templates, their fields, planner checks) is read into
dataclasses by one reader: a misspelt or missing key stops with a message naming the file."""

from __future__ import annotations

import pytest

from checker.records import from_table
from checker.templates import DEFAULT_MAX_LENGTH, LetterTemplate, TemplateField

FIELD = {"name": "program", "label": "Institution", "help": "Its name.", "required": True}


def test_a_table_becomes_the_dataclass_with_its_defaults():
    field = from_table(TemplateField, FIELD, "x.toml")
    assert field == TemplateField("program", "Institution", "Its name.", True)
    assert field.example == "" and field.max_length == DEFAULT_MAX_LENGTH


def test_values_given_by_the_caller_win_and_lists_become_tuples():
    field = from_table(TemplateField, FIELD | {"max_length": 5}, "x.toml", max_length=80)
    assert field.max_length == 80
    letter = from_table(
        LetterTemplate,
        {
            "title": "Note",
            "kind": "other",
            "summary": "S.",
            "when": "W.",
            "recipient": "R.",
            "personalise": ["One thing."],
        },
        "x.toml",
        id="note",
        fields=(),
    )
    assert letter.personalise == ("One thing.",) and letter.guide is None


def test_a_misspelt_key_names_the_file_and_the_key():
    with pytest.raises(ValueError, match=r"x\.toml has a key .*: requird"):
        from_table(TemplateField, FIELD | {"requird": False}, "x.toml")


def test_a_missing_key_names_the_file_and_the_key():
    table = {key: value for key, value in FIELD.items() if key != "label"}
    with pytest.raises(ValueError, match=r"x\.toml lacks the key label"):
        from_table(TemplateField, table, "x.toml")
