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
    const { element, button } = window.PreMatchDom;
    const prompt = element("div", {
      class: "update-ready",
      "data-testid": "update-ready",
      role: "status",
    });
    const reload = button(
      "Reload",
      () => {
        readerAskedToReload = true;
        worker.postMessage("activate-update");
      },
      { class: "md-button md-button--primary" },
    );
    prompt.append(element("span", {}, "A new version of the guide is ready."), reload);
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
