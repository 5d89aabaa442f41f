/* checker-kind.js: the letter-kind choice on the Email checker page: "Automatic" (Python
 * detects the kind, and the page says from what) or a kind the reader picks.
 */
(() => {
  "use strict";

  /* `select` holds the "Automatic" option (value ""); `clues` is the line that explains it. */
  function create(select, clues) {
    const automatic = select.querySelector("option[value='']");
    let labels = {};

    function clear() {
      automatic.textContent = "Automatic";
      clues.textContent = "";
    }

    return {
      /* The kind to send to lint: null lets Python detect it. */
      chosen: () => select.value || null,
      fill(kinds) {
        labels = kinds;
        select.append(...window.PreMatchDom.options(Object.entries(kinds)));
      },
      clear,
      /* What lint decided, for a draft checked as "Automatic". */
      show(result) {
        if (result.kind_forced) {
          clear();
          return;
        }
        automatic.textContent = `Automatic (detected: ${labels[result.kind] || result.kind})`;
        clues.textContent =
          result.kind_clues.length > 0 ? `Detected from: ${result.kind_clues.join("; ")}.` : "";
      },
    };
  }

  window.PreMatchCheckerKind = { create };
})();
