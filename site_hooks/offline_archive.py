"""Make the built site downloadable as one zip that works from disk (file://).

A reader unzips it anywhere and double-clicks index.html. From disk there is no server:
a link to a folder ("rules/") opens a directory listing. So in the archived copy every link
to a folder points at its index.html (site_hooks/offline_links.py), and the download page
says "you are reading the offline copy" instead of linking to a zip that is not there.
(Search from disk is site_hooks/offline_search.py's job.)

The archive is reproducible: sorted entries, fixed timestamps and permissions, deflate.
This hook must run after every other post_build step (it is listed last in mkdocs.yml and
runs at the lowest priority), so that the zip holds the finished site.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import event_priority

# MkDocs puts the hook's folder on sys.path while it loads the hook.
from offline_links import folder_links_to_index

ARCHIVE = "download/pre-match-guide-offline.zip"
DOWNLOAD_PAGE = "download/index.html"
# Everything sits in one folder inside the zip, so unzipping never scatters files.
ARCHIVE_FOLDER = "pre-match-guide"
# The JSON search index: from disk the theme reads offline_search.py's script instead.
SEARCH_INDEX = "search/search_index.json"
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
# The Python runtime's files as they are serve only http; from disk the page reads them
# from their asset scripts (assets/pyodide/*.js, see site_hooks/pyodide_bundle.py).
RUNTIME_FILES_FOR_HTTP = re.compile(r"^assets/pyodide/[^/]+(?<!\.js)$")
# The earliest time a zip entry can hold: the same bytes on every build.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o644
UNIX = 3

# The download page holds both versions of its first box between comment markers: the
# served page shows the link, the archived page drops it and un-hides the offline note.
ONLINE_ONLY = re.compile(r"<!-- online-copy -->.*?<!-- /online-copy -->", re.DOTALL)
HIDDEN_OFFLINE_NOTE = re.compile(r'(<!-- offline-copy -->\s*<div[^>]*?) hidden="hidden"')
SIZE_MARKER = re.compile(r"(<span data-archive-size>)[^<]*(</span>)")


log = logging.getLogger("mkdocs.hooks.offline_archive")


@dataclass(frozen=True)
class ArchiveInfo:
    files: int
    size: int


@event_priority(-100)
def on_post_build(config):
    site_dir = Path(config["site_dir"])
    info = build_archive(site_dir, site_dir / ARCHIVE)
    show_archive_size(site_dir / DOWNLOAD_PAGE, info.size)
    log.info(f"Offline archive: {info.files} files, {format_size(info.size)}")


def build_archive(site_dir: Path, target: Path) -> ArchiveInfo:
    """Zip the built site in `site_dir` as its offline copy; same input, same bytes."""
    paths = sorted(
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*")
        if path.is_file() and not server_only(path.relative_to(site_dir).as_posix())
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w") as archive:
        for path in paths:
            data = offline_file(path, (site_dir / path).read_bytes())
            _write_entry(archive, f"{ARCHIVE_FOLDER}/{path}", data)
    return ArchiveInfo(files=len(paths), size=target.stat().st_size)


def server_only(path: str) -> bool:
    return path in SERVER_ONLY or RUNTIME_FILES_FOR_HTTP.match(path) is not None


def offline_file(path: str, data: bytes) -> bytes:
    """The archived content of the built file at site path `path`."""
    if not path.endswith(".html"):
        return data
    html = folder_links_to_index(data.decode())
    if path == DOWNLOAD_PAGE:
        html = offline_download_page(html)
    return html.encode()


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
