/* planner-messages.js: the Planner page's message form: log, edit and delete the
 * messages sent to each program.
 *
 * A part of planner-page.js: PreMatchPlannerParts.messages(page) wires the form and returns
 * {render, fillChoices, startEdit, remove}.
 */
(() => {
  "use strict";

  const { options } = window.PreMatchDom;

  function messages(page) {
    const { byId, update } = page;
    const form = byId("message-form");

    /* The program choices follow the planner's programs, keeping the one chosen. */
    function render() {
      const select = form.elements.program;
      const chosen = select.value;
      const programs = page.data().programs;
      // Hundreds of programs: only new or renamed ones get a new option (redraw).
      window.PreMatchDom.redraw(
        select,
        programs.map(({ id, name }) => [
          JSON.stringify([id, name]),
          () => options([[id, name]])[0],
        ]),
      );
      if (programs.some((p) => p.id === chosen)) {
        select.value = chosen;
      }
      byId("message-submit").disabled = programs.length === 0;
    }

    function fillChoices(vocabulary) {
      form.elements.kind.replaceChildren(...options(Object.entries(vocabulary.kinds)));
      form.elements.recipient.replaceChildren(...options(Object.entries(vocabulary.recipients)));
    }

    function reset() {
      const program = form.elements.program.value;
      form.reset();
      form.elements.id.value = "";
      form.elements.program.value = program;
      form.elements.sent.value = page.store.localToday();
      byId("message-form-title").textContent = "Log a message you sent";
      byId("message-submit").textContent = "Log message";
      byId("message-cancel").hidden = true;
    }

    function startEdit(message) {
      const fields = form.elements;
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

    function remove(message) {
      update((draft) => {
        draft.messages = draft.messages.filter((m) => m.id !== message.id);
      }, "Message deleted.");
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const fields = new FormData(form);
      const message = {
        id: fields.get("id"), // a new message's id is given inside the change, below
        program: fields.get("program"),
        kind: fields.get("kind"),
        sent: fields.get("sent"),
        recipient: fields.get("recipient"),
        rank_first_claim: fields.get("rank_first_claim") === "on",
        reply: fields.get("reply") === "on",
        subject: fields.get("subject").trim(),
        notes: fields.get("notes"),
      };
      const kept = await update((draft) => {
        page.store.put(draft.messages, message, "m");
      }, "Message saved.");
      if (kept) {
        reset();
        form.elements.program.focus(); // ready for the next message
      }
    });

    byId("message-cancel").addEventListener("click", reset);
    reset();

    return { render, fillChoices, startEdit, remove };
  }

  window.PreMatchPlannerParts = { ...window.PreMatchPlannerParts, messages };
})();
