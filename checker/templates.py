"""The guide's letter templates: metadata from TOML, text from Jinja2, filled in a sandbox.

Each letter is two files in the package ``checker.letter_templates`` (the repository's
``templates/`` folder): ``<id>.toml`` says when and to whom to send it and declares its fields,
``<id>.j2`` holds its text. Files whose name starts with "_" are partials (the shared
signature) that letters include; a partial's fields are added to every letter including it.

Pure Python (stdlib + jinja2) so that it runs unchanged in the browser under Pyodide.
"""

from __future__ import annotations

import functools
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

import jinja2
import jinja2.meta
from jinja2.sandbox import SandboxedEnvironment

from checker.limits import excerpt
from checker.plain import Plain
from checker.records import from_table

PACKAGE = "checker.letter_templates"
DEFAULT_MAX_LENGTH = 500
MULTILINE_MAX_LENGTH = 2000
# Characters a multi-line field may contain although they are control characters.
MULTILINE_ALLOWED_CONTROLS = frozenset("\n\t")


class FillError(ValueError):
    """A template cannot be filled; the message is written for the applicant.

    ``fields`` names the fields at fault (empty for an unknown template) so a form can
    point at them.
    """

    def __init__(self, message: str, fields: tuple[str, ...] = ()):
        super().__init__(message)
        self.fields = fields


# The two classes below are also what the TOML files may say: one key per field
# (checker.records reads them), besides a letter's `order` in the season.


@dataclass(frozen=True)
class TemplateField(Plain):
    """One [[fields]] entry: a blank of the letter that the applicant fills in."""

    name: str  # the Jinja2 variable
    label: str
    help: str
    required: bool
    example: str = ""  # shown as a placeholder, and the value of a filled example letter
    multiline: bool = False
    max_length: int = DEFAULT_MAX_LENGTH  # MULTILINE_MAX_LENGTH for a multi-line field


@dataclass(frozen=True)
class LetterTemplate(Plain):
    id: str  # the file name, without .toml
    title: str
    kind: str  # the letter kind (checker.kinds) a filled letter is checked as
    summary: str  # one sentence for the list of templates
    when: str  # when in the season to send it
    recipient: str  # whom to send it to
    personalise: tuple[str, ...]  # what the applicant should make their own
    fields: tuple[TemplateField, ...]  # its own fields, then those of its partials
    guide: str | None = None  # docs-relative link to the guide section behind the letter
    guide_title: str | None = None
    intro: str = ""  # the opening of the letter's page on the site (Markdown)

    def example_values(self) -> dict[str, str]:
        return {field.name: field.example for field in self.fields if field.example}


def list_templates() -> list[LetterTemplate]:
    """All letter templates, in the order an applicant meets them during the season."""
    return list(_templates_by_id().values())


def get_template(template_id: str) -> LetterTemplate:
    try:
        return _templates_by_id()[template_id]
    except (KeyError, TypeError):
        known = ", ".join(_templates_by_id())
        raise FillError(
            f"There is no letter template called '{excerpt(template_id)}'. Known: {known}."
        ) from None


def fill(template_id: str, values: Mapping[str, str]) -> str:
    """The letter filled with ``values`` ("Subject: ..." line, blank line, body).

    Values are passed to Jinja2 as data, so text such as ``{{ 7*7 }}`` stays as typed.
    """
    template = get_template(template_id)
    clean = _checked_values(template, values)
    return _environment().get_template(f"{template_id}.j2").render(clean)


