"""Links that work from disk: on file:// a link to a folder ("rules/") opens a directory
listing, so the offline copy points such links at the folder's index.html. Used by the
offline zip (every page's links) and the search-from-disk hook (every result's link)."""

from __future__ import annotations

import re

HREF = re.compile(r'(?<![\w-])href="([^"]*)"')
HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def folder_link_to_index(url: str) -> str:
    """'rules/#x' -> 'rules/index.html#x', '' or '#x' -> 'index.html...' for site-relative
    links; anything else (files, outside links, fragments of the same page) is unchanged."""
    if HAS_SCHEME.match(url) or url.startswith("//"):
        return url
    path, hash_mark, fragment = url.partition("#")
    path, query_mark, query = path.partition("?")
    if path in ("", ".", ".."):
        path = (path + "/" if path else "") + "index.html"
    elif path.endswith("/"):
        path += "index.html"
    return path + query_mark + query + hash_mark + fragment


def folder_links_to_index(html: str) -> str:
    """Every href of a page, fixed with folder_link_to_index."""

    def fix(match: re.Match) -> str:
        url = match.group(1)
        # A bare "#anchor" and an empty href stay on the same page.
        if url == "" or url.startswith("#"):
            return match.group(0)
        return f'href="{folder_link_to_index(url)}"'

    return HREF.sub(fix, html)
