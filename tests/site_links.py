"""Reading the links and ids of a built site: which internal links lead nowhere, which
links point at other hosts, which pages the guide cites (used by the link tests and the
offline-copy tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

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
