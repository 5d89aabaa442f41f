/* dom.js: the small DOM helpers every page script shares (window.PreMatchDom).
 *
 * The reader's own text only ever goes in through `text` (a text node), never as markup.
 */
(() => {
  "use strict";

  /* <tag> with `attributes` set as HTML attributes ({class, for, "data-testid", ...}; a
   * true value sets an empty attribute, false or null leaves it out) and `text` inside. */
  function element(tag, attributes = {}, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== false && value !== null && value !== undefined) {
        node.setAttribute(name, value === true ? "" : String(value));
      }
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /* A plain <button type="button"> that calls onClick. */
  function button(label, onClick, attributes = {}) {
    const node = element("button", { type: "button", ...attributes }, label);
    node.addEventListener("click", onClick);
    return node;
  }

  /* <option>s for a <select>, from [value, label] pairs (Object.entries of a vocabulary). */
  function options(pairs) {
    return pairs.map(([value, label]) => element("option", { value }, label));
  }

  const drawn = new WeakMap(); // target -> Map(signature -> the child drawn for it)

  /* Make `target`'s children one per entry [signature, build], in order. A child whose
   * signature (a string holding everything its build() reads) was drawn by the last call
   * is kept as it is, with its listeners and focus; only new signatures are built. So an
   * edit to one row of a long list rebuilds that row alone, not the whole list. */
  function redraw(target, entries) {
    const before = drawn.get(target) || new Map();
    const after = new Map();
    const children = entries.map(([signature, build]) => {
      const child = before.get(signature) || build();
      before.delete(signature); // an identical second entry gets a node of its own
      after.set(signature, child);
      return child;
    });
    drawn.set(target, after);
    let cursor = target.firstChild;
    for (const child of children) {
      if (child === cursor) {
        cursor = cursor.nextSibling;
      } else {
        target.insertBefore(child, cursor); // moved or new: nothing else is touched
      }
    }
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  }

  /* Save `text` as a file named `filename`, made in the page (nothing is fetched). */
  function download(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = element("a", { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    // The browser reads the blob after click() returns: free it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  window.PreMatchDom = { element, button, options, redraw, download };
})();
