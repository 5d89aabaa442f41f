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

  window.PreMatchDom = { element, button, options, download };
})();
