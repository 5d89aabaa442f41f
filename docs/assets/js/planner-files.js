/* planner-files.js: the Planner page's file buttons: export, import, calendar reminders,
 * print and clear.
 *
 * A part of planner-page.js: PreMatchPlannerParts.files(page) wires the buttons.
 */
(() => {
  "use strict";

  function files(page) {
    const { byId, update, showNotice, store } = page;
    const { download } = window.PreMatchDom;

    byId("planner-export").addEventListener("click", () => {
      download(
        `prematch-planner-${store.localToday()}.json`,
        `${JSON.stringify(page.data(), null, 2)}\n`,
        "application/json",
      );
    });

    const importInput = byId("planner-import");
    importInput.addEventListener("change", async () => {
      const file = importInput.files[0];
      importInput.value = ""; // the same file can be chosen again after fixing it
      if (!file) {
        return;
      }
      const refused = (reason) =>
        showNotice(`${file.name} was not imported: ${reason} Your planner is unchanged.`, true);
      // A file too large is refused before it is read (it has at least as many bytes as
      // characters), with Python's own words.
      const limits = page.vocabulary().limits;
      if (file.size > limits.planner_file_characters) {
        refused(limits.planner_file_too_large);
        return;
      }
      let checked;
      try {
        checked = await store.plan(await file.text());
      } catch (error) {
        refused(error.message);
        return;
      }
      const incoming = checked.season;
      const data = page.data();
      if (
        data.programs.length &&
        !window.confirm(
          `Replace your ${data.programs.length} program(s) and ${data.messages.length} message(s) ` +
            `with the ${incoming.programs.length} program(s) in ${file.name}?`,
        )
      ) {
        return;
      }
      update(() => incoming, `${file.name} imported.`);
    });

    byId("planner-ics").addEventListener("click", async () => {
      try {
        const withCalendar = await store.plan(page.data(), { ics: true });
        if (!withCalendar.next_steps.some((step) => step.date)) {
          showNotice("There are no upcoming dated reminders to export yet.", false);
          return;
        }
        download("prematch-reminders.ics", withCalendar.ics, "text/calendar");
      } catch (error) {
        showNotice(error.message, true);
      }
    });

    byId("planner-print").addEventListener("click", () => window.print());

    byId("planner-clear").addEventListener("click", () => {
      const question =
        "Delete all your planner data from this browser? Export a file first to keep a copy.";
      if (window.confirm(question)) {
        update(() => store.empty(), "Planner cleared.");
      }
    });
  }

  window.PreMatchPlannerParts = { ...window.PreMatchPlannerParts, files };
})();
