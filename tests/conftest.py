"""Shared fixtures: one strict build of the site, a local server, real Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("PREMATCH_CHROMIUM", "/usr/bin/chromium")
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
LOCAL_SCHEMES = ("data:", "blob:", "file:", "about:")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built once per test session with `mkdocs build --strict`.

    Set PREMATCH_TEST_SITE to an already built folder to skip the build while
    iterating on browser tests locally.
    """
    prebuilt = os.environ.get("PREMATCH_TEST_SITE")
    if prebuilt:
        return Path(prebuilt)
    site_dir = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Base URL (ending in '/') of the built site served on 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make chromium`")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did that a test may want to assert on."""

    requests: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


def _is_local(url: str) -> bool:
    return url.startswith(LOCAL_SCHEMES) or url.startswith(
        ("http://127.0.0.1:", "http://localhost:")
    )


def open_logged_page(browser, **context_options):
    """A new page in a fresh context that blocks and records any request leaving
    this machine, and collects console errors. Returns (context, page, log).

    The site's service worker is blocked unless a test asks for it: it would download the
    whole site in the background of every test (tests/test_offline_app_browser.py covers it)."""
    context = browser.new_context(**{"service_workers": "block", **context_options})
    log = PageLog()

    def route(route_request):
        url = route_request.request.url
        log.requests.append(url)
        if _is_local(url):
            route_request.continue_()
        else:
            log.outside_requests.append(url)
            route_request.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on(
        "console",
        lambda message: message.type == "error" and log.console_errors.append(message.text),
    )
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    return context, page, log


@pytest.fixture
def logged_page(browser):
    """(page, log) in a fresh browser context; see open_logged_page."""
    context, page, log = open_logged_page(browser)
    yield page, log
    context.close()
