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
//                                          stages: downloading, restoring (a copy of Python's
//                                          memory this browser saved), starting,
//                                          loading-checker, ready, failed (python-status.js)
//
// How Python starts (python-worker.mjs runs it in a module worker either way):
// - over http, the worker is python-worker.mjs itself and fetches the runtime files from
//   assets/pyodide/, so the wasm compiles while it downloads and stays in the browser's
//   code cache for the next visit;
// - from a downloaded copy on file:// (where fetch, module imports and worker files are
//   blocked, but classic <script src> works), site_hooks/pyodide_bundle.py turned every
//   runtime file into classic "asset scripts" (python-asset-scripts.js loads them). We
//   hand their contents to a worker started from a tiny data: URL, and it imports
//   python-worker.mjs. Over http the same path is the fallback when the runtime
//   files are missing (an unzipped offline copy served by a plain server).
// A page loads the checker plus the page-only packages its script tag names (data-packages),
// and imports the checker.browser_api modules it names (data-imports) before "ready".
(() => {
  "use strict";

  const assets = window.PreMatchPythonAssets; // python-asset-scripts.js, loaded just before
  const SCRIPT = document.currentScript;
  const ASSET_BASE = new URL("../pyodide/", SCRIPT.src).href;
  const WORKER_URL = new URL("python-worker.mjs", SCRIPT.src).href;
  // Page-only packages this page loads besides the checker (front matter python_packages,
  // written into the script tag): the Planner asks for tzdata, the letter pages for Jinja2.
  const PAGE_PACKAGES = (SCRIPT.dataset.packages || "").split(" ").filter(Boolean);
  // The checker.browser_api modules this page's methods need (front matter python_imports),
  // imported before "Checker ready": the letter pages import no rules.
  const PAGE_IMPORTS = (SCRIPT.dataset.imports || "checker.browser_checks").split(" ");
  // Whether the worker compiles the checker's patterns once the page has asked nothing for a
  // few seconds (front matter python_warm): only the Checker page, the one that checks letters.
  const PAGE_WARMS = "warm" in SCRIPT.dataset;
  const OVER_HTTP = location.protocol === "http:" || location.protocol === "https:";
  const FAILED_HINT = "Check that all the site's files are present and try again.";
  // Checks take well under a second; this leaves room for a slow device that is busy.
  const TIME_LIMIT_MS = 15_000;

  // --- status: one place that knows the current stage and tells everyone ---------------

  const STAGE_TEXT = {
    restoring: "Starting Python (from this browser's saved copy)",
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

  function reportDownload(loadedBytes, totalBytes) {
    const text = `Downloading Python (${megabytes(loadedBytes)} of ${megabytes(totalBytes)} MB)`;
    setStatus("downloading", text);
  }

  /** The manifest, and which of this page's packages the site ships. A copy without one of
   *  them still starts: the page says what is missing (the Planner hides its time zone
   *  fields without tzdata and tells the reader why). */
  async function loadManifest() {
    const manifest = await assets.loadManifest();
    const pagePackages = PAGE_PACKAGES.filter((name) =>
      manifest.assets.some((a) => a.package === name),
    );
    return { manifest, pagePackages };
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

  // From file:// the worker starts while the asset scripts still load: the download's
  // progress stays on show until it ends, then the worker's latest stage.
  let downloading = false;
  let workerStage = null;

  function showWorkerStage(stage) {
    workerStage = stage;
    if (!downloading) setStatus(stage, STAGE_TEXT[stage]);
  }

  /** Start the worker from `url` and send it `message`; resolves true when Python inside
   *  it is ready, false when over http the site has no runtime files to fetch. */
  function startWorker(url, message, packages) {
    return new Promise((resolve, reject) => {
      worker = new Worker(url, { type: "module" });
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || "the Python worker stopped"));
      };
      worker.onmessage = ({ data }) => {
        if (data.type === "status") showWorkerStage(data.stage);
        else if (data.type === "ready") resolve(true);
        else if (data.type === "no-site-files") resolve(false);
        else if (data.type === "failed") reject(new Error(data.message));
        else if (data.type === "response") settle(data.id, data.json);
      };
      worker.postMessage({
        ...message,
        indexURL: ASSET_BASE,
        packages,
        imports: PAGE_IMPORTS,
        warm: PAGE_WARMS,
      });
    });
  }

  /* `build` names this build's runtime and wheels: the worker restores only a copy of
   * Python's memory saved by the same build. */
  function startFromSite(build, packages) {
    return startWorker(WORKER_URL, { build }, packages);
  }

  /* Each piece goes to the worker as soon as its script has run (python-worker.mjs comes
   * first in the manifest, and the wasm right after what Pyodide needs to ask for it), so
   * Python starts while the rest loads and no single message copies the whole runtime. */
  async function startFromAssetScripts(manifest, packages) {
    let started = null;
    const waiting = []; // pieces that arrive before the worker's own source
    const boot = assets.bootWorkerURL();
    const toWorker = (piece) => worker.postMessage({ type: "piece", piece });
    const deliver = (piece) => {
      if (piece.name === "python-worker.mjs") {
        started = startWorker(boot, { workerSource: piece.text }, packages);
        started.catch(() => {}); // awaited below; a failure meanwhile is not unhandled
        waiting.splice(0).forEach(toWorker);
      } else if (started) {
        toWorker(piece);
      } else {
        waiting.push(piece);
      }
    };
    downloading = true;
    workerStage = null;
    try {
      await assets.loadAll(manifest, packages, deliver, reportDownload);
    } finally {
      downloading = false;
    }
    if (!started) throw new Error("the file assets/pyodide/python-worker.mjs.js is missing");
    worker.postMessage({ type: "all-sent" });
    if (workerStage) showWorkerStage(workerStage);
    return started;
  }

  async function startPython() {
    const { manifest, pagePackages } = await loadManifest();
    const packages = [manifest.package, ...pagePackages];
    if (OVER_HTTP && (await startFromSite(manifest.build, packages))) return;
    stopWorker();
    await startFromAssetScripts(manifest, packages);
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
      worker.postMessage({ type: "request", id, method, json: JSON.stringify({ method, params }) });
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
    assets.removeAll();
    setStatus("starting", STAGE_TEXT.starting);
    ready = startPython()
      .then(() => setStatus("ready", STAGE_TEXT.ready))
      .catch((error) => {
        stopWorker();
        assets.removeAll();
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
