"""A planner at its largest size stays usable: an edit redraws only what it changed
(issue 13, item 9: every edit used to rebuild all of it and froze the page for seconds).
Checked in Chromium by the identity of the page's nodes, not by a clock."""

from __future__ import annotations

import json

import pytest
from test_planner_storage_browser import KEY, open_planner, store_raw

from checker.planner.season import MAX_CRITERIA, MAX_MESSAGES, MAX_PROGRAMS, MAX_SCORE
from testsupport.python import PYTHON_TIMEOUT_MS

pytestmark = pytest.mark.browser

EDITED = MAX_PROGRAMS // 2
NEW_NAME = "Renamed Family Medicine"

# What grows with the planner: one node per program, message or ranked program.
LISTS = {
    "program blocks": "[data-testid=program]",
    "score rows": "#planner-scores tbody tr",
    "ranking rows": "[data-testid=ranking-row]",
    "program choices": "#message-form select[name=program] option",
    "messages": "[data-testid=logged-message]",
}


def full_planner() -> dict:
    """A planner holding as many programs, messages and criteria as it may."""
    programs = [
        {"id": f"p{i}", "name": f"Program {i:03d}", "status": "interviewed"}
        for i in range(MAX_PROGRAMS)
    ]
    per_program = MAX_MESSAGES // MAX_PROGRAMS
    messages = [
        {
            "id": f"m{i}",
            "program": f"p{i // per_program}",
            "kind": "thank-you",
            "sent": "2026-11-03",
            "subject": f"Thank you {i}",
        }
        for i in range(MAX_MESSAGES)
    ]
    criteria = [
        {"id": f"c{i}", "label": f"Criterion {i}", "weight": 1} for i in range(MAX_CRITERIA)
    ]
    scores = {
        f"p{i}": {f"c{j}": (i + j) % (MAX_SCORE + 1) for j in range(MAX_CRITERIA)}
        for i in range(MAX_PROGRAMS)
    }
    return {
        "format": "prematch-planner",
        "version": 1,
        "programs": programs,
        "messages": messages,
        "criteria": criteria,
        "scores": scores,
    }


def rebuilt(page, selector: str) -> list[str]:
    """The texts of the nodes matching `selector` that mark_all() did not see."""
    return page.evaluate(
        """selector => [...document.querySelectorAll(selector)]
            .filter((node) => !node.__seenBefore).map((node) => node.textContent)""",
        selector,
    )


def mark_all(page) -> None:
    page.evaluate(
        """selectors => { for (const selector of selectors)
            for (const node of document.querySelectorAll(selector)) node.__seenBefore = true; }""",
        list(LISTS.values()),
    )


def test_an_edit_at_maximum_size_redraws_only_the_edited_program(logged_page, site_url):
    page, log = logged_page
    store_raw(page, site_url, json.dumps(full_planner()))
    open_planner(page, site_url)
    page.locator("[data-testid=ranking-row]").nth(MAX_PROGRAMS - 1).wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    counts = {name: page.locator(selector).count() for name, selector in LISTS.items()}
    assert counts == {
        "program blocks": MAX_PROGRAMS,
        "score rows": MAX_PROGRAMS,
        "ranking rows": MAX_PROGRAMS,
        "program choices": MAX_PROGRAMS,
        "messages": MAX_MESSAGES,
    }
    mark_all(page)

    old_name = f"Program {EDITED:03d}"
    page.get_by_role("button", name=f"Edit program: {old_name}").click()
    form = page.locator("#program-form")
    form.get_by_label("Program name").fill(NEW_NAME)
    form.get_by_role("button", name="Save program").click()
    page.get_by_test_id("planner-message").filter(has_text=f"{NEW_NAME} saved.").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )

    # The renamed program's own block, score row, ranking line and choice are new; every
    # other program's nodes are the very ones drawn before the edit.
    for name in ("program blocks", "score rows", "ranking rows", "program choices"):
        changed = rebuilt(page, LISTS[name])
        assert len(changed) == 1, name
        assert NEW_NAME in changed[0], name
    # Its messages were drawn again inside its new block; no other program's were.
    changed_messages = rebuilt(page, LISTS["messages"])
    assert len(changed_messages) == MAX_MESSAGES // MAX_PROGRAMS
    assert {name: page.locator(selector).count() for name, selector in LISTS.items()} == counts
    assert old_name not in page.locator("#planner-programs").inner_text()

    stored = json.loads(page.evaluate("key => localStorage.getItem(key)", KEY))
    assert stored["programs"][EDITED]["name"] == NEW_NAME
    assert len(stored["programs"]) == MAX_PROGRAMS
    assert len(stored["messages"]) == MAX_MESSAGES
    assert not log.page_errors
