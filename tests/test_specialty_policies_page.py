"""The specialty-policies page is generated from checker/policies.toml and shows every entry."""

from __future__ import annotations

import re
import runpy
from pathlib import Path
from types import SimpleNamespace

from checker.policies import EFFECTS, load_policies, policy_table

ROOT = Path(__file__).resolve().parent.parent
# site_hooks/ is not a package (MkDocs loads hooks by path), so run the file for its names.
hook = SimpleNamespace(**runpy.run_path(str(ROOT / "site_hooks" / "specialty_policies.py")))


def section(markdown: str, entry_id: str) -> str:
    """The generated text of one entry, from its heading to the next heading."""
    return markdown.split(f"{{#{entry_id}}}", 1)[1].split("\n#", 1)[0]


def test_each_match_is_followed_by_its_own_specialties():
    table = policy_table()
    markdown = hook.policies_markdown(table)
    headings = re.findall(r"^(#+) .+ \{#([a-z0-9-]+)\}$", markdown, flags=re.MULTILINE)
    expected = []
    for match in table.matches.values():
        expected.append(("##", match.id))
        expected += [("###", s.id) for s in table.specialties.values() if s.match == match.id]
    assert headings == expected
    assert len(expected) == len(table.matches) + len(table.specialties)


def test_every_entry_shows_its_source_link_and_checked_date():
    table = policy_table()
    markdown = hook.policies_markdown(table)
    for policy in [*table.matches.values(), *table.specialties.values()]:
        line = f"]({policy.source}) · checked {policy.checked.isoformat()}"
        assert line in section(markdown, policy.id), policy.id


def test_every_effect_is_explained_in_the_readers_terms():
    assert hook.EFFECT_TEXT.keys() == EFFECTS.keys()
    markdown = hook.policies_markdown(policy_table())
    assert hook.EFFECT_TEXT["no-post-interview-contact"] in section(markdown, "plastic-surgery")
    assert "Nothing beyond the general rules" in section(markdown, "nrmp-main")


def test_table_text_cannot_turn_into_html():
    table = load_policies(
        '[[match]]\nid = "nrmp-main"\nname = "<b>Bold</b>"\nsource = "https://example.org/"\n'
        'checked = 2026-12-06\nsummary = "<script>alert(1)</script>"\neffects = []\n'
    )
    markdown = hook.policies_markdown(table)
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert "&lt;b&gt;Bold&lt;/b&gt;" in markdown


def test_the_built_page_lists_every_entry_with_its_source(built_site):
    page = (built_site / "specialty-policies" / "index.html").read_text(encoding="utf-8")
    table = policy_table()
    entries = [*table.matches.values(), *table.specialties.values()]
    for policy in entries:
        assert f'id="{policy.id}"' in page, policy.id
        assert f'href="{policy.source}"' in page, policy.id
    assert page.count('<p class="source">') == len(entries)
