/* log-draft.js: "Log this draft" on the Email checker page.
 *
 * Files the current draft in the season planner (planner-store.js) under a program the
 * reader picks or adds: the letter kind the checker detects, whether it says "first
 * choice", its subject line and today's date. The draft's text itself is not copied.
 */
(function () {
  "use strict";

  const mount = document.querySelector(".log-draft-mount");
  const store = window.PreMatchPlanner;
  if (!mount || !store || !window.PreMatchPython) {
    return;
  }
  const NEW_PROGRAM = "";
  const RECIPIENTS = [
    ["program-director", "Program director"],
    ["coordinator", "Coordinator"],
    ["faculty", "Faculty interviewer"],
    ["other", "Someone else"],
  ];

  function element(tag, attributes = {}, text) {
    const node = document.createElement(tag);
    Object.assign(node, attributes);
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function labelled(id, text, control) {
    const row = element("p", { className: "log-draft__row" });
    row.append(element("label", { htmlFor: id }, text), " ", control);
    return row;
  }

  const programSelect = element("select", { id: "log-draft-program" });
  const newName = element("input", { id: "log-draft-new", type: "text", maxLength: 500 });
  const newNameRow = labelled("log-draft-new", "New program's name", newName);
  const recipientSelect = element("select", { id: "log-draft-recipient" });
  for (const [value, label] of RECIPIENTS) {
    recipientSelect.append(element("option", { value }, label));
  }
  const logButton = element("button", { type: "button", className: "md-button" }, "Log this draft");
  const status = element("p", { className: "log-draft__status" });
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  /* The planner's programs plus "A new program…", keeping `selected` when it still exists. */
  function fillPrograms(selected) {
    const programs = store.load().programs;
    programSelect.replaceChildren(
      ...programs.map((program) => element("option", { value: program.id }, program.name)),
      element("option", { value: NEW_PROGRAM }, "A new program…")
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

  /* The draft as the reader sees it: the box is fresher than storage, which the checker
   * page writes a moment after each keystroke. */
  function currentDraft() {
    const box = document.querySelector("[data-testid=draft]");
    return box ? box.value : window.PreMatchStorage.get("draft", "");
  }

  function subjectOf(text) {
    const match = /^\s*subject\s*:\s*(.*)$/im.exec(text);
    return match ? match[1].trim().slice(0, 500) : "";
  }

  function plannerUrl() {
    return window.PreMatchLinks.pageUrl("planner/");
  }

  function confirm(text) {
    const link = element("a", { href: plannerUrl() }, "Open the planner");
    status.replaceChildren(text + " ", link);
  }

  async function logDraft() {
    const text = currentDraft();
    if (!text.trim()) {
      status.textContent = "There is no draft to log yet: paste or write it above first.";
      return;
    }
    const name = newName.value.trim();
    if (programSelect.value === NEW_PROGRAM && !name) {
      status.textContent = "Type the new program's name first.";
      newName.focus();
      return;
    }
    logButton.disabled = true;
    status.textContent = "Logging…";
    try {
      const kindSelect = document.querySelector("[data-checker-kind]");
      const lint = await window.PreMatchPython.call("lint", {
        text,
        kind: kindSelect ? kindSelect.value : "",
      });
      let programId = programSelect.value;
      const claimsFirst =
        lint.kind === "rank-first" || lint.findings.some((f) => f.rule === "rank-first-claim");
      const sent = store.localToday();
      const result = await store.commit((data) => {
        if (programSelect.value === NEW_PROGRAM) {
          programId = store.newId("p", data.programs);
          data.programs.push({ id: programId, name, status: "applied" });
        }
        data.messages.push({
          id: store.newId("m", data.messages),
          program: programId,
          kind: lint.kind,
          sent,
          recipient: recipientSelect.value,
          rank_first_claim: claimsFirst,
          subject: subjectOf(text),
        });
      });
      const program = result.season.programs.find((p) => p.id === programId);
      const kinds = await window.PreMatchPython.call("kinds");
      confirm(`Logged as a ${kinds[lint.kind] || lint.kind} to ${program.name} on ${sent}.`);
      newName.value = "";
      fillPrograms(programId);
    } catch (error) {
      status.textContent = `Not logged: ${error.message}`;
    } finally {
      logButton.disabled = false;
    }
  }

  logButton.addEventListener("click", logDraft);

  const section = element("section", { className: "log-draft" });
  section.setAttribute("aria-labelledby", "log-draft-title");
  section.append(
    element("h2", { id: "log-draft-title" }, "Log this draft in your season planner"),
    element(
      "p",
      {},
      "Once you have sent this email, file it in the planner: it keeps the kind of letter, " +
        "its subject line and today's date (not the text) and checks your whole season."
    ),
    labelled("log-draft-program", "Program", programSelect),
    newNameRow,
    labelled("log-draft-recipient", "Sent to", recipientSelect),
    logButton,
    status
  );
  mount.replaceChildren(section);
  fillPrograms();
  // The planner may have changed in another tab since this page opened.
  window.addEventListener("focus", () => fillPrograms(programSelect.value));
})();
