/* checker-card.js: the card under the draft box for the finding at the caret, and the keys
 * that jump from finding to finding.
 *
 * The textarea lies over the marks (checker-editor.js), so a click on a mark is a click in
 * the textarea: the caret's offset says which finding it is in. F8 / Alt+ArrowDown go to
 * the next finding and Shift+F8 / Alt+ArrowUp to the previous one (browsers and screen
 * readers leave these keys to the page in a text box); each jump is read out by a live
 * region, and selects the finding's words.
 */
(() => {
  "use strict";

  const findingsView = window.PreMatchCheckerFindings;

  /* `options`: {card, announcer, actions (as for renderFindings), severityName(severity)}. */
  function create(box, editor, options) {
    const { card, announcer, actions } = options;
    let shown = "";
    let jumped = -1; // index of the finding the last F8 went to

    function sorted() {
      return [...editor.findings()].sort(
        (a, b) => a.start_utf16 - b.start_utf16 || a.end_utf16 - b.end_utf16,
      );
    }

    /* Show the findings around the caret (nothing when it is in none of them). */
    function update() {
      const here = document.activeElement === box || card.contains(document.activeElement);
      if (!here && shown === "") {
        return;
      }
      const findings = editor.findingsAt(box.selectionStart);
      const key = findings.map((f) => `${f.rule}@${f.start_utf16}-${f.end_utf16}`).join(" ");
      if (key === shown) {
        return;
      }
      shown = key;
      if (findings.length === 0) {
        card.replaceChildren();
        card.hidden = true;
        return;
      }
      const list = window.PreMatchDom.element("ul", { class: "checker-card__list" });
      for (const finding of findings) {
        const item = findingsView.findingItem(finding, actions);
        item.dataset.testid = "card-finding"; // the list below stays the one "finding" list
        list.append(item);
      }
      card.replaceChildren(list);
      card.hidden = false;
    }

    /* Where the selection is now: the finding F8 last selected if its words are still
     * selected (two findings may share their words), else -1. */
    function currentIndex(findings) {
      const selected = (f) =>
        f && f.start_utf16 === box.selectionStart && f.end_utf16 === box.selectionEnd;
      if (selected(findings[jumped])) {
        return jumped;
      }
      return findings.findIndex(selected);
    }

    function nextIndex(findings) {
      const current = currentIndex(findings);
      if (current !== -1) {
        return (current + 1) % findings.length;
      }
      const after = findings.findIndex((f) => f.start_utf16 >= box.selectionStart);
      return after === -1 ? 0 : after;
    }

    function previousIndex(findings) {
      const current = currentIndex(findings);
      if (current !== -1) {
        return (current - 1 + findings.length) % findings.length;
      }
      const before = findings.findLastIndex((f) => f.start_utf16 < box.selectionStart);
      return before === -1 ? findings.length - 1 : before;
    }

    /* Go to the next (step 1) or previous (step -1) finding after or before the caret. */
    function jump(step) {
      const findings = sorted();
      if (findings.length === 0) {
        announcer.textContent = "No findings in this draft.";
        return;
      }
      const index = (step > 0 ? nextIndex : previousIndex)(findings);
      jumped = index;
      const finding = findings[index];
      box.setSelectionRange(finding.start_utf16, finding.end_utf16);
      editor.reveal(finding);
      update();
      const words = finding.text ? ` “${finding.text}”` : "";
      announcer.textContent =
        `${options.severityName(finding.severity)} ${index + 1} of ${findings.length}:` +
        `${words}. ${finding.message}`;
    }

    box.addEventListener("keydown", (event) => {
      const next =
        (event.key === "F8" && !event.shiftKey) || (event.altKey && event.key === "ArrowDown");
      const previous =
        (event.key === "F8" && event.shiftKey) || (event.altKey && event.key === "ArrowUp");
      if ((next || previous) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        jump(next ? 1 : -1);
      }
    });
    for (const type of ["click", "keyup", "focus", "select"]) {
      box.addEventListener(type, update);
    }
    card.hidden = true;

    return { update, jump };
  }

  window.PreMatchCheckerCard = { create };
})();
