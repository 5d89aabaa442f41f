/* The served site as an installable app that works offline after one visit: links the web
 * app manifest and registers the service worker that site_hooks/service_worker.py writes.
 * When a newer build has been installed in the background, a quiet prompt offers to reload;
 * nothing reloads without the reader's click.
 *
 * From file:// (the downloaded zip) browsers allow no service worker, and a manifest link
 * there only logs an error, so this script does nothing on that protocol.
 */
(() => {
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  // This file sits at <site>/assets/js/, so the site's root is two folders up.
  const siteRoot = new URL("../../", document.currentScript.src);

  const manifest = document.createElement("link");
  manifest.rel = "manifest";
  manifest.href = new URL("manifest.webmanifest", siteRoot).href;
  document.head.append(manifest);

  let readerAskedToReload = false;

  function offerUpdate(worker) {
    if (document.querySelector('[data-testid="update-ready"]')) return;
    const prompt = document.createElement("div");
    prompt.className = "update-ready";
    prompt.dataset.testid = "update-ready";
    prompt.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = "A new version of the guide is ready.";
    const reload = document.createElement("button");
    reload.type = "button";
    reload.className = "md-button md-button--primary";
    reload.textContent = "Reload";
    reload.addEventListener("click", () => {
      readerAskedToReload = true;
      worker.postMessage("activate-update");
    });
    prompt.append(text, reload);
    document.body.append(prompt);
  }

  // The first install also changes the controller (the worker claims open pages): only a
  // change the reader asked for reloads the page.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (readerAskedToReload) location.reload();
  });

  navigator.serviceWorker
    .register(new URL("sw.js", siteRoot).href)
    .then((registration) => {
      const offerIfWaiting = () => {
        if (registration.waiting && navigator.serviceWorker.controller) {
          offerUpdate(registration.waiting);
        }
      };
      offerIfWaiting();
      registration.addEventListener("updatefound", () => {
        const incoming = registration.installing;
        incoming?.addEventListener("statechange", () => {
          if (incoming.state === "installed") offerIfWaiting();
        });
      });
    })
    .catch(() => {
      // No worker (private mode, storage full): the site still works while online.
    });
})();
