// Python's memory, saved in this browser so that the next visit skips Python's start and the
// checker's imports (python-worker.mjs, over http only: file:// pages have no Cache Storage).
//
// The copy is made on the reader's own device, right after the checker is imported and
// before any of the reader's text has reached Python, so it holds no draft. It stays in the
// site's own Cache Storage (nothing goes over the network) under a key made of the build
// (runtime, stdlib, wheels and worker, see site_hooks/pyodide_bundle.py) and the page's
// packages: a new build never restores an old heap, and saving a copy deletes this site's
// older builds' ones.

// Not "prematch-...": the service worker deletes every cache of that prefix but its own.
// Other sites on the same origin (user.github.io/*) may share this cache: each site only
// ever touches keys under its own runtime folder.
const CACHE_NAME = "python-memory";
// The length the copy had when saved: a copy cut short on disk is never restored.
const LENGTH_HEADER = "X-Memory-Bytes";

/** The saved copy for this build and these packages, or null when the browser keeps no
 *  Cache Storage for the site (some private modes). */
export async function openMemoryCopies(indexURL, build, packages) {
  if (!build || !self.caches) return null;
  let cache;
  try {
    cache = await caches.open(CACHE_NAME);
  } catch {
    return null;
  }
  const sitePrefix = `${indexURL}memory/`;
  const buildPrefix = `${sitePrefix}${build}/`;
  const key = buildPrefix + [...packages].sort().join("+");
  const olderBuild = (url) => url.startsWith(sitePrefix) && !url.startsWith(buildPrefix);
  const remove = () => cache.delete(key).catch(() => false);
  async function save(bytes) {
    for (const request of await cache.keys()) {
      if (olderBuild(request.url)) await cache.delete(request);
    }
    const headers = { "Content-Type": "application/octet-stream", [LENGTH_HEADER]: bytes.length };
    await cache.put(key, new Response(bytes, { headers }));
  }
  return {
    /** The saved bytes, or null; a copy that does not read back whole is deleted. */
    async read() {
      try {
        const response = await cache.match(key);
        if (!response) return null;
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (String(bytes.length) === response.headers.get(LENGTH_HEADER)) return bytes;
      } catch {
        // unreadable: deleted below like a short one
      }
      await remove();
      return null;
    },
    /** Copy Python's memory now and store it in the background (the next visit's gain).
     *  Any failure only skips the copy and drops a stale one: Python answers either way. */
    saveFrom(pyodide) {
      const skip = (error) => {
        console.warn("Python's memory was not saved in this browser", error);
        return remove();
      };
      try {
        save(pyodide.makeMemorySnapshot()).catch(skip);
      } catch (error) {
        skip(error);
      }
    },
    /** The restored checker's handle, dropping the copy if the page's first call crashes:
     *  the next visit then starts plainly (the crash itself still reaches the page). The
     *  worker's own idle "warm" calls before it (python-worker.mjs) are guarded too, but do
     *  not count as that first call: they only compile patterns. */
    guardFirstCall(handle) {
      const WARM_REQUEST = JSON.stringify({ method: "warm" }); // as python-worker.mjs sends it
      let pageCalled = false;
      return (json) => {
        if (pageCalled) return handle(json);
        pageCalled = json !== WARM_REQUEST;
        try {
          return handle(json);
        } catch (error) {
          remove();
          throw error;
        }
      };
    },
    remove,
  };
}
