"""The served site as an offline app: after one visit, pages never opened before, the
Checker and the Planner work with the network off; a new deployment shows a quiet
"new version" prompt, and reloading from it serves the new build."""

from __future__ import annotations

import shutil

import pytest
from browser_helpers import check_draft_as_python_does, fill_planner

from site_hooks.service_worker import precache_list, write_service_worker
from testsupport.drafts import FLAGGED_DRAFT
from testsupport.python import PYTHON_TIMEOUT_MS, wait_for_python
from testsupport.server import serve_folder

pytestmark = pytest.mark.browser

# The worker has cached the site and controls the page.
WORKER_IN_CHARGE = "() => navigator.serviceWorker.controller?.state === 'activated'"


@pytest.fixture
def own_server(tmp_path, built_site):
    """A copy of the built site served on its own port, so a test can deploy a change."""
    folder = tmp_path / "deployed"
    shutil.copytree(built_site, folder)
    with serve_folder(folder) as url:
        yield folder, url


@pytest.fixture
def app_page(browser):
    context = browser.new_context(service_workers="allow")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield context, page, errors
    context.close()


def test_the_worker_keeps_only_the_sites_own_files(built_site):
    paths = [path for path, _hash in precache_list(built_site)]
    assert "index.html" in paths and "checker/index.html" in paths
    assert not any("://" in path or path.startswith("/") for path in paths)
    download = [path for path in paths if path.startswith("download/") and path.endswith(".zip")]
    assert download == [], "the download is not cached"
    # Over http Python starts from the runtime files themselves, which offline it still needs.
    python = {"assets/pyodide/manifest.js", "assets/pyodide/python_stdlib.zip"}
    assert python <= set(paths), "the Python runtime's files are kept for offline use"


def test_pages_never_visited_work_offline_after_one_visit(app_page, own_server):
    context, page, errors = app_page
    _folder, url = own_server
    page.goto(url)
    page.wait_for_function(WORKER_IN_CHARGE)

    context.set_offline(True)
    page.goto(url + "faq/")
    assert page.locator("article h1").first.inner_text()

    page.goto(url + "templates/thank-you-coordinator/")
    page.get_by_test_id("template-form").wait_for(timeout=PYTHON_TIMEOUT_MS)

    page.goto(url + "checker/")
    wait_for_python(page)
    check_draft_as_python_does(page, FLAGGED_DRAFT)

    page.goto(url + "planner/")
    wait_for_python(page)
    fill_planner(page)
    assert errors == []


def test_a_new_deployment_offers_a_reload_that_serves_it(app_page, own_server):
    _context, page, _errors = app_page
    folder, url = own_server
    page.goto(url + "faq/")
    page.wait_for_function(WORKER_IN_CHARGE)
    assert page.get_by_test_id("update-ready").count() == 0

    faq = folder / "faq" / "index.html"
    faq.write_text(faq.read_text().replace("</article>", "<p id=deployed>Changed.</p></article>"))
    write_service_worker(folder)

    page.reload()
    prompt = page.get_by_test_id("update-ready")
    prompt.wait_for(timeout=PYTHON_TIMEOUT_MS)  # the new worker first caches the site
    assert "new version" in prompt.inner_text()
    assert page.locator("#deployed").count() == 0, "the old build serves until the reader agrees"

    prompt.get_by_role("button", name="Reload").click()
    page.locator("#deployed").wait_for(timeout=PYTHON_TIMEOUT_MS)
