/* checker-highlight.js: the draft cut into pieces, each finding's span marked (drawn under
 * the draft box by checker-editor.js).
 *
 * The draft is the reader's own text, so it only ever becomes text nodes: never markup.
 * Findings may overlap; the text is cut at every span edge and each piece is marked with
 * the most serious severity that covers it. `severities` lists the severity ids most
 * serious first, as Python's `vocabulary` gives them.
 */
(() => {
  "use strict";

  /* Pieces of `text` in order: {start, end, severity (or null), findings}. Offsets are
   * JavaScript string indices (the findings' start_utf16 / end_utf16).
   *
   * One sweep over the sorted span edges, keeping the findings open at each point, so
   * thousands of findings (a letter of emoticons) cost O(n log n), not a pass per piece. */
  function segments(text, findings, severities) {
    const clamp = (offset) => Math.max(0, Math.min(text.length, offset));
    const spans = findings.map((finding, index) => ({
      finding,
      index,
      start: clamp(finding.start_utf16),
      end: clamp(finding.end_utf16),
    }));
    const opening = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
    const closing = [...opening].sort((a, b) => a.end - b.end);
    const edges = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])];
    edges.sort((a, b) => a - b);
    const open = new Set();
    const pieces = [];
    let opened = 0;
    let closed = 0;
    let covering = [];
    for (let i = 0; i + 1 < edges.length; i += 1) {
      const start = edges[i];
      let changed = i === 0;
      while (closed < closing.length && closing[closed].end <= start) {
        open.delete(closing[closed]);
        closed += 1;
        changed = true;
      }
      while (opened < opening.length && opening[opened].start <= start) {
        open.add(opening[opened]);
        opened += 1;
        changed = true;
      }
      const previous = pieces[pieces.length - 1];
      // Neighbouring pieces covered by exactly the same findings stay one mark.
      if (previous && !changed) {
        previous.end = edges[i + 1];
        continue;
      }
      covering = [...open].sort((a, b) => a.index - b.index).map((s) => s.finding);
      const severity = covering.reduce(
        (worst, f) =>
          worst && severities.indexOf(worst) <= severities.indexOf(f.severity) ? worst : f.severity,
        null,
      );
      pieces.push({ start, end: edges[i + 1], severity, findings: covering });
    }
    return pieces;
  }

  /* Replace the contents of `container` with the draft, each marked piece in a
   * span.checker-mark: data-rule is its most serious finding's rule, data-rules all of them,
   * data-start/data-end its offsets in the draft. */
  function render(container, text, findings, severities) {
    const fragment = document.createDocumentFragment();
    for (const piece of segments(text, findings, severities)) {
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

  window.PreMatchCheckerHighlight = { segments, render };
})();
