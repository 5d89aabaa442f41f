"""Bytes a reader downloads: a guide page, the Checker page (with the Python runtime's share
shown apart), the zone database only the Planner adds, and the offline archive."""

from __future__ import annotations

import gzip

from bench import BenchContext, median, row
from testsupport.python import wait_for_python
from testsupport.server import serve_folder
from testsupport.transfer import TransferLog

GUIDE_PAGE = "rules/"
CHECKER_PAGE = "checker/"
TEMPLATE_PAGE = "templates/thank-you-coordinator/"
# The runtime's largest files, each shown apart (as a file or as its asset scripts).
RUNTIME_PARTS = ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs", ".whl")
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
    guide: list[TransferLog] = []
    checker: list[TransferLog] = []
    template: list[TransferLog] = []
    with serve_folder(context.site_dir) as base:
        for _ in range(context.runs):
            guide.append(cold_transfer(context.browser, base + GUIDE_PAGE, python=False))
            checker.append(cold_transfer(context.browser, base + CHECKER_PAGE, python=True))
            template.append(cold_transfer(context.browser, base + TEMPLATE_PAGE, python=True))

    def kb(logs: list[TransferLog], measure: str) -> float:
        return median([getattr(log, measure) for log in logs]) / KB

    def kb_row(label: str, logs: list[TransferLog], measure: str, baseline: str, **more) -> dict:
        """A size in KB beside the page's whole uncompressed size (`baseline` names it)."""
        return row(
            label,
            kb(logs, measure),
            "KB",
            baseline=baseline,
            baseline_value=kb(logs, "total"),
            **more,
        )

    rows = [
        kb_row(
            f"transfer, guide page /{GUIDE_PAGE} (cold, gzip)",
            guide,
            "gzip_total",
            "uncompressed",
            target="<= 400 KB",
            note="gzip: what a host compressing text sends; the local test server does not",
        ),
        kb_row(
            f"transfer, Checker page /{CHECKER_PAGE} (cold, until ready, gzip)",
            checker,
            "gzip_total",
            "uncompressed",
        ),
        kb_row(
            "  of it the Python runtime and wheels (uncompressed)",
            checker,
            "runtime_total",
            "whole Checker page",
        ),
    ]
    for part in RUNTIME_PARTS:
        rows.append(
            row(
                f"    of which {part} (uncompressed)",
                median([log.bytes_of(part) for log in checker]) / KB,
                "KB",
            )
        )
    rows.append(
        row(
            f"transfer, template page /{TEMPLATE_PAGE} (cold, until ready, uncompressed)",
            kb(template, "total"),
            "KB",
            baseline="Checker page",
            baseline_value=kb(checker, "total"),
        )
    )
    rows.append(zone_database_row(context.site_dir))
    archives = sorted((context.site_dir / "download").glob("*.zip"))
    for archive in archives:
        rows.append(row(f"offline archive {archive.name}", archive.stat().st_size / KB, "KB"))
    if not archives:
        rows.append(row("offline archive", None, "KB", note="no download/*.zip in the build"))
    return rows


def zone_database_row(site_dir) -> dict:
    """tzdata's asset scripts, which only the Planner page loads (for its time zones), as a
    host that gzips text would send them."""
    scripts = [path.read_bytes() for path in site_dir.glob("assets/pyodide/tzdata-*.js")]
    name = "transfer, tzdata zone database, Planner page only (gzip)"
    if not scripts:
        return row(name, None, "KB", note="no tzdata asset script in the build")
    return row(
        name,
        sum(len(gzip.compress(script, 6)) for script in scripts) / KB,
        "KB",
        baseline="uncompressed",
        baseline_value=sum(map(len, scripts)) / KB,
        note="the Checker and guide pages do not load it",
    )
