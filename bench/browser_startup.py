"""Start-up: navigation to the first lint result on the Checker page (over http and from the
unzipped offline copy on file://), beside the floor: a bare page of the same Pyodide runtime
finishing the standard `loadPyodide()`."""

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


def time_to_ready(browser, url: str, init_script: str | None = None) -> float:
    """Milliseconds from navigation to the page's window.__bench.ready, in a fresh context."""
    context = browser.new_context()
    try:
        page = context.new_page()
        if init_script:
            page.add_init_script(init_script)
        page.goto(url)
        page.wait_for_function(
            "() => window.__bench && (window.__bench.ready || window.__bench.failed)",
            timeout=TIMEOUT_MS,
        )
        state = page.evaluate("() => window.__bench")
        if state.get("failed"):
            raise RuntimeError(f"{url}: {state['failed']}")
        return state["ready"]
    finally:
        context.close()


def run(context: BenchContext) -> list[dict]:
    floor_dir = make_floor_folder(context.workdir / "pyodide-floor")
    checker_file = unzip_offline_copy(context.site_dir, context.workdir / "offline-copy")
    first_finding = FIRST_FINDING_SCRIPT % json.dumps(FLAGGED_DRAFT)
    floor, over_http, from_disk = [], [], []
    with serve_folder(floor_dir) as floor_base, serve_folder(context.site_dir) as site_base:
        # The variants take turns so that a busy moment of the machine hits all of them.
        for _ in range(context.runs):
            floor.append(time_to_ready(context.browser, floor_base + "floor.html"))
            over_http.append(time_to_ready(context.browser, site_base + "checker/", first_finding))
            if checker_file:
                from_disk.append(
                    time_to_ready(context.browser, checker_file.as_uri(), first_finding)
                )
    floor_ms = median(floor)
    baseline = "bare loadPyodide() over http"
    rows = [
        row("start-up floor: bare page, loadPyodide() over http", floor_ms, "ms"),
        row(
            "start-up: Checker page to first lint result, http",
            median(over_http),
            "ms",
            baseline=baseline,
            baseline_value=floor_ms,
            target="<= 1.10x",
        ),
    ]
    if from_disk:
        rows.append(
            row(
                "start-up: Checker page to first lint result, file://",
                median(from_disk),
                "ms",
                baseline=baseline,
                baseline_value=floor_ms,
                target="<= 1.10x",
            )
        )
    else:
        rows.append(
            row("start-up: Checker page, file://", None, "ms", note="no offline archive built")
        )
    return rows
