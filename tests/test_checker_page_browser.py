"""The Email checker page, driven in Chromium against the built site.

What the page shows is compared with what checker.lint finds in Python for the same text:
the page must list every finding, mark exactly its words under the draft box and select
them in it. (The marks' position and the fixes: test_checker_editor_browser.py.)
"""

from __future__ import annotations

import pytest
from browser_helpers import (
    ASKS_ABOUT_RANK,
    CHECKER,
    DRAFT,
    FINDING,
    RISKY_DRAFT,
    TEMPLATE_FORM,
    open_checker,
    recorded_dialogs,
    reload_checker,
    settle,
    type_draft,
    wait_until_checked,
)
from xss_payloads import FLAG, PAYLOADS

from checker.findings import SEVERITIES
from checker.kinds import KINDS
from checker.lint import lint
from checker.templates import fill, list_templates
from testsupport.pages import open_logged_page
from testsupport.python import flush_python

pytestmark = pytest.mark.browser

SUMMARY = "[data-testid=checker-summary]"
BACKDROP = "[data-checker-backdrop]"  # the marked copy of the draft under the draft box
MARK = "[data-testid=mark]"


# The longest main-thread task the page may take in answer to a huge paste. Drawing a
# million characters or checking them on the main thread takes many seconds; the page's
# own work (measure the text, say it is too long) takes a few milliseconds (about 100 ms
# at load 6, while Chromium took 1.5 s to lay the pasted text out). On a machine so busy
# that laying the paste out took longer than this bound, that time plus OWN_WORK_MS is the
# bound: every task is slower then, and checking on the main thread would take many seconds.
RESPONSIVE_TASK_MS = 1500
OWN_WORK_MS = 500
LONG_TASKS = """() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longTasks.push([task.startTime, task.duration]);
  }).observe({type: "longtask"});
}"""


def python_findings(text, **options):
    return sorted((f.rule, f.severity, f.text) for f in lint(text, **options).findings)


def shown_findings(page):
    return sorted(
        page.eval_on_selector_all(
            FINDING,
            """items => items.map(item => [item.dataset.rule, item.dataset.severity,
                item.querySelector('.checker-finding__text')?.textContent ?? ''])""",
        ),
        key=tuple,
    )


def marked_text_by_rule(page):
    """{rule: the text of the marks for that rule, joined in document order}."""
    marks = page.eval_on_selector_all(
        MARK, "marks => marks.map(m => [m.dataset.rules, m.textContent])"
    )
    joined = {}
    for rules, text in marks:
        for rule in rules.split():
            joined[rule] = joined.get(rule, "") + text
    return joined


def expected_marks(text):
    """The same, from Python: each rule's matched words in order (rules here never overlap).
    A finding about something missing matches no words and has no mark."""
    joined = {}
    for finding in sorted(lint(text).findings, key=lambda f: f.start):
        if not finding.text:
            continue
        joined[finding.rule] = joined.get(finding.rule, "") + finding.text
    return joined


def mirrored_text(page):
    """The draft as the backdrop holds it (without the space that keeps a last empty line)."""
    text = page.eval_on_selector(BACKDROP, "node => node.textContent")
    assert text.endswith(" ")
    return text[:-1]


def selected_text(page):
    return page.eval_on_selector(
        DRAFT, "box => box.value.slice(box.selectionStart, box.selectionEnd)"
    )


def summary_text(page):
    return page.inner_text(SUMMARY)


def finding_item(page, rule):
    return page.locator(f"{FINDING}[data-rule='{rule}']").first


def test_the_risky_draft_is_flagged_in_python():
    rules = {rule for rule, _, _ in python_findings(RISKY_DRAFT)}
    assert {"binding-commitment", "asks-about-rank"} <= rules


