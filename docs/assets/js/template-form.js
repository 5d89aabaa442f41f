/* template-form.js: the fill-in form on each letter template page.
 *
 * Builds a form from the template's fields (asked from Python), shows the filled letter
 * as the reader types, and hands exactly that text to the Copy, Download, mail app and
 * "Check this letter" buttons. Values are the reader's own text: they only ever reach
 * the page as text nodes, input values and encoded URL parts.
 * Values are kept in this browser only (storage key "template:<id>").
 */
(function () {
  "use strict";

  const FILL_DELAY_MS = 150;
  const SUBJECT_PREFIX = "Subject: ";

  const python = window.PreMatchPython;
  const storage = window.PreMatchStorage;
  const mount = document.querySelector(".template-form-mount[data-template-id]");
  if (!mount || !python) {
    return;
  }
  const templateId = mount.dataset.templateId;
  const storageKey = "template:" + templateId;

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function button(label, onClick) {
    const node = element("button", { type: "button", class: "md-button" }, label);
    node.addEventListener("click", onClick);
    return node;
  }

  /* {subject, body} of a filled letter: its first line is "Subject: ...", then a blank line. */
  function splitLetter(text) {
    const lines = text.split("\n");
    if (lines.length >= 2 && lines[0].startsWith(SUBJECT_PREFIX) && lines[1] === "") {
      return { subject: lines[0].slice(SUBJECT_PREFIX.length), body: lines.slice(2).join("\n") };
    }
    return { subject: "", body: text };
  }

  function mailtoUrl(text) {
    const { subject, body } = splitLetter(text);
    return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }

  function storedValues(template) {
    const saved = storage.get(storageKey, {});
    const values = {};
    for (const field of template.fields) {
      const value = saved && typeof saved === "object" ? saved[field.name] : undefined;
      values[field.name] = typeof value === "string" ? value : "";
    }
    return values;
  }

  function fieldControl(field, value) {
    const id = `field-${templateId}-${field.name}`;
    const row = element("div", { class: "template-form__field" });
    const label = element("label", { for: id }, field.label);
    if (field.required) {
      label.append(" ", element("span", { class: "template-form__required", "aria-hidden": "true" }, "*"));
    }
    const control = element(field.multiline ? "textarea" : "input", {
      id,
      name: field.name,
      "data-field": field.name,
    });
    if (field.multiline) {
      control.rows = 4;
    } else {
      control.type = "text";
    }
    control.required = field.required;
    if (field.example) {
      control.placeholder = field.example;
    }
    control.value = value;
    row.append(label);
    if (field.help) {
      const helpId = id + "-help";
      row.append(element("p", { id: helpId, class: "template-form__help" }, field.help));
      control.setAttribute("aria-describedby", helpId);
    }
    row.append(control);
    return row;
  }

  function build(template) {
    const values = storedValues(template);
    const form = element("form", {
      class: "template-form",
      "data-testid": "template-form",
      "aria-label": `Fill in: ${template.title}`,
      novalidate: "",
    });
    form.append(
      element("p", { class: "template-form__legend" }, "Fields marked * are required."),
      ...template.fields.map((field) => fieldControl(field, values[field.name])),
    );
    const problem = element("p", { class: "template-form__problem", role: "alert" });
    const previewTitle = element("h3", { id: `preview-${templateId}` }, "Your letter");
    const preview = element("pre", {
      class: "template-form__preview",
      "data-testid": "template-preview",
      "aria-labelledby": previewTitle.id,
      tabindex: "0",
    });
    const done = element("p", { class: "template-form__done", role: "status", "aria-live": "polite" });
    const mail = element("a", { class: "md-button", "data-action": "mail" }, "Open in mail app");
    const actions = element("div", { class: "template-form__actions" });
    const reset = button("Reset form", () => resetForm());
    reset.classList.add("template-form__reset");
    actions.append(
      button("Copy", () => copyLetter()),
      button("Download .txt", () => downloadLetter()),
      mail,
      button("Check this letter", () => checkLetter()),
      reset,
    );
    mount.replaceChildren(form, problem, previewTitle, preview, actions, done);

    let letter = null; // the text in the preview, or null while the form cannot be filled
    let sequence = 0;

    function currentValues() {
      const current = {};
      for (const control of form.querySelectorAll("[data-field]")) {
        current[control.dataset.field] = control.value;
      }
      return current;
    }

    function showLetter(text) {
      letter = text;
      preview.textContent = text === null ? "Your letter appears here once the required fields are filled in." : text;
      preview.classList.toggle("template-form__preview--empty", text === null);
      for (const control of actions.querySelectorAll("button:not(.template-form__reset)")) {
        control.disabled = text === null;
      }
      if (text === null) {
        mail.removeAttribute("href");
        mail.setAttribute("aria-disabled", "true");
      } else {
        mail.href = mailtoUrl(text);
        mail.removeAttribute("aria-disabled");
      }
    }

    async function refresh() {
      sequence += 1;
      const mine = sequence;
      let text = null;
      let message = "";
      try {
        ({ text } = await python.call("fill", { template_id: templateId, values: currentValues() }));
      } catch (error) {
        message = error.message;
      }
      if (mine !== sequence) {
        return; // the reader typed again meanwhile
      }
      problem.textContent = message;
      showLetter(text);
    }

    const saveAndRefreshLater = window.PreMatchDebounce(() => {
      if (!storage.set(storageKey, currentValues())) {
        done.textContent = "This browser would not keep what you typed (storage full or switched off).";
      }
      return refresh();
    }, FILL_DELAY_MS);

    /* The letter for the latest keystrokes (a pending refresh runs first). */
    async function latestLetter() {
      await saveAndRefreshLater.flush();
      return letter;
    }

    async function copyLetter() {
      const text = await latestLetter();
      if (text === null) {
        return;
      }
      try {
        await navigator.clipboard.writeText(text);
        done.textContent = "Copied";
      } catch (error) {
        done.textContent = "This browser did not allow copying: select the letter above and copy it by hand.";
      }
    }

    async function downloadLetter() {
      const text = await latestLetter();
      if (text === null) {
        return;
      }
      const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
      const link = element("a", { href: url, download: `${templateId}.txt` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      done.textContent = `Downloaded ${templateId}.txt`;
    }

    async function checkLetter() {
      const text = await latestLetter();
      if (text === null) {
        return;
      }
      if (!storage.set("draft", text)) {
        done.textContent = "This browser would not pass the letter to the checker (storage full or switched off).";
        return;
      }
      storage.remove("draft-ignored");
      window.location.href = window.PreMatchLinks.pageUrl("checker/");
    }

    function resetForm() {
      if (!window.confirm("Empty every field of this letter? This cannot be undone.")) {
        return;
      }
      saveAndRefreshLater.cancel();
      storage.remove(storageKey);
      for (const control of form.querySelectorAll("[data-field]")) {
        control.value = "";
      }
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
    // Keep the last keystrokes when the reader leaves before the pause has passed.
    window.addEventListener("pagehide", () => saveAndRefreshLater.flush());
    form.addEventListener("submit", (event) => event.preventDefault());
    showLetter(null);
    refresh();
  }

  async function start() {
    let templates;
    try {
      templates = await python.call("templates");
    } catch (error) {
      return; // the status line (above) says why and offers to retry
    }
    if (mount.querySelector("[data-testid=template-form]")) {
      return; // built already by an earlier call
    }
    const template = templates.find((candidate) => candidate.id === templateId);
    if (!template) {
      mount.replaceChildren(element("p", { role: "alert" }, `There is no form for the letter “${templateId}”.`));
      return;
    }
    build(template);
  }

  // Until Python runs, the mount shows the loading status (filled by python-client.js).
  if (!document.querySelector("[data-python-status]")) {
    mount.append(element("div", { "data-python-status": "" }));
  }
  python.onStatus((stage) => {
    if (stage === "ready" && !mount.querySelector("[data-testid=template-form]")) {
      start();
    }
  });
  start();
})();
