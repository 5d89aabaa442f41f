"""Give every built page a Content-Security-Policy that allows only the site's own files.

A meta tag (not a server header) so that the policy also protects the downloaded copy
opened from file://. Scripts run only from the site itself, plus the few inline scripts
the theme (and overrides/main.html) write into each page, each allowed by its sha256 hash, never by
'unsafe-inline'. blob:/data: workers and 'wasm-unsafe-eval' are what the in-browser
Python runtime needs (see docs/assets/js/python-client.js), so only pages with
`python: true` get them; every other page allows workers from the site's own files only
(the theme's search).

Trusted Types are required on every page (`require-trusted-types-for 'script'`): a string
put into innerHTML, a script's src or a worker's URL throws unless a policy lets it through,
and only the policies named in `trusted-types` may exist (each once). The default policy
(docs/assets/js/trusted-types.js, loaded first) lets through only HTML the theme's own bundle
writes (its element helper appends strings through innerHTML) and script URLs of the
site's own files; `prematch-python` gives the Python worker its data: URL and
`prematch-file-worker` loads the theme's search worker in a frame when opened from disk.
"""

from __future__ import annotations

import base64
import hashlib
import re

from mkdocs.plugins import event_priority

_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I)
_HAS_SRC = re.compile(r"\bsrc\s*=", re.I)
# Data blocks (e.g. the theme's <script type="application/json">) are never executed.
_DATA_TYPE = re.compile(r"\btype\s*=\s*[\"']?application/(ld\+)?json", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)

# What the Python runtime adds: WebAssembly compilation, and its worker and files loaded
# from data:/blob: URLs (the one code path that also works from file://).
_PYTHON_SCRIPT_SOURCES = ("'wasm-unsafe-eval'", "blob:")
_PYTHON_RUNTIME_SOURCES = ("blob:", "data:")
_FIXED_DIRECTIVES = {
    "default-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",  # the theme sets inline styles
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'none'",
    "require-trusted-types-for": "'script'",
    "trusted-types": "default prematch-python prematch-file-worker",
}


def inline_script_hashes(html: str) -> list[str]:
    """CSP sources ('sha256-...') for each executable inline script, in page order."""
    hashes = []
    for match in _SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if _HAS_SRC.search(attrs) or _DATA_TYPE.search(attrs):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def policy_for(html: str, *, python: bool) -> str:
    runtime = _PYTHON_RUNTIME_SOURCES if python else ()
    directives = {
        "script-src": [
            "'self'",
            *(_PYTHON_SCRIPT_SOURCES if python else ()),
            *inline_script_hashes(html),
        ],
        "worker-src": ["'self'", *runtime],
        "connect-src": ["'self'", *runtime],
    }
    fixed = [f"{name} {value}" for name, value in _FIXED_DIRECTIVES.items()]
    return "; ".join(
        [*(f"{name} {' '.join(values)}" for name, values in directives.items()), *fixed]
    )


def add_policy(html: str, *, python: bool = False) -> str:
    """The page with its policy meta tag placed before any script (after the charset)."""
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return html  # not an HTML page (e.g. sitemap.xml)
    policy = policy_for(html, python=python)
    meta = f'\n<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return html[: anchor.end()] + meta + html[anchor.end() :]


@event_priority(-100)  # after every other hook has changed the page's scripts
def on_post_page(output, page, config):
    return add_policy(output, python=bool(page.meta.get("python")))


@event_priority(-100)
def on_post_template(output_content, template_name, config):
    # 404.html is rendered from a template, not a page.
    return add_policy(output_content) if template_name.endswith(".html") else output_content
