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
// How Python starts (python-worker.mjs runs it in a module worker either way):
// - over http, the worker is python-worker.mjs itself and fetches the runtime files from
//   assets/pyodide/, so the wasm compiles while it downloads and stays in the browser's
//   code cache for the next visit;
// - from a downloaded copy on file:// (where fetch, module imports and worker files are
//   blocked, but classic <script src> works), site_hooks/pyodide_bundle.py turned every
//   runtime file into classic "asset scripts" listed in assets/pyodide/manifest.js. We
//   load those, hand their contents to a worker started from a tiny data: URL, and it
//   imports python-worker.mjs. Over http the same path is the fallback when the runtime
//   files are missing (an unzipped offline copy served by a plain server).
// A page loads the checker plus the page-only packages its script tag names (data-packages).
(() => {
  "use strict";

  const ASSET_CALLBACK = "__PREMATCH_ASSET";
  const MANIFEST_GLOBAL = "__PREMATCH_PYODIDE_MANIFEST";
  const SCRIPT = document.currentScript;
  const ASSET_BASE = new URL("../pyodide/", SCRIPT.src).href;
  const WORKER_URL = new URL("python-worker.mjs", SCRIPT.src).href;
  // Page-only packages this page loads besides the checker (front matter python_packages,
  // written into the script tag): the Planner asks for tzdata, the letter pages for Jinja2.
  const PAGE_PACKAGES = (SCRIPT.dataset.packages || "").split(" ").filter(Boolean);
  // The checker.browser_api modules this page's methods need (front matter python_imports),
  // imported before "Checker ready": the letter pages import no rules.
  const PAGE_IMPORTS = (SCRIPT.dataset.imports || "checker.browser_checks").split(" ");
  const OVER_HTTP = location.protocol === "http:" || location.protocol === "https:";
  // The worker boot (file://): imports python-worker.mjs, sent as text in the first message,
  // from a blob: URL it creates; the pieces of files that arrive meanwhile are kept for it.
  const WORKER_BOOT = `const early = [];
self.onmessage = async ({ data }) => {
  self.onmessage = (event) => early.push(event.data);
  const url = URL.createObjectURL(new Blob([data.workerSource], { type: "text/javascript" }));
  try { (await import(url)).boot({ ...data, early }); }
  catch (error) { postMessage({ type: "failed", message: String(error && error.message || error) }); }
  finally { URL.revokeObjectURL(url); }
};`;
  // Trusted Types (site_hooks/csp.py): the boot worker's data: URL comes from this named
  // policy, which gives that one URL and no other.
  const BOOT_URL = `data:text/javascript,${encodeURIComponent(WORKER_BOOT)}`;
  const bootPolicy = window.trustedTypes?.createPolicy("prematch-python", {
    createScriptURL: () => BOOT_URL,
  });
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

  /** Load every asset script, reporting progress. Each script calls `deliver` with one
   *  piece of a file (see site_hooks/pyodide_bundle.py):
   *  {name, text} | {name, json} | {name, part, parts, gzip, b64}. */
  async function loadAssetScripts(manifest, packages, deliver) {
    let failed = false; // once one file fails, later loads must not overwrite the failure
    // Scripts already requested still run after a failure (removing them does not stop
    // them): their pieces are dropped, or a worker would start for a failed start.
    globalThis[ASSET_CALLBACK] = (piece) => failed || deliver(piece);
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
    removeInjectedScripts(); // the worker has its own copy; let the page's be freed
  }

  /** assets/pyodide/manifest.js: the asset scripts and the packages the site ships. A copy
   *  without one of this page's packages still starts: the page says what is missing (the
   *  Planner hides its time zone fields without tzdata and tells the reader why). */
  async function loadManifest() {
    await loadScript("manifest.js");
    const manifest = globalThis[MANIFEST_GLOBAL];
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
      worker.postMessage({ ...message, indexURL: ASSET_BASE, packages, imports: PAGE_IMPORTS });
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
    const boot = bootPolicy ? bootPolicy.createScriptURL("") : BOOT_URL;
    const toWorker = (piece) => worker.postMessage({ type: "piece", piece });
    downloading = true;
    workerStage = null;
    try {
      await loadAssetScripts(manifest, packages, (piece) => {
        if (piece.name === "python-worker.mjs") {
          started = startWorker(boot, { workerSource: piece.text }, packages);
          started.catch(() => {}); // awaited below; a failure meanwhile is not unhandled
          waiting.splice(0).forEach(toWorker);
        } else if (started) {
          toWorker(piece);
        } else {
          waiting.push(piece);
        }
      });
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
    ready = startPython()
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
