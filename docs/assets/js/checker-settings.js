/* checker-settings.js: the "Rules" panel, one checkbox per checker rule.
 *
 * A ticked box means the rule is applied. The caller stores the unticked rule ids
 * (storage key "disabled-rules") and passes them to lint.
 */
(function () {
  "use strict";

  /* Fill `fieldset` (keeping its <legend>) with a checkbox per rule; call
   * onChange(disabledIds) whenever the reader ticks or unticks one. */
  function renderRuleSettings(fieldset, rules, disabled, onChange) {
    const legend = fieldset.querySelector("legend");
    const boxes = rules.map((rule) => {
      const id = "rule-setting-" + rule.id;
      const row = document.createElement("div");
      row.className = "checker-rule-setting";
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = id;
      box.value = rule.id;
      box.dataset.ruleSetting = rule.id;
      box.checked = !disabled.includes(rule.id);
      const label = document.createElement("label");
      label.htmlFor = id;
      const code = document.createElement("code");
      code.textContent = rule.id;
      label.append(`${rule.title} `, code);
      row.append(box, label);
      return row;
    });
    fieldset.replaceChildren(...(legend ? [legend] : []), ...boxes);
    fieldset.addEventListener("change", () => {
      const unticked = [...fieldset.querySelectorAll("input[type=checkbox]")]
        .filter((box) => !box.checked)
        .map((box) => box.value);
      onChange(unticked);
    });
  }

  window.PreMatchCheckerSettings = { renderRuleSettings };
})();
