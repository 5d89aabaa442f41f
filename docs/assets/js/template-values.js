/* template-values.js: what the reader typed into a letter's form, kept in this browser
 * only (storage key "template:<id>").
 *
 * Another tab may save the same letter. A field typed in here since this tab last read or
 * wrote the values is saved as typed; every other field takes the value the other tab
 * saved, so neither tab undoes the other's typing.
 */
(() => {
  "use strict";

  const storage = window.PreMatchStorage;

  /* `controls()` lists the form's fields (elements with data-field="<name>"). */
  function create(templateId, controls) {
    const key = `template:${templateId}`;

    /* The stored text by field name (only text values; none is a missing field). */
    function stored() {
      const saved = storage.get(key, {});
      const entries = saved && typeof saved === "object" ? Object.entries(saved) : [];
      return Object.fromEntries(entries.filter(([, value]) => typeof value === "string"));
    }

    let synced = stored(); // the values as this tab last read or wrote them

    /* The stored values with the fields typed in this tab since `synced` as typed; every
     * other field is shown as stored. */
    function merge() {
      const merged = stored();
      for (const control of controls()) {
        const name = control.dataset.field;
        if (control.value !== (synced[name] ?? "")) {
          merged[name] = control.value;
        } else {
          control.value = merged[name] ?? "";
        }
      }
      return merged;
    }

    return {
      key,
      /* The field's stored text, for the form as it is built. */
      stored: (name) => stored()[name] ?? "",
      /* The form's current values, by field name (what Python fills the letter with). */
      current() {
        const values = {};
        for (const control of controls()) {
          values[control.dataset.field] = control.value;
        }
        return values;
      },
      /* Store the form's values; false when the browser would not keep them. */
      save() {
        const values = merge();
        if (!storage.set(key, values)) {
          return false;
        }
        synced = values;
        return true;
      },
      /* Another tab saved this letter: show its values where this tab has no typing. */
      takeOtherTabs() {
        merge();
        synced = stored();
      },
      clear() {
        storage.remove(key);
        synced = {};
        for (const control of controls()) {
          control.value = "";
        }
      },
    };
  }

  window.PreMatchTemplateValues = { create };
})();
