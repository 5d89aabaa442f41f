"""Start-up: navigation to the first result a reader sees, beside the floor (a bare page of
the same Pyodide runtime finishing the standard `loadPyodide()`, over http):

- the Checker page's first finding, over http (cold cache), again in the same browser
  (warm cache: the repeat visit) and from the unzipped offline copy on file://;
- a letter-template page's first preview (the form's first answer from Python), over http.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

from bench import ROOT, BenchContext, median, row
from testsupport.drafts import FLAGGED_DRAFT
from testsupport.server import serve_folder

PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
TIMEOUT_MS = 120_000
TEMPLATE_PAGE = "templates/thank-you-coordinator/"
# The service worker keeps a copy of the site after a first visit; a repeat visit waits
# for it no longer than this (it may still be copying on a slow machine).
SERVICE_WORKER_WAIT_MS = 60_000

# The standard way to start Pyodide: its own loader, files beside the page, main thread.
FLOOR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pyodide floor</title></head>
<body><script src="pyodide.js"></script><script>
window.__bench = {};
loadPyodide({indexURL: new URL(".", location.href).href}).then(
  () => { window.__bench.ready = performance.now(); },
  (error) => { window.__bench.failed = String(error); });
</script></body></html>
"""

# Runs before the Checker page's own scripts: types the draft once the page has wired its
# listeners, and notes the time (since navigation) at which the first finding appears.
FIRST_FINDING_SCRIPT = """(() => {
  window.__bench = {};
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="finding"]')) {
      window.__bench.ready = performance.now();
      observer.disconnect();
    }
  });
  document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
    observer.observe(document.body, {childList: true, subtree: true});
    const draft = document.querySelector('[data-testid="draft"]');
    draft.value = %s;
    draft.dispatchEvent(new Event("input", {bubbles: true}));
  }, 0));
})();"""

# Runs before a template page's scripts: notes when the form shows Python's first answer
# (the filled letter, or with the empty form the list of fields still to fill in).
FIRST_PREVIEW_SCRIPT = """(() => {
  window.__bench = {};
  const observer = new MutationObserver(() => {
    const problem = document.querySelector(".template-form__problem");
    const preview = document.querySelector('[data-testid="template-preview"]');
    const answered = (problem && problem.textContent) ||
      (preview && !preview.classList.contains("template-form__preview--empty"));
    if (answered) {
      window.__bench.ready = performance.now();
      observer.disconnect();
    }
  });
  document.addEventListener("DOMContentLoaded", () =>
    observer.observe(document.body, {childList: true, subtree: true, characterData: true}));
})();"""

WAIT_FOR_SERVICE_WORKER = """(limit) => !navigator.serviceWorker ? null : Promise.race([
  navigator.serviceWorker.ready.then(() => true),
  new Promise((resolve) => setTimeout(() => resolve(false), limit))])"""

# The first visit saves Python's memory in the browser (python-snapshot.mjs) just after it
# is ready; the repeat visit waits up to the same limit for that copy.
WAIT_FOR_MEMORY_COPY = """(limit) => new Promise((resolve) => {
  const build = `/${globalThis.__PREMATCH_PYODIDE_MANIFEST.build}/`;
  const end = performance.now() + limit;
  const look = async () => {
    const keys = await (await caches.open("python-memory")).keys();
    if (keys.some((request) => request.url.includes(build))) resolve(true);
    else if (performance.now() > end) resolve(false);
    else setTimeout(look, 100);
  };
  look();
})"""


def make_floor_folder(destination: Path) -> Path:
    """A folder holding the npm Pyodide runtime files and the floor page."""
    shutil.copytree(PYODIDE_PACKAGE, destination)
    (destination / "floor.html").write_text(FLOOR_PAGE, encoding="utf-8")
    return destination


