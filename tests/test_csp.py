"""site_hooks/csp.py: the policy each page carries, checked on real built pages."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from testsupport.hooks import load_hook

ROOT = Path(__file__).resolve().parent.parent
csp = load_hook("csp")

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def directives(html: str) -> dict[str, list[str]]:
    (policy,) = META.findall(html)
    return {d.split()[0]: d.split()[1:] for d in policy.split("; ")}


def sha256_source(script_body: str) -> str:
    digest = hashlib.sha256(script_body.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def test_every_built_page_has_one_policy_before_its_first_script(built_site):
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert len(META.findall(html)) == 1, page
        assert html.index("Content-Security-Policy") < html.index("<script"), page


def test_inline_scripts_are_allowed_by_hash_and_nothing_else_inline(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    script_src = directives(html)["script-src"]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    inline = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert inline, "the theme writes inline scripts into each page"
    hashes = [s for s in script_src if s.startswith("'sha256-")]
    assert sorted(hashes) == sorted({sha256_source(body) for body in inline})


def test_policy_allows_only_the_sites_own_files():
    page = '<html><head><meta charset="utf-8"></head></html>'
    found = directives(csp.add_policy(page, python=True))
    assert found["default-src"] == ["'self'"]
    assert found["script-src"] == ["'self'", "'wasm-unsafe-eval'", "blob:"]
    assert found["connect-src"] == ["'self'", "blob:", "data:"]
    assert found["object-src"] == ["'none'"]
    assert found["form-action"] == ["'none'"]
    assert not any("http" in value for values in found.values() for value in values)


def test_pages_without_python_allow_no_webassembly_and_no_blob_or_data_workers():
    found = directives(csp.add_policy('<html><head><meta charset="utf-8"></head></html>'))
    assert found["script-src"] == ["'self'"]
    assert found["worker-src"] == ["'self'"]  # the theme's search worker
    assert found["connect-src"] == ["'self'"]


def test_only_pages_that_run_python_get_the_runtimes_sources(built_site):
    python_pages = 0
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        found = directives(html)
        runtime = {"'wasm-unsafe-eval'", "blob:", "data:"}
        if "python-client.js" in html:
            python_pages += 1
            assert "'wasm-unsafe-eval'" in found["script-src"], page
            assert {"blob:", "data:"} <= set(found["worker-src"]), page
        else:
            used = runtime & {*found["script-src"], *found["worker-src"], *found["connect-src"]}
            assert not used, page
    assert python_pages >= 3  # the checker, the planner and the letter pages


def test_data_blocks_and_external_scripts_get_no_hash():
    html = (
        "<head><script src='a.js'></script>"
        '<script id="__config" type="application/json">{"a": 1}</script>'
        "<script>run()</script></head>"
    )
    assert csp.inline_script_hashes(html) == [sha256_source("run()")]


def test_documents_without_a_head_are_left_alone():
    sitemap = "<?xml version='1.0'?><urlset></urlset>"
    assert csp.add_policy(sitemap) == sitemap


def test_every_page_requires_trusted_types_from_the_sites_own_policies():
    created = set()
    for script in (ROOT / "docs" / "assets" / "js").glob("*.js"):
        created |= set(re.findall(r'createPolicy\(\s*"([^"]+)"', script.read_text("utf-8")))
    for python in (True, False):
        found = directives(csp.add_policy("<html><head></head></html>", python=python))
        assert found["require-trusted-types-for"] == ["'script'"]
        # Exactly the policies the page scripts create may exist, "default" among them.
        assert sorted(found["trusted-types"]) == sorted(created)
        assert "default" in created
