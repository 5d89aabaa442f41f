"""The offline download: a zip of the built site that works from disk, built reproducibly."""

from __future__ import annotations

import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser_helpers import site_pages
from site_links import broken_internal_links

from testsupport.hooks import load_hook
from testsupport.site import build_site

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = "download/pre-match-guide-offline.zip"
FOLDER = "pre-match-guide"


offline_archive = load_hook("offline_archive")
offline_links = load_hook("offline_links")


@pytest.fixture(scope="module")
def archive(built_site) -> Path:
    return built_site / ARCHIVE


@pytest.fixture(scope="module")
def offline_copy(archive, tmp_path_factory) -> Path:
    """The archive unzipped the way a reader would: one folder holding the site."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(target)
    assert [p.name for p in target.iterdir()] == [FOLDER], "the zip must hold one folder"
    return target / FOLDER


class _TextOf(HTMLParser):
    """Text of the elements matching one attribute, and whether they carry `hidden`."""

    def __init__(self, attribute: str):
        super().__init__(convert_charrefs=True)
        self.attribute = attribute
        self.found: list[dict] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.depth:
            self.depth += 1
        elif self.attribute in attributes:
            self.found.append({"text": "", "hidden": "hidden" in attributes, **attributes})
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.found[-1]["text"] += data


def elements_with(html: str, attribute: str) -> list[dict]:
    parser = _TextOf(attribute)
    parser.feed(html)
    return parser.found


def test_the_copy_holds_every_page_and_the_python_runtime(built_site, offline_copy):
    assert (offline_copy / "index.html").is_file()
    assert site_pages(offline_copy) == site_pages(built_site)
    # From disk the runtime arrives as asset scripts only: the runtime files themselves
    # (fetched over http) would double the download.
    runtime = sorted(p.name for p in (built_site / "assets" / "pyodide").glob("*.js"))
    assert runtime, "the built site has no Python runtime"
    assert sorted(p.name for p in (offline_copy / "assets" / "pyodide").iterdir()) == runtime
    assert (offline_copy / "assets" / "js" / "file-worker.js").is_file()
    assert (offline_copy / "search" / "search_index.js").is_file()


def test_the_copy_holds_no_zip_and_no_server_only_file(offline_copy):
    names = [p.relative_to(offline_copy).as_posix() for p in offline_copy.rglob("*")]
    assert not [n for n in names if n.endswith(".zip") and not n.endswith("python_stdlib.zip")]
    assert not {"404.html", "sitemap.xml", "sitemap.xml.gz"} & set(names)


def test_every_link_of_the_copy_resolves_and_none_points_at_a_folder(offline_copy):
    assert broken_internal_links(offline_copy) == []
    folder_links = []
    for page in offline_copy.rglob("*.html"):
        for href in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', page.read_text()):
            if href.startswith("#") or re.match(r"[a-z]+:", href):
                continue  # the same page, or another site
            link = href.split("#")[0]
            if link in ("", ".", "..") or link.endswith("/"):
                folder_links.append(f"{page.relative_to(offline_copy)}: {href!r}")
    # From disk a folder link opens a directory listing instead of the page.
    assert folder_links == []


def test_search_results_of_the_copy_open_pages_not_folders(offline_copy):
    script = (offline_copy / "search" / "search_index.js").read_text()
    assert script.startswith("var __index = ")
    index = json.loads(script.removeprefix("var __index = "))
    locations = [doc["location"] for doc in index["docs"]]
    assert len(locations) > 20
    for location in locations:
        page = location.split("#")[0]
        assert page.endswith("index.html"), location
        assert (offline_copy / page).is_file(), location


def test_the_download_page_links_the_zip_with_its_true_size(built_site, archive):
    html = (built_site / "download" / "index.html").read_text()
    links = re.findall(r'href="([^"]*\.zip)"', html)
    assert links == ["pre-match-guide-offline.zip"]
    assert (built_site / "download" / links[0]).resolve() == archive.resolve()
    [size] = elements_with(html, "data-archive-size")
    number, unit = size["text"].split()
    assert unit == "MB"
    assert abs(float(number) - archive.stat().st_size / 1_000_000) <= 0.05
    [note] = elements_with(html, "data-offline-note")
    assert note["hidden"], "the served page must not claim to be the offline copy"


def test_the_archived_download_page_says_it_is_the_offline_copy(offline_copy):
    html = (offline_copy / "download" / "index.html").read_text()
    assert ".zip" not in html
    assert elements_with(html, "data-archive-size") == []
    [note] = elements_with(html, "data-offline-note")
    assert not note["hidden"]
    assert "You are reading the offline copy" in note["text"]


def test_the_same_site_gives_the_same_bytes(built_site, archive, tmp_path):
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    offline_archive.build_archive(built_site, first)
    offline_archive.build_archive(built_site, second)
    # The build's own zip was made before the size went into the served download page:
    # the archived copy of that page must not depend on it.
    assert first.read_bytes() == second.read_bytes() == archive.read_bytes()
    with zipfile.ZipFile(first) as zipped:
        entries = zipped.infolist()
    names = [entry.filename for entry in entries]
    assert names == sorted(names)
    assert {entry.date_time for entry in entries} == {(1980, 1, 1, 0, 0, 0)}
    assert {entry.external_attr >> 16 for entry in entries} == {0o100644}
    assert {entry.compress_type for entry in entries} == {zipfile.ZIP_DEFLATED}


def test_a_second_build_gives_a_byte_identical_archive(archive, tmp_path):
    """A whole second build (other folder, other time): the reproducibility readers and
    mirrors rely on, including everything other hooks put into the site."""
    build_log = build_site(tmp_path)
    rebuilt = tmp_path / ARCHIVE
    with zipfile.ZipFile(rebuilt) as zipped:
        files = len(zipped.namelist())
    assert f"Offline archive: {files} files, " in build_log
    if rebuilt.read_bytes() != archive.read_bytes():
        with zipfile.ZipFile(rebuilt) as new, zipfile.ZipFile(archive) as old:
            new_crc = {e.filename: e.CRC for e in new.infolist()}
            old_crc = {e.filename: e.CRC for e in old.infolist()}
        names = new_crc.keys() | old_crc.keys()
        differ = sorted(n for n in names if new_crc.get(n) != old_crc.get(n))
        pytest.fail(f"two builds differ in: {differ}")


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("rules/", "rules/index.html"),
        ("../mistakes/#over-emailing", "../mistakes/index.html#over-emailing"),
        ("..", "../index.html"),
        (".", "./index.html"),
        ("", "index.html"),
        ("#who-this-is-for", "index.html#who-this-is-for"),
        ("rules/?h=rank#x", "rules/index.html?h=rank#x"),
        ("assets/css/site.css", "assets/css/site.css"),
        ("https://www.nrmp.org/", "https://www.nrmp.org/"),
        ("mailto:someone@example.org", "mailto:someone@example.org"),
    ],
)
def test_site_relative_folder_links_become_index_html(link, expected):
    assert offline_links.folder_link_to_index(link) == expected


def test_links_to_the_same_page_stay_as_they_are():
    html = '<a href="#top">top</a><a href="">here</a><a data-href="x/" href="x/">x</a>'
    assert offline_links.folder_links_to_index(html) == (
        '<a href="#top">top</a><a href="">here</a><a data-href="x/" href="x/index.html">x</a>'
    )
