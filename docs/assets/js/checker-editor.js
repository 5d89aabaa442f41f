/* checker-editor.js: marks under the words of the draft box itself.
 *
 * The textarea stays the real editor (typing, undo, IME, spell check all native); it is
 * transparent and lies over a "backdrop" that holds the same text, laid out the same way
 * (font, padding, wrapping, width, scroll), with each finding's words wrapped in a mark.
 * The backdrop's text is invisible: only the marks' colours and underlines show through.
 *
 * Between a keystroke and the next check, the marks move with the text they mark: marks
 * before the edit stay, marks after it shift, a mark the edit touches goes.
 */
(() => {
  "use strict";

  const highlight = window.PreMatchCheckerHighlight;
  // Drafts longer than the checker reads (50,000 code points, at most twice as many UTF-16
  // units) get no marks, so a huge paste is not laid out a second time.
  const MAX_MIRRORED = 100000;
  // What the backdrop copies from the textarea's computed style to lay text out the same.
  const LAYOUT = [
    "boxSizing",
    "fontFamily",
    "fontSize",
    "fontStyle",
    "fontWeight",
    "fontVariant",
    "fontStretch",
    "letterSpacing",
    "lineHeight",
    "wordSpacing",
    "tabSize",
    "textIndent",
    "textTransform",
    "textAlign",
    "direction",
    "whiteSpace",
    "overflowWrap",
    "wordBreak",
    "paddingTop",
    "paddingLeft",
    "paddingBottom",
    "borderTopWidth",
    "borderRightWidth",
    "borderBottomWidth",
    "borderLeftWidth",
  ];

  /* The findings of `before`, moved to where their words are in `after` (one edit apart). */
  function follow(before, after, findings) {
    if (before === after) {
      return findings;
    }
    const shortest = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < shortest && before[prefix] === after[prefix]) {
      prefix += 1;
    }
    let suffix = 0;
    while (
      suffix < shortest - prefix &&
      before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
    ) {
      suffix += 1;
    }
    const editEnd = before.length - suffix; // the edit replaced before[prefix:editEnd]
    const delta = after.length - before.length;
    const moved = [];
    for (const finding of findings) {
      if (finding.end_utf16 <= prefix && finding.start_utf16 < prefix) {
        moved.push(finding);
      } else if (finding.start_utf16 >= editEnd && finding.end_utf16 > editEnd) {
        moved.push({
          ...finding,
          start_utf16: finding.start_utf16 + delta,
          end_utf16: finding.end_utf16 + delta,
        });
      }
    }
    return moved;
  }

  /* Mirror `box` in `backdrop`; `severities()` gives the severity ids most serious first.
   * Returns {show(text, findings), findings(), findingsAt(offset), reveal(finding)}. */
  function create(box, backdrop, severities) {
    let text = box.value;
    let findings = [];

    function copyLayout() {
      const style = getComputedStyle(box);
      for (const property of LAYOUT) {
        backdrop.style[property] = style[property];
      }
      // A scroll bar narrows the box's text; the backdrop has none, so it pads for it.
      const borders =
        Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth);
      const scrollBar = box.offsetWidth - box.clientWidth - borders;
      backdrop.style.paddingRight = `${Number.parseFloat(style.paddingRight) + scrollBar}px`;
      backdrop.style.width = `${box.offsetWidth}px`;
      backdrop.style.height = `${box.offsetHeight}px`;
      syncScroll();
    }

    function syncScroll() {
      backdrop.scrollTop = box.scrollTop;
      backdrop.scrollLeft = box.scrollLeft;
    }

    function render() {
      if (findings.length === 0 || text.length > MAX_MIRRORED) {
        backdrop.replaceChildren();
        return;
      }
      highlight.render(backdrop, text, findings, severities());
      // A textarea gives a last empty line its height; a block of text does not.
      backdrop.append(document.createTextNode(" "));
      copyLayout();
    }

    function show(checkedText, checkedFindings) {
      text = box.value;
      findings = follow(checkedText, text, checkedFindings);
      render();
    }

    box.addEventListener("input", () => show(text, findings));
    box.addEventListener("scroll", syncScroll);
    new ResizeObserver(copyLayout).observe(box);

    return {
      show,
      findings: () => findings,
      /* The findings whose words hold the caret at `offset` (touching either end counts). */
      findingsAt: (offset) =>
        findings.filter((f) => f.start_utf16 <= offset && offset <= f.end_utf16),
      /* Scroll the box, if need be, so the finding's words are in view (a third of the way
       * down). */
      reveal(finding) {
        const mark = [...backdrop.querySelectorAll("[data-testid=mark]")].find(
          (node) =>
            node.dataset.rules.split(" ").includes(finding.rule) &&
            Number(node.dataset.start) <= finding.start_utf16 &&
            finding.start_utf16 < Number(node.dataset.end),
        );
        const inView =
          mark &&
          mark.offsetTop >= box.scrollTop &&
          mark.offsetTop + mark.offsetHeight <= box.scrollTop + box.clientHeight;
        if (mark && !inView) {
          box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
        }
      },
    };
  }

  window.PreMatchCheckerEditor = { create, follow };
})();
