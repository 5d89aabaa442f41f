/* python-status.js: shows the Python runtime's stage (python-client.js) in every
 * <div data-python-status></div> of the page, with a Retry button after a failed start.
 */
(() => {
  "use strict";

  const python = window.PreMatchPython;
  if (!python) {
    return;
  }
  const { element, button } = window.PreMatchDom;
  let current = { stage: "starting", text: "" };

  function render() {
    const { stage, text } = current;
    for (const mount of document.querySelectorAll("[data-python-status]")) {
      let line = mount.querySelector('[data-testid="checker-status"]');
      if (!line) {
        line = element("p", {
          "data-testid": "checker-status",
          role: "status",
          "aria-live": "polite",
        });
        mount.appendChild(line);
      }
      line.textContent = text;
      mount.dataset.stage = stage;
      let retry = mount.querySelector('[data-testid="checker-retry"]');
      if (stage === "failed" && !retry) {
        retry = button("Retry", () => python.start().catch(() => {}), {
          class: "md-button",
          "data-testid": "checker-retry",
        });
        mount.appendChild(retry);
      } else if (stage !== "failed" && retry) {
        retry.remove();
      }
    }
  }

  // Page scripts may add a status element later (e.g. once their form is built).
  function watchForStatusElements() {
    python.onStatus((stage, text) => {
      current = { stage, text };
      render();
    });
    new MutationObserver((records) => {
      const added = records.some((record) =>
        [...record.addedNodes].some(
          (node) =>
            node.nodeType === Node.ELEMENT_NODE &&
            (node.matches("[data-python-status]") || node.querySelector("[data-python-status]")),
        ),
      );
      if (added) render();
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    // once: theme-later.js sends this event again after the theme's script has run.
    document.addEventListener("DOMContentLoaded", watchForStatusElements, { once: true });
  } else {
    watchForStatusElements();
  }
})();
