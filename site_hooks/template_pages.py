"""Render the letter templates into their guide pages, so no letter is pasted twice.

Markers (HTML comments, each alone on a line) in pages under docs/templates/:

- ``<!-- letter-facts: <id> -->``   when to send, to whom, background link
- ``<!-- letter-example: <id> -->`` the letter filled with its example values, its
  fields and what to make specific
- ``<!-- letter-index -->``         a table of all letters, linking to their pages

Every page ``templates/<id>.md`` must carry both letter markers for its own id; an unknown
or missing id fails the build.
"""

from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError

from checker.templates import FillError, LetterTemplate, fill, get_template, list_templates

MARKER = re.compile(
    r"^<!--[ \t]*(letter-facts|letter-example|letter-index)(?::[ \t]*(\S*))?[ \t]*-->[ \t]*$", re.M
)
LETTER_MARKERS = ("letter-facts", "letter-example")


def on_page_markdown(markdown, page, **kwargs):
    path = page.file.src_uri
    if not path.startswith("templates/"):
        return markdown
    page_id = path.removeprefix("templates/").removesuffix(".md")
    if page_id != "index":
        _require_letter_markers(markdown, path, page_id)
    return MARKER.sub(lambda match: _expand(match, path), markdown)


def _require_letter_markers(markdown: str, path: str, page_id: str) -> None:
    found = {(match[1], match[2]) for match in MARKER.finditer(markdown)}
    for marker in LETTER_MARKERS:
        if (marker, page_id) not in found:
            raise PluginError(f"{path}: add the line <!-- {marker}: {page_id} -->")


def _expand(match: re.Match, path: str) -> str:
    marker, template_id = match[1], match[2]
    if marker == "letter-index":
        return _index_table()
    if not template_id:
        raise PluginError(f"{path}: the marker {match[0]!r} needs a template id")
    try:
        template = get_template(template_id)
    except FillError as error:
        raise PluginError(f"{path}: {error}") from None
    return _facts(template) if marker == "letter-facts" else _example(template)


def _facts(template: LetterTemplate) -> str:
    lines = [
        f"**When to send:** {template.when}",
        "",
        f"**To whom:** {template.recipient}",
    ]
    if template.guide:
        # The guide link is docs-relative; these pages sit one folder down, in templates/.
        title = template.guide_title or "the guide's section on this letter"
        lines += ["", f"**Background in the guide:** [{title}](../{template.guide})"]
    return "\n".join(lines)


def _example(template: LetterTemplate) -> str:
    letter = fill(template.id, template.example_values())
    # One line of HTML (newlines as character references) so Markdown leaves it untouched.
    escaped = html.escape(letter.rstrip("\n")).replace("\n", "&#10;")
    parts = [
        "## Example letter {#example-letter}",
        "",
        "Every name, date and detail in this example is invented.",
        "",
        f'<pre class="letter-example" data-testid="letter-example">{escaped}</pre>',
        "",
        "## Fields {#fields}",
        "",
        "| Field | Required | What to enter | Example |",
        "| --- | --- | --- | --- |",
    ]
    parts += [
        "| "
        + " | ".join(
            _cell(text)
            for text in (
                field.label,
                "yes" if field.required else "no",
                field.help,
                field.example,
            )
        )
        + " |"
        for field in template.fields
    ]
    parts += ["", "## What to make specific {#what-to-personalize}", ""]
    parts += [f"- {tip}" for tip in template.personalise]
    return "\n".join(parts)


def _index_table() -> str:
    rows = ["| Letter | When to send | To whom |", "| --- | --- | --- |"]
    rows += [
        f"| [{_cell(template.title)}]({template.id}.md) | {_cell(template.when)} "
        f"| {_cell(template.recipient)} |"
        for template in list_templates()
    ]
    return "\n".join(rows)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell (pipes would split it)."""
    return html.escape(text, quote=False).replace("|", "\\|")