def test_risky_draft_lists_and_marks_each_finding(checker):
    page, log = checker
    type_draft(page, RISKY_DRAFT)

    assert shown_findings(page) == [list(f) for f in python_findings(RISKY_DRAFT)]
    assert marked_text_by_rule(page) == expected_marks(RISKY_DRAFT)
    assert mirrored_text(page) == RISKY_DRAFT
    errors = sum(1 for _, severity, _ in python_findings(RISKY_DRAFT) if severity == "error")
    assert f"{errors} errors" in summary_text(page)
    assert "to fix before sending" in summary_text(page)
    assert summary_text(page) == lint(RISKY_DRAFT).summary  # the command line's words
    status = page.locator(SUMMARY)
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    assert page.locator(".checker-group h3").all_inner_texts()[0].startswith("Errors")
    assert log.console_errors == [] and log.page_errors == []
    assert log.outside_requests == []


def test_emoji_before_a_finding_marks_and_selects_the_right_characters(checker):
    page, _ = checker
    text = "😀😀 " + RISKY_DRAFT.replace("Tuesday.", "Tuesday 🎉.")
    type_draft(page, text)

    assert marked_text_by_rule(page) == expected_marks(text)
    assert shown_findings(page) == [list(f) for f in python_findings(text)]
    for item in page.locator(FINDING).all():
        item.locator(".checker-finding__show").click()
        assert selected_text(page) == item.evaluate(
            "item => item.querySelector('.checker-finding__text')?.textContent ?? ''"
        )
        assert page.evaluate("document.activeElement.dataset.testid") == "draft"


def test_overlapping_findings_are_cut_into_pieces_of_the_worst_severity(checker):
    page, _ = checker
    marks = page.evaluate(
        """() => {
            const view = document.createElement('div');
            const finding = (rule, severity, start, end) =>
                ({rule, severity, message: rule, start_utf16: start, end_utf16: end});
            PreMatchCheckerHighlight.render(view, "abcdefghij", [
                finding("a", "warning", 1, 6), finding("b", "error", 4, 8),
                finding("c", "info", 0, 10)], ["error", "warning", "info"]);
            return [view.textContent, [...view.querySelectorAll('[data-testid=mark]')].map(
                (m) => [m.textContent, m.dataset.severity, m.dataset.rule, m.dataset.rules])];
        }"""
    )
    assert marks == [
        "abcdefghij",
        [
            ["a", "info", "c", "c"],
            ["bcd", "warning", "a", "a c"],
            ["ef", "error", "b", "a b c"],
            ["gh", "error", "b", "b c"],
            ["ij", "info", "c", "c"],
        ],
    ]


def test_a_mark_over_findings_of_two_severities_takes_the_most_serious(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)  # two of its findings of different severities overlap
    marks = page.eval_on_selector_all(
        MARK, "marks => marks.map(m => [+m.dataset.start, +m.dataset.end, m.dataset.severity])"
    )
    findings = lint(RISKY_DRAFT).findings
    mixed = 0
    for start, end, severity in marks:
        under = {f.severity for f in findings if f.start_utf16 <= start and end <= f.end_utf16}
        assert severity == min(under, key=SEVERITIES.index)
        mixed += len(under) > 1
    assert mixed > 0


def test_ready_to_send_only_without_errors_or_warnings(checker):
    page, _ = checker
    ready = []
    for template in list_templates():
        letter = fill(template.id, template.example_values())
        severities = {severity for _, severity, _ in python_findings(letter)}
        type_draft(page, letter)
        if severities & {"error", "warning"}:
            assert "to fix before sending" in summary_text(page), template.id
            assert "Ready to send" not in summary_text(page), template.id
        else:
            assert summary_text(page).startswith("Ready to send"), template.id
            ready.append(template.id)
    assert ready, "no template letter passes the checker"


