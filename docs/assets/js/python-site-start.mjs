// The over-http start of python-worker.mjs: Pyodide fetches its files from the site's own
// runtime folder (nothing else), and a copy of Python's memory saved in this browser is
// restored when there is one (python-snapshot.mjs). Imported by the worker only over http.
// `worker` is the worker's {loadChecker, refuseFetch, requestURL}, shared with file://.

/** Let Pyodide fetch its own files from the site (over http); refuse any other request.
 *  A file the site lacks fails with its name, which the page shows. Returns that fetch. */
function allowOnlyTheRuntimeFolder(indexURL, { refuseFetch, requestURL }) {
  const siteFetch = self.fetch.bind(self);
  const told = new WeakSet(); // failures the page has already been told about
  // Pyodide leaves the wasm's failed fetch unhandled; the page shows it already, so it
  // must not also surface as an uncaught error of the page.
  self.addEventListener("unhandledrejection", (event) => {
    if (told.has(event.reason)) event.preventDefault();
  });
  self.addEventListener("error", (event) => {
    if (told.has(event.error)) event.preventDefault();
  });
  self.fetch = async (input, init) => {
    const url = requestURL(input);
    if (!url.startsWith(indexURL)) return refuseFetch(input);
    const response = await siteFetch(input, init);
    if (!response.ok) {
      const name = url.slice(new URL("../..", indexURL).href.length);
      const message = `the file ${name} could not be loaded (HTTP ${response.status})`;
      // Told at once: Pyodide does not pass every failed fetch on (the wasm's hangs).
      postMessage({ type: "failed", message });
      const error = new Error(message);
      told.add(error);
      throw error;
    }
    return response;
  };
  return self.fetch;
}

/** This browser's saved copies of Python's memory (python-snapshot.mjs), or null. */
async function memoryCopies(indexURL, build, packages) {
  try {
    const { openMemoryCopies } = await import("./python-snapshot.mjs");
    return await openMemoryCopies(indexURL, build, packages);
  } catch {
    return null; // a plain start is always possible
  }
}

export async function startFromSite({ indexURL, packages, imports, build }, worker) {
  const { loadChecker } = worker;
  const runtimeFetch = allowOnlyTheRuntimeFolder(indexURL, worker);
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(`${indexURL}pyodide.mjs`));
  } catch {
    return null; // no runtime files beside the page: the page falls back to asset scripts
  }
  const copies = await memoryCopies(indexURL, build, [...packages, ...imports]);
  const saved = copies && (await copies.read());
  if (saved) {
    postMessage({ type: "status", stage: "restoring" });
    try {
      const options = { indexURL, packageBaseUrl: indexURL, _loadSnapshot: saved };
      const handle = await loadChecker(await loadPyodide(options), { indexURL, packages, imports });
      return copies.guardFirstCall(handle);
    } catch (error) {
      // Whatever broke the restore must not break the next visit: plain start below.
      console.warn("Python's saved memory could not be restored; starting plainly", error);
      await copies.remove();
      self.fetch = runtimeFetch;
    }
  }
  postMessage({ type: "status", stage: "starting" });
  const options = { indexURL, packageBaseUrl: indexURL, _makeSnapshot: Boolean(copies) };
  return loadChecker(await loadPyodide(options), { indexURL, packages, imports }, copies);
}
