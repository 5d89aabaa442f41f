// The runtime's files as classic "asset scripts" (site_hooks/pyodide_bundle.py): the only
// way a page opened from disk (file://) can read them, since fetch and module imports of
// file:// are blocked there. python-client.js uses this for such a copy, and over http for
// the manifest (and as the fallback when a served copy lacks the files themselves).
//
//   PreMatchPythonAssets.loadManifest()  -> Promise of assets/pyodide/manifest.js's table
//   PreMatchPythonAssets.loadAll(manifest, packages, deliver, report)
//                                        -> Promise resolved once every asset script of
//                                           the checker and `packages` has run; each piece
//                                           goes to deliver(piece), progress to
//                                           report(loadedBytes, totalBytes)
//   PreMatchPythonAssets.removeAll()     -> drops the injected <script> elements
//   PreMatchPythonAssets.bootWorkerURL() -> the URL of the tiny worker that receives them
(() => {
  "use strict";

  const ASSET_CALLBACK = "__PREMATCH_ASSET";
  const MANIFEST_GLOBAL = "__PREMATCH_PYODIDE_MANIFEST";
  const ASSET_BASE = new URL("../pyodide/", document.currentScript.src).href;

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

  function bootWorkerURL() {
    return bootPolicy ? bootPolicy.createScriptURL("") : BOOT_URL;
  }

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

  function removeAll() {
    for (const script of injectedScripts) script.remove();
    injectedScripts = [];
  }

  /** Each script calls `deliver` with one piece of a file:
   *  {name, text} | {name, json} | {name, part, parts, gzip, b64}. */
  async function loadAll(manifest, packages, deliver, report) {
    let failed = false; // once one file fails, later loads must not overwrite the failure
    // Scripts already requested still run after a failure (removing them does not stop
    // them): their pieces are dropped, or a worker would start for a failed start.
    globalThis[ASSET_CALLBACK] = (piece) => failed || deliver(piece);
    // Another page's packages are left out: their bytes would be loaded for nothing.
    const wanted = manifest.assets.filter((a) => !a.package || packages.includes(a.package));
    const totalBytes = wanted.reduce((sum, asset) => sum + asset.bytes, 0);
    let loadedBytes = 0;
    report(loadedBytes, totalBytes);
    await Promise.all(
      wanted.map(async (asset) => {
        try {
          await loadScript(asset.script);
        } catch (error) {
          failed = true;
          throw error;
        }
        loadedBytes += asset.bytes;
        if (!failed) report(loadedBytes, totalBytes);
      }),
    );
    delete globalThis[ASSET_CALLBACK];
    removeAll(); // the worker has its own copy; let the page's be freed
  }

  /** The asset scripts, the packages the site ships and the build's name. */
  async function loadManifest() {
    await loadScript("manifest.js");
    return globalThis[MANIFEST_GLOBAL];
  }

  window.PreMatchPythonAssets = { loadManifest, loadAll, removeAll, bootWorkerURL };
})();
