"""Build the printable guide (print.md): every guide page on one page, in reading order.

The sections are the other pages' rendered HTML, taken when the print page is rendered
(by then MkDocs has converted every page, including what other hooks add such as the
example letters), so the printable guide never drifts from the site. To keep one valid
page out of many:

- each page becomes a <section id="<page-slug>"> and its headings move one level down;
- every id on the page is prefixed with the page slug ("rules--no-binding-commitments"),
  and links to an anchor or page that is in the print page point inside it;
- other relative links (tools, images) are rewritten relative to the print page.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

from mkdocs.utils import get_relative_url

PRINT_PAGE = "print.md"
# The tools and pages about this site, not the guide itself.
NOT_PRINTED = frozenset(
    {"checker.md", "planner.md", "reference/rules.md", "download.md", PRINT_PAGE}
)
# Attributes that hold one id, or a space-separated list of ids, of the same page.
ID_ATTRIBUTE = re.compile(
    r'(?<![\w-])(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"'
)
URL_ATTRIBUTE = re.compile(r'(?<![\w-])(href|src)="([^"]*)"')
HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# Any made-up base: only the path part of the joined URLs is used.
SITE = "https://site.invalid/"


def on_page_context(context, page, config, nav):
    if page.file.src_uri == PRINT_PAGE:
        guide_pages = [p for p in nav.pages if p.file.src_uri not in NOT_PRINTED]
        page.content += printable_guide(guide_pages, print_url=page.url)
        _check_unique_ids(page.content)
    return context


def printable_guide(pages, print_url: str) -> str:
    """A contents list and one <section> per page, for the page at `print_url`."""
    slugs = {page.url: page_slug(page.url) for page in pages}
    contents = "".join(
        f'<li><a href="#{slugs[page.url]}">{html.escape(page.title)}</a></li>' for page in pages
    )
    sections = "".join(_section(page, slugs, print_url) for page in pages)
    return (
        '<nav class="print-contents" aria-label="Contents of the printable guide">'
        f"<h2>Contents</h2><ol>{contents}</ol></nav>{sections}"
    )


def page_slug(url: str) -> str:
    """'templates/rank-first/' -> 'templates-rank-first'; the home page -> 'home'."""
    return url.strip("/").removesuffix(".html").replace("/", "-") or "home"


def _section(page, slugs: dict[str, str], print_url: str) -> str:
    slug = slugs[page.url]
    body = page.content
    if "<h1" not in body:  # the theme writes the title itself when the page has no "# ..."
        body = f"<h1>{html.escape(page.title)}</h1>{body}"
    body = HEADING_TAG.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", body)
    body = ID_ATTRIBUTE.sub(
        lambda m: f'{m[1]}="{" ".join(f"{slug}--{ident}" for ident in m[2].split())}"', body
    )
    body = URL_ATTRIBUTE.sub(
        lambda m: f'{m[1]}="{html.escape(_link(m[2], page.url, slugs, print_url))}"', body
    )
    return f'<section class="print-section" id="{slug}">{body}</section>'


def _link(url: str, page_url: str, slugs: dict[str, str], print_url: str) -> str:
    """Where a link of the page at `page_url` points from the print page."""
    url = html.unescape(url)
    if not url or HAS_SCHEME.match(url) or url.startswith("//"):
        return url
    if url.startswith("#"):
        return f"#{slugs[page_url]}--{url[1:]}" if url != "#" else f"#{slugs[page_url]}"
    target = urlsplit(urljoin(SITE + page_url, url))
    path = target.path.removeprefix("/")
    if path in slugs:
        return f"#{slugs[path]}--{target.fragment}" if target.fragment else f"#{slugs[path]}"
    relative = get_relative_url(path, print_url)
    return relative + (f"#{target.fragment}" if target.fragment else "")


def _check_unique_ids(page_html: str) -> None:
    counts = Counter(re.findall(r'(?<![\w-])id="([^"]*)"', page_html))
    duplicates = sorted(ident for ident, count in counts.items() if count > 1)
    if duplicates:
        raise ValueError(f"{PRINT_PAGE}: the same id appears twice: {', '.join(duplicates)}")
