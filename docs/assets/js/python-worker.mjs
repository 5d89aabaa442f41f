// Python's side of the runtime: runs inside a module Web Worker, so Python's slow start
// never freezes the page. It starts in one of two ways (python-client.js picks):
//
// - over http, the page starts this file as the worker and sends {indexURL, packages,
//   imports, warm, build} (build: the runtime's hash, keying the saved memory; warm: the
//   page's front matter python_warm, see warmWhenIdle):
//   Pyodide fetches its files from the site itself, so Chromium compiles the wasm while it
//   downloads (WebAssembly.instantiateStreaming) and caches the compiled code for the next
//   visit. Requests outside indexURL are refused. The first visit saves Python's memory
//   in this browser once the checker is imported, and later visits of the same build
//   restore it instead of starting Python again (python-site-start.mjs, python-snapshot.mjs).
// - from file://, where Chromium allows only a worker from a tiny data: URL, that worker
//   imports this module from a blob: URL and calls boot(); the page then sends the pieces
//   of the runtime files as their asset scripts load ({type: "piece"}, then
//   {type: "all-sent"}), and the fetch shim answers from them and refuses everything else.
// Either way Pyodide can never reach its CDN.
//
// Messages to the page:  {type: "status", stage} (restoring | starting | loading-checker),
//                        {type: "ready"}, {type: "failed", message},
//                        {type: "no-site-files"} (over http: the runtime files are not there,
//                        as in an unzipped offline copy served by a plain server),
//                        {type: "response", id, json}
// Messages from the page: {type: "request", id, method, json}   (json = checker.browser_api
//                        request; the id pairs the response with it, and the method tells
//                        the idle warm-up whether the page asked for work, see warmWhenIdle;
//                        both stay outside the JSON)

// Where the wheels go in Python's file system (the same on every start, so a restored heap
// finds them where it left them).
const WHEEL_DIR = "/lib/prematch-wheels";
const MIME_TYPES = { wasm: "application/wasm", json: "application/json", mjs: "text/javascript" };

function base64ToBytes(base64) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(base64);
  const binary = atob(base64); // older browsers: slower but equivalent
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function concat(arrays) {
  if (arrays.length === 1) return arrays[0];
  const joined = new Uint8Array(arrays.reduce((sum, array) => sum + array.length, 0));
  let offset = 0;
  for (const array of arrays) {
    joined.set(array, offset);
    offset += array.length;
  }
  return joined;
}

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The runtime files, put together from the pieces of their asset scripts as the page
 *  sends them (in any order). get(name) resolves once the file's last piece is in, and
 *  rejects for a file the page has not sent once it has sent everything. */
function pieceStore() {
  const files = new Map();
  let allSent = false;
  const missing = (name) => new Error(`the site has no file named ${name}`);
  function entry(name) {
    if (!files.has(name)) {
      const file = { parts: [], count: 0, done: false };
      file.ready = new Promise((resolve, reject) => Object.assign(file, { resolve, reject }));
      file.ready.catch(() => {}); // a file nobody asks for may stay missing
      if (allSent) file.reject(missing(name));
      files.set(name, file);
    }
    return files.get(name);
  }
  function complete(file, asset) {
    file.done = true;
    file.parts = null;
    file.resolve(asset);
  }
  return {
    add(piece) {
      const file = entry(piece.name);
      if (piece.b64 === undefined) return complete(file, piece);
      // Decoded on arrival, so the work is spread over the download.
      file.parts[piece.part] = base64ToBytes(piece.b64);
      file.count += 1;
      if (file.count === piece.parts) {
        complete(file, { bytes: concat(file.parts), gzip: piece.gzip });
      }
    },
    finish() {
      allSent = true;
      for (const [name, file] of files) if (!file.done) file.reject(missing(name));
    },
    get: (name) => entry(name).ready,
  };
}

