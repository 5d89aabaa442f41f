// The page's side of the in-browser Python runtime: window.PreMatchPython.
//
//   PreMatchPython.start()              -> Promise resolved when Python is ready (idempotent;
//                                          after a failure it tries again from scratch)
//   PreMatchPython.call(method, params) -> Promise of the result of checker.browser_api
//                                          (rejects with an Error whose message is for the user;
//                                          after a failed start, with the failure message)
//   PreMatchPython.timeLimitMs          -> how long a call may take before the worker is taken
//                                          as stuck, ended and started again; the call then
//                                          rejects with an Error whose `stuck` is true
//   PreMatchPython.onStatus(callback)   -> callback(stage, text) now and on every change;
//                                          stages: downloading, starting, loading-checker,
//                                          ready, failed (python-status.js shows them)
//
// How Python starts, the same way over http and from a downloaded copy on file:// (where
// fetch, module imports and worker files are blocked, but classic <script src> works):
// site_hooks/pyodide_bundle.py turned every runtime file into a classic "asset script"
// listed in assets/pyodide/manifest.js. We load those scripts, hand their contents to a
// module worker started from a tiny data: URL, and python-worker.mjs starts Pyodide there.
(() => {
  "use strict";

  const ASSET_CALLBACK = "__PREMATCH_ASSET";
  const MANIFEST_GLOBAL = "__PREMATCH_PYODIDE_MANIFEST";
  const ASSET_BASE = new URL("../pyodide/", document.currentScript.src).href;
  // Page-only packages this page loads besides the checker (front matter python_packages,
  // written into the script tag): the Planner asks for tzdata, the zone database.
  const PAGE_PACKAGES = (document.currentScript.dataset.packages || "").split(" ").filter(Boolean);
  // The worker boot: imports python-worker.mjs (sent as text) from a blob: URL it creates.
  const WORKER_BOOT = `self.onmessage = async ({ data }) => {
  self.onmessage = null;
  const url = URL.createObjectURL(new Blob([data.assets["python-worker.mjs"].text], { type: "text/javascript" }));
  try { (await import(url)).boot(data); }
  catch (error) { postMessage({ type: "failed", message: String(error && error.message || error) }); }
  finally { URL.revokeObjectURL(url); }
};`;
  const FAILED_HINT = "Check that all the site's files are present and try again.";
  // Checks take well under a second; this leaves room for a slow device that is busy.
  const TIME_LIMIT_MS = 15_000;

  // --- status: one place that knows the current stage and tells everyone ---------------

  const STAGE_TEXT = {
    starting: "Starting Python",
    "loading-checker": "Loading the checker",
    ready: "Checker ready",
  };
  const listeners = [];
  let status = { stage: "starting", text: STAGE_TEXT.starting };

  function setStatus(stage, text) {
    status = { stage, text };
    for (const listener of listeners) listener(stage, text);
  }

  function megabytes(bytes) {
    return (bytes / 1e6).toFixed(1);
  }

  // --- asset scripts -----------------------------------------------------------------

  let injectedScripts = [];

  function loadScript(name) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = ASSET_BASE + name;
      script.onload = () => resolve(script);
      script.onerror = () =>
        reject(new Error(`the file assets/pyodide/${name} could not be loaded`));
      injectedScripts.push(script);
      document.head.appendChild(script);
    });
  }

  function removeInjectedScripts() {
    for (const script of injectedScripts) script.remove();
    injectedScripts = [];
  }

  /** Each asset script calls this with one piece of a file (see site_hooks/pyodide_bundle.py):
   *  {name, text} | {name, json} | {name, part, parts, gzip, b64}. */
  function collectPiecesInto(assets) {
    globalThis[ASSET_CALLBACK] = (piece) => {
      if (piece.b64 === undefined) {
        assets[piece.name] = piece;
        return;
      }
      assets[piece.name] ||= { gzip: piece.gzip, parts: [] };
      assets[piece.name].parts[piece.part] = piece.b64;
    };
  }

  /** Load every asset script, reporting progress; returns the assets table. */
  async function loadAssets() {
    const assets = {};
    collectPiecesInto(assets);
    await loadScript("manifest.js");
    const manifest = globalThis[MANIFEST_GLOBAL];
    // A copy without one of this page's packages still starts: the page says what is missing
    // (the Planner hides its time zone fields without tzdata and tells the reader why).
    const packages = PAGE_PACKAGES.filter((name) =>
      manifest.assets.some((a) => a.package === name),
    );
    // Another page's packages are left out: their bytes would be loaded for nothing.
    const wanted = manifest.assets.filter((a) => !a.package || packages.includes(a.package));
    const totalBytes = wanted.reduce((sum, asset) => sum + asset.bytes, 0);
    let loadedBytes = 0;
    const report = () =>
      setStatus(
        "downloading",
        `Downloading Python (${megabytes(loadedBytes)} of ${megabytes(totalBytes)} MB)`,
      );
    report();
    let failed = false; // once one file fails, later loads must not overwrite the failure
    await Promise.all(
      wanted.map(async (asset) => {
        try {
          await loadScript(asset.script);
        } catch (error) {
          failed = true;
          throw error;
        }
        loadedBytes += asset.bytes;
        if (!failed) report();
      }),
    );
    delete globalThis[ASSET_CALLBACK];
    removeInjectedScripts(); // the worker gets its own copy; let the page's be freed
    return { assets, packages: [manifest.package, ...packages] };
  }

  // --- the worker and its request/response protocol -----------------------------------

  let worker = null;
  let nextRequestId = 1;
  const pending = new Map(); // request id -> {resolve, reject}

  function rejectPending(message) {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  }

  function stopWorker() {
    if (worker) worker.terminate();
    worker = null;
    rejectPending("The checker was restarted; please try again.");
  }

  /** Start the worker; resolves when Python inside it is ready. */
  function startWorker({ assets, packages }) {
    return new Promise((resolve, reject) => {
      worker = new Worker(`data:text/javascript,${encodeURIComponent(WORKER_BOOT)}`, {
        type: "module",
      });
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || "the Python worker stopped"));
      };
      worker.onmessage = ({ data }) => {
        if (data.type === "status") setStatus(data.stage, STAGE_TEXT[data.stage]);
        else if (data.type === "ready") resolve();
        else if (data.type === "failed") reject(new Error(data.message));
        else if (data.type === "response") settle(data.id, data.json);
      };
      // The base64 strings are copied, not decoded here and transferred: the copy took
      // 40 ms on a heavily loaded machine, decoding would cost the page more than that.
      worker.postMessage({ assets, indexURL: ASSET_BASE, packages });
    });
  }

  /* The worker's answer to request `id`: checker.browser_api's response, as JSON. */
  function settle(id, json) {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    const response = JSON.parse(json);
    if (response.ok) request.resolve(response.result);
    else request.reject(new Error(response.error));
  }

  function send(method, params) {
    return new Promise((resolve, reject) => {
      const id = nextRequestId++;
      const timer = setTimeout(() => endStuckWorker(id), api.timeLimitMs);
      const settled = (then) => (value) => {
        clearTimeout(timer);
        then(value);
      };
      pending.set(id, { resolve: settled(resolve), reject: settled(reject) });
      worker.postMessage({ type: "request", id, json: JSON.stringify({ method, params }) });
    });
  }

  /* A worker busy for longer than the time limit (a check that runs away on some text)
   * would never answer again: end it, tell the caller, and start a fresh one. */
  function endStuckWorker(id) {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    const seconds = Math.round(api.timeLimitMs / 1000);
    const error = new Error(
      `The checker stopped answering after ${seconds} seconds on this text and was ` +
        "restarted. Your text is kept; it was not checked.",
    );
    error.stuck = true;
    request.reject(error);
    ready = null;
    start().catch(() => {}); // the status line shows the restart and any failure
  }

  // --- public API ---------------------------------------------------------------------

  let ready = null; // the Promise of the current (or last) start attempt

  function start() {
    if (ready && status.stage !== "failed") return ready;
    stopWorker();
    removeInjectedScripts();
    setStatus("starting", STAGE_TEXT.starting);
    ready = loadAssets()
      .then(startWorker)
      .then(() => setStatus("ready", STAGE_TEXT.ready))
      .catch((error) => {
        stopWorker();
        removeInjectedScripts();
        const reason = String(error.message || error).replace(/\.$/, "");
        setStatus("failed", `The checker could not start: ${reason}. ${FAILED_HINT}`);
        throw new Error(status.text);
      });
    return ready;
  }

  /** After a failed start this rejects with the failure text; Retry (or start()) restarts. */
  async function call(method, params = {}) {
    await (ready || start());
    return send(method, params);
  }

  function onStatus(callback) {
    listeners.push(callback);
    callback(status.stage, status.text);
  }

  const api = { start, call, onStatus, timeLimitMs: TIME_LIMIT_MS };
  window.PreMatchPython = api;
  start().catch(() => {}); // the failure is shown by python-status.js
})();
