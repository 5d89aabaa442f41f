/* storage.js: the one place that reads and writes the reader's data in localStorage.
 *
 * Every key is prefixed with "prematch:". A copy opened from disk (file://) shares
 * its origin with every other file on the machine, so there the prefix also holds
 * the folder of the site root: two unzipped copies keep separate data.
 * Values are JSON; a missing, unreadable or malformed value yields the fallback.
 *
 * For data that must never be lost (the planner): getRaw/setRaw work on the stored text
 * itself, backup() copies a value the page cannot read to a dated key before anything
 * replaces it, exclusive() runs a read-check-write step while no other tab of this site
 * runs one for the same key, and onChange() reports writes made by other tabs.
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

  /* The stored text, or null when there is none or storage is switched off. */
  function getRaw(key) {
    try {
      return localStorage.getItem(prefix + key);
    } catch (_error) {
      return null;
    }
  }

  function setRaw(key, text) {
    try {
      localStorage.setItem(prefix + key, text);
      return true;
    } catch (_error) {
      return false;
    }
  }

  /* Copy `text` to "<key>:backup:<date and time>" and return that key; a copy of the same
   * text made before is reused. Null when the browser refuses: then the caller must not
   * overwrite the original either. */
  function backup(key, text) {
    const existing = backups(key).find((copy) => copy.text === text);
    if (existing) {
      return existing.key;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const backupKey = `${key}:backup:${stamp}`;
    return setRaw(backupKey, text) ? backupKey : null;
  }

  /* The backups of `key`, oldest first: [{key, text}] (keys without the prefix). */
  function backups(key) {
    const start = `${prefix}${key}:backup:`;
    try {
      return Object.keys(localStorage)
        .filter((name) => name.startsWith(start))
        .sort()
        .map((name) => ({ key: name.slice(prefix.length), text: localStorage.getItem(name) }));
    } catch (_error) {
      return [];
    }
  }

  /* Run `step` (async) while no other tab of this site runs a step for `key`, and only
   * once this tab sees the value the last step left. Web Locks are granted in the same
   * order in every tab, but another tab's localStorage write can reach this tab a moment
   * after the lock does. So each step ends by holding a second, shared lock that names the
   * value it left: a revision number one above the last one and the value's fingerprint.
   * The next step, in any tab, first waits until storage shows the newest such value.
   * Without the Web Locks API (very old browsers) the step simply runs. */
  async function exclusive(key, step) {
    if (!navigator.locks) {
      return step();
    }
    let started = false;
    try {
      return await navigator.locks.request(prefix + key, async () => {
        started = true;
        const revision = await catchUp(key);
        try {
          return await step();
        } finally {
          // Announced before the lock is let go, so the next step always finds it.
          await announce(key, revision + 1);
        }
      });
    } catch (error) {
      if (started) {
        throw error; // the step's own failure
      }
      return step(); // this page may not use locks (a copy opened from disk, say)
    }
  }

  const CATCH_UP_MS = 2000; // then go on with what this tab sees (a closed tab's value)
  const versionLocks = {}; // key -> releases this tab's lock naming the value it left

  function versionPrefix(key) {
    return `${prefix}${key}:version:`;
  }

  /* Hold a lock named after `key`'s current value as revision `revision`, then let go of
   * the one this tab held before (in that order: some tab always names the newest). */
  async function announce(key, revision) {
    const name = `${versionPrefix(key)}${revision}:${fingerprint(getRaw(key))}`;
    const previous = versionLocks[key];
    try {
      await new Promise((granted, refused) => {
        navigator.locks
          .request(name, { mode: "shared" }, () => {
            granted();
            return new Promise((release) => (versionLocks[key] = release));
          })
          .catch(refused);
      });
    } catch (_error) {
      return; // the lock was refused: the next step waits for nothing, as without locks
    }
    previous?.();
  }

  /* Wait until storage shows the value the newest announced step left; returns its
   * revision (0 when no open tab has announced one). */
  async function catchUp(key) {
    const { held = [] } = await navigator.locks.query();
    const start = versionPrefix(key);
    let newest = { revision: 0, wanted: null };
    for (const lock of held) {
      if (lock.name.startsWith(start)) {
        const [revision, wanted] = lock.name.slice(start.length).split(":");
        if (Number(revision) > newest.revision) {
          newest = { revision: Number(revision), wanted };
        }
      }
    }
    for (let waited = 0; newest.wanted && waited < CATCH_UP_MS; waited += 10) {
      if (fingerprint(getRaw(key)) === newest.wanted) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return newest.revision;
  }

  /* A short fingerprint of a stored text (FNV-1a), to tell two versions apart. */
  function fingerprint(text) {
    if (text === null) {
      return "none";
    }
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
    return `${text.length}-${(hash >>> 0).toString(16)}`;
  }

  /* Call `callback()` when another tab changes `key` (or clears all storage). */
  function onChange(key, callback) {
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key === prefix + key) {
        callback();
      }
    });
  }

  function remove(key) {
    try {
      localStorage.removeItem(prefix + key);
    } catch (_error) {
      // Storage disabled: nothing was stored either.
    }
  }

  window.PreMatchStorage = {
    get,
    set,
    getRaw,
    setRaw,
    backup,
    backups,
    exclusive,
    onChange,
    remove,
    siteRoot: root.href,
  };
})();
