/* Pre-Match Guide service worker: after one visit every page and tool works offline.
 *
 * The build (site_hooks/service_worker.py) writes this file to the site's root as sw.js,
 * after a first line that sets PRECACHE (every file of the site with a short hash of its
 * content) and VERSION (a hash of that list). A file whose hash did not change is copied
 * from the previous cache instead of being downloaded again, so the Python runtime is
 * fetched once, not on every deployment. Nothing here talks to any other origin.
 */
/* global PRECACHE, VERSION */
const CACHE_PREFIX = "prematch-";
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const SCOPE = new URL(self.registration.scope);

// Cache keys carry the content hash, so an unchanged file matches across versions.
const keyFor = (path, hash) => new URL(`${path}?rev=${hash}`, SCOPE).href;
const HASH_BY_PATH = new Map(PRECACHE);

async function cachedFromEarlierVersion(key) {
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== CACHE) {
      const response = await (await caches.open(name)).match(key);
      if (response) return response;
    }
  }
  return undefined;
}

async function precache() {
  const cache = await caches.open(CACHE);
  for (const [path, hash] of PRECACHE) {
    const key = keyFor(path, hash);
    if (await cache.match(key)) continue;
    let response = await cachedFromEarlierVersion(key);
    if (!response) {
      response = await fetch(new URL(path, SCOPE), { cache: "reload" });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    }
    await cache.put(key, response);
  }
}

// The site's own path for a request: "" for the home page, "faq/index.html" for "faq/".
function sitePath(url) {
  let path = url.pathname.slice(SCOPE.pathname.length);
  if (path === "" || path.endsWith("/")) path += "index.html";
  return decodeURIComponent(path);
}

// The cache key of a precached file; "faq" is served as "faq/index.html".
function precachedKey(path) {
  for (const candidate of [path, `${path}/index.html`]) {
    const hash = HASH_BY_PATH.get(candidate);
    if (hash !== undefined) return keyFor(candidate, hash);
  }
  return undefined;
}

async function respond(request) {
  const key = precachedKey(sitePath(new URL(request.url)));
  const cached = key && (await (await caches.open(CACHE)).match(key));
  return cached || fetch(request);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== SCOPE.origin) return;
  if (!url.pathname.startsWith(SCOPE.pathname)) return;
  event.respondWith(respond(event.request));
});

// The page asks the waiting worker to take over when the reader accepts the update prompt.
self.addEventListener("message", (event) => {
  if (event.data === "activate-update") self.skipWaiting();
});
