/* planner-programs.js: the Planner page's program form: add, edit and delete programs.
 *
 * A part of planner-page.js: PreMatchPlannerParts.programs(page) wires the form and returns
 * {fillChoices, startEdit, remove}.
 */
(() => {
  "use strict";

  function programs(page) {
    const { byId, update, showNotice } = page;
    const form = byId("program-form");

    function programFromForm() {
      const fields = new FormData(form);
      const date = fields.get("interview_date");
      const time = fields.get("interview_time");
      if (time && !date) {
        throw new Error("Enter the interview date as well as its time.");
      }
      return {
        id: fields.get("id"), // a new program's id is given inside the change, below
        name: fields.get("name").trim(),
        specialty: fields.get("specialty").trim(),
        location: fields.get("location").trim(),
        status: fields.get("status"),
        interview: date ? (time ? `${date}T${time}` : date) : null,
        interview_time_zone: fields.get("interview_time_zone").trim() || null,
        notes: fields.get("notes"),
        no_post_interview_contact: fields.get("no_post_interview_contact") === "on",
      };
    }

    function fillChoices(vocabulary) {
      form.elements.status.replaceChildren(
        ...window.PreMatchDom.options(Object.entries(vocabulary.statuses)),
      );
    }

    function reset() {
      form.reset();
      form.elements.id.value = "";
      byId("program-form-title").textContent = "Add a program";
      byId("program-submit").textContent = "Add program";
      byId("program-cancel").hidden = true;
    }

    function startEdit(program) {
      const fields = form.elements;
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

    function remove(program) {
      const count = page.data().messages.filter((m) => m.program === program.id).length;
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

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      let program;
      try {
        program = programFromForm();
      } catch (error) {
        showNotice(error.message, true);
        return;
      }
      const editing = Boolean(program.id);
      const kept = await update(
        (draft) => {
          page.store.put(draft.programs, program, "p");
        },
        editing ? `${program.name} saved.` : `${program.name} added.`,
      );
      if (kept) {
        reset();
        form.elements.name.focus(); // ready for the next program
      }
    });

    byId("program-cancel").addEventListener("click", reset);

    return { fillChoices, startEdit, remove };
  }

  window.PreMatchPlannerParts = { ...window.PreMatchPlannerParts, programs };
})();
