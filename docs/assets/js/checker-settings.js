/* checker-settings.js: the "Rules" panel, one checkbox per checker rule.
 *
 * A ticked box means the rule is applied. The caller stores the unticked rule ids
 * (storage key "disabled-rules") and passes them to lint.
 */
(() => {
  "use strict";

  const { element } = window.PreMatchDom;

  /* Fill `fieldset` (keeping its <legend>) with a checkbox per rule; call
   * onChange(disabledIds) whenever the reader ticks or unticks one. */
  function renderRuleSettings(fieldset, rules, disabled, onChange) {
    const legend = fieldset.querySelector("legend");
    const boxes = rules.map((rule) => {
      const id = `rule-setting-${rule.id}`;
      const box = element("input", {
        type: "checkbox",
        id,
        value: rule.id,
        "data-rule-setting": rule.id,
        checked: !disabled.includes(rule.id),
      });
      const label = element("label", { for: id }, `${rule.title} `);
      label.append(element("code", {}, rule.id));
      const row = element("div", { class: "checker-rule-setting" });
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
