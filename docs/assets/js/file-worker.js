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

  /* Runs a classic worker script in a hidden same-origin iframe, with the part of the
   * worker API the theme's search uses: message events both ways, importScripts, terminate. */
  class FileWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this.frame = document.createElement("iframe");
      this.frame.hidden = true;
      document.body.appendChild(this.frame);
      const scope = this.frame.contentWindow;
      // Inside the iframe, postMessage() and importScripts() must act as in a worker.
      scope.postMessage = (data) => this.deliver(new MessageEvent("message", { data }));
      scope.importScripts = (...urls) => loadInOrder(scope.document, urls);
      this.ready = loadInOrder(scope.document, [String(url)]).catch(() => {
        this.deliver(new ErrorEvent("error", { message: `Could not load ${url}` }));
      });
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
        if (this.frame.contentWindow) {
          this.frame.contentWindow.dispatchEvent(new MessageEvent("message", { data: copy }));
        }
      });
    }

    terminate() {
      this.frame.remove();
    }
  }

  /* Adds the scripts to `doc` one after the other; resolves when the last has run. */
  function loadInOrder(doc, urls) {
    return urls.reduce(
      (previous, url) =>
        previous.then(
          () =>
            new Promise((resolve, reject) => {
              const script = doc.createElement("script");
              script.src = new URL(url, location.href).href;
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
