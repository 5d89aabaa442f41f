"""The printable guide: every guide page on one page, in reading order, nothing lost."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

# Reading order of the guide (the tools and the download page are not printed).
GUIDE_PAGES = [
    "",
    "rules/",
    "specialty-policies/",
    "timeline/",
    "us-img/",
    "mistakes/",
    "checklists/",
    "faq/",
    "templates/",
    "templates/citizenship-clarification/",
    "templates/timezone-logistics/",
    "templates/thank-you-program-director/",
    "templates/thank-you-coordinator/",
    "templates/continued-interest/",
    "templates/rank-first/",
    "templates/commitment-hint-reply/",
    "glossary/",
]
NOT_PRINTED = ["checker/", "planner/", "reference/rules/", "download/"]


class _Outline(HTMLParser):
    """Headings (level, text) inside the page's article, per print section when present."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections: dict[str, list[tuple[int, str]]] = {}
        self.current = "page"
        self.heading: list | None = None
        self.in_headerlink = False
        self.ids: list[str] = []
        self.fragment_links: list[str] = []
        self.letters: list[str] = []
        self.letter: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.append(attributes["id"])
        if tag == "section" and "print-section" in (attributes.get("class") or ""):
            self.current = attributes["id"]
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = [int(tag[1]), ""]
        if tag == "a" and "headerlink" in (attributes.get("class") or ""):
            self.in_headerlink = True
        if tag == "a" and (attributes.get("href") or "").startswith("#"):
            self.fragment_links.append(attributes["href"][1:])
        if attributes.get("data-testid") == "letter-example":
            self.letter = []

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_headerlink = False
        if self.heading and tag == f"h{self.heading[0]}":
            level, text = self.heading
            self.sections.setdefault(self.current, []).append((level, " ".join(text.split())))
            self.heading = None
        if tag == "pre" and self.letter is not None:
            self.letters.append("".join(self.letter))
            self.letter = None

    def handle_data(self, data):
        if self.heading and not self.in_headerlink:
            self.heading[1] += data
        if self.letter is not None:
            self.letter.append(data)


def outline(html_file: Path) -> _Outline:
    html = html_file.read_text(encoding="utf-8")
    article = html[html.index('<article class="md-content__inner') : html.index("</article>")]
    parser = _Outline()
    parser.feed(article)
    return parser


@pytest.fixture(scope="module")
def print_page(built_site) -> _Outline:
    return outline(built_site / "print" / "index.html")


def test_every_guide_page_is_a_section_in_reading_order(print_page):
    sections = [name for name in print_page.sections if name != "page"]
    expected = [page.strip("/").replace("/", "-") or "home" for page in GUIDE_PAGES]
    assert sections == expected


def test_each_section_has_every_heading_of_its_page_one_level_down(built_site, print_page):
    for page in GUIDE_PAGES:
        original = outline(built_site / page / "index.html").sections["page"]
        assert original, f"{page} has no headings"
        section = print_page.sections[page.strip("/").replace("/", "-") or "home"]
        assert section == [(min(level + 1, 6), text) for level, text in original], page


def test_tools_and_the_download_page_are_not_printed(built_site, print_page):
    printed = {text for headings in print_page.sections.values() for _, text in headings}
    for page in NOT_PRINTED:
        title = outline(built_site / page / "index.html").sections["page"][0][1]
        assert title not in printed, f"{page} ({title}) should not be in the printable guide"


def test_every_example_letter_is_printed(built_site, print_page):
    letters = []
    for page in GUIDE_PAGES:
        letters += outline(built_site / page / "index.html").letters
    assert len(letters) == 7, "one example letter per template page"
    assert print_page.letters == letters


def test_ids_are_unique_and_in_page_links_land_on_them(print_page):
    duplicates = [ident for ident, count in Counter(print_page.ids).items() if count > 1]
    assert duplicates == []
    missing = sorted(set(print_page.fragment_links) - set(print_page.ids))
    assert missing == []
    # A link of a printed page to another printed page stays inside the print page.
    assert "rules--no-binding-commitments" in print_page.fragment_links


def test_the_download_page_links_the_printable_guide(built_site):
    html = (built_site / "download" / "index.html").read_text(encoding="utf-8")
    assert 'href="../print/"' in html


@pytest.mark.browser
def test_printing_leaves_out_navigation_and_controls(logged_page, site_url):
    page, log = logged_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url + "print/")
    header = page.locator(".md-header")
    sidebar = page.locator(".md-sidebar--primary")
    assert header.is_visible() and sidebar.is_visible()
    # On screen too: the template forms have no script on this page, so they are not shown.
    assert page.locator(".print-section .template-form-mount").first.is_hidden()
    page.emulate_media(media="print")
    assert header.is_hidden()
    assert sidebar.is_hidden()
    assert page.locator(".md-footer").is_hidden()
    assert page.locator(".print-section .headerlink").first.is_hidden()
    assert page.locator("#rules--no-binding-commitments").is_visible()
    assert page.locator("[data-testid=letter-example]").first.is_visible()
    assert log.outside_requests == []
    assert log.console_errors == [] and log.page_errors == []
