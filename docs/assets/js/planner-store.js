/* planner-store.js: the reader's season planner data (window.PreMatchPlanner).
 *
 * Kept in this browser only (PreMatchStorage key "planner") and shared by the Planner
 * page and the checker's "Log this draft" button. Every change goes through Python
 * (checker.planner.season validates it) before it is stored, so a bad value or a bad import file
 * is refused with a message and the data already kept stays as it was. What the page cannot
 * read is backed up before anything replaces it, and two tabs never undo each other's
 * changes (read() and update() below).
 */
(() => {
  "use strict";

  const KEY = "planner";

  function empty() {
    return {
      format: "prematch-planner",
      version: 1,
      season: { rank_deadline: null, time_zone: null },
      programs: [],
      messages: [],
    };
  }

  /* The stored planner as plain data, for a quick look (the program names of "Log this
   * draft"): entries that are not objects are skipped. Python's read() is the real one. */
  function load() {
    const stored = window.PreMatchStorage.get(KEY, null);
    const list = (value) =>
      Array.isArray(value) ? value.filter((item) => item && typeof item === "object") : [];
    if (!stored || typeof stored !== "object") {
      return empty();
    }
    return {
      ...empty(),
      ...stored,
      programs: list(stored.programs),
      messages: list(stored.messages),
    };
  }

  /* The reader's own calendar date: next steps are counted from it. */
  function localToday() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  /* An id like "p3" that no item in `items` uses yet. */
  function newId(prefix, items) {
    const taken = new Set(items.map((item) => item.id));
    let n = items.length + 1;
    while (taken.has(prefix + n)) {
      n += 1;
    }
    return prefix + n;
  }

  /* Put `item` into `items` in place of the one with its id, or, when it has no id yet, at
   * the end with a new one. Give it the latest stored list (a draft in update()), not a
   * tab's copy: another tab may have just taken the next free id. */
  function put(items, item, prefix) {
    const saved = { ...item, id: item.id || newId(prefix, items) };
    const index = items.findIndex((other) => other.id === saved.id);
    if (index >= 0) {
      items[index] = saved;
    } else {
      items.push(saved);
    }
  }

  /* Findings, next steps and ranking for `data` (an object, or a file's text). */
  function plan(data, options = {}) {
    return window.PreMatchPython.call("plan", { data, today: localToday(), ...options });
  }

  // The stored text this tab last read or wrote: when storage still holds it, no other
  // tab has changed the planner since, and `season` is its checked version.
  let known = { text: undefined, season: null };
  let lastProblems = []; // what the last read() could not read, in Python's words

  /* Read the stored planner through Python, keeping every part it can read. Whatever it
   * cannot read is first copied to a dated backup key (storage.js backup()), so nothing a
   * later write replaces is lost. Resolves to {result, backup}: the plan of what was read,
   * and null or {key, text, problems} for the page to explain and offer as a download. */
  async function read() {
    const storage = window.PreMatchStorage;
    const text = storage.getRaw(KEY);
    if (text === null) {
      const result = await plan(empty());
      known = { text, season: result.season };
      lastProblems = [];
      return { result, backup: null };
    }
    let result;
    let problems;
    try {
      result = await plan(text, { recover: true });
      problems = result.problems;
    } catch (error) {
      if (error.stuck) {
        throw error;
      }
      result = await plan(empty()); // nothing in it is a planner: start empty, keep the copy
      problems = [error.message];
    }
    let backup = null;
    lastProblems = problems;
    if (problems.length) {
      backup = { key: storage.backup(KEY, text), text, problems };
    }
    // Without a safe copy nothing may replace the unreadable text (update() refuses).
    known = { text, season: result.season, unsafe: Boolean(backup && !backup.key) };
    return { result, backup };
  }

  /* Change the stored planner safely across tabs. `compute(season)` gets the latest stored
   * season and resolves to a plan result from Python (whose season is then stored). The
   * step runs while no other tab runs one (storage.js exclusive()); should another tab
   * still have written in between, the change is made again on top of its version. */
  function update(compute) {
    const storage = window.PreMatchStorage;
    return storage.exclusive(KEY, async () => {
      for (let attempt = 0; ; attempt += 1) {
        const text = storage.getRaw(KEY);
        const base = text === known.text ? known.season : (await read()).result.season;
        if (known.unsafe) {
          throw new Error(
            "Your saved planner could not be read and this browser would not keep a copy of " +
              "it, so it was left as it is. Download the saved copy, then clear the planner.",
          );
        }
        const result = await compute(structuredClone(base));
        if (storage.getRaw(KEY) !== text && attempt < 3) {
          continue; // another tab wrote meanwhile: redo the change on its version
        }
        const written = JSON.stringify(result.season);
        if (!storage.setRaw(KEY, written)) {
          throw new Error(
            "This browser would not save the planner (its storage is full or switched off). " +
              "Export a planner file to keep your data.",
          );
        }
        known = { text: written, season: result.season };
        return result;
      }
    });
  }

  /* Apply `change` to a copy of the latest season (or use what it returns instead), check
   * it in Python and store it. Resolves to the plan result; rejects with an Error for the
   * reader, leaving what is stored untouched. */
  function commit(change) {
    return update((season) => plan(change(season) || season));
  }

  window.PreMatchPlanner = {
    empty,
    load,
    localToday,
    newId,
    put,
    plan,
    read,
    problems: () => lastProblems,
    update,
    commit,
  };
})();
