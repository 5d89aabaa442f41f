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


class ChromiumMissing(RuntimeError):
    pass


@contextmanager
def chromium() -> Iterator:
    """A Playwright Browser, closed on exit."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise ChromiumMissing(f"Chromium not found at {CHROMIUM}: run `make chromium`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
