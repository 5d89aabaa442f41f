"""Marks inside the draft box, the card at the caret, F8 between findings and one-click
fixes on the Email checker page, in Chromium against the built site.

Where a mark sits is checked against an independent measurement: a plain copy of the
textarea (every computed style property, the same size and scroll) holding the draft as one
text node, and a DOM Range over the finding's characters in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import (
    DRAFT,
    FINDING,
    RISKY_DRAFT,
    reload_checker,
    show_finding_card,
    type_draft,
    wait_until_checked,
)

from checker.lint import lint
from testsupport.python import flush_python

pytestmark = pytest.mark.browser


LETTERS = Path(__file__).parent / "letters"
MARK = "[data-testid=mark]"
CARD = "[data-testid=finding-card]"
FIX = "[data-testid=fix]"

# For each mark: its rectangles, and a Range's rectangles over the same characters in a
# fresh copy of the textarea that knows nothing of marks.
MEASURE = """() => {
  const box = document.querySelector('[data-testid=draft]');
  const style = getComputedStyle(box);
  const copy = document.createElement('div');
  for (const property of style) {
    copy.style.setProperty(property, style.getPropertyValue(property));
  }
  const place = box.getBoundingClientRect();
  Object.assign(copy.style, {position: 'fixed', left: place.left + 'px', top: place.top + 'px',
    margin: '0', overflow: 'hidden', visibility: 'hidden', pointerEvents: 'none'});
  // A textarea keeps a last empty line and reserves its scroll bar's width inside the box.
  copy.textContent = box.value + ' ';
  copy.style.overflowY = box.scrollHeight > box.clientHeight ? 'scroll' : 'hidden';
  document.body.append(copy);
  copy.scrollTop = box.scrollTop;
  const range = document.createRange();
  const rects = (list) => [...list].filter((r) => r.width > 0).map(
    (r) => [Math.round(r.left), Math.round(r.top), Math.round(r.right), Math.round(r.bottom)]);
  const result = [...document.querySelectorAll('[data-testid=mark]')].map((mark) => {
    range.setStart(copy.firstChild, Number(mark.dataset.start));
    range.setEnd(copy.firstChild, Number(mark.dataset.end));
    return {text: mark.textContent, rule: mark.dataset.rule,
            mark: rects(mark.getClientRects()), text_rects: rects(range.getClientRects()),
            visible: mark.getBoundingClientRect().bottom > place.top &&
                     mark.getBoundingClientRect().top < place.bottom};
  });
  copy.remove();
  return result;
}"""


def measure(page):
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")
    return page.evaluate(MEASURE)


def lines(rects):
    """Rectangles joined per line of text (a Range may cut a line into several)."""
    joined = {}
    for left, top, right, bottom in rects:
        line = joined.setdefault((top, bottom), [left, top, right, bottom])
        line[0], line[2] = min(line[0], left), max(line[2], right)
    return sorted(joined.values(), key=lambda r: (r[1], r[0]))


def assert_marks_aligned(page):
    marks = measure(page)
    assert marks, "no marks in the draft box"
    for mark in marks:
        drawn_lines, text_lines = lines(mark["mark"]), lines(mark["text_rects"])
        assert len(drawn_lines) == len(text_lines), mark
        for drawn, text in zip(drawn_lines, text_lines, strict=True):
            # Both x and y, edge by edge, within a pixel of rounding.
            assert all(abs(a - b) <= 1 for a, b in zip(drawn, text, strict=True)), mark
    return marks


def expected_joined(text):
    """{rule: its findings' words joined in order}, from Python (findings with words)."""
    joined = {}
    for finding in sorted(lint(text).findings, key=lambda f: f.start):
        if finding.text:
            joined[finding.rule] = joined.get(finding.rule, "") + finding.text
    return joined


def joined_marks(page):
    """The same from the marks in the draft box, in document order."""
    joined = {}
    for rules, words in page.eval_on_selector_all(
        MARK, "marks => marks.map(m => [m.dataset.rules, m.textContent])"
    ):
        for rule in rules.split():
            joined[rule] = joined.get(rule, "") + words
    return joined


def test_marks_sit_on_the_flagged_words_as_the_box_scrolls_and_resizes(checker):
    page, log = checker
    # Emoji (two UTF-16 units each) before the findings, and a line ending the box had to
    # normalise (a textarea keeps "\n" for "\r\n").
    letter = (LETTERS / "crlf-emoji-thank-you.txt").read_text(encoding="utf-8")
    text = "😀 " + RISKY_DRAFT.replace("Tuesday.", "Tuesday 🎉.") + letter
    type_draft(page, text)
    value = page.input_value(DRAFT)
    assert "\r" not in value
    page.wait_for_selector(MARK)
    assert joined_marks(page) == expected_joined(value)
    assert_marks_aligned(page)

    # A narrow box wraps the lines differently; a short one scrolls.
    page.eval_on_selector(
        DRAFT, "box => { box.style.width = '260px'; box.style.height = '120px'; }"
    )
    assert_marks_aligned(page)
    # Scrolled so that the marks of the first lines are out of view and later ones in it.
    page.eval_on_selector(
        DRAFT,
        """box => { box.scrollTop = [...document.querySelectorAll('[data-testid=mark]')]
            .find((m) => m.offsetTop > box.clientHeight).offsetTop - 20; }""",
    )
    marks = assert_marks_aligned(page)
    assert any(m["visible"] for m in marks) and not all(m["visible"] for m in marks)
    page.eval_on_selector(DRAFT, "box => box.removeAttribute('style')")  # the page is shared
    assert log.page_errors == []


def test_marks_follow_the_text_while_the_reader_types(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    page.focus(DRAFT)
    page.keyboard.press("Control+Home")
    # Before the check answers, the marks after the edit have moved with their words.
    page.keyboard.type("Hello again. ")
    assert_marks_aligned(page)
    wait_until_checked(page)
    flush_python(page)  # an answer to an older text would have arrived by now
    assert_marks_aligned(page)
    assert joined_marks(page) == expected_joined(page.input_value(DRAFT))


def test_the_caret_in_a_mark_shows_its_card(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    assert page.locator(CARD).is_hidden()
    finding = next(f for f in lint(RISKY_DRAFT).findings if f.rule == "asks-about-rank")

    # A click on the mark lands in the textarea over it.
    show_finding_card(page, f"{MARK}[data-rule='asks-about-rank']")
    card = page.locator(CARD)
    assert card.locator("[data-testid=card-finding]").get_attribute("data-rule") == (
        "asks-about-rank"
    )
    assert finding.message in card.inner_text()
    assert (
        card.locator("a.checker-finding__why")
        .get_attribute("href")
        .endswith(finding.url.split("#")[1])
    )
    assert card.get_by_role("button", name="Ignore here").is_visible()

    # Moving the caret out of every mark hides it; back in by keyboard shows it again.
    page.eval_on_selector(DRAFT, "box => box.setSelectionRange(0, 0)")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowLeft")
    assert card.is_hidden() or "asks-about-rank" not in (
        card.locator("[data-testid=card-finding]").first.get_attribute("data-rule") or ""
    )
    page.eval_on_selector(DRAFT, "(box, at) => box.setSelectionRange(at, at)", finding.start_utf16)
    page.keyboard.press("ArrowRight")
    assert card.locator("[data-testid=card-finding][data-rule='asks-about-rank']").count() == 1
    # The list of findings below is still the one list: the card adds none to it.
    assert page.locator(FINDING).count() == len(lint(RISKY_DRAFT).findings)


def test_f8_and_alt_arrows_go_from_finding_to_finding_and_say_where(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    findings = sorted(lint(RISKY_DRAFT).findings, key=lambda f: (f.start_utf16, f.end_utf16))
    page.focus(DRAFT)
    page.keyboard.press("Control+Home")
    announcer = page.locator("[data-checker-announcer]")
    assert announcer.get_attribute("role") == "status"

    def selection():
        return page.eval_on_selector(DRAFT, "box => [box.selectionStart, box.selectionEnd]")

    seen = []
    for _ in findings:
        page.keyboard.press("F8")
        seen.append(selection())
    assert seen == [[f.start_utf16, f.end_utf16] for f in findings]
    last = findings[-1]
    assert f"{len(findings)} of {len(findings)}" in announcer.inner_text()
    assert last.message in announcer.inner_text()

    page.keyboard.press("F8")  # round again to the first
    assert selection() == [findings[0].start_utf16, findings[0].end_utf16]
    page.keyboard.press("Shift+F8")  # and back to the last
    assert selection() == [last.start_utf16, last.end_utf16]
    page.keyboard.press("Alt+ArrowUp")
    assert selection() == [findings[-2].start_utf16, findings[-2].end_utf16]
    page.keyboard.press("Alt+ArrowDown")
    assert selection() == [last.start_utf16, last.end_utf16]
    assert page.locator(CARD).is_visible()
    assert page.input_value(DRAFT) == RISKY_DRAFT  # the keys never typed anything

    # In a box too short for the draft, the box scrolls to show the finding F8 goes to.
    page.eval_on_selector(DRAFT, "box => { box.style.height = '80px'; box.scrollTop = 0; }")
    page.keyboard.press("Control+Home")
    page.keyboard.press("Shift+F8")
    assert selection() == [last.start_utf16, last.end_utf16]
    # The marks follow the box's scroll event, which comes with the next frame: wait for it.
    in_view = """(draft) => { const box = document.querySelector(draft);
        const r = box.getBoundingClientRect();
        const m = [...document.querySelectorAll('[data-testid=mark]')].at(-1)
            .getBoundingClientRect();
        return box.scrollTop > 0 && m.top >= r.top && m.bottom <= r.bottom; }"""
    try:
        page.wait_for_function(in_view, arg=DRAFT, timeout=10_000)
    finally:
        page.eval_on_selector(DRAFT, "box => box.removeAttribute('style')")  # the page is shared


def test_a_fix_replaces_the_words_and_undo_and_redo_work(checker):
    page, _ = checker
    text = RISKY_DRAFT.replace(
        "Thank you for meeting", "I will rank your program #1. Thx for meeting"
    )
    type_draft(page, text)
    fixes = {f.rule: f for f in lint(text).findings if f.replacement}
    rank = fixes["rank-first-claim"]

    item = page.locator(f"{FINDING}[data-rule='rank-first-claim']")
    fix = item.locator(FIX)
    assert fix.inner_text() == f"Use this wording: {rank.replacement}"  # quoted by CSS
    fix.click()
    fixed = text[: rank.start_utf16] + rank.replacement + text[rank.end_utf16 :]
    assert page.input_value(DRAFT) == fixed
    wait_until_checked(page)
    page.wait_for_selector(f"{FINDING}[data-rule='rank-first-claim']", state="detached")
    assert page.evaluate("document.activeElement.dataset.testid") == "draft"

    page.keyboard.press("Control+z")
    assert page.input_value(DRAFT) == text
    page.wait_for_selector(f"{FINDING}[data-rule='rank-first-claim']")
    page.keyboard.press("Control+Shift+z")
    assert page.input_value(DRAFT) == fixed
    wait_until_checked(page)
    page.wait_for_selector(f"{FINDING}[data-rule='rank-first-claim']", state="detached")
    assert_marks_aligned(page)


def test_every_fix_of_a_bad_letter_leaves_the_rest_byte_identical(checker):
    page, log = checker
    text = (LETTERS / "bad-everything.txt").read_text(encoding="utf-8")
    type_draft(page, text)
    offered = [f for f in lint(text).findings if f.replacement is not None]
    rules = {f.rule for f in offered}
    assert len(offered) >= 3
    assert page.locator(f"{FINDING} {FIX}").count() == len(offered)

    # Apply them one by one, each time on the findings of the draft as it is now.
    while page.locator(f"{FINDING} {FIX}").count():
        page.locator(f"{FINDING} {FIX}").first.click()
        wait_until_checked(page)
        flush_python(page)  # the check of the fixed text has been asked for and answered
        wait_until_checked(page)
    result = page.input_value(DRAFT)
    expected = text
    for finding in sorted(offered, key=lambda f: f.start_utf16, reverse=True):
        expected = (
            expected[: finding.start_utf16] + finding.replacement + expected[finding.end_utf16 :]
        )
    assert result == expected  # only the flagged words changed, and each exactly once
    assert [f.rule for f in lint(result).findings if f.rule in rules] == []
    assert log.page_errors == []


def test_fix_on_a_placeholder_selects_it_to_type_over(checker):
    page, _ = checker
    text = (LETTERS / "bad-template-leftovers.txt").read_text(encoding="utf-8")
    type_draft(page, text)
    placeholder = next(f for f in lint(text).findings if f.text == "[Specialty]")
    item = page.locator(f"{FINDING}[data-rule='unfilled-placeholder']").filter(
        has_text="[Specialty]"
    )
    item.locator(FIX).click()
    assert (
        page.eval_on_selector(DRAFT, "box => box.value.slice(box.selectionStart, box.selectionEnd)")
        == "[Specialty]"
    )
    page.keyboard.type("Family Medicine")
    value = page.input_value(DRAFT)
    assert (
        value == text[: placeholder.start_utf16] + "Family Medicine" + text[placeholder.end_utf16 :]
    )
    wait_until_checked(page)
    flush_python(page)
    assert "[Specialty]" not in page.inner_text("[data-checker-findings]")


def test_a_reload_keeps_marks_on_the_saved_draft(checker):
    page, _ = checker
    type_draft(page, RISKY_DRAFT)
    reload_checker(page)
    wait_until_checked(page)
    page.wait_for_selector(MARK)
    assert_marks_aligned(page)
