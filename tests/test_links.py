"""Every link inside the built site leads somewhere real, and every outside link is intended.

An internal link (href or src) must name a file of the built site and, when it carries a
#fragment into a page, an element with that id. Links to other hosts must be on the
explicit allow-list below; the site never loads anything from them, these are plain links a
reader may choose to follow. A link inside a cited source line (<p class="source">, under a
rule statement or a policy) is intended by its markup: the citation says why it is there,
and it must lead to a public web page (http or https).
"""

from __future__ import annotations

from site_links import broken_internal_links, cited_sources, is_outside, outside_links

# Outside links the site shows on purpose, and why.
ALLOWED_OUTSIDE_LINKS = {
    "https://www.nrmp.org/": "the NRMP's current rules, which the guide tells readers to check",
    "https://www.aamc.org/": "the AAMC, which runs ERAS and issues the AAMC ID (glossary)",
}


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
