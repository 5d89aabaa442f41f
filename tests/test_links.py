"""Every link inside the built site leads somewhere real, and every outside link is intended.

An internal link (href or src) must name a file of the built site and, when it carries a
#fragment into a page, an element with that id. Links to other hosts must be on the
explicit allow-list below; the site never loads anything from them, these are plain links a
reader may choose to follow. A link inside a cited source line (<p class="source">, under a
rule statement or a policy) is intended by its markup: the citation says why it is there,
and it must lead to a public web page (http or https).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# Outside links the site shows on purpose, and why.
ALLOWED_OUTSIDE_LINKS = {
    "https://www.nrmp.org/": "the NRMP's current rules, which the guide tells readers to check",
    "https://www.aamc.org/": "the AAMC, which runs ERAS and issues the AAMC ID (glossary)",
}
# Attributes that point at another page or file.
LINK_ATTRIBUTES = {
    "a": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
    "audio": "src",
    "video": "src",
}
# Schemes that are not a page or file of the site and are not fetched from anywhere.
NON_FETCHING_SCHEMES = ("mailto:", "data:")
# The server shows 404.html for any missing path, so the theme writes its links from the site
# root there. Every other page must use relative links: they also have to work from file://.
ROOT_RELATIVE_ALLOWED_IN = {"404.html"}
FAKE_ORIGIN = "http://site.invalid"


@dataclass
class PageLinks:
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    # links inside <p class="source">: the public pages the guide cites for its rules
    cited: list[str] = field(default_factory=list)


class _LinkParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()
        self._in_source = False

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_source = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "p":
            self._in_source = "source" in (attributes.get("class") or "").split()
        if tag == "a" and self._in_source and attributes.get("href"):
            self.page.cited.append(attributes["href"].strip())
        if attributes.get("id"):
            self.page.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.page.ids.add(attributes["name"])
        value = attributes.get(LINK_ATTRIBUTES.get(tag, ""))
        if value:
            self.page.links.append(value.strip())


def scan_site(site: Path) -> dict[str, PageLinks]:
    """Site-relative path of each built HTML page -> its ids and links."""
    pages = {}
    for html_file in sorted(site.rglob("*.html")):
        parser = _LinkParser()
        parser.feed(html_file.read_text(encoding="utf-8"))
        pages[html_file.relative_to(site).as_posix()] = parser.page
    return pages


def is_outside(link: str) -> bool:
    return link.startswith(("http://", "https://", "//"))


def link_problem(site: Path, pages: dict[str, PageLinks], page: str, link: str) -> str | None:
    """Why an internal link from `page` is broken, or None when it resolves."""
    if link.startswith("/") and page not in ROOT_RELATIVE_ALLOWED_IN:
        return "starts at the server root, which breaks the downloaded (file://) copy"
    url = urlsplit(urljoin(f"{FAKE_ORIGIN}/{page}", link))
    if url.scheme not in ("http", "https") or f"{url.scheme}://{url.netloc}" != FAKE_ORIGIN:
        return f"unexpected scheme or host {url.scheme}://{url.netloc}"
    target = unquote(url.path).lstrip("/")
    if target == "" or target.endswith("/"):
        target += "index.html"
    if not (site / target).is_file():
        return f"no file {target}"
    fragment = unquote(url.fragment)
    if fragment and target.endswith(".html") and fragment not in pages[target].ids:
        return f"no id #{fragment} in {target}"
    return None


def broken_internal_links(site: Path) -> list[str]:
    pages = scan_site(site)
    broken = []
    for page, found in pages.items():
        for link in found.links:
            if is_outside(link) or link.startswith(NON_FETCHING_SCHEMES):
                continue
            problem = link_problem(site, pages, page, link)
            if problem:
                broken.append(f"{page}: {link} ({problem})")
    return broken


def outside_links(site: Path) -> dict[str, set[str]]:
    """Outside link -> the pages that show it, leaving out links cited as sources."""
    found: dict[str, set[str]] = {}
    for page, page_links in scan_site(site).items():
        for link in page_links.links:
            if is_outside(link) and link not in page_links.cited:
                found.setdefault(link, set()).add(page)
    return found


def cited_sources(site: Path) -> dict[str, set[str]]:
    """Link cited in a source line -> the pages that cite it."""
    found: dict[str, set[str]] = {}
    for page, page_links in scan_site(site).items():
        for link in page_links.cited:
            found.setdefault(link, set()).add(page)
    return found


def test_every_internal_link_and_fragment_resolves(built_site):
    broken = broken_internal_links(built_site)
    assert not broken, f"{len(broken)} broken internal link(s):\n" + "\n".join(broken)


def test_outside_links_are_exactly_the_intended_ones(built_site):
    found = outside_links(built_site)
    unexpected = {link: sorted(pages) for link, pages in found.items()}
    for link in ALLOWED_OUTSIDE_LINKS:
        unexpected.pop(link, None)
    assert not unexpected, (
        "links to other hosts that are not in ALLOWED_OUTSIDE_LINKS (add them there with the "
        f"reason, if intended): {unexpected}"
    )
    unused = set(ALLOWED_OUTSIDE_LINKS) - set(found)
    assert not unused, f"allowed outside links no page shows any more (remove them): {unused}"


def test_cited_sources_are_public_web_pages(built_site):
    cited = cited_sources(built_site)
    assert cited, "the guide cites no source at all"
    not_web = {link: sorted(pages) for link, pages in cited.items() if not is_outside(link)}
    assert not not_web, f"cited sources must be http(s) pages: {not_web}"


def test_the_link_check_reports_missing_pages_fragments_and_root_links(tmp_path):
    (tmp_path / "guide").mkdir()
    (tmp_path / "index.html").write_text(
        '<h2 id="start">Start</h2>'
        '<a href="guide/">ok</a> <a href="guide/#rules">ok</a> <a href="#start">ok</a>'
        '<a href="guide/#gone">missing id</a> <a href="nowhere/">missing page</a>'
        '<a href="/guide/">root</a> <a href="https://example.org/x">outside</a>'
        '<a href="mailto:a@b.c">mail</a> <script src="app.js"></script>'
    )
    (tmp_path / "guide" / "index.html").write_text('<h2 id="rules">Rules</h2><a href="..">up</a>')
    assert broken_internal_links(tmp_path) == [
        "index.html: guide/#gone (no id #gone in guide/index.html)",
        "index.html: nowhere/ (no file nowhere/index.html)",
        "index.html: /guide/ (starts at the server root, which breaks the downloaded (file://) "
        "copy)",
        "index.html: app.js (no file app.js)",
    ]
    assert outside_links(tmp_path) == {"https://example.org/x": {"index.html"}}


def test_only_links_inside_a_source_line_count_as_cited(tmp_path):
    (tmp_path / "index.html").write_text(
        '<p class="source">Source: <a href="https://example.org/rule">rule</a>, checked 2026-12-06'
        '</p><p>See <a href="https://example.org/other">other</a>.</p>'
    )
    assert cited_sources(tmp_path) == {"https://example.org/rule": {"index.html"}}
    assert outside_links(tmp_path) == {"https://example.org/other": {"index.html"}}
