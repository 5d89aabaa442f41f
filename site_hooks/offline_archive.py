"""Make the built site downloadable as one zip that works from disk (file://).

A reader unzips it anywhere and double-clicks index.html. From disk there is no server:
a link to a folder ("rules/") opens a directory listing, fetch() of a file is blocked,
and the theme's search worker cannot start. So:

- the search index also ships as a script (search/search_index.js, pages named
  "rules/index.html"), which the theme loads instead of the JSON on file://;
- in the archived copy every link to a folder points at its index.html, and the download
  page says "you are reading the offline copy" instead of linking to a zip that is not there.

mkdocs-material's `offline` plugin is not used: it forces `use_directory_urls: false`,
which would rename every page of the served site (rules/ -> rules.html) and break the
site-relative links the checker emits, and it loads the iframe-worker shim from unpkg, whose
inline scripts this site's Content-Security-Policy blocks anyway. We keep the served site as
it is, write the search index script here, and add docs/assets/js/file-worker.js (a
CSP-friendly stand-in for that shim) to every page so that search runs from disk.

The archive is reproducible: sorted entries, fixed timestamps and permissions, deflate.
This hook must run after every other post_build step (it is listed last in mkdocs.yml and
runs at the lowest priority), so that the zip holds the finished site.
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import event_priority

ARCHIVE = "download/pre-match-guide-offline.zip"
DOWNLOAD_PAGE = "download/index.html"
# Everything sits in one folder inside the zip, so unzipping never scatters files.
ARCHIVE_FOLDER = "pre-match-guide"
SEARCH_INDEX = "search/search_index.json"
SEARCH_INDEX_SCRIPT = "search/search_index.js"
# Served-site files that mean nothing without a server (the 404 page uses absolute links;
# from disk the theme reads the search index script instead of the JSON; browsers run no
# service worker and install no app from file://).
SERVER_ONLY = frozenset(
    {
        "404.html",
        "sitemap.xml",
        "sitemap.xml.gz",
        SEARCH_INDEX,
        ARCHIVE,
        "sw.js",
        "manifest.webmanifest",
    }
)
# Loaded in <head> of every page, before the theme's bundle creates its search worker.
FILE_WORKER_SCRIPT = "assets/js/file-worker.js"
# The earliest time a zip entry can hold: the same bytes on every build.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o644
UNIX = 3

# The download page holds both versions of its first box between comment markers: the
# served page shows the link, the archived page drops it and un-hides the offline note.
ONLINE_ONLY = re.compile(r"<!-- online-copy -->.*?<!-- /online-copy -->", re.DOTALL)
HIDDEN_OFFLINE_NOTE = re.compile(r'(<!-- offline-copy -->\s*<div[^>]*?) hidden="hidden"')
SIZE_MARKER = re.compile(r"(<span data-archive-size>)[^<]*(</span>)")

HREF = re.compile(r'(?<![\w-])href="([^"]*)"')
HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")

log = logging.getLogger("mkdocs.hooks.offline_archive")


@dataclass(frozen=True)
class ArchiveInfo:
    files: int
    size: int


def on_config(config):
    polyfills = config.extra.get("polyfills", [])
    config.extra["polyfills"] = [*polyfills, FILE_WORKER_SCRIPT]
    return config


@event_priority(-100)
def on_post_build(config):
    site_dir = Path(config["site_dir"])
    write_search_index_script(site_dir)
    info = build_archive(site_dir, site_dir / ARCHIVE)
    show_archive_size(site_dir / DOWNLOAD_PAGE, info.size)
    log.info(f"Offline archive: {info.files} files, {format_size(info.size)}")


def build_archive(site_dir: Path, target: Path) -> ArchiveInfo:
    """Zip the built site in `site_dir` as its offline copy; same input, same bytes."""
    paths = sorted(
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*")
        if path.is_file() and path.relative_to(site_dir).as_posix() not in SERVER_ONLY
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        for path in paths:
            data = offline_file(path, (site_dir / path).read_bytes())
            _write_entry(archive, f"{ARCHIVE_FOLDER}/{path}", data)
    return ArchiveInfo(files=len(paths), size=target.stat().st_size)


def write_search_index_script(site_dir: Path) -> None:
    """search/search_index.js: what the theme loads on file:// instead of the JSON index
    (over http it is never read). Results link to pages as "rules/index.html#..."."""
    source = site_dir / SEARCH_INDEX
    if not source.is_file():
        raise FileNotFoundError(f"{source} is missing: the offline copy needs the search plugin")
    index = json.loads(source.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        doc["location"] = folder_link_to_index(doc["location"])
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    # The variable name is the one the theme's bundle reads.
    (site_dir / SEARCH_INDEX_SCRIPT).write_text(f"var __index = {text}", encoding="utf-8")


def offline_file(path: str, data: bytes) -> bytes:
    """The archived content of the built file at site path `path`."""
    if not path.endswith(".html"):
        return data
    html = folder_links_to_index(data.decode())
    if path == DOWNLOAD_PAGE:
        html = offline_download_page(html)
    return html.encode()


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


def offline_download_page(html: str) -> str:
    """The archived download page: no link to a zip that is not there."""
    html, removed = ONLINE_ONLY.subn("", html)
    html, shown = HIDDEN_OFFLINE_NOTE.subn(r"\g<1>", html)
    if (removed, shown) != (1, 1):
        raise ValueError(
            f"{DOWNLOAD_PAGE}: expected one <!-- online-copy --> block and one hidden "
            "<div> right after <!-- offline-copy -->"
        )
    return html


def show_archive_size(page: Path, size: int) -> None:
    """Write the archive's true size into the served download page."""
    html, found = SIZE_MARKER.subn(rf"\g<1>{format_size(size)}\g<2>", page.read_text())
    if found != 1:
        raise ValueError(f"{page}: expected one <span data-archive-size> marker")
    page.write_text(html)


def format_size(size: int) -> str:
    """Bytes as the download page shows them: '7.4 MB'."""
    return f"{size / 1_000_000:.1f} MB"


def _write_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    entry = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.create_system = UNIX
    entry.external_attr = (0o100000 | FILE_MODE) << 16  # a regular file, rw-r--r--
    archive.writestr(entry, data, compresslevel=6)
