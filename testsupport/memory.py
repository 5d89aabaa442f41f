"""Python's saved memory (docs/assets/js/python-snapshot.mjs) for new browser contexts.

A test that needs a browser of its own, but is not about Python's first start, can get one
that already holds this build's copies of Python's memory, as a returning reader's browser
does: its pages restore Python instead of starting it from nothing (the Checker page was
ready in 3.9-4.9 s that way against 5.0-6.3 s from nothing, measured at load about 9). The
copies are made once per test run by real visits to the site's Python pages, one per set of
packages; the site's own code then finds them in the new context's Cache Storage and
restores them. Tests of the first start and of the copy itself do not use this.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError

from testsupport.python import POLL_MS, PYTHON_TIMEOUT_MS, wait_for_python
from testsupport.server import serve_store

CACHE = "python-memory"  # python-snapshot.mjs
LENGTH_HEADER = "X-Memory-Bytes"
# {"files": {key relative to the site's root: file name}, "runtimes": {runtime: key}}
INDEX = "index.json"
# A URL of the site's origin that the test server answers with its own 404 page: a
# document of that origin (so with its Cache Storage) without the site's scripts or CSP.
HOLDER = "__memory-copies__"
PYTHON_CLIENT = re.compile(r'<script src="[^"]*python-client\.js"([^>]*)>')

SAVED_KEYS = f"""async () => {{
  const cache = await caches.open("{CACHE}");
  return (await cache.keys()).map((request) => request.url);
}}"""

# Run on the holder page of the context that made the copies: PUT each into the store.
HAND_OVER = f"""async (store) => {{
  const cache = await caches.open("{CACHE}");
  const files = {{}};
  for (const [index, request] of (await cache.keys()).entries()) {{
    const body = await (await cache.match(request)).arrayBuffer();
    const name = `copy-${{index}}`;
    const put = await fetch(store + name, {{ method: "PUT", body }});
    if (!put.ok) throw new Error(`the store refused ${{name}}: ${{put.status}}`);
    files[request.url.slice(location.origin.length + 1)] = name;
  }}
  return files;
}}"""

# Run on the holder page of a new context: store a copy as the site itself does.
TAKE_IN = f"""async ([store, key, name]) => {{
  const response = await fetch(store + name);
  if (!response.ok) throw new Error(`the store has no ${{name}}: ${{response.status}}`);
  const headers = {{ "{LENGTH_HEADER}": response.headers.get("Content-Length") }};
  const cache = await caches.open("{CACHE}");
  await cache.put(`${{location.origin}}/${{key}}`, new Response(response.body, {{ headers }}));
}}"""


def python_pages(site_dir: Path) -> dict[str, str]:
    """{URL path of each Python page of the site: its runtime}, the runtime being the
    attributes of its python-client.js tag (the packages and imports the copy holds)."""
    pages = {}
    for html in sorted(site_dir.rglob("index.html")):
        found = PYTHON_CLIENT.search(html.read_text(encoding="utf-8"))
        if found:
            relative = html.parent.relative_to(site_dir).as_posix()
            pages["" if relative == "." else relative + "/"] = found.group(1)
    return pages


def wait_for_new_copy(page, known: set[str]) -> str:
    """The key of the copy of Python's memory that the page (its Python just started from
    nothing) saves beside the `known` ones of its context, once it is saved."""
    # wait_for_function does not await a promise: each poll starts a look into the cache
    # and returns what the previous one found.
    page.wait_for_function(
        f"(before) => {{ ({SAVED_KEYS})().then((keys) => {{"
        " window.__copies = keys.length; }); return window.__copies > before; }",
        arg=len(known),
        timeout=PYTHON_TIMEOUT_MS,
        polling=POLL_MS,
    )
    (key,) = set(page.evaluate(SAVED_KEYS)) - known
    return key


def make_copies(browser, site_url: str, site_dir: Path, folder: Path) -> None:
    """Visit one page per runtime in a new context, wait for each copy to be saved, and
    write them all into `folder` with their keys and runtimes (INDEX)."""
    folder.mkdir(parents=True, exist_ok=True)
    first_page = {}
    for path, runtime in python_pages(site_dir).items():
        first_page.setdefault(runtime, path)
    runtimes, saved = {}, set()
    context = browser.new_context(service_workers="block")
    try:
        page = context.new_page()
        for runtime, path in first_page.items():
            page.goto(site_url + path)
            wait_for_python(page)
            key = wait_for_new_copy(page, saved)
            saved.add(key)
            runtimes[runtime] = key.removeprefix(site_url)
        page.goto(site_url + HOLDER)
        with serve_store(folder) as store:
            files = page.evaluate(HAND_OVER, store)
    finally:
        context.close()
    index = {"files": files, "runtimes": runtimes}
    (folder / INDEX).write_text(json.dumps(index), encoding="utf-8")


def make_copies_or_none(browser, site_url: str, site_dir: Path, folder: Path) -> str | None:
    """make_copies; when that fails (a start that timed out on a busy machine), an empty
    INDEX instead, so that the pages start Python from nothing rather than fail: the copies
    only save time. Returns what went wrong, if anything."""
    try:
        make_copies(browser, site_url, site_dir, folder)
    except PlaywrightError as error:  # a timeout or a closed page, not a bug in this module
        folder.mkdir(parents=True, exist_ok=True)
        (folder / INDEX).write_text(json.dumps({"files": {}, "runtimes": {}}), encoding="utf-8")
        return f"{type(error).__name__}: {error}"
    return None


class MemoryCopies:
    """The copies in `folder` (made by make_copies) served from `store_url`, for the
    site built in `site_dir` and served at `site_url`."""

    def __init__(self, folder: Path, store_url: str, site_dir: Path, site_url: str):
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        self.files = index["files"]
        self.store_url = store_url
        self.site_url = site_url
        self.key_of_page = {  # pages without a copy (none could be made) start cold
            site_url + path: index["runtimes"][runtime]
            for path, runtime in python_pages(site_dir).items()
            if runtime in index["runtimes"]
        }

    def hand_to(self, context) -> None:
        """Before a Python page of the site first loads in `context`, put its copy in the
        context's Cache Storage (the page waits for its HTML meanwhile), as it would be
        after an earlier visit."""
        given = set()

        def page_url(url: str) -> str:
            return url.split("#")[0].split("?")[0].removesuffix("index.html")

        def before_the_page(route):
            key = self.key_of_page[page_url(route.request.url)]
            if route.request.resource_type == "document" and key not in given:
                given.add(key)
                self._put(context, key)
            route.fallback()

        context.route(lambda url: page_url(url) in self.key_of_page, before_the_page)

    def _put(self, context, key: str) -> None:
        """Store the copy under `key` from a page of the site's origin, closed again."""
        holder = context.new_page()
        try:
            holder.goto(self.site_url + HOLDER)
            holder.evaluate(TAKE_IN, [self.store_url, key, self.files[key]])
        finally:
            holder.close()