def unzip_offline_copy(site_dir: Path, destination: Path) -> Path | None:
    """The Checker page of the unzipped offline archive, or None when the build has none."""
    archives = sorted((site_dir / "download").glob("*.zip"))
    if not archives:
        return None
    with zipfile.ZipFile(archives[0]) as archive:
        archive.extractall(destination)
    pages = sorted(destination.rglob("checker/index.html"), key=lambda path: len(path.parts))
    return pages[0] if pages else None


def ready_time(page, url: str) -> float:
    """Milliseconds from navigating `page` to its window.__bench.ready."""
    page.goto(url)
    page.wait_for_function(
        "() => window.__bench && (window.__bench.ready || window.__bench.failed)",
        timeout=TIMEOUT_MS,
    )
    state = page.evaluate("() => window.__bench")
    if state.get("failed"):
        raise RuntimeError(f"{url}: {state['failed']}")
    return state["ready"]


def time_to_ready(browser, url: str, init_script: str | None = None) -> float:
    """Milliseconds from navigation to the page's window.__bench.ready, in a fresh context."""
    context = browser.new_context()
    try:
        page = context.new_page()
        if init_script:
            page.add_init_script(init_script)
        return ready_time(page, url)
    finally:
        context.close()


def first_and_repeat_visit(browser, url: str, init_script: str) -> tuple[float, float]:
    """(cold first visit, repeat visit) in one browser context: the second visit finds the
    HTTP cache, the compiled-code cache, the service worker's copy of the first and the
    copy of Python's memory it saved."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(init_script)
        first = ready_time(page, url)
        page.evaluate(WAIT_FOR_SERVICE_WORKER, SERVICE_WORKER_WAIT_MS)
        page.evaluate(WAIT_FOR_MEMORY_COPY, SERVICE_WORKER_WAIT_MS)
        page.goto("about:blank")
        return first, ready_time(page, url)
    finally:
        context.close()


def run(context: BenchContext) -> list[dict]:
    floor_dir = make_floor_folder(context.workdir / "pyodide-floor")
    checker_file = unzip_offline_copy(context.site_dir, context.workdir / "offline-copy")
    first_finding = FIRST_FINDING_SCRIPT % json.dumps(FLAGGED_DRAFT)
    floor, over_http, repeat, from_disk, template = [], [], [], [], []
    with serve_folder(floor_dir) as floor_base, serve_folder(context.site_dir) as site_base:
        # The variants take turns so that a busy moment of the machine hits all of them.
        for _ in range(context.runs):
            floor.append(time_to_ready(context.browser, floor_base + "floor.html"))
            first, again = first_and_repeat_visit(
                context.browser, site_base + "checker/", first_finding
            )
            over_http.append(first)
            repeat.append(again)
            if checker_file:
                from_disk.append(
                    time_to_ready(context.browser, checker_file.as_uri(), first_finding)
                )
            template.append(
                time_to_ready(context.browser, site_base + TEMPLATE_PAGE, FIRST_PREVIEW_SCRIPT)
            )
    floor_ms = median(floor)
    baseline = {"baseline": "bare loadPyodide() over http", "baseline_value": floor_ms}
    rows = [
        row("start-up floor: bare page, loadPyodide() over http", floor_ms, "ms"),
        row(
            "start-up: Checker page to first lint result, http",
            median(over_http),
            "ms",
            target="<= 0.85x",
            note="stretch goal 0.6x",
            **baseline,
        ),
        row(
            "repeat visit: Checker page to first lint result, http, warm cache",
            median(repeat),
            "ms",
            target="<= 0.50x",
            note="same browser profile right after the first visit",
            **baseline,
        ),
    ]
    if from_disk:
        rows.append(
            row(
                "start-up: Checker page to first lint result, file://",
                median(from_disk),
                "ms",
                target="<= 1.00x",
                **baseline,
            )
        )
    else:
        rows.append(
            row("start-up: Checker page, file://", None, "ms", note="no offline archive built")
        )
    rows.append(
        row(
            f"start-up: template page /{TEMPLATE_PAGE} to first preview, http",
            median(template),
            "ms",
            target="<= 1.00x",
            **baseline,
        )
    )
    return rows
