/* checker-highlight.js: the draft cut into pieces, each finding's span marked (drawn under
 * the draft box by checker-editor.js).
 *
 * The draft is the reader's own text, so it only ever becomes text nodes: never markup.
 * Findings may overlap; the text is cut at every span edge and each piece is marked with
 * the most serious severity that covers it.
 */
(() => {
  "use strict";

  const SEVERITY_RANK = { info: 1, warning: 2, error: 3 };

  /* Pieces of `text` in order: {start, end, severity (or null), findings}. Offsets are
   * JavaScript string indices (the findings' start_utf16 / end_utf16). */
  function segments(text, findings) {
    const cuts = new Set([0, text.length]);
    for (const finding of findings) {
      cuts.add(Math.max(0, Math.min(text.length, finding.start_utf16)));
      cuts.add(Math.max(0, Math.min(text.length, finding.end_utf16)));
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < edges.length; i += 1) {
      const start = edges[i];
      const end = edges[i + 1];
      const covering = findings.filter((f) => f.start_utf16 <= start && f.end_utf16 >= end);
      const severity = covering.reduce(
        (worst, f) =>
          worst && SEVERITY_RANK[worst] >= SEVERITY_RANK[f.severity] ? worst : f.severity,
        null,
      );
      const previous = pieces[pieces.length - 1];
      // Neighbouring pieces covered by exactly the same findings stay one mark.
      if (previous && sameFindings(previous.findings, covering)) {
        previous.end = end;
      } else {
        pieces.push({ start, end, severity, findings: covering });
      }
    }
    return pieces;
  }

  function sameFindings(a, b) {
    return a.length === b.length && a.every((finding, index) => finding === b[index]);
  }

  /* Replace the contents of `container` with the draft, each marked piece in a
   * span.checker-mark: data-rule is its most serious finding's rule, data-rules all of them,
   * data-start/data-end its offsets in the draft. */
  function render(container, text, findings) {
    const fragment = document.createDocumentFragment();
    for (const piece of segments(text, findings)) {
      const pieceText = text.slice(piece.start, piece.end);
      if (piece.severity === null) {
        fragment.append(document.createTextNode(pieceText));
        continue;
      }
      const mark = document.createElement("span");
      mark.className = `checker-mark checker-mark--${piece.severity}`;
      mark.dataset.testid = "mark";
      mark.dataset.severity = piece.severity;
      mark.dataset.rule = piece.findings.find((f) => f.severity === piece.severity).rule;
      mark.dataset.rules = [...new Set(piece.findings.map((f) => f.rule))].join(" ");
      mark.dataset.start = String(piece.start);
      mark.dataset.end = String(piece.end);
      mark.textContent = pieceText;
      fragment.append(mark);
    }
    container.replaceChildren(fragment);
  }

  window.PreMatchCheckerHighlight = { segments, render, SEVERITY_RANK };
})();
