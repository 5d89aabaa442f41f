"""Each letter template page, made from its template, shows its letter, facts and fields;
the nav and the index list them all."""

from __future__ import annotations

import html
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from checker.templates import fill, get_template, list_templates
from site_hooks.pyodide_wheels import DEV_ONLY
from testsupport.hooks import load_hook

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_IDS = [template.id for template in list_templates()]
EXAMPLE_BLOCK = re.compile(r'<pre class="letter-example"[^>]*>(.*?)</pre>', re.S)


class _TagCollector(HTMLParser):
    """Attributes of every start tag, in document order."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def start_tags(page_html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = _TagCollector()
    collector.feed(page_html)
    return collector.tags


def page_html(built_site: Path, template_id: str) -> str:
    return (built_site / "templates" / template_id / "index.html").read_text(encoding="utf-8")


def expected_example(template_id: str) -> str:
    template = get_template(template_id)
    return fill(template_id, template.example_values()).rstrip("\n")


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_page_shows_the_letter_filled_with_its_examples(built_site, template_id):
    blocks = EXAMPLE_BLOCK.findall(page_html(built_site, template_id))
    assert [html.unescape(block) for block in blocks] == [expected_example(template_id)]


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_page_has_the_form_mount_and_its_scripts(built_site, template_id):
    tags = start_tags(page_html(built_site, template_id))
    mounts = [
        attrs
        for tag, attrs in tags
        if tag == "div" and "template-form-mount" in (attrs.get("class") or "").split()
    ]
    assert mounts == [{"class": "template-form-mount", "data-template-id": template_id}]
    scripts = [attrs.get("src") or "" for tag, attrs in tags if tag == "script"]
    assert any(src.endswith("/assets/js/python-client.js") for src in scripts)
    assert any(src.endswith("/assets/js/template-form.js") for src in scripts)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_page_explains_when_whom_fields_and_tips(built_site, template_id):
    template = get_template(template_id)
    text = html.unescape(page_html(built_site, template_id))
    assert f"When to send: {template.when}" in re.sub(r"<[^>]+>", "", text)
    assert template.recipient in text
    for field in template.fields:
        assert f"<td>{field.label}</td>" in text
    for tip in template.personalise:
        assert f"<li>{tip}</li>" in text


def test_index_links_to_every_letter_page(built_site):
    index = built_site / "templates" / "index.html"
    tags = start_tags(index.read_text(encoding="utf-8"))
    content_links = {attrs.get("href") for tag, attrs in tags if tag == "a"}
    for template in list_templates():
        assert f"{template.id}/" in content_links, template.id
        assert (index.parent / template.id / "index.html").is_file()
    text = html.unescape(index.read_text(encoding="utf-8"))
    for template in list_templates():
        assert f">{template.title}</a>" in text


def test_shipped_checker_wheel_contains_every_module_and_template(built_site):
    wheels = list(built_site.rglob("prematch_checker-*.whl"))
    assert len(wheels) == 1, wheels
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    # `import checker.templates` runs checker/__init__.py, which needs the whole package
    # (less the developers' model tools, which the browser never runs), byte-compiled.
    expected = {
        path.relative_to(ROOT).as_posix() + "c"
        for path in (ROOT / "checker").rglob("*.py")
        if "__pycache__" not in path.parts and path not in DEV_ONLY
    }
    for template_id in [*TEMPLATE_IDS, "_signature"]:
        expected |= {
            f"checker/letter_templates/{template_id}.j2",
            f"checker/letter_templates/{template_id}.toml",
        }
    assert expected <= names


@pytest.mark.browser
def test_example_letter_keeps_its_line_breaks_in_the_browser(site_url, logged_page):
    page, log = logged_page
    page.goto(site_url + "templates/continued-interest/")
    shown = page.get_by_test_id("letter-example").inner_text()
    assert shown == expected_example("continued-interest")
    assert log.outside_requests == []


template_pages = load_hook("template_pages")


def test_the_nav_lists_every_letter_page_in_season_order():
    nav = [
        {"Home": "index.md"},
        {"Letter templates": ["templates/index.md", {"Old entry": "templates/old.md"}]},
    ]
    config = template_pages.on_config({"nav": nav})
    assert config["nav"][1]["Letter templates"] == [
        "templates/index.md",
        *({template.title: f"templates/{template.id}.md"} for template in list_templates()),
    ]


def test_a_hand_written_page_for_a_template_fails_the_build(tmp_path):
    written = File("templates/rank-first.md", str(tmp_path), str(tmp_path / "site"), True)
    with pytest.raises(PluginError, match=r"rank-first\.md: this page is made from the template"):
        template_pages.on_files(Files([written]), config=None)


def test_only_the_index_page_gets_the_letter_table():
    marker = "<!-- letter-index -->\n"
    index = SimpleNamespace(file=SimpleNamespace(src_uri="templates/index.md"))
    table = template_pages.on_page_markdown(marker, page=index)
    for template in list_templates():
        assert f"]({template.id}.md)" in table
    other = SimpleNamespace(file=SimpleNamespace(src_uri="faq.md"))
    assert template_pages.on_page_markdown(marker, page=other) == marker


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_background_link_reaches_its_guide_section(built_site, template_id):
    template = get_template(template_id)
    page, anchor = template.guide.split("#")
    target = built_site / page.removesuffix(".md") / "index.html"
    assert f'id="{anchor}"' in target.read_text(encoding="utf-8")
    link = f'href="../../{page.removesuffix(".md")}/#{anchor}"'
    assert link in page_html(built_site, template_id)
