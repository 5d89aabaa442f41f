/* checker-saved-draft.js: the Email checker's draft as this browser keeps it (storage key
 * "draft"): put back in the box when the page opens, saved when the page asks, taken over
 * from another tab that changed it, and marked ("draft-stuck") when checking it stopped
 * the checker, so that opening the page again does not run into the same draft unasked.
 */
(() => {
  "use strict";

  const KEY = "draft";
  const STUCK_KEY = "draft-stuck";
  const storage = window.PreMatchStorage;

  /* `draft` is the text box. `page.showProblem(text)` shows why the draft could not be
   * saved ("" once it could), `page.showNotice(text, [label, onClick])` a line that needs
   * the reader, and `page.changed()` is called when another tab's text replaced this one. */
  function create(draft, page) {
    const stored = storage.get(KEY, "");
    draft.value = typeof stored === "string" ? stored : "";
    let saved = draft.value; // the draft as this tab last read or wrote it in storage
    let stuckMark = storage.get(STUCK_KEY, false) === true; // set until the draft is edited
    // Checking this draft stopped the checker last time: wait for the reader.
    let stuck = stuckMark && draft.value.trim() !== "";

    function save() {
      if (draft.value === saved) {
        return;
      }
      const done = storage.set(KEY, draft.value);
      if (done) {
        saved = draft.value;
      }
      page.showProblem(
        done
          ? ""
          : "This browser would not keep your draft (its storage is full or switched off): " +
              "copy the draft somewhere safe before you leave this page.",
      );
    }

    function forgetStuck() {
      stuck = false;
      stuckMark = false;
      storage.remove(STUCK_KEY);
      page.showNotice("");
    }

    /* Another tab saved the draft: take its text unless this tab has typing not saved yet;
     * then keep this tab's text (it is saved at the next pause) and offer the other. */
    function takeOtherTabsDraft() {
      const other = storage.get(KEY, "");
      if (typeof other !== "string" || other === draft.value) {
        saved = other;
        return;
      }
      const use = () => {
        draft.value = other;
        saved = other;
        page.showNotice("");
        page.changed();
      };
      if (draft.value === saved) {
        use();
      } else {
        page.showNotice("This draft was also changed in another tab.", [
          "Use the other tab's version",
          use,
        ]);
      }
    }

    draft.addEventListener("input", () => {
      if (stuckMark) {
        forgetStuck(); // an edited draft is a new one: check it as usual
      }
    });
    storage.onChange(KEY, takeOtherTabsDraft);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") {
        save();
      }
    });

    return {
      save,
      stuck: () => stuck,
      /* Checking the draft stopped the checker (python-client.js ended the worker). */
      markStuck() {
        stuckMark = storage.set(STUCK_KEY, true);
      },
      forgetStuck,
      clear() {
        draft.value = "";
        storage.remove(KEY);
        saved = "";
      },
    };
  }

  window.PreMatchCheckerSavedDraft = { create };
})();
