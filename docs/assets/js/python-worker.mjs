// Python's side of the runtime: runs inside a module Web Worker, so Python's slow start
// never freezes the page. python-client.js starts the worker from a tiny data: URL (the
// only kind of worker Chromium starts from a file:// page), imports this module from a
// blob: URL and calls boot() with every runtime file, already read from the site's asset
// scripts. Nothing here touches the network: the fetch shim answers from memory and
// refuses everything else, so Pyodide can never reach its CDN.
//
// Messages to the page:  {type: "status", stage}, {type: "ready"}, {type: "failed", message},
//                        {type: "response", id, json}
// Messages from the page: {type: "request", id, json}   (json = checker.browser_api request;
//                        the id pairs the response with it and stays outside the JSON)

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

/** Bytes of one asset ({parts: [base64...], gzip} | {text} | {json}), decoded once. */
function assetReader(assets) {
  const decoded = new Map();
  return function read(name) {
    if (!decoded.has(name)) {
      const asset = assets[name];
      if (!asset) return Promise.reject(new Error(`the site has no file named ${name}`));
      decoded.set(
        name,
        (async () => {
          if (asset.text !== undefined) return new TextEncoder().encode(asset.text);
          if (asset.json !== undefined) return new TextEncoder().encode(JSON.stringify(asset.json));
          const bytes = concat(asset.parts.map(base64ToBytes));
          return asset.gzip ? gunzip(bytes) : bytes;
        })(),
      );
      delete assets[name]; // the decoded bytes replace the base64 text
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

async function startPython({ assets, indexURL, packages }) {
  const read = assetReader(assets);
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
  postMessage({ type: "status", stage: "loading-checker" });
  await pyodide.loadPackage(packages, { messageCallback: () => {} });
  // Python has its own copies now: drop the shim (and with it every decoded file).
  self.fetch = refuseFetch;
  return pyodide.pyimport("checker.browser_api").handle;
}

export async function boot(message) {
  let handle;
  try {
    handle = await startPython(message);
  } catch (error) {
    postMessage({ type: "failed", message: String(error?.message || error) });
    return;
  }
  self.onmessage = ({ data }) => {
    if (data.type !== "request") return;
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
