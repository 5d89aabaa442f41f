"""The letter templates fill correctly, pass the checker, and treat the reader's text as text."""

from __future__ import annotations

import json
import re
from importlib import resources

import jinja2
import jinja2.meta
import pytest

from checker import templates
from checker.templates import FillError, fill, get_template, list_templates

SEASON_ORDER = [
    "citizenship-clarification",
    "timezone-logistics",
    "thank-you-program-director",
    "thank-you-coordinator",
    "continued-interest",
    "rank-first",
    "commitment-hint-reply",
]
TEMPLATE_IDS = pytest.mark.parametrize("template_id", SEASON_ORDER)
# What a letter must never still contain once filled: brackets, Jinja syntax, filler words.
LEFTOVER_PLACEHOLDER = re.compile(r"\[[^\]]*\]|\{\{|\}\}|\{%|%\}|XXX|TBD|None\b")


def example_letter(template_id: str) -> str:
    return fill(template_id, get_template(template_id).example_values())


def values_with(template_id: str, **changes: str) -> dict[str, str]:
    return {**get_template(template_id).example_values(), **changes}


def first_required_field(template_id: str):
    return next(field for field in get_template(template_id).fields if field.required)


def test_all_seven_letters_are_listed_in_season_order():
    assert [template.id for template in list_templates()] == SEASON_ORDER


@TEMPLATE_IDS
def test_example_letter_is_complete(template_id):
    template = get_template(template_id)
    values = template.example_values()
    letter = fill(template_id, values)
    lines = letter.split("\n")

    assert lines[0].startswith("Subject: ")
    assert values["full_name"] in lines[0]
    assert lines[1] == ""
    assert lines[2] == f"Dear {values['recipient_name']},"
    assert "\nSincerely,\n" + values["full_name"] + "\nAAMC ID: " + values["aamc_id"] in letter
    assert not LEFTOVER_PLACEHOLDER.search(letter), LEFTOVER_PLACEHOLDER.search(letter)
    assert "\n\n\n" not in letter
    assert letter.endswith("\n") and not letter.endswith("\n\n")
    for field in template.fields:  # every field the reader fills shows up in the letter
        assert values[field.name] in letter, field.name


@TEMPLATE_IDS
@pytest.mark.parametrize("optional_fields", ["filled", "left empty"])
def test_example_letter_passes_the_checker_as_its_own_kind(template_id, optional_fields):
    from checker.lint import lint

    template = get_template(template_id)
    values = {
        field.name: field.example
        for field in template.fields
        if field.required or optional_fields == "filled"
    }
    result = lint(fill(template_id, values))

    problems = [
        (finding.rule, finding.text, finding.message)
        for finding in result.findings
        if finding.severity in ("error", "warning")
    ]
    assert problems == []
    assert result.kind == template.kind, result.kind_clues


@TEMPLATE_IDS
def test_declared_kind_is_a_known_letter_kind(template_id):
    from checker.kinds import KINDS

    assert get_template(template_id).kind in KINDS


def test_citizenship_letter_says_citizen_and_no_visa():
    letter = example_letter("citizenship-clarification")
    assert "US citizen" in letter
    assert "do not need visa sponsorship" in letter


def test_rank_first_letter_asks_nothing_in_return():
    letter = example_letter("rank-first")
    assert "I plan to rank" in letter
    assert "not asking for anything in return" in letter


def test_commitment_reply_asks_about_the_match_and_true_preference():
    letter = example_letter("commitment-hint-reply")
    assert "participates fully in the NRMP Match" in letter
    assert "true order of preference" in letter


@TEMPLATE_IDS
def test_declared_fields_are_exactly_the_template_variables(template_id):
    folder = resources.files("checker.letter_templates")
    environment = jinja2.Environment()
    used: set[str] = set()
    pending = [f"{template_id}.j2"]
    while pending:  # the letter and every partial it includes
        tree = environment.parse(folder.joinpath(pending.pop()).read_text(encoding="utf-8"))
        used |= jinja2.meta.find_undeclared_variables(tree)
        pending += [name for name in jinja2.meta.find_referenced_templates(tree) if name]
    declared = [field.name for field in get_template(template_id).fields]
    assert len(declared) == len(set(declared))
    assert set(declared) == used


@TEMPLATE_IDS
def test_missing_required_fields_give_one_error_naming_them_all(template_id):
    template = get_template(template_id)
    required = [field for field in template.fields if field.required]
    optional = [field for field in template.fields if not field.required]

    with pytest.raises(FillError) as caught:
        fill(template_id, {})

    message = str(caught.value)
    assert message.startswith("Please fill in:")
    for field in required:
        assert f"“{field.label}”" in message
    for field in optional:
        assert field.label not in message
    assert caught.value.fields == tuple(field.name for field in required)


def test_whitespace_only_counts_as_missing():
    field = first_required_field("rank-first")
    with pytest.raises(FillError, match=re.escape(f"“{field.label}”")):
        fill("rank-first", values_with("rank-first", **{field.name: "  \t "}))


