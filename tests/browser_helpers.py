"""What the browser tests know about the site's pages and tools: how to fill each tool as a
reader would, how to bring it back to empty between tests, and the accessibility check.
(The browser, server and Python plumbing shared with bench/ is in testsupport/.)"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checker.lint import lint
from testsupport import ROOT
from testsupport.drafts import FLAGGED_DRAFT
from testsupport.python import POLL_MS, PYTHON_TIMEOUT_MS, wait_for_python

AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
OFFLINE_ARCHIVE = "download/pre-match-guide-offline.zip"


def unzip_copy(built_site: Path, target: Path) -> str:
    """Unzip the site's offline copy into `target`; its root's file:// URL (ending in '/')."""
    with zipfile.ZipFile(built_site / OFFLINE_ARCHIVE) as zipped:
        zipped.extractall(target)
    return (target / "pre-match-guide").resolve().as_uri() + "/"


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of a built site as a URL path relative to its root ('' is home)."""
    pages = []
    for html in sorted(site_dir.rglob("index.html")):
        relative = html.parent.relative_to(site_dir)
        if relative.parts and relative.parts[0] == "assets":
            continue
        pages.append("" if not relative.parts else relative.as_posix() + "/")
    return pages


def uses_python(site_dir: Path, page: str) -> bool:
    """Whether a built page loads the Python runtime client (front matter `python: true`)."""
    return "python-client.js" in (site_dir / page / "index.html").read_text(encoding="utf-8")


@contextmanager
def recorded_dialogs(page) -> Iterator[list[str]]:
    """Dismiss every dialog the page opens (alert, confirm, prompt) while in the block and
    collect their texts; the page answers dialogs as before afterwards."""
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    try:
        yield dialogs
    finally:
        page.remove_listener("dialog", dismiss)


def settle(page) -> None:
    """Return once the page has nothing left to do: two frames drawn, then an idle moment
    (what a handler injected by a payload would have needed to run)."""
    page.evaluate(
        """() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(
            () => requestIdleCallback(done, {timeout: 5000}))))"""
    )


@cache
def axe_source() -> str:
    return AXE_SCRIPT.read_text(encoding="utf-8")


def serious_axe_violations(page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now."""
    # Evaluated rather than added as a <script>: the site's Content-Security-Policy
    # rightly refuses inline scripts. Once per document: a page checked again (in the
    # other palette) keeps it, and it is 650 KB of JavaScript to send and compile.
    if page.evaluate("() => typeof window.axe?.run !== 'function'"):
        page.evaluate(axe_source())
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [v for v in violations if v.get("impact") in ("serious", "critical")]


def describe_violations(violations: list[dict]) -> str:
    """A readable report: rule, impact, help text, and each offending node."""
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {' '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", "\n       ")
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)


def search_site(page, term: str):
    """Type `term` into the theme's search box as a reader would; returns the result links
    once the first has appeared."""
    query = page.locator("input[data-md-component=search-query]")
    query.click()
    query.press_sequentially(term, delay=30)
    results = page.locator(".md-search-result__item .md-search-result__link")
    results.first.wait_for()
    return results


def fill_checker(page) -> None:
    """Type a draft the checker must flag into the Checker and wait for its findings."""
    page.fill("[data-testid=draft]", FLAGGED_DRAFT)
    page.locator("[data-testid=finding]").first.wait_for()


