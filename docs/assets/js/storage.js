/* storage.js: the one place that reads and writes the reader's data in localStorage.
 *
 * Every key is prefixed with "prematch:". A copy opened from disk (file://) shares
 * its origin with every other file on the machine, so there the prefix also holds
 * the folder of the site root: two unzipped copies keep separate data.
 * Values are JSON; a missing, unreadable or malformed value yields the fallback.
 */
(() => {
  "use strict";

  function siteRoot() {
    const config = document.getElementById("__config");
    let base = ".";
    try {
      base = JSON.parse(config.textContent).base || ".";
    } catch (_error) {
      // No theme config (a bare test page): the current folder is the root.
    }
    return new URL(base.endsWith("/") ? base : `${base}/`, location.href);
  }

  const root = siteRoot();
  const prefix = `prematch:${root.protocol === "file:" ? `${root.pathname}:` : ""}`;

  function get(key, fallback) {
    try {
      const raw = localStorage.getItem(prefix + key);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (_error) {
      return fallback;
    }
  }

  /* Returns false (and keeps the old value) when the browser refuses to store. */
  function set(key, value) {
    try {
      localStorage.setItem(prefix + key, JSON.stringify(value));
      return true;
    } catch (_error) {
      return false;
    }
  }

  function remove(key) {
    try {
      localStorage.removeItem(prefix + key);
    } catch (_error) {
      // Storage disabled: nothing was stored either.
    }
  }

  window.PreMatchStorage = { get, set, remove, siteRoot: root.href };
})();
