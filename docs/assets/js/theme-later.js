/* theme-later.js: on the pages that start Python (front matter `python: true`), the theme's
 * script (mkdocs-material's bundle) runs once Python has started, not during its start.
 *
 * Starting, the bundle is one main-thread task of about 30 ms of CPU (evaluating its 114 KB
 * and wiring the search, header, sidebars and table of contents), then its DOMContentLoaded
 * handler; while Python starts, WebAssembly compiles on every core and that task waited for
 * a core, so it was the page's longest task (issue 11 target 4; bench/README.md, eighth
 * pass). Here overrides/main.html leaves the bundle's <script> out of these pages and names
 * it in this script's data-bundle; this script adds it:
 *  - once Python is ready (or its start failed), when the page is next idle;
 *  - at once if the reader reaches for what the bundle drives before that: a press or focus
 *    in the header, navigation, table of contents or footer, or a key outside a text field
 *    (the theme's search keys "f", "s" and "/": the search box is then focused for them);
 *  - when the page has loaded, if it has no Python client to wait for;
 *  - at the latest CAP_MS after the page's load event, when the page is next idle, even if
 *    Python is still downloading (its runtime is tens of MB: on a slow connection the copy
 *    buttons and the followed table of contents would otherwise wait for all of it).
 * Before it runs, the header's search and menu buttons still open their panels (they are
 * checkboxes the theme's CSS reads), the light/dark toggle works (palette.js) and every link
 * works; the search box finds nothing until the bundle is there.
 *
 * The bundle mounts the page's content (the copy buttons, the table of contents that follows
 * the reading, back-to-top) on the document's DOMContentLoaded event, which has passed by
 * then, so that event is sent again once the bundle has run, but only if the real one had
 * fired before the bundle ran (a key press can bring the bundle while the document is
 * "interactive" but before DOMContentLoaded: the bundle then gets the real event, and a second
 * one would mount the content twice). Every other listener of the site for that event is
 * registered with `once` and so runs only for the real one. The bundle is added once only:
 * `requested` guards load(), whichever of the paths above comes first.
 */
(() => {
  "use strict";

  const bundle = document.currentScript.dataset.bundle;
  const root = document.documentElement;
  // Where the bundle's controls are: a press or focus there needs it now.
  const THEME_PARTS = ".md-header, .md-sidebar, .md-tabs, .md-footer, .md-top, .md-search";
  const SEARCH_KEYS = new Set(["f", "s", "/"]);
  const READER_EVENTS = ["pointerdown", "focusin", "keydown"];
  /* The cap: 8 s after the load event. On an ordinary connection Python is ready well before
   * it (its start over http takes a few seconds), so the bundle still waits for Python and
   * does not compete with its WebAssembly compile; on a slow download the content is complete
   * after 8 s, about as long as a reader spends on the page's first screen. A page may lower
   * it with data-theme-cap-ms on <html> (read once, as the page loads: the tests use it). */
  const CAP_MS = Number(root.dataset.themeCapMs) >= 0 ? Number(root.dataset.themeCapMs) : 8000;
  let focusSearch = false;
  let requested = false;
  // Whether the document's real DOMContentLoaded has fired (this script may run before it).
  let contentLoaded = document.readyState !== "loading";
  if (!contentLoaded) {
    document.addEventListener(
      "DOMContentLoaded",
      () => {
        contentLoaded = true;
      },
      { once: true },
    );
  }

  function isTextField(element) {
    return (
      element instanceof HTMLElement &&
      (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName))
    );
  }

  function onReader(event) {
    const target = event.target;
    if (event.type === "keydown") {
      if (isTextField(target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (SEARCH_KEYS.has(event.key)) {
        event.preventDefault(); // "/" would start the browser's quick find
        focusSearch = true;
      }
    } else if (!(target instanceof Element && target.closest(THEME_PARTS))) {
      return;
    }
    load();
  }

  /* The bundle's "load" event comes in the task that ran it: what follows gets a task of its
   * own, so the two halves of the theme's start are never one long task. */
  function started() {
    // The bundle ran in this task: had the real event fired before it? If not, the bundle's
    // own listener gets the real one and must not get a second.
    const resend = contentLoaded;
    setTimeout(() => {
      if (resend) document.dispatchEvent(new Event("DOMContentLoaded"));
      root.dataset.themeScript = "started";
      if (focusSearch) document.querySelector("[data-md-component=search-query]")?.focus();
    }, 0);
  }

  function load() {
    if (requested) return;
    requested = true;
    root.dataset.themeScript = "loading";
    for (const type of READER_EVENTS) document.removeEventListener(type, onReader, true);
    const script = document.createElement("script");
    script.src = bundle;
    script.addEventListener("load", started, { once: true });
    document.body.append(script);
  }

  function whenIdle() {
    if (window.requestIdleCallback) {
      requestIdleCallback(load, { timeout: 2000 });
    } else {
      setTimeout(load, 50);
    }
  }

  for (const type of READER_EVENTS) document.addEventListener(type, onReader, true);
  const python = window.PreMatchPython;
  if (python) {
    python.onStatus((stage) => {
      if (stage === "ready" || stage === "failed") whenIdle();
    });
    const cap = () => setTimeout(whenIdle, CAP_MS);
    if (document.readyState === "complete") cap();
    else window.addEventListener("load", cap, { once: true });
  } else {
    window.addEventListener("load", whenIdle, { once: true });
  }
})();
