/* checker-fixes.js: one-click fixes in the draft box.
 *
 * "Use this wording" puts a finding's replacement (from Python, checker/fixes.py) in place
 * of exactly its words; "Fix" on an unfilled placeholder selects it so the reader types
 * over it. Nothing outside the finding's words changes. The edit goes through the
 * browser's own editing command, so Ctrl+Z undoes it and Ctrl+Shift+Z (or Ctrl+Y) redoes
 * it; the "input" event it fires has the draft checked again.
 */
(() => {
  "use strict";

  const PLACEHOLDER_RULE = "unfilled-placeholder";

  /* Replace box.value[start:end] with `wording` as if the reader had typed it. */
  function replace(box, start, end, wording) {
    box.focus();
    box.setSelectionRange(start, end);
    // execCommand is the one way to edit a textarea that joins its undo history;
    // setRangeText does not (it stays as the fallback where the command is missing).
    const typed = document.execCommand("insertText", false, wording);
    if (!typed || box.value.slice(start, start + wording.length) !== wording) {
      box.setRangeText(wording, start, end, "end");
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  /* Apply the finding's fix to `box`; false when the draft no longer holds its words. */
  function apply(box, finding) {
    const start = finding.start_utf16;
    const end = finding.end_utf16;
    if (box.value.slice(start, end) !== finding.text) {
      return false;
    }
    if (finding.replacement === null || finding.replacement === undefined) {
      box.focus();
      box.setSelectionRange(start, end); // a placeholder: typing replaces it
    } else {
      replace(box, start, end, finding.replacement);
    }
    return true;
  }

  /* The fix button for a finding, or null when it has none. `onFix(finding)` applies it. */
  function button(finding, onFix) {
    let label;
    let name;
    if (typeof finding.replacement === "string") {
      label = "Use this wording";
      name = `Use this wording: “${finding.replacement}” instead of “${finding.text}”`;
    } else if (finding.rule === PLACEHOLDER_RULE && finding.text) {
      label = "Fix";
      name = `Fix: select “${finding.text}” to type over it`;
    } else {
      return null;
    }
    const node = window.PreMatchDom.button(label, () => onFix(finding), {
      class: "checker-finding__action checker-finding__fix",
      "data-testid": "fix",
      "aria-label": name,
    });
    if (typeof finding.replacement === "string") {
      node.append(": ", window.PreMatchDom.element("q", {}, finding.replacement));
    }
    return node;
  }

  window.PreMatchCheckerFixes = { apply, button };
})();
