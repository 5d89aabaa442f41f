/* debounce.js: run a function once the reader pauses, not on every keystroke.
 *
 * PreMatchDebounce(fn, ms) returns a function that schedules fn(); calling it again
 * within `ms` restarts the wait. `.flush()` runs a scheduled call at once (e.g. before a
 * button acts on the latest input) and `.cancel()` drops it.
 */
(() => {
  "use strict";

  function debounce(fn, ms) {
    let timer = null;

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
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

  window.PreMatchDebounce = debounce;
})();