/** Bytes of one runtime file ({bytes, gzip} | {text} | {json}), decoded once. */
function assetReader(store) {
  const decoded = new Map();
  return function read(name) {
    if (!decoded.has(name)) {
      decoded.set(
        name,
        store.get(name).then((asset) => {
          if (asset.text !== undefined) return new TextEncoder().encode(asset.text);
          if (asset.json !== undefined) return new TextEncoder().encode(JSON.stringify(asset.json));
          return asset.gzip ? gunzip(asset.bytes) : asset.bytes;
        }),
      );
    }
    return decoded.get(name);
  };
}

function requestURL(input) {
  return input instanceof Request ? input.url : String(input);
}

async function refuseFetch(input) {
  throw new Error(`the checker never uses the network (blocked ${requestURL(input)})`);
}

/** Answer fetch(indexURL + name) from the assets; refuse any other request. */
function installFetchShim(indexURL, read) {
  self.fetch = async (input) => {
    const url = requestURL(input);
    if (!url.startsWith(indexURL)) return refuseFetch(input);
    const name = decodeURIComponent(url.slice(indexURL.length).split(/[?#]/)[0]);
    const type = MIME_TYPES[name.split(".").pop()] || "application/octet-stream";
    return new Response(await read(name), { headers: { "Content-Type": type } });
  };
}

async function importText(read, name) {
  const blob = new Blob([await read(name)], { type: "text/javascript" });
  const url = URL.createObjectURL(blob);
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function startFromAssets({ early, indexURL, packages, imports }) {
  const store = pieceStore();
  self.onmessage = ({ data }) => (data.type === "piece" ? store.add(data.piece) : store.finish());
  for (const data of early) self.onmessage({ data });
  const read = assetReader(store);
  installFetchShim(indexURL, read);
  postMessage({ type: "status", stage: "starting" });
  const lockFileContents = JSON.parse(new TextDecoder().decode(await read("pyodide-lock.json")));
  const [{ loadPyodide }, { default: createPyodideModule }] = await Promise.all([
    importText(read, "pyodide.mjs"),
    importText(read, "pyodide.asm.mjs"),
  ]);
  const pyodide = await loadPyodide({
    indexURL,
    createPyodideModule,
    lockFileContents,
    packageBaseUrl: indexURL,
  });
  return loadChecker(pyodide, { indexURL, packages, imports });
}

/** The page's wheels and the ones they depend on (from the lock file), put in Python's file
 *  system as they are and imported from there (zipimport, as Python imports its stdlib).
 *  Not loadPackage: a heap that has run it cannot be saved ("Unexpected hiwire entry").
 *  Not unpacked either: unpacking costs a second on a slow machine, and a restored heap
 *  needs its files back (the copy holds the memory, not the file system: later imports
 *  and data files come from there), which is one write per wheel this way. */
async function installWheels(pyodide, indexURL, packages) {
  const lock = pyodide.lockfile.packages;
  const names = new Set();
  const add = (name) => {
    if (names.has(name)) return;
    names.add(name);
    lock[name].depends.forEach(add);
  };
  packages.forEach(add);
  pyodide.FS.mkdirTree(WHEEL_DIR);
  const paths = await Promise.all(
    [...names].map(async (name) => {
      const wheel = await (await fetch(indexURL + lock[name].file_name)).arrayBuffer();
      const path = `${WHEEL_DIR}/${lock[name].file_name}`;
      pyodide.FS.writeFile(path, new Uint8Array(wheel));
      return path;
    }),
  );
  // A restored heap has them on sys.path already.
  pyodide.runPython(
    `import sys\nsys.path.extend(p for p in ${JSON.stringify(paths)} if p not in sys.path)`,
  );
}

/** checker.browser_api's handle, once the modules of the page's methods (`imports`) are
 *  imported. With `copies`, Python's memory is saved first: the checker is imported and
 *  none of the reader's text has reached Python yet. */
async function loadChecker(pyodide, { indexURL, packages, imports }, copies = null) {
  postMessage({ type: "status", stage: "loading-checker" });
  await installWheels(pyodide, indexURL, packages);
  // Python has its own copies now: no more requests (and the shim's decoded files go).
  self.fetch = refuseFetch;
  // Module names from the page's front matter, checked at build time (pyodide_bundle.py).
  pyodide.runPython(["checker.browser_api", ...imports].map((name) => `import ${name}`).join("\n"));
  if (copies) copies.saveFrom(pyodide);
  return pyodide.pyimport("checker.browser_api").handle;
}

/** Over http: python-site-start.mjs (not needed, so not shipped, on the file:// path). */
async function startFromSite(message) {
  const site = await import("./python-site-start.mjs");
  return site.startFromSite(message, { loadChecker, refuseFetch, requestURL });
}

export async function boot(message) {
  self.onmessage = null;
  let handle;
  try {
    handle = await (message.early ? startFromAssets(message) : startFromSite(message));
  } catch (error) {
    postMessage({ type: "failed", message: String(error?.message || error) });
    return;
  }
  if (!handle) {
    postMessage({ type: "no-site-files" });
    return;
  }
  const idleMs = message.idleBeforeWarmingMs ?? IDLE_BEFORE_WARMING_MS;
  const postponeWarmUp = message.warm ? warmWhenIdle(handle, idleMs) : () => {};
  self.onmessage = ({ data }) => {
    if (data.type !== "request") return;
    if (data.method !== "warm") postponeWarmUp();
    let json;
    try {
      json = handle(data.json);
    } catch (error) {
      // browser_api.handle answers every error itself; this is a crash of the runtime.
      json = JSON.stringify({ ok: false, error: `Python crashed: ${error.message}` });
    }
    postMessage({ type: "response", id: data.id, json });
  };
  postMessage({ type: "ready" });
}

const WARM = JSON.stringify({ method: "warm" });
// How long the page must ask nothing before the warm-up starts, or goes on after a request.
// A reader who pastes a letter and reads its findings gives it that time; a page that asks
// again and again (a reader typing, a browser test) never pays for it. Pages never send
// another wait; tests/test_python_warm_browser.py sends a shorter one in the start message
// (idleBeforeWarmingMs), so that it need not sit through this one several times.
const IDLE_BEFORE_WARMING_MS = 3000;

/** While the page asks nothing, compile the checker's patterns before its first letters
 *  need them (most of what a letter never seen before costs): checker.browser_api's
 *  "warm", one short slice a task until it says nothing is left, so a request that arrives
 *  meanwhile waits for one slice at most (5 ms plus the pattern that passes it; measured
 *  in Chromium at load 10-13: median 8 ms, p95 about 30 ms, rarely 50-150 ms; see
 *  checker/browser_checks.py). It starts once the page has asked nothing for `idleMs`
 *  (IDLE_BEFORE_WARMING_MS) after ready, and each request puts it off for that long again.
 *  Only when the page asks for it (front matter python_warm, sent in the start message):
 *  the Checker page; the Planner and the letter pages never check a letter, so there it
 *  would be worker time for nothing. Returns the function each request calls; the page's
 *  own "warm" calls (tests, bench) do the same work, so they do not put it off. */
function warmWhenIdle(handle, idleMs) {
  let timer = null;
  let finished = false;
  const step = () => {
    let answer;
    try {
      answer = JSON.parse(handle(WARM));
    } catch (error) {
      answer = { ok: false, error: String(error?.message || error) };
    }
    // An error (or a crash of the runtime, which the next request reports to the page)
    // stops the warm-up; say so, or a pattern that fails to compile would go unseen.
    if (!answer.ok) console.warn("The checker's idle warm-up stopped:", answer.error);
    if (answer.ok && answer.result === true) timer = setTimeout(step, 0);
    else finished = true;
  };
  const postpone = () => {
    clearTimeout(timer);
    if (!finished) timer = setTimeout(step, idleMs);
  };
  postpone();
  return postpone;
}

// Started from its own URL (over http), the worker's first message is the page's start.
self.onmessage = ({ data }) => boot(data);
