"""The site builds strictly and every page of the navigation exists."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent


def _nav_pages(nav) -> list[str]:
    pages = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            pages.extend(_nav_pages(value))
        else:
            pages.append(value)
    return pages


def test_every_nav_page_is_built(built_site):
    pages = _nav_pages(load_config(str(ROOT / "mkdocs.yml"))["nav"])
    assert len(pages) >= 15
    for page in pages:
        html_path = built_site / page.removesuffix(".md").removesuffix("index") / "index.html"
        if page == "index.md":
            html_path = built_site / "index.html"
        assert html_path.is_file(), f"{page} was not built ({html_path})"


def test_theme_loads_no_web_fonts(built_site):
    index = (built_site / "index.html").read_text()
    assert "fonts.googleapis.com" not in index
    assert "fonts.gstatic.com" not in index
