/* log-draft.js: "Log this draft" on the Email checker page.
 *
 * Files the current draft (and the letter kind chosen on the page) in the season planner
 * (planner-store.js) under a program the reader picks or adds. One call to Python
 * (browser_api `log_draft`) decides what is kept: the letter kind, whether it says "first
 * choice", its subject line and today's date, never the draft's text itself.
 */
(() => {
  "use strict";

  const mount = document.querySelector(".log-draft-mount");
  const store = window.PreMatchPlanner;
  const python = window.PreMatchPython;
  if (!mount || !store || !python || !window.PreMatchChecker) {
    return;
  }
  const NEW_PROGRAM = "";

  const { element, options } = window.PreMatchDom;

  function labelled(id, text, control) {
    const row = element("p", { class: "log-draft__row" });
    row.append(element("label", { for: id }, text), " ", control);
    return row;
  }

  const programSelect = element("select", { id: "log-draft-program" });
  const newName = element("input", { id: "log-draft-new", type: "text" });
  const newNameRow = labelled("log-draft-new", "New program's name", newName);
  const recipientSelect = element("select", { id: "log-draft-recipient" });
  // The recipients' names and the name's length limit are Python's.
  const vocabularyLoaded = python
    .call("vocabulary")
    .then((vocabulary) => {
      recipientSelect.replaceChildren(...options(Object.entries(vocabulary.recipients)));
      newName.maxLength = vocabulary.limits.text;
    })
    .catch(() => {}); // the checker's status line explains a failed start
  const logButton = window.PreMatchDom.button("Log this draft", logDraft, { class: "md-button" });
  const status = element("p", {
    class: "log-draft__status",
    role: "status",
    "aria-live": "polite",
  });

  /* The planner's programs plus "A new program…", keeping `selected` when it still exists. */
  function fillPrograms(selected) {
    const programs = store.load().programs;
    programSelect.replaceChildren(
      ...programs.map((program) => element("option", { value: program.id }, program.name)),
      element("option", { value: NEW_PROGRAM }, "A new program…"),
    );
    if (selected !== undefined) {
      programSelect.value = selected;
    }
    if (programSelect.selectedIndex < 0) {
      programSelect.selectedIndex = 0;
    }
    newNameRow.hidden = programSelect.value !== NEW_PROGRAM;
  }

  programSelect.addEventListener("change", () => {
    newNameRow.hidden = programSelect.value !== NEW_PROGRAM;
  });

  function plannerUrl() {
    return window.PreMatchLinks.pageUrl("planner/");
  }

  function confirm(text) {
    const link = element("a", { href: plannerUrl() }, "Open the planner");
    status.replaceChildren(`${text} `, link);
  }

  async function logDraft() {
    logButton.disabled = true;
    status.textContent = "Logging…";
    try {
      await vocabularyLoaded;
      const { text, kind } = window.PreMatchChecker.draft();
      let logged;
      // The store hands over the latest stored planner (backed up first if unreadable)
      // and keeps Python's result, safely across tabs.
      await store.update(async (data) => {
        logged = await python.call("log_draft", {
          data,
          text,
          kind,
          program_id: programSelect.value === NEW_PROGRAM ? null : programSelect.value,
          program_name: newName.value,
          recipient: recipientSelect.value,
          today: store.localToday(),
        });
        return logged.plan;
      });
      confirm(logged.confirmation);
      newName.value = "";
      fillPrograms(logged.message.program);
    } catch (error) {
      status.textContent = `Not logged: ${error.message}`;
      if (programSelect.value === NEW_PROGRAM && !newName.value.trim()) {
        newName.focus();
      }
    } finally {
      logButton.disabled = false;
    }
  }

  const section = element("section", { class: "log-draft", "aria-labelledby": "log-draft-title" });
  section.append(
    element("h2", { id: "log-draft-title" }, "Log this draft in your season planner"),
    element(
      "p",
      {},
      "Once you have sent this email, file it in the planner: it keeps the kind of letter, " +
        "its subject line and today's date (not the text) and checks your whole season.",
    ),
    labelled("log-draft-program", "Program", programSelect),
    newNameRow,
    labelled("log-draft-recipient", "Sent to", recipientSelect),
    logButton,
    status,
  );
  mount.replaceChildren(section);
  fillPrograms();
  // The planner may have changed in another tab since this page opened.
  window.addEventListener("focus", () => fillPrograms(programSelect.value));
})();
