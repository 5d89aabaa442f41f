/* file-worker.js: lets the theme's search worker run in a copy opened from disk (file://).
 *
 * From disk Chromium refuses `new Worker("file:///.../search.js")`. mkdocs-material's
 * answer is the iframe-worker shim, which runs the worker script in a hidden iframe; but it
 * sets the iframe up with inline scripts, which this site's Content-Security-Policy blocks
 * (only the site's own files may run), and it replaces window.Worker for every worker,
 * including the Python runtime's module worker, which works from disk as it is. So this file
 * does the same job without inline code, and only for classic workers: module, data: and
 * blob: workers still get the browser's own Worker. Over http nothing changes.
 */
(() => {
  "use strict";

  if (location.protocol !== "file:") {
    return;
  }
  const NativeWorker = window.Worker;
  const siteRoot = new URL("../../", document.currentScript.src).href;

  /* Runs a classic worker script in a hidden same-origin iframe, with the part of the
   * worker API the theme's search uses: message events both ways, importScripts, terminate. */
  class FileWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.frame = null;
      this.ended = false;
      // The frame is made in a task of its own, not in the theme's start that asks for the
      // worker: making it there was 10-17 ms of that task's CPU (bench/README.md, eighth
      // pass). Messages wait for it, as they wait for the worker's script.
      this.ready = new Promise((resolve) => setTimeout(resolve, 0))
        .then(() => (this.ended ? null : this.start(String(url))))
        .catch(() => {
          this.deliver(new ErrorEvent("error", { message: `Could not load ${url}` }));
        });
    }

    start(url) {
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      document.body.appendChild(this.frame);
      const scope = this.frame.contentWindow;
      // Inside the iframe, postMessage() and importScripts() must act as in a worker.
      scope.postMessage = (data) => this.deliver(new MessageEvent("message", { data }));
      // The frame shares the page's Trusted Types rule (site_hooks/csp.py) but not its
      // default policy: its scripts get their URLs from this one, for the site's files only.
      const policy = scope.trustedTypes?.createPolicy("prematch-file-worker", {
        createScriptURL: (script) => {
          if (!script.startsWith(siteRoot)) {
            throw new TypeError(`Not a file of this site: ${script}`);
          }
          return script;
        },
      });
      const load = (urls) => loadInOrder(scope.document, urls, policy);
      scope.importScripts = (...urls) => load(urls);
      return load([url]);
    }

    deliver(event) {
      this.dispatchEvent(event);
      const handler = event.type === "message" ? this.onmessage : this.onerror;
      if (typeof handler === "function") {
        handler.call(this, event);
      }
    }

    postMessage(data) {
      const copy = structuredClone(data);
      this.ready.then(() => {
        if (this.frame?.contentWindow) {
          this.frame.contentWindow.dispatchEvent(new MessageEvent("message", { data: copy }));
        }
      });
    }

    terminate() {
      this.ended = true;
      this.frame?.remove();
    }
  }

  /* Adds the scripts to `doc` one after the other (their URLs through `policy`, if any);
   * resolves when the last has run. */
  function loadInOrder(doc, urls, policy) {
    return urls.reduce(
      (previous, url) =>
        previous.then(
          () =>
            new Promise((resolve, reject) => {
              const script = doc.createElement("script");
              const href = new URL(url, location.href).href;
              script.src = policy ? policy.createScriptURL(href) : href;
              script.onload = resolve;
              script.onerror = reject;
              doc.body.appendChild(script);
            }),
        ),
      Promise.resolve(),
    );
  }

  function needsNativeWorker(url, options) {
    return (options && options.type === "module") || /^(data|blob):/.test(String(url));
  }

  window.Worker = function Worker(url, options) {
    return needsNativeWorker(url, options) ? new NativeWorker(url, options) : new FileWorker(url);
  };
})();
