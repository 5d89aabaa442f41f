/* match-setting.js: "My match and specialty" (window.PreMatchMatchSetting), shared by the
 * Checker and the Planner pages.
 *
 * The reader's match, specialty policy and Match Week live in the planner data's season
 * (planner-store.js), so one choice serves both pages, travels in the planner's export file
 * and is validated by Python like every other planner change. The choices, their names,
 * summaries and sources come from Python (browser_api "policies"); nothing here names a
 * match or a specialty. match-setting-form.js draws the form; this file fills it with the
 * stored choice, saves it and tells the page.
 *
 * mount(container, options) draws the form into `container` and resolves to a controller:
 *   options.save(patch)  stores {match, specialty, match_week_start, match_week_end}; resolves
 *                        to true when kept (default: straight into the stored planner data)
 *   options.soap         also offer SOAP mode and "this is a reply" (the Checker page)
 *   options.onChange()   called after a saved change or a SOAP choice
 *   controller.lintParams()  {match, specialty, soap, reply} for the checker
 */
(() => {
  "use strict";

  const store = window.PreMatchPlanner;
  const dom = window.PreMatchDom;

  function season() {
    return store.load().season || {};
  }

  /* Today's local date within the reader's own Match Week dates. */
  function inMatchWeek(current) {
    const today = store.localToday();
    return Boolean(
      current.match_week_start &&
        current.match_week_end &&
        current.match_week_start <= today &&
        today <= current.match_week_end,
    );
  }

  async function saveToPlanner(patch, say) {
    try {
      // The store applies the patch to the latest stored planner (planner-store.js).
      await store.commit((data) => {
        data.season = { ...data.season, ...patch };
      });
      say("Saved on this device.", false);
      return true;
    } catch (error) {
      say(error.message, true);
      return false;
    }
  }

  async function mount(container, options = {}) {
    const table = await window.PreMatchPython.call("policies");
    const drawn = window.PreMatchMatchSettingForm.draw(container, table, options.soap);
    const { form, match, specialty, first, last, soap, reply, say } = drawn;

    /* Specialties of the chosen match only, so a mismatch cannot be picked. */
    function fillSpecialties(selected) {
      const fitting = table.specialties.filter((s) => s.match === match.value);
      specialty.replaceChildren(
        ...dom.options([["", "No specialty policy"], ...fitting.map((s) => [s.id, s.name])]),
      );
      specialty.value = fitting.some((s) => s.id === selected) ? selected : "";
    }

    function showChosen() {
      const policies = [
        table.matches.find((m) => m.id === match.value),
        table.specialties.find((s) => s.id === specialty.value),
      ].filter(Boolean);
      drawn.showPolicies(policies);
    }

    let shown = null; // the stored choice last drawn, to leave unsaved edits alone

    function showStored() {
      const current = season();
      const stored = JSON.stringify(
        ["match", "specialty", "match_week_start", "match_week_end"].map(
          (key) => current[key] || null,
        ),
      );
      if (stored === shown) {
        return;
      }
      shown = stored;
      match.value = current.match || table.default_match;
      fillSpecialties(current.specialty || "");
      first.value = current.match_week_start || "";
      last.value = current.match_week_end || "";
      showChosen();
      if (soap && inMatchWeek(current)) {
        soap.checked = true;
        // Show the mode it is in, even where the setting sits in a closed <details>.
        container.closest("details")?.setAttribute("open", "");
      }
      if (soap) {
        reply.disabled = !soap.checked;
      }
    }

    match.addEventListener("change", () => {
      fillSpecialties(specialty.value);
      showChosen();
    });
    specialty.addEventListener("change", showChosen);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const patch = {
        match: match.value,
        specialty: specialty.value || null,
        match_week_start: first.value || null,
        match_week_end: last.value || null,
      };
      const kept = options.save ? await options.save(patch) : await saveToPlanner(patch, say);
      if (kept) {
        showStored();
        options.onChange?.();
      }
    });
    if (soap) {
      for (const box of [soap, reply]) {
        box.addEventListener("change", () => {
          reply.disabled = !soap.checked;
          options.onChange?.();
        });
      }
    }
    showStored();
    // Another tab (the Planner, or this page elsewhere) saved a new choice.
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key.endsWith(":planner")) {
        showStored();
        options.onChange?.();
      }
    });

    return {
      /* Draw the stored choice again if it changed (an import, or the planner cleared). */
      refresh: showStored,
      lintParams() {
        const current = season();
        const soapOn = Boolean(soap?.checked);
        return {
          match: current.match || null,
          specialty: current.specialty || null,
          soap: soapOn,
          reply: soapOn && reply.checked,
        };
      },
    };
  }

  window.PreMatchMatchSetting = { mount };
})();
