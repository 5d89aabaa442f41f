/* debounce.js: run a function once the reader pauses, not on every keystroke.
 *
 * PreMatchDebounce(fn, ms) returns a function that schedules fn(); calling it again
 * within `ms` restarts the wait. `.flush()` runs a scheduled call at once (e.g. before a
 * button acts on the latest input) and `.cancel()` drops it.
 *
 * PreMatchDebounce(fn, ms, { leading: true }) also runs fn() at once for the first call
 * after a quiet spell of `ms`: a single keystroke is answered without waiting, and the
 * calls that follow it within `ms` are coalesced into one run after the reader pauses.
 *
 * PreMatchDebounce.afterTyping(fn, options) waits the pause every page uses for typing
 * (the Checker checks the draft, a letter form fills in the letter).
 */
(() => {
  "use strict";

  const TYPING_PAUSE_MS = 150;

  function debounce(fn, ms, options) {
    const leading = Boolean(options?.leading);
    let timer = null;
    let lastCall = -Infinity;

    function schedule() {
      const now = performance.now();
      const afterQuietSpell = now - lastCall >= ms;
      lastCall = now;
      if (leading && afterQuietSpell && timer === null) {
        return fn();
      }
      clearTimeout(timer);
      timer = setTimeout(run, ms);
      return undefined;
    }

    function run() {
      timer = null;
      return fn();
    }

    schedule.flush = () => {
      if (timer === null) {
        return undefined;
      }
      clearTimeout(timer);
      return run();
    };
    schedule.cancel = () => {
      clearTimeout(timer);
      timer = null;
    };
    return schedule;
  }

  debounce.afterTyping = (fn, options) => debounce(fn, TYPING_PAUSE_MS, options);
  window.PreMatchDebounce = debounce;
})();
