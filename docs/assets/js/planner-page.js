/* planner-page.js: the Season planner page. Wires the forms, the rank helper and the
 * file buttons to the stored planner data (planner-store.js) and draws the result
 * (planner-render.js).
 *
 * Every change is applied to a copy of the data and kept only when Python accepts it;
 * changes run one after another so a quick second edit never overwrites the first.
 */
(function () {
  "use strict";

  const store = window.PreMatchPlanner;
  const view = window.PreMatchPlannerView;
  const root = document.querySelector(".planner");
  if (!root || !store || !view || !window.PreMatchPython) {
    return;
  }
  const pageUrl = window.PreMatchLinks.pageUrl;
  const byId = (id) => document.getElementById(id);
  const notice = root.querySelector("[data-testid=planner-message]");
  const programForm = byId("program-form");
  const messageForm = byId("message-form");
  const seasonForm = byId("season-form");
  const MAX_FILE_BYTES = 5_000_000;

  let data = store.load();
  let result = null;
  let kinds = {};
  let queue = Promise.resolve();
  let matchSetting = null; // "My match and specialty" (match-setting.js)

  function showNotice(text, isError) {
    notice.textContent = text || "";
    notice.hidden = !text;
    notice.classList.toggle("planner__message--error", Boolean(isError));
  }

  function criteria() {
    return data.criteria || (result ? result.season.criteria : []);
  }

  const actions = {
    pageUrl,
    editProgram: startProgramEdit,
    deleteProgram,
    editMessage: startMessageEdit,
    deleteMessage: (message) =>
      update((draft) => {
        draft.messages = draft.messages.filter((m) => m.id !== message.id);
      }, "Message deleted."),
    setScore,
    setWeight,
    renameCriterion,
    removeCriterion,
  };

  function render() {
    view.renderPrograms(byId("planner-programs"), data, result, kinds, actions);
    fillProgramChoices();
    byId("season-deadline").value = data.season.rank_deadline || "";
    byId("season-zone").value = data.season.time_zone || "";
    matchSetting?.refresh();
    if (result) {
      showTimeZoneFields(result.time_zones_available);
      view.renderSteps(byId("planner-steps"), result.next_steps, pageUrl);
      view.renderSeasonFindings(byId("planner-season-findings"), result, pageUrl);
      view.renderScores(byId("planner-scores"), data, criteria(), actions);
      view.renderCriteria(byId("planner-criteria"), criteria(), actions);
      view.renderRanking(byId("planner-ranking"), result.ranking);
    }
  }

  /* Without a zone database (Python in the browser ships none unless tzdata is added),
   * time zone fields could only fail: hide them and say why. */
  function showTimeZoneFields(available) {
    for (const field of root.querySelectorAll("[data-needs-time-zones]")) {
      field.hidden = !available;
    }
    for (const note of root.querySelectorAll("[data-no-time-zones]")) {
      note.hidden = available;
    }
  }

  /* Apply `change` to a copy of the latest data (or use what it returns instead) and keep
   * the result if Python accepts it. Resolves to true when the change was kept. */
  function update(change, doneText) {
    const step = queue.then(async () => {
      const draft = structuredClone(data);
      const next = change(draft) || draft;
      try {
        result = await store.commit(next);
        data = result.season;
        showNotice(doneText, false);
        render();
        return true;
      } catch (error) {
        showNotice(error.message, true);
        return false;
      }
    });
    queue = step;
    return step;
  }

  // --- season -------------------------------------------------------------------------

  seasonForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const deadline = byId("season-deadline").value;
    const zone = byId("season-zone").value.trim();
    update((draft) => {
      draft.season = { ...draft.season, rank_deadline: deadline || null, time_zone: zone || null };
    }, "Season saved.");
  });

  byId("season-zone-device").addEventListener("click", () => {
    byId("season-zone").value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  });

  // --- programs -----------------------------------------------------------------------

  function programFromForm() {
    const form = new FormData(programForm);
    const date = form.get("interview_date");
    const time = form.get("interview_time");
    if (time && !date) {
      throw new Error("Enter the interview date as well as its time.");
    }
    return {
      id: form.get("id") || store.newId("p", data.programs),
      name: form.get("name").trim(),
      specialty: form.get("specialty").trim(),
      location: form.get("location").trim(),
      status: form.get("status"),
      interview: date ? (time ? `${date}T${time}` : date) : null,
      interview_time_zone: form.get("interview_time_zone").trim() || null,
      notes: form.get("notes"),
      no_post_interview_contact: form.get("no_post_interview_contact") === "on",
    };
  }

  function resetProgramForm() {
    programForm.reset();
    programForm.elements.id.value = "";
    byId("program-form-title").textContent = "Add a program";
    byId("program-submit").textContent = "Add program";
    byId("program-cancel").hidden = true;
  }

  function startProgramEdit(program) {
    const fields = programForm.elements;
    const [date, time] = (program.interview || "").split("T");
    fields.id.value = program.id;
    fields.name.value = program.name;
    fields.specialty.value = program.specialty || "";
    fields.location.value = program.location || "";
    fields.status.value = program.status;
    fields.interview_date.value = date || "";
    fields.interview_time.value = time ? time.slice(0, 5) : "";
    fields.interview_time_zone.value = program.interview_time_zone || "";
    fields.notes.value = program.notes || "";
    fields.no_post_interview_contact.checked = Boolean(program.no_post_interview_contact);
    byId("program-form-title").textContent = `Edit ${program.name}`;
    byId("program-submit").textContent = "Save program";
    byId("program-cancel").hidden = false;
    fields.name.focus();
  }

  programForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    let program;
    try {
      program = programFromForm();
    } catch (error) {
      showNotice(error.message, true);
      return;
    }
    const editing = Boolean(programForm.elements.id.value);
    const kept = await update((draft) => {
      const index = draft.programs.findIndex((p) => p.id === program.id);
      if (index >= 0) {
        draft.programs[index] = program;
      } else {
        draft.programs.push(program);
      }
    }, editing ? `${program.name} saved.` : `${program.name} added.`);
    if (kept) {
      resetProgramForm();
      programForm.elements.name.focus(); // ready for the next program
    }
  });

  byId("program-cancel").addEventListener("click", resetProgramForm);

  function deleteProgram(program) {
    const count = data.messages.filter((m) => m.program === program.id).length;
    const question = count
      ? `Delete ${program.name} and the ${count} message(s) logged for it?`
      : `Delete ${program.name}?`;
    if (!window.confirm(question)) {
      return;
    }
    update((draft) => {
      draft.programs = draft.programs.filter((p) => p.id !== program.id);
      draft.messages = draft.messages.filter((m) => m.program !== program.id);
      if (draft.scores) {
        delete draft.scores[program.id];
      }
    }, `${program.name} deleted.`);
  }

  // --- messages -----------------------------------------------------------------------

  function fillProgramChoices() {
    const select = messageForm.elements.program;
    const chosen = select.value;
    select.replaceChildren(
      ...data.programs.map((program) => {
        const option = view.element("option", "", program.name);
        option.value = program.id;
        return option;
      })
    );
    if (data.programs.some((p) => p.id === chosen)) {
      select.value = chosen;
    }
    byId("message-submit").disabled = data.programs.length === 0;
  }

  function fillKindChoices() {
    const select = messageForm.elements.kind;
    select.replaceChildren(
      ...Object.entries(kinds).map(([id, label]) => {
        const option = view.element("option", "", label);
        option.value = id;
        return option;
      })
    );
  }

  function resetMessageForm() {
    const program = messageForm.elements.program.value;
    messageForm.reset();
    messageForm.elements.id.value = "";
    messageForm.elements.program.value = program;
    messageForm.elements.sent.value = store.localToday();
    byId("message-form-title").textContent = "Log a message you sent";
    byId("message-submit").textContent = "Log message";
    byId("message-cancel").hidden = true;
  }

  function startMessageEdit(message) {
    const fields = messageForm.elements;
    fields.id.value = message.id;
    fields.program.value = message.program;
    fields.kind.value = message.kind;
    fields.sent.value = message.sent;
    fields.recipient.value = message.recipient;
    fields.rank_first_claim.checked = message.rank_first_claim;
    fields.reply.checked = Boolean(message.reply);
    fields.subject.value = message.subject || "";
    fields.notes.value = message.notes || "";
    byId("message-form-title").textContent = "Edit message";
    byId("message-submit").textContent = "Save message";
    byId("message-cancel").hidden = false;
    fields.kind.focus();
  }

  messageForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData(messageForm);
    const message = {
      id: form.get("id") || store.newId("m", data.messages),
      program: form.get("program"),
      kind: form.get("kind"),
      sent: form.get("sent"),
      recipient: form.get("recipient"),
      rank_first_claim: form.get("rank_first_claim") === "on",
      reply: form.get("reply") === "on",
      subject: form.get("subject").trim(),
      notes: form.get("notes"),
    };
    const kept = await update((draft) => {
      const index = draft.messages.findIndex((m) => m.id === message.id);
      if (index >= 0) {
        draft.messages[index] = message;
      } else {
        draft.messages.push(message);
      }
    }, "Message saved.");
    if (kept) {
      resetMessageForm();
      messageForm.elements.program.focus(); // ready for the next message
    }
  });

  byId("message-cancel").addEventListener("click", resetMessageForm);

  // --- rank helper --------------------------------------------------------------------

  function setScore(programId, criterionId, input) {
    const value = input.value.trim();
    update((draft) => {
      draft.criteria = criteria();
      draft.scores = draft.scores || {};
      const scores = { ...(draft.scores[programId] || {}) };
      if (value === "") {
        delete scores[criterionId];
      } else {
        scores[criterionId] = Number(value);
      }
      draft.scores[programId] = scores;
    });
  }

  function setWeight(criterionId, input) {
    update((draft) => {
      draft.criteria = criteria().map((c) =>
        c.id === criterionId ? { ...c, weight: Number(input.value) } : c
      );
    });
  }

  function renameCriterion(criterionId, input) {
    const label = input.value.trim();
    update((draft) => {
      draft.criteria = criteria().map((c) => (c.id === criterionId ? { ...c, label } : c));
    });
  }

  function removeCriterion(criterionId) {
    update((draft) => {
      draft.criteria = criteria().filter((c) => c.id !== criterionId);
      for (const scores of Object.values(draft.scores || {})) {
        delete scores[criterionId];
      }
    });
  }

  byId("criterion-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = byId("criterion-label");
    const label = input.value.trim();
    const kept = await update((draft) => {
      draft.criteria = [...criteria(), { id: store.newId("c", criteria()), label, weight: 1 }];
    });
    if (kept) {
      input.value = "";
    }
  });

  // --- files: export, import, reminders, print, clear ---------------------------------

  function download(filename, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = view.element("a");
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  byId("planner-export").addEventListener("click", () => {
    download(
      `prematch-planner-${store.localToday()}.json`,
      JSON.stringify(data, null, 2) + "\n",
      "application/json"
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
    if (file.size > MAX_FILE_BYTES) {
      refused("it is too large to be a planner export (over 5 MB).");
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
    if (
      data.programs.length &&
      !window.confirm(
        `Replace your ${data.programs.length} program(s) and ${data.messages.length} message(s) ` +
          `with the ${incoming.programs.length} program(s) in ${file.name}?`
      )
    ) {
      return;
    }
    update(() => incoming, `${file.name} imported.`);
  });

  byId("planner-ics").addEventListener("click", async () => {
    try {
      const withCalendar = await store.plan(data, { ics: true });
      if (!withCalendar.next_steps.some((step) => step.date && !step.passed)) {
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
    if (window.confirm("Delete all your planner data from this browser? Export a file first to keep a copy.")) {
      update(() => store.empty(), "Planner cleared.");
    }
  });

  /* Draw the stored planner as Python sees it: at the start, and when another tab (the
   * checker's "Log this draft") has changed it. Reading never writes anything back. */
  function refresh() {
    queue = queue.then(async () => {
      data = store.load();
      try {
        result = await store.plan(data);
        data = result.season;
      } catch (error) {
        showNotice(
          `Your saved planner could not be read: ${error.message} It is kept as it is; ` +
            "export it to look at it, or clear it to start again.",
          true
        );
      }
      render();
    });
  }

  window.addEventListener("storage", (event) => {
    // storage.js prefixes every key; only the planner's own key matters here.
    if (event.key === null || event.key.endsWith(":planner")) {
      refresh();
    }
  });

  // --- start --------------------------------------------------------------------------

  render();
  resetMessageForm();
  window.PreMatchPython.call("kinds")
    .then((found) => {
      kinds = found;
      fillKindChoices();
      render();
    })
    .catch(() => {}); // the status line above already explains a failed start
  window.PreMatchMatchSetting.mount(byId("planner-match-setting"), {
    save: (patch) =>
      update((draft) => {
        draft.season = { ...draft.season, ...patch };
      }, "Match and specialty saved."),
  })
    .then((controller) => {
      matchSetting = controller;
    })
    .catch(() => {}); // the status line above already explains a failed start
  refresh();
})();
