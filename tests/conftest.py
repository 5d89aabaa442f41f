"""Shared fixtures: one strict build of the site, a local server, real Chromium, and pages
that record what they did (the support code itself lives in testsupport/)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import threading
import warnings
from collections import Counter
from pathlib import Path

import pytest
from browser_helpers import CHECKER, unzip_copy
from filelock import FileLock

from testsupport.chromium import TEST_ONLY_ARGS, ChromiumMissing, chromium
from testsupport.memory import INDEX, MemoryCopies, make_copies_or_none
from testsupport.pages import SharedPage, open_logged_page, record_errors
from testsupport.server import serve_folder, serve_store
from testsupport.site import SiteBuildError, build_site

# `make test` hands whole modules to its two workers in this order (--dist loadfile
# --no-loadscope-reorder): the longest first, so that the run ends with short ones on both
# workers instead of one worker finishing a long module alone. The seconds are CPU time,
# Chromium's included, measured in a whole run on 2026-12-07.
LONG_FIRST = (
    # No browser: the first two run while the controller builds the site.
    "test_model.py",  # 19 s (retrains the model)
    "test_metamorphic.py",  # 12 s
    "test_linear_time.py",  # 40 s
    "test_template_added.py",  # a site build of its own, about 20 s
    # The first browser module makes the copies of Python's memory (`memory_copies`) for
    # the run; the next three need none, so the other worker does not wait for them.
    "test_template_form_browser.py",  # 76 s, the copies included
    "test_privacy_browser.py",  # 55 s
    "test_python_runtime_browser.py",  # 47 s
    "test_python_memory_copy_browser.py",  # 39 s
    "test_planner_storage_browser.py",  # 57 s
    "test_accessibility_browser.py",  # 54 s
    "test_checker_page_browser.py",  # 43 s
    "test_checker_safety_browser.py",  # 34 s
    "test_planner_browser.py",  # 34 s
    "test_offline_browser.py",  # 31 s
    "test_match_setting_browser.py",  # 24 s
    "test_planner_redraw_browser.py",  # 16 s in one test
)


def pytest_collection_modifyitems(items):
    """LONG_FIRST in its order, then the other browser modules, those with the most tests
    first, and the quick Python-only modules last, to fill the end. A LONG_FIRST name with no
    module stops the run: a renamed module would otherwise drop to the back unnoticed."""
    missing = [name for name in LONG_FIRST if not (Path(__file__).parent / name).is_file()]
    if missing:
        raise pytest.UsageError(f"tests/conftest.py LONG_FIRST names no module: {missing}")
    browser_tests = Counter(item.path for item in items if item.get_closest_marker("browser"))

    def order(item):
        name = item.path.name
        listed = LONG_FIRST.index(name) if name in LONG_FIRST else len(LONG_FIRST)
        return listed, -browser_tests[item.path]

    items.sort(key=order)  # stable: modules stay in order


@pytest.fixture
def prematch(monkeypatch, capsysbinary):
    """Run `prematch ARGS` through the CLI's own main() in this process and hand back what a
    subprocess would (exit status, stdout and stderr as bytes, or text with text=True).
    Starting a new interpreter costs about a second per call; the few tests where the process
    boundary itself matters (the installed script, pipes, /dev/full, raw bytes in argv) still
    start one."""
    from checker.cli import main

    def run(*args: str, stdin: bytes = b"", text: bool = False) -> subprocess.CompletedProcess:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main([str(arg) for arg in args])
        out, err = capsysbinary.readouterr()
        if text:
            out, err = out.decode(), err.decode()
        return subprocess.CompletedProcess(list(args), code, out, err)

    return run


def run_folder(tmp_path_factory) -> Path:
    """A temporary folder common to all workers of this run: the parent of the per-worker
    one. (Without xdist, as with `-p no:xdist`, there is no worker and it is its own.)"""
    shared = tmp_path_factory.getbasetemp()
    return shared.parent if os.environ.get("PYTEST_XDIST_WORKER") else shared


def build_once(shared: Path) -> Path:
    """The run's strict build in `shared`/site, made by whichever process asks first while
    the others wait for it. A marker, not the pages, says it succeeded: `mkdocs build
    --strict` writes every page before it fails on a warning."""
    site_dir = shared / "site"
    built = shared / "site.built"
    with FileLock(str(shared / "site.lock")):
        if not built.is_file():
            build_site(site_dir)
            built.touch()
    return site_dir


def build_in_background(shared: Path) -> None:
    # On failure, the first test that needs the site builds it again and reports why.
    with contextlib.suppress(SiteBuildError):
        build_once(shared)


def pytest_addoption(parser):
    parser.addoption(
        "--build-site-first",
        action="store_true",
        help="under xdist, start the site build as the run starts, in the controller "
        "(`make test`: the workers collect and run meanwhile instead of waiting for one "
        "of them to build)",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """With --build-site-first under xdist, the controller, which runs no test, starts the
    site build in a thread before the workers exist; `built_site` then waits for it (or
    builds, if a worker asks first)."""
    config = session.config
    if (
        os.environ.get("PYTEST_XDIST_WORKER")
        or os.environ.get("PREMATCH_TEST_SITE")
        or not config.getoption("build_site_first")
        or not config.getoption("numprocesses", None)
    ):
        return
    shared = config._tmp_path_factory.getbasetemp()  # the workers' run_folder
    threading.Thread(target=build_in_background, args=(shared,), daemon=True).start()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site built once per test run with `mkdocs build --strict`.

    Under pytest-xdist the workers share one build: the first to ask builds it, the others
    wait, and with --build-site-first (`make test`) the controller has started it before
    they exist (pytest_sessionstart). Set PREMATCH_TEST_SITE to an
    already built folder to skip the build while iterating on browser tests locally.
    """
    prebuilt = os.environ.get("PREMATCH_TEST_SITE")
    if prebuilt:
        return Path(prebuilt)
    return build_once(run_folder(tmp_path_factory))


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Base URL (ending in '/') of the built site served on 127.0.0.1."""
    with serve_folder(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def copy_url(built_site, tmp_path_factory) -> str:
    """file:// URL (ending in '/') of the site root of an unzipped offline copy, unzipped once
    per run (per worker under xdist)."""
    return unzip_copy(built_site, tmp_path_factory.mktemp("offline"))


@pytest.fixture(scope="session")
def browser():
    pytest.importorskip("playwright.sync_api")
    try:
        with chromium(TEST_ONLY_ARGS) as launched:
            yield launched
    except ChromiumMissing as missing:
        pytest.fail(str(missing))


@pytest.fixture(scope="session")
def memory_copies(browser, built_site, site_url, tmp_path_factory) -> MemoryCopies:
    """This build's copies of Python's memory (testsupport.memory), made once per run by
    the first worker that needs them, for the tests that need a browser of their own but
    not Python's first start: their Python pages restore Python as on a reader's second
    visit. The first start and the copy itself are tested in tests that do not use them
    (test_python_memory_copy_browser.py): when the copies cannot be made, the pages start
    Python from nothing, with a warning."""
    shared = run_folder(tmp_path_factory)
    folder = shared / "memory-copies"
    with FileLock(str(shared / "memory-copies.lock")):
        if not (folder / INDEX).is_file():
            failure = make_copies_or_none(browser, site_url, built_site, folder)
            if failure:
                warnings.warn(
                    f"no copies of Python's memory, Python starts cold: {failure}", stacklevel=1
                )
    with serve_store(folder) as store_url:
        yield MemoryCopies(folder, store_url, built_site, site_url)


@pytest.fixture
def logged_page(browser, memory_copies):
    """(page, log) in a fresh browser context where Python's pages restore Python's saved
    memory; see testsupport.pages.open_logged_page."""
    context, page, log = open_logged_page(browser, memory_copies)
    yield page, log
    context.close()


@pytest.fixture
def first_visit_page(browser):
    """(page, log) in a fresh browser context that holds nothing at all, as on a reader's
    first visit: Python starts from nothing."""
    context, page, log = open_logged_page(browser)
    yield page, log
    context.close()


@pytest.fixture
def two_tabs(browser, memory_copies):
    """(first, second, log): two tabs of one fresh browser context, sharing the site's
    storage as a reader's two tabs do; `log` records both."""
    context, first, log = open_logged_page(browser, memory_copies)
    second = context.new_page()
    record_errors(second, log)
    yield first, second, log
    context.close()


@pytest.fixture(scope="session")
def shared_pages(browser, memory_copies):
    """shared_pages(url, tool, **context_options) -> a SharedPage kept open for every test
    of this run (of this worker under xdist), one per URL and options: Python starts once
    per tool, not once per module. `tool` (see browser_helpers) says how to wait for the
    page and how to empty it between tests."""
    pages: dict[tuple, SharedPage] = {}

    def shared_page(url: str, tool, **context_options) -> SharedPage:
        key = (url, repr(sorted(context_options.items())))
        if key not in pages:
            pages[key] = SharedPage(
                browser,
                url,
                ready=tool.ready,
                clear_in_place=tool.clear_in_place,
                memory=memory_copies,
                **context_options,
            )
        return pages[key]

    yield shared_page
    for page in pages.values():
        page.close()


@pytest.fixture
def checker(shared_pages, site_url):
    """(page, log): the Checker page, Python ready, an empty draft (shared by the module)."""
    return shared_pages(f"{site_url}checker/", CHECKER).fresh()