def test_empty_optional_fields_leave_no_trace():
    values = values_with("thank-you-coordinator", phone="", email="", detail="")
    letter = fill("thank-you-coordinator", values)
    assert "Phone" not in letter
    assert "Email" not in letter
    assert "especially appreciated" not in letter
    assert letter.endswith(f"AAMC ID: {values['aamc_id']}\n")
    assert "  " not in letter


def test_optional_fields_may_be_left_out_entirely():
    values = values_with("timezone-logistics")
    del values["activity"], values["phone"]
    letter = fill("timezone-logistics", values)
    assert f"I am currently in {values['location']}, and my local time zone" in letter
    assert "Phone" not in letter


def test_surrounding_whitespace_is_stripped():
    letter = fill("rank-first", values_with("rank-first", full_name="  Jordan Avery \n"))
    assert "\nJordan Avery\nAAMC ID" in letter


@pytest.mark.parametrize(
    "typed",
    [
        "{{ 7*7 }}",
        "{% raw %}x{% endraw %}",
        "<script>alert(1)</script>",
        "{{ ''.__class__.__mro__ }}",
        "{# not a comment #}",
    ],
)
def test_typed_values_stay_literal(typed):
    letter = fill("rank-first", values_with("rank-first", reason=typed))
    assert f"The main reason is {typed}, and" in letter
    assert "49" not in letter


def test_value_at_the_limit_is_accepted_and_one_more_character_is_rejected():
    field = next(f for f in get_template("rank-first").fields if f.name == "reason")
    at_limit = "a" * field.max_length
    assert at_limit in fill("rank-first", values_with("rank-first", reason=at_limit))

    with pytest.raises(FillError) as caught:
        fill("rank-first", values_with("rank-first", reason=at_limit + "a"))
    assert f"“{field.label}”" in str(caught.value)
    assert f"limit is {field.max_length}" in str(caught.value)
    assert caught.value.fields == ("reason",)


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\u0085"])
def test_control_characters_are_rejected(control):
    with pytest.raises(FillError, match="control character") as caught:
        fill("rank-first", values_with("rank-first", full_name=f"Jordan{control}Avery"))
    assert "“Your full name”" in str(caught.value)


@pytest.mark.parametrize("break_", ["\n", "\r\n"])
def test_line_breaks_inside_a_one_line_field_are_rejected(break_):
    with pytest.raises(FillError, match="“Institution” must fit on one line"):
        fill("rank-first", values_with("rank-first", program=f"Lakeside{break_}University"))


def test_multiline_fields_keep_line_breaks_and_tabs_only():
    # No shipped letter has a multi-line field yet; the TOML allows one (multiline = true).
    field = templates.TemplateField(
        name="notes", label="Notes", help="", required=False, example="", multiline=True
    )
    assert templates._value_problem(field, "first line\n\tsecond line") is None
    assert "control character" in templates._value_problem(field, "first\x0bsecond")


def test_several_problems_are_reported_together():
    values = values_with("rank-first", full_name="", program="a" * 1000)
    with pytest.raises(FillError) as caught:
        fill("rank-first", values)
    message = str(caught.value)
    assert "Please fill in: “Your full name”." in message
    assert "“Institution” is 1000 characters long" in message
    assert caught.value.fields == ("full_name", "program")


def test_unknown_field_is_rejected():
    with pytest.raises(FillError, match="no field called hospital_size"):
        fill("rank-first", values_with("rank-first", hospital_size="large"))


def test_values_that_are_not_a_mapping_are_rejected():
    with pytest.raises(FillError, match="field names with their text"):
        fill("rank-first", ["Jordan Avery"])


def test_non_text_value_is_rejected():
    with pytest.raises(FillError, match="“Institution” must be text"):
        fill("rank-first", values_with("rank-first", program=42))


@pytest.mark.parametrize("template_id", ["no-such-letter", "", "../rank-first", "_signature"])
def test_unknown_template_is_rejected_with_the_known_ids(template_id):
    with pytest.raises(FillError) as caught:
        fill(template_id, {})
    assert "There is no letter template called" in str(caught.value)
    assert "rank-first" in str(caught.value)


@TEMPLATE_IDS
def test_metadata_for_the_browser_is_json(template_id):
    template = get_template(template_id)
    data = json.loads(json.dumps(template.to_dict()))

    assert data["id"] == template_id
    assert data["kind"] == template.kind
    assert all(data[key] for key in ("title", "summary", "when", "recipient", "personalise"))
    assert [field["name"] for field in data["fields"]] == [f.name for f in template.fields]
    for field in data["fields"]:
        assert set(field) == {
            "name",
            "label",
            "help",
            "required",
            "example",
            "multiline",
            "max_length",
        }
        assert field["label"] and field["help"]
        if field["required"]:
            assert field["example"], f"{field['name']} needs an example for the guide page"


def test_templates_ship_as_package_data():
    names = {entry.name for entry in resources.files("checker.letter_templates").iterdir()}
    for template_id in SEASON_ORDER:
        assert {f"{template_id}.j2", f"{template_id}.toml"} <= names
    assert {"_signature.j2", "_signature.toml"} <= names