def show_finding_card(page, mark: str = "[data-testid=mark]") -> None:
    """Click the middle of the first `mark` in the Checker's draft box (the click lands in
    the text box over it) and wait for that finding's card."""
    # The box scrolled to the middle of the window (a mouse click goes where the window
    # shows, and the theme's fixed header covers the top), then measured and clicked at
    # once: each check draws the marks again. The mark is found in the same script that
    # measures it: a check ending between the two would leave a mark no longer drawn, of
    # size 0 at (0, 0) (eval_on_selector finds it in one call and measures it in another).
    x, y, start, end, hit = page.evaluate(
        """selector => {
          document.querySelector('[data-testid=draft]').scrollIntoView({block: 'center'});
          const m = document.querySelector(selector);
          const r = m.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
          const hit = document.elementFromPoint(x, y);
          return [x, y, Number(m.dataset.start), Number(m.dataset.end),
                  hit && (hit.dataset.testid || hit.outerHTML.slice(0, 80))]; }""",
        mark,
    )
    # Said at once rather than as a card that never opens: what the click would land on.
    assert hit == "draft", f"a click on the mark at ({x:.0f}, {y:.0f}) would land on {hit}"
    page.mouse.click(x, y)
    caret = page.eval_on_selector("[data-testid=draft]", "box => box.selectionStart")
    assert start <= caret <= end, f"the click put the caret at {caret}, not in {start}-{end}"
    page.locator("[data-testid=finding-card]").wait_for()


def fill_template_form(page) -> dict[str, str]:
    """Fill every field of the page's letter form with its example (shown as placeholder)
    and wait for the preview to show the letter. Returns the values typed."""
    form = page.locator("[data-testid=template-form]")
    form.wait_for()
    values = {}
    for control in form.locator("[data-field]").all():
        value = control.get_attribute("placeholder") or "Example"
        control.fill(value)
        values[control.get_attribute("data-field")] = value
    first_value = next(iter(values.values()))
    page.wait_for_function(
        "(value) => document.querySelector('[data-testid=template-preview]')"
        ".textContent.includes(value)",
        arg=first_value,
        polling=POLL_MS,
    )
    return values


# Two programs that both got a "you are my first choice" letter: the planner must object.
PLANNER_PROGRAMS = ("Lakeside University Hospital", "Riverside Medical Center")


def fill_planner(page) -> None:
    """Use the Planner's forms as a reader would: a season, two interviewed programs and a
    first-choice letter logged to each; waits until the planner flags the conflict."""
    page.fill("#season-deadline", "2027-03-03")
    page.locator("#season-form [type=submit]").click()
    for name in PLANNER_PROGRAMS:
        page.fill("#program-name", name)
        page.select_option("#program-status", "interviewed")
        page.fill("#program-interview-date", "2027-01-14")
        page.click("#program-submit")
        page.locator("[data-testid=program]", has_text=name).wait_for()
    for logged, name in enumerate(PLANNER_PROGRAMS, start=1):
        page.select_option("#message-program", label=name)
        page.select_option("#message-kind", "rank-first")
        page.fill("#message-sent", "2027-02-10")
        page.check("#message-rank-first")
        page.click("#message-submit")
        # Listed once saved: the form empties itself then, so filling in the next message
        # before that would lose what was typed (a slow save once left its kind unset).
        page.get_by_test_id("logged-message").nth(logged - 1).wait_for()
    page.locator("[data-testid=planner-finding][data-severity=error]").first.wait_for()


def check_draft_as_python_does(page, draft: str) -> set[str]:
    """Type `draft` into the Checker page and wait until it lists exactly the rules the
    Python checker finds in it (the page and the CLI must agree); returns those rule ids."""
    page.get_by_test_id("draft").fill(draft)
    expected = {finding.rule for finding in lint(draft).findings}
    page.wait_for_function(
        "(count) => document.querySelectorAll('[data-testid=finding]').length === count",
        arg=len(expected),
        timeout=PYTHON_TIMEOUT_MS,
        polling=POLL_MS,
    )
    shown = {f.get_attribute("data-rule") for f in page.get_by_test_id("finding").all()}
    assert shown == expected
    return expected


# --- the Checker page ---------------------------------------------------------------

DRAFT = "[data-testid=draft]"
FINDING = "[data-testid=finding]"
ASKS_ABOUT_RANK = "Could you tell me where I will be on your rank list?"
# A draft with findings of several rules and severities.
RISKY_DRAFT = (
    "Subject: Thank you for the interview\n\n"
    "Dear Dr. Rivera,\n\n"
    f"Thank you for meeting me on Tuesday. {ASKS_ABOUT_RANK} "
    "If you offer me a position outside the Match, I will accept it immediately.\n\n"
    "Sincerely,\nSam Lee\nAAMC ID: 12345678\n"
)


