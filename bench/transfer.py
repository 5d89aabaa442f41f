"""Bytes a reader downloads: a guide page, the Checker page (with the Python runtime's share
shown apart) and the offline archive."""

from __future__ import annotations

from bench import BenchContext, median, row
from bench.browser import serve_folder
from tests.browser_helpers import TransferLog, wait_for_python

GUIDE_PAGE = "rules/"
CHECKER_PAGE = "checker/"
KB = 1024


def cold_transfer(browser, url: str, *, python: bool) -> TransferLog:
    """Load a page in a fresh context (empty cache) and let it settle."""
    context = browser.new_context()
    try:
        log = TransferLog(context)
        page = context.new_page()
        page.goto(url)
        if python:
            wait_for_python(page)
        page.wait_for_load_state("networkidle")
        return log
    finally:
        context.close()


def run(context: BenchContext) -> list[dict]:
    guide, checker, runtime = [], [], []
    with serve_folder(context.site_dir) as base:
        for _ in range(context.runs):
            guide.append(cold_transfer(context.browser, base + GUIDE_PAGE, python=False).total)
            log = cold_transfer(context.browser, base + CHECKER_PAGE, python=True)
            checker.append(log.total)
            runtime.append(log.runtime_total)
    rows = [
        row(
            f"transfer, guide page /{GUIDE_PAGE} (cold)",
            median(guide) / KB,
            "KB",
            target="<= 400 KB",
        ),
        row(
            f"transfer, Checker page /{CHECKER_PAGE} (cold, until ready)",
            median(checker) / KB,
            "KB",
        ),
        row(
            "  of which the Python runtime and wheels",
            median(runtime) / KB,
            "KB",
            baseline="whole Checker page",
            baseline_value=median(checker) / KB,
        ),
    ]
    archives = sorted((context.site_dir / "download").glob("*.zip"))
    for archive in archives:
        rows.append(row(f"offline archive {archive.name}", archive.stat().st_size / KB, "KB"))
    if not archives:
        rows.append(row("offline archive", None, "KB", note="no download/*.zip in the build"))
    return rows
