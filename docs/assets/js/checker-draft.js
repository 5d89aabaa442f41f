/* checker-draft.js: what the Email checker page does with the draft box itself: measure
 * the draft the way Python does, and select a finding's words in it.
 */
(() => {
  "use strict";

  /* Python counts characters as code points; a JavaScript string counts UTF-16 units. */
  function codePointCount(text) {
    let count = 0;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit < 0xdc00 || unit > 0xdfff) {
        count += 1;
      }
    }
    return count;
  }

  /* Select the finding's words in the draft box so the reader can edit them. */
  function select(box, finding) {
    let start = finding.start_utf16;
    let end = finding.end_utf16;
    if (box.value.slice(start, end) !== finding.text) {
      // The draft changed since this check: fall back to the first place the words appear.
      start = box.value.indexOf(finding.text);
      end = start + finding.text.length;
    }
    // Blurring first makes focus() scroll the box to the selection.
    box.blur();
    if (start >= 0) {
      box.setSelectionRange(start, end);
    }
    box.focus();
  }

  window.PreMatchCheckerDraft = { codePointCount, select };
})();