def _checked_values(template: LetterTemplate, values: Mapping[str, str]) -> dict[str, str]:
    """Stripped values for every declared field, or one FillError listing all problems."""
    if not isinstance(values, Mapping):
        raise FillError("The letter's values must be given as field names with their text.")
    declared = {field.name for field in template.fields}
    unknown = sorted(str(name) for name in set(values) - declared)
    if unknown:
        raise FillError(
            f"The {template.title} letter has no field called "
            f"{', '.join(excerpt(name) for name in unknown[:5])}.",
            tuple(unknown),
        )
    clean: dict[str, str] = {}
    problems: list[str] = []
    at_fault: list[str] = []
    missing: list[TemplateField] = []
    for field in template.fields:
        raw = values.get(field.name)
        if raw is None:
            raw = ""
        if not isinstance(raw, str):
            problems.append(f"“{field.label}” must be text.")
            at_fault.append(field.name)
            continue
        value = raw.replace("\r\n", "\n").strip()
        problem = _value_problem(field, value)
        if problem:
            problems.append(problem)
            at_fault.append(field.name)
        elif not value and field.required:
            missing.append(field)
        clean[field.name] = value
    if missing:
        labels = ", ".join(f"“{field.label}”" for field in missing)
        problems.insert(0, f"Please fill in: {labels}.")
        at_fault[:0] = [field.name for field in missing]
    if problems:
        raise FillError(" ".join(problems), tuple(at_fault))
    return clean


def _value_problem(field: TemplateField, value: str) -> str | None:
    if len(value) > field.max_length:
        return (
            f"“{field.label}” is {len(value)} characters long; the limit is "
            f"{field.max_length}. Please shorten it."
        )
    if not field.multiline and "\n" in value:
        return f"“{field.label}” must fit on one line."
    allowed = MULTILINE_ALLOWED_CONTROLS if field.multiline else frozenset()
    if any(unicodedata.category(char) == "Cc" and char not in allowed for char in value):
        return (
            f"“{field.label}” contains an invisible control character (often left by "
            "copying and pasting). Please retype it."
        )
    return None


def _template_source(name: str) -> str | None:
    entry = resources.files(PACKAGE).joinpath(name)
    return entry.read_text(encoding="utf-8") if entry.is_file() else None


@functools.cache
def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=jinja2.FunctionLoader(_template_source),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # letters are plain text; the browser shows them as text
        keep_trailing_newline=True,
        trim_blocks=True,  # lets `{% if phone %}` lines vanish without leaving blank lines
        lstrip_blocks=True,
    )


@functools.cache
def _templates_by_id() -> dict[str, LetterTemplate]:
    ids = [
        entry.name.removesuffix(".toml")
        for entry in resources.files(PACKAGE).iterdir()
        if entry.name.endswith(".toml") and not entry.name.startswith("_")
    ]
    loaded = sorted((_load_template(template_id) for template_id in ids), key=lambda pair: pair[0])
    return {template.id: template for _, template in loaded}


def _load_template(template_id: str) -> tuple[int, LetterTemplate]:
    """The template's position in the season (the TOML's ``order``) and the template."""
    meta = _read_toml(f"{template_id}.toml")
    source = f"{template_id}.toml"
    fields = [_field(source, entry) for entry in meta.pop("fields", [])]
    for partial in _included_partials(f"{template_id}.j2"):
        partial_source = partial.removesuffix(".j2") + ".toml"
        partial_meta = _read_toml(partial_source)
        fields.extend(_field(partial_source, entry) for entry in partial_meta.get("fields", []))
    names = [field.name for field in fields]
    if len(names) != len(set(names)):
        raise ValueError(f"{template_id}: a field is declared more than once: {names}")
    if "order" not in meta:
        raise ValueError(f"{source} lacks the key order")
    order = meta.pop("order")
    template = from_table(
        LetterTemplate,
        meta,
        source,
        id=template_id,
        fields=tuple(fields),
        intro=meta.get("intro", "").strip(),
    )
    return order, template


def _field(source: str, entry: dict) -> TemplateField:
    default_length = MULTILINE_MAX_LENGTH if entry.get("multiline") else DEFAULT_MAX_LENGTH
    return from_table(
        TemplateField,
        entry,
        f"a field of {source}",
        max_length=entry.get("max_length", default_length),
    )


def _read_toml(name: str) -> dict:
    source = _template_source(name)
    if source is None:
        raise ValueError(f"{PACKAGE} has no file {name}")
    return tomllib.loads(source)


def _included_partials(template_name: str) -> list[str]:
    """Names of the partials a template includes (directly), in order of appearance."""
    environment = _environment()
    source = _template_source(template_name)
    if source is None:
        raise ValueError(f"{PACKAGE} has no file {template_name}")
    tree = environment.parse(source)
    return [name for name in jinja2.meta.find_referenced_templates(tree) if name]
