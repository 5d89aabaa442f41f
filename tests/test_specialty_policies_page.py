"""The specialty-policies page is generated from checker/policies.toml and shows every entry."""

from __future__ import annotations

import datetime
import re
import runpy
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent


# site_hooks/ is not a package (MkDocs loads hooks by path), so run the file for its names.
hook = SimpleNamespace(**runpy.run_path(str(ROOT / "site_hooks" / "specialty_policies.py")))


def test_each_match_is_followed_by_its_own_specialties():
    table = hook.load_table()
    markdown = hook.policies_markdown(table)
    headings = re.findall(r"^(#+) .+ \{#([a-z0-9-]+)\}$", markdown, flags=re.MULTILINE)
    expected = []
    for match in table["match"]:
        expected.append(("##", match["id"]))
        expected += [("###", s["id"]) for s in table["specialty"] if s["match"] == match["id"]]
    assert headings == expected
    assert len(expected) == len(table["match"]) + len(table["specialty"])


def test_every_entry_shows_its_source_link_and_checked_date():
    table = hook.load_table()
    markdown = hook.policies_markdown(table)
    for entry in table["match"] + table["specialty"]:
        section = markdown.split(f"{{#{entry['id']}}}", 1)[1].split("\n#", 1)[0]
        assert f"]({entry['source']}), checked {entry['checked'].isoformat()}" in section


def test_every_effect_is_explained_in_the_readers_terms():
    table = hook.load_table()
    markdown = hook.policies_markdown(table)
    plastic = markdown.split("{#plastic-surgery}", 1)[1].split("\n#", 1)[0]
    assert hook.EFFECT_TEXT["no-post-interview-contact"] in plastic
    assert (
        "Nothing beyond the general rules" in markdown.split("{#nrmp-main}", 1)[1].split("\n#")[0]
    )


def test_table_text_cannot_turn_into_html():
    entry = {
        "id": "x",
        "name": "<b>Bold</b>",
        "summary": "<script>alert(1)</script>",
        "source": "https://example.org/",
        "checked": datetime.date(2026, 12, 6),
        "effects": [],
    }
    markdown = hook.policies_markdown({"match": [entry], "specialty": []})
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert "&lt;b&gt;Bold&lt;/b&gt;" in markdown


def test_the_built_page_lists_every_entry_with_its_source(built_site):
    page = (built_site / "specialty-policies" / "index.html").read_text(encoding="utf-8")
    table = hook.load_table()
    for entry in table["match"] + table["specialty"]:
        assert f'id="{entry["id"]}"' in page, entry["id"]
        assert f'href="{entry["source"]}"' in page, entry["id"]
    assert page.count('<p class="source">') == len(table["match"]) + len(table["specialty"])