def wait_until_checked(page):
    page.wait_for_selector("[data-checker-output][aria-busy=false]", state="attached")


def type_draft(page, text):
    page.fill(DRAFT, text)  # the input event marks the findings busy at once
    wait_until_checked(page)


def open_checker(page, site_url):
    page.goto(f"{site_url}checker/")
    CHECKER.ready(page)


def reload_checker(page):
    page.reload()
    CHECKER.ready(page)


# --- the letter pages and the Planner -------------------------------------------------

COORDINATOR = "thank-you-coordinator"  # the letter page most tests use


def open_template_page(page, site_url, template_id):
    page.goto(f"{site_url}templates/{template_id}/")
    TEMPLATE_FORM.ready(page)


def fill_fields(page, values):
    """Type each value into the letter form's field of that name."""
    for name, value in values.items():
        page.fill(f"[data-field='{name}']", value)


def open_planner(page, site_url):
    page.goto(site_url + "planner/")
    PLANNER.ready(page)


def add_program(page, name, status="interviewed", interview=""):
    """Add a program with the Planner's form and wait until it is listed."""
    form = page.locator("#program-form")
    form.get_by_label("Program name").fill(name)
    form.get_by_label("Status").select_option(status)
    if interview:
        form.get_by_label("Date", exact=True).fill(interview)
    form.get_by_role("button", name="Add program").click()
    page.get_by_test_id("program").filter(has_text=name).wait_for()


# --- bringing a shared tool page back to empty between tests (see SharedPage) -----------


@dataclass(frozen=True)
class Tool:
    """How to wait until a tool page is usable, and how to empty it where it stands
    (returns False when something is left that only a reload clears)."""

    ready: Callable
    clear_in_place: Callable


def accept_next_dialog(page) -> None:
    page.once("dialog", lambda dialog: dialog.accept())


def checker_ready(page) -> None:
    wait_for_python(page)
    page.wait_for_selector("[data-rule-setting]", state="attached")
    page.wait_for_selector("[data-checker-output][aria-busy=false]", state="attached")


def clear_checker(page) -> bool:
    """Clear draft (which forgets the ignored findings too), kind back to automatic,
    Rules folded; a rule switched off is kept in memory, so that takes a reload."""
    if page.locator("[data-rule-setting]:not(:checked)").count():
        return False
    page.evaluate("() => { document.querySelector('[data-checker-settings]').open = false; }")
    page.select_option("[data-checker-kind]", "")
    if page.input_value("[data-testid=draft]"):
        accept_next_dialog(page)
        page.get_by_role("button", name="Clear draft").click()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=draft]').value === ''", polling=POLL_MS
    )
    return page.locator("[data-testid=ignored]").count() == 0


def template_form_ready(page) -> None:
    wait_for_python(page)
    page.wait_for_selector("[data-testid=template-form]")


def clear_template_form(page) -> bool:
    """Reset form (after its question) empties every field and the status line."""
    accept_next_dialog(page)
    page.get_by_role("button", name="Reset form").click()
    page.wait_for_selector("[data-testid=template-preview].template-form__preview--empty")
    return True


def planner_ready(page) -> None:
    page.get_by_test_id("checker-status").filter(has_text="ready").wait_for(
        timeout=PYTHON_TIMEOUT_MS
    )
    # The first plan has been drawn once the next steps list has its first item.
    page.get_by_test_id("next-step").first.wait_for()


def clear_planner(page) -> bool:
    """Clear all planner data (after its question), and leave any edit in the forms."""
    for cancel in ("#program-cancel", "#message-cancel"):
        if page.locator(cancel).is_visible():
            page.click(cancel)
    accept_next_dialog(page)
    page.click("#planner-clear")
    page.get_by_test_id("planner-message").filter(has_text="Planner cleared.").wait_for()
    page.get_by_text("No programs yet").wait_for()
    return page.input_value("#season-deadline") == ""


CHECKER = Tool(checker_ready, clear_checker)
TEMPLATE_FORM = Tool(template_form_ready, clear_template_form)
PLANNER = Tool(planner_ready, clear_planner)
