"""Ready to publish: the Pages workflow passes its linters (run by `make test`), and a
deployment build gets absolute URLs from SITE_URL while local builds stay relative."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def _site_url() -> str:
    return load_config(str(ROOT / "mkdocs.yml"))["site_url"]


def test_local_builds_have_no_site_url(monkeypatch):
    monkeypatch.delenv("SITE_URL", raising=False)
    assert not _site_url()


def test_deployment_builds_take_the_site_url_from_the_environment(monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://example.org/pre-match/")
    assert _site_url() == "https://example.org/pre-match/"


def test_the_workflow_builds_with_make_build_and_sets_site_url():
    workflow = WORKFLOW.read_text()
    assert "run: make build" in workflow
    assert "SITE_URL:" in workflow


@pytest.mark.parametrize(
    "line", [line for line in WORKFLOW.read_text().splitlines() if "uses:" in line]
)
def test_every_action_is_pinned_to_a_commit(line):
    ref = line.split("@", 1)[1].split()[0]
    assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), line
