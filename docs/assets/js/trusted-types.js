/* trusted-types.js: the one default Trusted Types policy of this site. Loaded first, in
 * every page's head, before any other script may write to a sink.
 *
 * Every page's Content-Security-Policy (site_hooks/csp.py) requires Trusted Types: a
 * string put into an HTML or script sink (innerHTML, script.src, new Worker(...)) throws
 * unless a policy lets it through. The site's own scripts never write HTML. Two kinds of
 * strings still reach sinks, so this default policy passes exactly those:
 *  - HTML written by mkdocs-material's bundle (search results, tooltips, the copy button):
 *    its element helper appends every string child through innerHTML, and the theme
 *    cannot ask for a policy of its own. The text it writes comes from the site's search
 *    index and pages. Only when the frame that wrote to the sink is the theme's bundle
 *    file is the string accepted; from anywhere else it is refused.
 *  - script URLs of the site's own files (the theme's search worker, the Python runtime's
 *    asset scripts, the service worker). The Python worker's data: URL has its own named
 *    policy in python-client.js; file-worker.js has one inside its frame.
 */
(() => {
  "use strict";

  if (!window.trustedTypes?.createPolicy) {
    return; // a browser without Trusted Types enforces none either
  }
  const here = document.currentScript.src;
  const siteRoot = new URL("../../", here).href;
  const themeBundle = new URL("assets/javascripts/bundle.", siteRoot).href;

  /* The script URL of the frame that wrote to the sink: the first one of the stack that
   * is not this file (V8 prints frames as "at name (url:line:column)" or "at url:l:c"). */
  function writer() {
    const frames = (new Error().stack || "").split("\n").slice(1);
    const outside = frames.find((frame) => !frame.includes(here)) || "";
    return outside.replace(/^\s*at\s+(?:.*?\()?/, "");
  }

  window.trustedTypes.createPolicy("default", {
    createHTML: (html) => (writer().startsWith(themeBundle) ? html : null),
    createScriptURL: (url) => {
      const resolved = new URL(url, location.href).href;
      return resolved.startsWith(siteRoot) ? resolved : null;
    },
    createScript: () => null, // nothing on this site evaluates code from strings
  });
})();
