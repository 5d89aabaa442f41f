/* template-form.js: the fill-in form on each letter template page.
 *
 * Builds a form from the template's fields (asked from Python), shows the filled letter
 * as the reader types, and hands exactly that text to the Copy, Download, mail app and
 * "Check this letter" buttons (letter-actions.js). Values are the reader's own text: they
 * only ever reach the page as text nodes, input values and encoded URL parts. They are
 * kept in this browser only (template-values.js).
 */
(() => {
  "use strict";

  const python = window.PreMatchPython;
  const storage = window.PreMatchStorage;
  const mount = document.querySelector(".template-form-mount[data-template-id]");
  if (!mount || !python) {
    return;
  }
  const templateId = mount.dataset.templateId;

  const { element } = window.PreMatchDom;

  function button(label, onClick) {
    return window.PreMatchDom.button(label, onClick, { class: "md-button" });
  }

  function fieldControl(field, value) {
    const id = `field-${templateId}-${field.name}`;
    const helpId = field.help ? `${id}-help` : null;
    const label = element("label", { for: id }, field.label);
    if (field.required) {
      const star = element(
        "span",
        { class: "template-form__required", "aria-hidden": "true" },
        "*",
      );
      label.append(" ", star);
    }
    const control = element(field.multiline ? "textarea" : "input", {
      id,
      name: field.name,
      "data-field": field.name,
      type: field.multiline ? null : "text",
      rows: field.multiline ? 4 : null,
      required: field.required,
      placeholder: field.example || null,
      "aria-describedby": helpId,
    });
    control.value = value;
    const row = element("div", { class: "template-form__field" });
    row.append(label);
    if (helpId) {
      row.append(element("p", { id: helpId, class: "template-form__help" }, field.help));
    }
    row.append(control);
    return row;
  }

  function build(template) {
    const values = window.PreMatchTemplateValues.create(templateId, () =>
      form.querySelectorAll("[data-field]"),
    );
    const form = element("form", {
      class: "template-form",
      "data-testid": "template-form",
      "aria-label": `Fill in: ${template.title}`,
      novalidate: "",
    });
    form.append(
      element("p", { class: "template-form__legend" }, "Fields marked * are required."),
      ...template.fields.map((field) => fieldControl(field, values.stored(field.name))),
    );
    const problem = element("p", { class: "template-form__problem", role: "alert" });
    const previewTitle = element("h3", { id: `preview-${templateId}` }, "Your letter");
    const preview = element("pre", {
      class: "template-form__preview",
      "data-testid": "template-preview",
      "aria-labelledby": previewTitle.id,
      tabindex: "0",
    });
    const done = element("p", {
      class: "template-form__done",
      role: "status",
      "aria-live": "polite",
    });
    const letterActions = window.PreMatchLetterActions.create(templateId, done);
    const mail = element("a", { class: "md-button", "data-action": "mail" }, "Open in mail app");
    const actions = element("div", { class: "template-form__actions" });
    const reset = button("Reset form", () => resetForm());
    reset.classList.add("template-form__reset");
    actions.append(
      button("Copy", onLetter(letterActions.copy)),
      button("Download .txt", onLetter(letterActions.download)),
      mail,
      button("Check this letter", onLetter(letterActions.check)),
      reset,
    );
    mount.replaceChildren(form, problem, previewTitle, preview, actions, done);

    let letter = null; // the text in the preview, or null while the form cannot be filled
    let sequence = 0;

    /* `filled` is Python's {text, subject, body}, or null while the form cannot be filled. */
    function showLetter(filled) {
      const text = filled ? filled.text : null;
      letter = text;
      preview.textContent =
        text === null ? "Your letter appears here once the required fields are filled in." : text;
      preview.classList.toggle("template-form__preview--empty", text === null);
      for (const control of actions.querySelectorAll("button:not(.template-form__reset)")) {
        control.disabled = text === null;
      }
      if (text === null) {
        mail.removeAttribute("href");
        mail.setAttribute("aria-disabled", "true");
      } else {
        mail.href = letterActions.mailtoUrl(filled);
        mail.removeAttribute("aria-disabled");
      }
    }

    async function refresh() {
      sequence += 1;
      const mine = sequence;
      let filled = null;
      let message = "";
      try {
        filled = await python.call("fill", { template_id: templateId, values: values.current() });
      } catch (error) {
        message = error.message;
      }
      if (mine !== sequence) {
        return; // the reader typed again meanwhile
      }
      problem.textContent = message;
      showLetter(filled);
    }

    const saveAndRefreshLater = window.PreMatchDebounce.afterTyping(() => {
      if (!values.save()) {
        done.textContent =
          "This browser would not keep what you typed (storage full or switched off).";
      }
      return refresh();
    });

    /* A button's action on the letter for the latest keystrokes (a pending refresh runs
     * first); nothing happens while the form cannot be filled. */
    function onLetter(action) {
      return async () => {
        await saveAndRefreshLater.flush();
        if (letter !== null) {
          await action(letter);
        }
      };
    }

    function resetForm() {
      if (!window.confirm("Empty every field of this letter? This cannot be undone.")) {
        return;
      }
      saveAndRefreshLater.cancel();
      values.clear();
      done.textContent = "";
      refresh();
      form.querySelector("[data-field]")?.focus();
    }

    mail.addEventListener("click", (event) => {
      if (letter === null) {
        event.preventDefault();
      }
    });
    form.addEventListener("input", saveAndRefreshLater);
    storage.onChange(values.key, () => {
      values.takeOtherTabs();
      refresh();
    });
    // Keep the last keystrokes when the reader leaves before the pause has passed.
    window.addEventListener("pagehide", () => saveAndRefreshLater.flush());
    form.addEventListener("submit", (event) => event.preventDefault());
    showLetter(null);
    refresh();
  }

  async function start() {
    let template;
    try {
      template = await python.call("template", { id: templateId });
    } catch (error) {
      if (pythonStage === "ready") {
        // Python runs but has no such letter (a page out of step with the templates).
        mount.replaceChildren(element("p", { role: "alert" }, error.message));
      }
      return; // otherwise the status line (above) says why and offers to retry
    }
    if (!mount.querySelector("[data-testid=template-form]")) {
      build(template); // unless an earlier call built it already
    }
  }

  // Until Python runs, the mount shows the loading status (filled by python-status.js).
  if (!document.querySelector("[data-python-status]")) {
    mount.append(element("div", { "data-python-status": "" }));
  }
  let pythonStage = "";
  python.onStatus((stage) => {
    pythonStage = stage;
    if (stage === "ready" && !mount.querySelector("[data-testid=template-form]")) {
      start();
    }
  });
  start();
})();
