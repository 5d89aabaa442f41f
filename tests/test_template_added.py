"""Adding a letter template is adding its two files, templates/<id>.toml and <id>.j2: the
site then has its page, with the form, and lists it in the nav and on the index."""

from __future__ import annotations

import zipfile

import pytest

from testsupport import ROOT
from testsupport.site import build_site, copy_working_tree

NEW_ID = "zz-throwaway-note"
NEW_TOML = """order = 99
title = "Throwaway note"
kind = "logistics-question"
summary = "A note that exists only inside this test."
intro = \"\"\"
This page exists only in a test's temporary copy of the site.
\"\"\"
when = "Never: it is a test fixture."
recipient = "Nobody."
personalise = ["Nothing to make specific."]

[[fields]]
name = "recipient_name"
label = "Recipient"
help = "Anyone."
required = true
example = "Ms. Example"
max_length = 80
"""
NEW_J2 = """Subject: A throwaway note

Dear {{ recipient_name }},

This note only exists in a test.

{% include "_signature.j2" %}
"""


@pytest.fixture(scope="module")
def site_with_new_template(built_site, tmp_path_factory):
    """A temporary copy of the repository with one more template, built."""
    work = tmp_path_factory.mktemp("new-template")
    project = copy_working_tree(work / "project")
    (project / "templates" / f"{NEW_ID}.toml").write_text(NEW_TOML, encoding="utf-8")
    (project / "templates" / f"{NEW_ID}.j2").write_text(NEW_J2, encoding="utf-8")
    # Test scaffolding, not part of adding a template: the build imports the checker from
    # the copy laid out as installed (the editable install points at this repository), and
    # reuses the Pyodide runtime already prepared here (`built_site` made it).
    (project / "checker" / "letter_templates").symlink_to(project / "templates")
    cache = ROOT / ".cache" / "pyodide-bundle"
    copy_cache = project / ".cache" / "pyodide-bundle"
    copy_cache.mkdir(parents=True)
    for prepared in [*cache.glob("runtime-*"), *cache.glob("deps-*")]:
        (copy_cache / prepared.name).symlink_to(prepared)
    site = work / "site"
    build_site(site, project, env={"PYTHONPATH": str(project)})
    return site


def test_the_new_template_gets_a_page_with_its_form(site_with_new_template):
    page = site_with_new_template / "templates" / NEW_ID / "index.html"
    text = page.read_text(encoding="utf-8")
    assert '<h1 id="throwaway-note">Throwaway note<' in text
    assert f'<div class="template-form-mount" data-template-id="{NEW_ID}"></div>' in text
    assert "This note only exists in a test." in text  # the example letter
    assert "assets/js/template-form.js" in text and "assets/js/python-client.js" in text


def test_the_nav_and_the_index_list_the_new_template(site_with_new_template):
    home = (site_with_new_template / "index.html").read_text(encoding="utf-8")
    assert f'href="templates/{NEW_ID}/"' in home
    index = (site_with_new_template / "templates" / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{NEW_ID}/">Throwaway note</a>' in index


def test_the_browser_gets_the_new_template_in_the_checker_wheel(site_with_new_template):
    (wheel,) = (site_with_new_template / "assets" / "pyodide").glob("prematch_checker-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert f"checker/letter_templates/{NEW_ID}.toml" in names
    assert f"checker/letter_templates/{NEW_ID}.j2" in names
