"""The letter template pages, generated from the templates themselves: a template is its
two files, templates/<id>.toml and templates/<id>.j2, and nothing about it is written twice.

- Every template gets the page templates/<id>/ (no Markdown file to write): its title and
  `intro`, when and to whom to send it, the fill-in form, the example letter filled with
  its example values, its fields and what to make specific.
- The nav section that holds templates/index.md lists every letter page, in season order.
- The marker ``<!-- letter-index -->`` (alone on a line) in templates/index.md becomes a
  table of all letters, linking to their pages.
"""

from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from checker.templates import LetterTemplate, fill, list_templates

INDEX_PAGE = "templates/index.md"
INDEX_MARKER = re.compile(r"^<!--[ \t]*letter-index[ \t]*-->[ \t]*$", re.M)


def page_path(template: LetterTemplate) -> str:
    return f"templates/{template.id}.md"


def on_config(config):
    """Add every letter page to the nav section that lists templates/index.md."""
    section = _templates_section(config["nav"] or [])
    if section is not None:
        section[:] = [entry for entry in section if entry == INDEX_PAGE] + [
            {template.title: page_path(template)} for template in list_templates()
        ]
    return config


def _templates_section(nav: list) -> list | None:
    for entry in nav:
        children = next(iter(entry.values())) if isinstance(entry, dict) else None
        if isinstance(children, list):
            if INDEX_PAGE in children:
                return children
            found = _templates_section(children)
            if found is not None:
                return found
    return None


def on_files(files, config):
    templates = list_templates()
    for template in templates:
        path = page_path(template)
        if files.get_file_from_path(path) is not None:
            raise PluginError(f"docs/{path}: this page is made from the template; delete the file")
    for template in templates:
        files.append(File.generated(config, page_path(template), content=page(template)))
    return files


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri != INDEX_PAGE:
        return markdown
    return INDEX_MARKER.sub(lambda _match: _index_table(), markdown)


def page(template: LetterTemplate) -> str:
    """The Markdown of a letter's page."""
    return "\n".join(
        [
            "---",
            "python: true",
            # Filling letters needs Jinja2; the other Python pages do without it.
            "python_packages: [jinja2, markupsafe]",
            # Only the letter methods: the page never imports the rules.
            "python_imports: [checker.browser_letters]",
            "scripts: [assets/js/template-values.js, assets/js/letter-actions.js, "
            "assets/js/template-form.js]",
            "---",
            "",
            f"# {template.title}",
            "",
            template.intro,
            "",
            _facts(template),
            "",
            "## Write your letter {#write-your-letter}",
            "",
            "Fill in the fields and your letter appears below them, ready to copy or to check. "
            "Everything you type stays in this browser; nothing is sent anywhere.",
            "",
            f'<div class="template-form-mount" data-template-id="{template.id}"></div>',
            "",
            _example(template),
            "",
        ]
    )


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