def test_kind_is_detected_and_can_be_chosen(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    detected = lint(RISKY_DRAFT)
    automatic = page.locator("[data-checker-kind] option[value='']").inner_text()
    assert automatic == f"Automatic (detected: {KINDS[detected.kind]})"
    for clue in detected.kind_clues:
        assert clue in page.inner_text("[data-checker-clues]")

    page.select_option("[data-checker-kind]", "logistics-question")
    wait_until_checked(page)
    forced = python_findings(RISKY_DRAFT, kind="logistics-question")
    assert shown_findings(page) == [list(f) for f in forced]
    assert page.inner_text("[data-checker-clues]") == ""


def test_fast_typing_shows_the_findings_of_the_last_text(checker):
    page, _ = checker
    type_draft(page, "Dear Dr. Rivera,\n\n")
    page.focus(DRAFT)
    page.keyboard.press("End")
    # Pauses around the debounce delay, so some checks are still running as more arrives.
    page.keyboard.type(ASKS_ABOUT_RANK, delay=140)
    wait_until_checked(page)
    flush_python(page)  # an answer to an older text would have arrived by now
    final = page.input_value(DRAFT)
    assert final.endswith(ASKS_ABOUT_RANK)
    assert shown_findings(page) == [list(f) for f in python_findings(final)]


def test_ignore_here_survives_edits_and_reloads_and_can_be_restored(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)

    finding_item(page, "asks-about-rank").get_by_role("button", name="Ignore").click()
    wait_until_checked(page)  # Python checks again, leaving the ignored finding out
    assert page.locator(f"{FINDING}[data-rule='asks-about-rank']").count() == 0
    assert "asks-about-rank" not in marked_text_by_rule(page)
    assert "1 ignored" in summary_text(page)
    assert page.get_by_text("Show ignored (1)").is_visible()

    type_draft(page, RISKY_DRAFT.replace("Tuesday", "Tuesday afternoon"))
    assert page.locator(f"{FINDING}[data-rule='asks-about-rank']").count() == 0
    reload_checker(page)
    page.wait_for_selector(f"{FINDING}[data-rule='binding-commitment']")
    assert page.locator(f"{FINDING}[data-rule='asks-about-rank']").count() == 0

    page.get_by_text("Show ignored (1)").click()
    page.get_by_role("button", name="Restore").click()
    page.wait_for_selector(f"{FINDING}[data-rule='asks-about-rank']")
    assert page.get_by_text("Show ignored").count() == 0
    assert "asks-about-rank" in marked_text_by_rule(page)


def test_a_rule_switched_off_stays_off_after_a_reload(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    page.get_by_text("Rules", exact=True).click()
    page.uncheck("[data-rule-setting='binding-commitment']")
    wait_until_checked(page)
    assert page.locator(f"{FINDING}[data-rule='binding-commitment']").count() == 0
    assert page.locator(f"{FINDING}[data-rule='asks-about-rank']").count() == 1

    reload_checker(page)
    page.wait_for_selector(f"{FINDING}[data-rule='asks-about-rank']")
    assert not page.is_checked("[data-rule-setting='binding-commitment']")
    assert page.locator(f"{FINDING}[data-rule='binding-commitment']").count() == 0

    page.get_by_text("Rules", exact=True).click()
    page.check("[data-rule-setting='binding-commitment']")
    page.wait_for_selector(f"{FINDING}[data-rule='binding-commitment']")


def test_the_draft_survives_a_reload_and_clear_asks_first(checker):
    page, _ = checker
    page.fill(DRAFT, RISKY_DRAFT)
    page.reload()  # at once: the draft is kept even before the check's pause has passed
    CHECKER.ready(page)
    assert page.input_value(DRAFT) == RISKY_DRAFT
    page.wait_for_selector(f"{FINDING}[data-rule='binding-commitment']")

    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Clear draft").click()
    assert questions and page.input_value(DRAFT) == RISKY_DRAFT

    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear draft").click()
    wait_until_checked(page)
    assert page.input_value(DRAFT) == ""
    assert page.locator(FINDING).count() == 0
    reload_checker(page)
    assert page.input_value(DRAFT) == ""


def test_an_empty_draft_gets_a_hint_not_an_error(checker):
    page, log = checker
    type_draft(page, "   \n  ")
    assert summary_text(page) == "Paste or type a draft to check it."
    assert page.locator(FINDING).count() == 0
    assert page.inner_text("[data-checker-input-message]") == ""
    assert log.page_errors == []


def test_control_characters_never_break_the_page(checker):
    page, log = checker
    junk = "\x00\x01\x02\x1b[31m\x7f\ufffd\ud800 " + RISKY_DRAFT + "\x00" * 50
    type_draft(page, junk)
    # Either findings or a clear sentence, never a blank or broken page.
    assert "to fix before sending" in summary_text(page) or "could not be checked" in summary_text(
        page
    )
    type_draft(page, RISKY_DRAFT)
    assert shown_findings(page) == [list(f) for f in python_findings(RISKY_DRAFT)]
    assert log.page_errors == []


def test_a_huge_paste_gets_a_size_message_and_the_page_stays_responsive(checker):
    page, log = checker
    huge = (RISKY_DRAFT * 20000)[:1_000_000]
    # Chromium's own layout of a 1 MB text box takes seconds on a busy machine; that is
    # the paste itself. The page's reaction to it starts with the input event.
    page.evaluate(LONG_TASKS)
    page.eval_on_selector(
        DRAFT,
        """async (box, text) => {
            const pasted = performance.now();
            box.value = text;
            box.offsetHeight;
            window.__layoutMs = performance.now() - pasted;
            await new Promise(requestAnimationFrame);
            await new Promise(requestAnimationFrame);
            window.__inputAt = performance.now();
            box.dispatchEvent(new InputEvent('input', {bubbles: true}));
        }""",
        huge,
    )
    wait_until_checked(page)
    page.get_by_text("Rules", exact=True).click()
    page.wait_for_function("document.querySelector('[data-checker-settings]').open")
    settle(page)  # long tasks are reported once they are over
    longest = page.evaluate(
        """() => Math.max(0, ...window.__longTasks
            .filter(([start, duration]) => start + duration > window.__inputAt)
            .map(([, duration]) => duration))"""
    )
    layout = page.evaluate("() => window.__layoutMs")
    # On a busy machine the bound follows Chromium's layout of the paste, plus at most
    # OWN_WORK_MS of the page's own: a page that blocks for a second of its own still fails.
    bound = max(RESPONSIVE_TASK_MS, layout + OWN_WORK_MS)
    assert longest < bound, (
        f"the page was busy for {longest:.0f} ms at once ({layout:.0f} ms to lay out the paste)"
    )

    message = page.inner_text("[data-checker-input-message]")
    assert "This draft is 1,000,000 characters long; the checker reads up to 50,000" in message
    assert page.eval_on_selector(BACKDROP, "node => node.textContent") == ""
    assert page.locator(FINDING).count() == 0
    assert page.eval_on_selector(DRAFT, "box => box.value.length") == 1_000_000
    reload_checker(page)
    assert page.eval_on_selector(DRAFT, "box => box.value.length") == 1_000_000
    assert log.page_errors == []


def test_a_refused_save_is_reported_and_the_text_kept(browser, memory_copies, site_url):
    context, page, _ = open_logged_page(browser, memory_copies)
    # A browser whose storage is full refuses every write.
    page.add_init_script(
        "Storage.prototype.setItem = function () {"
        " throw new DOMException('full', 'QuotaExceededError'); };"
    )
    try:
        open_checker(page, site_url)
        type_draft(page, RISKY_DRAFT)
        message = page.locator("[data-checker-input-message]")
        message.filter(has_text="would not keep your draft").wait_for()
        assert page.input_value(DRAFT) == RISKY_DRAFT
        page.wait_for_selector(f"{FINDING}[data-rule='binding-commitment']")
    finally:
        context.close()


def test_markup_in_the_draft_stays_text(checker):
    page, log = checker
    with recorded_dialogs(page) as dialogs:
        for payload in PAYLOADS:
            text = f"{payload}\n{ASKS_ABOUT_RANK}"
            type_draft(page, text)
            assert mirrored_text(page) == text, payload
            assert page.locator(f"{BACKDROP} :not({MARK})").count() == 0, payload
        everything = "\n".join(PAYLOADS) + "\n" + RISKY_DRAFT
        type_draft(page, everything)
        assert mirrored_text(page) == everything
        assert marked_text_by_rule(page) == expected_marks(everything)
        settle(page)  # any handler a payload injected would have run by now
    assert page.evaluate(f"window.{FLAG}") is None
    assert dialogs == []
    assert log.page_errors == []


def test_why_links_lead_to_the_guide_section(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    links = page.eval_on_selector_all(
        f"{FINDING} a.checker-finding__why", "links => links.map(link => link.href)"
    )
    assert len(links) == len(python_findings(RISKY_DRAFT))
    guide = page.context.new_page()  # the Checker page stays as it is for the next test
    try:
        for href in sorted(set(links)):
            guide.goto(href)
            anchor = href.split("#", 1)[1]
            assert guide.locator(f"[id='{anchor}']").count() == 1, href
    finally:
        guide.close()


def test_keyboard_alone_reaches_a_finding_and_selects_it(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    page.focus(DRAFT)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('checker-finding__show')"):
            break
    else:
        pytest.fail("Tab never reached a finding")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused finding shows no focus outline"
    matched = page.evaluate(
        "document.activeElement.querySelector('.checker-finding__text')?.textContent ?? ''"
    )
    page.keyboard.press("Enter")
    assert selected_text(page) == matched


def test_a_check_landing_while_a_finding_has_focus_keeps_the_focus_there(checker):
    page, log = checker
    type_draft(page, RISKY_DRAFT)
    button = page.locator(f"{FINDING} .checker-finding__show").nth(1)
    button.focus()
    before = button.inner_text()
    # Another check lands (as after a pause in typing) while the keyboard is on the list.
    page.eval_on_selector(DRAFT, "box => box.dispatchEvent(new Event('input'))")
    wait_until_checked(page)
    assert page.evaluate("document.activeElement.classList.contains('checker-finding__show')")
    assert page.evaluate("document.activeElement.innerText") == before
    assert log.page_errors == []


def test_leaving_and_coming_back_starts_python_again_cleanly(checker, site_url):
    page, log = checker
    type_draft(page, RISKY_DRAFT)
    page.goto(f"{site_url}templates/thank-you-coordinator/")
    TEMPLATE_FORM.ready(page)
    page.go_back()
    CHECKER.ready(page)
    page.wait_for_selector(f"{FINDING}[data-rule='binding-commitment']")
    type_draft(page, RISKY_DRAFT + "\nThx!!")
    assert shown_findings(page) == [list(f) for f in python_findings(RISKY_DRAFT + "\nThx!!")]
    assert log.console_errors == [] and log.page_errors == []
    assert log.outside_requests == []


def test_a_model_backstop_finding_shows_with_its_words(checker):
    """The statistical backstop (checker/model) runs in Pyodide too, weights and all."""
    page, log = checker
    text = "Dear Dr. Rivera,\n\nHas my application reached the top yet?\n\nSincerely,\nAna"
    # The draft must be one that only the model catches, as in tests/test_model.py's FLAGGED;
    # a retrain or a wider rule can change that (the first assert says so when it does).
    assert any("recognised from its wording" in f.message for f in lint(text).findings)
    type_draft(page, text)
    assert shown_findings(page) == [list(f) for f in python_findings(text)]
    assert "recognised from its wording" in finding_item(page, "checking-in").inner_text()
    assert log.console_errors == [] and log.page_errors == []
