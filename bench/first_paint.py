"""What the header's palette script costs the first paint: a guide page's first contentful
paint on a cold visit (a new browser context: nothing cached), as built, against the same
page whose assets/js/palette.js is an empty file, over http and from the unzipped offline
copy (file://), the two visited in turns.

palette.js is an external <script> in the header (overrides/partials/javascripts/
palette.html), so the parser stops there until it has been fetched and run; that is the
cost measured. With the empty file the page keeps that stop (an empty script is fetched
too) but not the script's own work; with no script at all it would lose its palette. So the
row also gives the script's own CPU time as Chromium's trace has it (EvaluateScript)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import BenchContext, median, row
from bench.browser_startup import unzip_offline_copy
from bench.task_trace import traced
from testsupport.server import serve_folder

PAGE = "faq/"
PALETTE = "assets/js/palette.js"
TIMEOUT_MS = 60_000
FIRST_PAINT = """() => new Promise((resolve) => {
  const found = () => performance.getEntriesByName("first-contentful-paint")[0];
  if (found()) return resolve(found().startTime);
  new PerformanceObserver((list, observer) => {
    observer.disconnect();
    resolve(list.getEntries()[0].startTime);
  }).observe({ type: "paint", buffered: true });
})"""


def without_palette_script(site: Path, destination: Path) -> Path:
    """A copy of the site's guide pages and assets whose palette.js is empty."""
    shutil.copytree(site, destination, ignore=shutil.ignore_patterns("pyodide", "download"))
    (destination / PALETTE).write_text("", encoding="utf-8")
    return destination


def first_paint(browser, url: str) -> float:
    """First contentful paint, ms from navigation, of a cold visit to `url`."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        return page.evaluate(FIRST_PAINT)
    finally:
        context.close()


def palette_script_cpu(browser, url: str) -> float:
    """CPU ms of palette.js's run on a cold visit to `url`, as Chromium's trace has it (a
    visit of its own: tracing slows the page, so it is never one of the timed visits)."""
    context = browser.new_context()
    try:
        page = context.new_page()
        with traced(browser, page) as trace:
            page.goto(url)
            page.evaluate(FIRST_PAINT)
        return trace.evaluated.get("palette.js", 0.0)
    finally:
        context.close()


def run(context: BenchContext) -> list[dict]:
    work = context.workdir
    # The Checker page's folder is one below the copy's root.
    copy = unzip_offline_copy(context.site_dir, work / "offline-paint").parent.parent
    rows = []
    with (
        serve_folder(context.site_dir) as built,
        serve_folder(without_palette_script(context.site_dir, work / "no-palette")) as plain,
    ):
        pairs = {
            "http": (built + PAGE, plain + PAGE),
            "file://": (
                (copy / PAGE / "index.html").as_uri(),
                (
                    without_palette_script(copy, work / "no-palette-file") / PAGE / "index.html"
                ).as_uri(),
            ),
        }
        for where, (as_built, empty) in pairs.items():
            painted: dict[str, list[float]] = {as_built: [], empty: []}
            for visit in range(context.runs * 2):
                # In turns, each side first every other time.
                for url in (as_built, empty) if visit % 2 == 0 else (empty, as_built):
                    painted[url].append(first_paint(context.browser, url))
            script_cpu = [
                palette_script_cpu(context.browser, as_built) for _ in range(context.runs)
            ]
            rows.append(
                row(
                    f"first contentful paint of a guide page, cold visit, {where}",
                    median(painted[as_built]),
                    "ms",
                    baseline="the same page, palette.js empty",
                    baseline_value=median(painted[empty]),
                    note=f"/{PAGE}; {len(painted[as_built])} visits each, in turns; "
                    f"palette.js's own run {median(script_cpu):.2f} ms CPU (trace)",
                )
            )
    return rows
