/* planner-store.js: the reader's season planner data (window.PreMatchPlanner).
 *
 * Kept in this browser only (PreMatchStorage key "planner") and shared by the Planner
 * page and the checker's "Log this draft" button. Every change goes through Python
 * (checker.planner.season validates it) before it is stored, so a bad value or a bad import file
 * is refused with a message and the data already kept stays as it was.
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

  /* The stored planner; one without the expected lists (edited by hand) reads as empty,
   * and Python's check then explains any remaining problem. */
  function load() {
    const stored = window.PreMatchStorage.get(KEY, null);
    const usable =
      stored &&
      typeof stored === "object" &&
      stored.season &&
      Array.isArray(stored.programs) &&
      Array.isArray(stored.messages);
    return usable ? stored : empty();
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

  /* Findings, next steps and ranking for `data` (an object, or a file's text). */
  function plan(data, options = {}) {
    return window.PreMatchPython.call("plan", { data, today: localToday(), ...options });
  }

  /* Store the season of a plan result Python made (so it is checked); throws an Error
   * for the reader when the browser refuses, leaving what is stored untouched. */
  function keep(result) {
    if (!window.PreMatchStorage.set(KEY, result.season)) {
      throw new Error(
        "This browser would not save the planner (its storage is full or switched off). " +
          "Export a planner file to keep your data.",
      );
    }
    return result;
  }

  /* Check `candidate` in Python and store the checked version. Resolves to the plan
   * result; rejects with an Error for the reader, leaving what is stored untouched. */
  async function commit(candidate) {
    return keep(await plan(candidate));
  }

  window.PreMatchPlanner = { empty, load, localToday, newId, plan, keep, commit };
})();
