"""Debian's Chromium, launched headless through Playwright with the flags every run uses."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path(os.environ.get("PREMATCH_CHROMIUM", "/usr/bin/chromium"))
# Without the background-networking flags Chromium tries to reach outside hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# The tests only: run WebAssembly in V8's baseline compiler (Liftoff) and never recompile
# hot functions with the optimising one. A cold Python start in a page then takes about
# 5.5 s of CPU instead of 8.3 s (measured on this 2-core machine, 2026-12-06): the
# optimising recompiles cost more than they save in the few seconds a test runs Python.
# The same code runs either way, only slower per call; the benchmarks keep the defaults
# so that they measure what a reader's browser does.
TEST_ONLY_ARGS = ["--js-flags=--liftoff-only"]


class ChromiumMissing(RuntimeError):
    pass


@contextmanager
def chromium(extra_args: list[str] | tuple[str, ...] = ()) -> Iterator:
    """A Playwright Browser, closed on exit; `extra_args` go after the usual flags."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise ChromiumMissing(f"Chromium not found at {CHROMIUM}: run `make chromium`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *extra_args]
        )
        try:
            yield browser
        finally:
            browser.close()
