/* checker-ignored.js: the findings the reader chose to ignore in this draft, kept in this
 * browser only (storage key "draft-ignored"). A finding is known by its rule and its words,
 * so it stays ignored while the draft around it changes.
 */
(() => {
  "use strict";

  const KEY = "draft-ignored";
  const storage = window.PreMatchStorage;

  function sameKey(a, b) {
    return a.rule === b.rule && a.text === b.text;
  }

  /* The stored list, without entries this page could not have written. */
  function load() {
    const stored = storage.get(KEY, []);
    return (Array.isArray(stored) ? stored : []).filter(
      (key) => key && typeof key.rule === "string" && typeof key.text === "string",
    );
  }

  function create() {
    let keys = load();
    const save = () => storage.set(KEY, keys);
    return {
      keys: () => keys,
      has: (finding) => keys.some((key) => sameKey(key, finding)),
      add(finding) {
        if (!keys.some((key) => sameKey(key, finding))) {
          keys.push({ rule: finding.rule, text: finding.text });
          save();
        }
      },
      remove(finding) {
        keys = keys.filter((key) => !sameKey(key, finding));
        save();
      },
      clear() {
        keys = [];
        storage.remove(KEY);
      },
    };
  }

  window.PreMatchCheckerIgnored = { create };
})();
