/* checker-settings.js: the "Rules" panel, one checkbox per checker rule.
 *
 * A ticked box means the rule is applied. The unticked rule ids are kept in this browser
 * (storage key "disabled-rules"); the page passes them to lint.
 */
(() => {
  "use strict";

  const KEY = "disabled-rules";
  const { element } = window.PreMatchDom;
  const storage = window.PreMatchStorage;

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

  /* The rules the reader switched off, shown in `fieldset` once show(rules) has the rule
   * list; onChange() runs after each tick or untick. */
  function create(fieldset, onChange) {
    const stored = storage.get(KEY, []);
    let disabled = (Array.isArray(stored) ? stored : []).filter((id) => typeof id === "string");
    return {
      disabled: () => disabled,
      show(rules) {
        const ids = rules.map((rule) => rule.id);
        disabled = disabled.filter((id) => ids.includes(id)); // rules since removed
        renderRuleSettings(fieldset, rules, disabled, (unticked) => {
          disabled = unticked;
          storage.set(KEY, unticked);
          onChange();
        });
      },
    };
  }

  window.PreMatchCheckerSettings = { create };
})();
