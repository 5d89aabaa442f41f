/* match-setting.js: "My match and specialty" (window.PreMatchMatchSetting), shared by the
 * Checker and the Planner pages.
 *
 * The reader's match, specialty policy and Match Week live in the planner data's season
 * (planner-store.js), so one choice serves both pages, travels in the planner's export file
 * and is validated by Python like every other planner change. The choices, their names,
 * summaries and sources come from Python (browser_api "policies"); nothing here names a
 * match or a specialty.
 *
 * mount(container, options) draws the form into `container` and resolves to a controller:
 *   options.save(patch)  stores {match, specialty, match_week_start, match_week_end}; resolves
 *                        to true when kept (default: straight into the stored planner data)
 *   options.soap         also offer SOAP mode and "this is a reply" (the Checker page)
 *   options.onChange()   called after a saved change or a SOAP choice
 *   controller.lintParams()  {match, specialty, soap, reply} for the checker
 */
(() => {
  "use strict";

  const store = window.PreMatchPlanner;
  const dom = window.PreMatchDom;

  let nextId = 0;

  function season() {
    return store.load().season || {};
  }

  /* Today's local date within the reader's own Match Week dates. */
  function inMatchWeek(current) {
    const today = store.localToday();
    return Boolean(
      current.match_week_start &&
        current.match_week_end &&
        current.match_week_start <= today &&
        today <= current.match_week_end,
    );
  }

  async function saveToPlanner(patch, say) {
    try {
      // The store applies the patch to the latest stored planner (planner-store.js).
      await store.commit((data) => {
        data.season = { ...data.season, ...patch };
      });
      say("Saved on this device.", false);
      return true;
    } catch (error) {
      say(error.message, true);
      return false;
    }
  }

  function field(label, control, help) {
    const row = dom.element("p");
    row.append(dom.element("label", { for: control.id }, label), control);
    if (help) {
      row.append(dom.element("span", { class: "planner__help" }, help));
    }
    return row;
  }

  function checkbox(id, label, testid) {
    const row = dom.element("p");
    const box = dom.element("input", { type: "checkbox", id, "data-testid": testid });
    row.append(box, dom.element("label", { for: id }, label));
    return { row, box };
  }

  /* One line per chosen policy: its summary, a link to its entry in the guide and its
   * public source with the date it was checked. */
  function describe(list, policies, pageUrl) {
    list.replaceChildren(
      ...policies.map((policy) => {
        const item = dom.element("li");
        const name = dom.element(
          "a",
          { href: pageUrl(`specialty-policies/#${policy.id}`) },
          policy.name,
        );
        const source = dom.element("a", { href: policy.source, rel: "noopener" }, "source");
        item.append(name, `: ${policy.summary} (`, source, `, checked ${policy.checked})`);
        return item;
      }),
    );
  }

  async function mount(container, options = {}) {
    const table = await window.PreMatchPython.call("policies");
    const pageUrl = window.PreMatchLinks.pageUrl;
    const prefix = `match-setting-${nextId++}`;
    const form = dom.element("form", { class: "planner__form", "data-testid": "match-setting" });
    const match = dom.element("select", { id: `${prefix}-match`, name: "match" });
    const specialty = dom.element("select", { id: `${prefix}-specialty`, name: "specialty" });
    const first = dom.element("input", {
      type: "date",
      id: `${prefix}-first`,
      name: "match_week_start",
    });
    const last = dom.element("input", {
      type: "date",
      id: `${prefix}-last`,
      name: "match_week_end",
    });
    const chosen = dom.element("ul", { "data-match-setting-policies": true });
    const message = dom.element("p", { class: "planner__message", role: "status", hidden: true });
    const week = dom.element("fieldset");
    week.append(
      dom.element("legend", {}, "My Match Week (optional)"),
      dom.element(
        "p",
        { class: "planner__help" },
        "Copy the dates from the NRMP: they change every year, and the site never guesses them.",
      ),
      field("First day", first),
      field("Last day", last),
    );
    form.append(
      field("My match", match),
      field(
        "My specialty's policy",
        specialty,
        "Choose yours if it is listed; any other specialty follows the general rules of your match.",
      ),
      chosen,
      week,
      dom.element(
        "button",
        { type: "submit", class: "md-button md-button--primary" },
        "Save my match and specialty",
      ),
      message,
    );
    match.append(...dom.options(table.matches.map((m) => [m.id, m.name])));

    const soap = options.soap
      ? checkbox(`${prefix}-soap`, "SOAP mode: I am writing during my Match Week", "soap-mode")
      : null;
    const reply = options.soap
      ? checkbox(
          `${prefix}-reply`,
          "This is a reply to a program that contacted me first",
          "soap-reply",
        )
      : null;
    if (soap) {
      const fieldset = dom.element("fieldset", { class: "planner__form" });
      fieldset.append(dom.element("legend", {}, "Match Week and SOAP"), soap.row, reply.row);
      container.replaceChildren(form, fieldset);
    } else {
      container.replaceChildren(form);
    }

    function say(text, isError) {
      message.textContent = text;
      message.hidden = !text;
      message.classList.toggle("planner__message--error", isError);
    }

    /* Specialties of the chosen match only, so a mismatch cannot be picked. */
    function fillSpecialties(selected) {
      const fitting = table.specialties.filter((s) => s.match === match.value);
      specialty.replaceChildren(
        ...dom.options([["", "No specialty policy"], ...fitting.map((s) => [s.id, s.name])]),
      );
      specialty.value = fitting.some((s) => s.id === selected) ? selected : "";
    }

    function showChosen() {
      const policies = [
        table.matches.find((m) => m.id === match.value),
        table.specialties.find((s) => s.id === specialty.value),
      ].filter(Boolean);
      describe(chosen, policies, pageUrl);
    }

    let shown = null; // the stored choice last drawn, to leave unsaved edits alone

    function showStored() {
      const current = season();
      const stored = JSON.stringify(
        ["match", "specialty", "match_week_start", "match_week_end"].map(
          (key) => current[key] || null,
        ),
      );
      if (stored === shown) {
        return;
      }
      shown = stored;
      match.value = current.match || table.default_match;
      fillSpecialties(current.specialty || "");
      first.value = current.match_week_start || "";
      last.value = current.match_week_end || "";
      showChosen();
      if (soap && inMatchWeek(current)) {
        soap.box.checked = true;
        // Show the mode it is in, even where the setting sits in a closed <details>.
        container.closest("details")?.setAttribute("open", "");
      }
      if (soap) {
        reply.box.disabled = !soap.box.checked;
      }
    }

    match.addEventListener("change", () => {
      fillSpecialties(specialty.value);
      showChosen();
    });
    specialty.addEventListener("change", showChosen);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const patch = {
        match: match.value,
        specialty: specialty.value || null,
        match_week_start: first.value || null,
        match_week_end: last.value || null,
      };
      const kept = options.save ? await options.save(patch) : await saveToPlanner(patch, say);
      if (kept) {
        showStored();
        options.onChange?.();
      }
    });
    if (soap) {
      for (const box of [soap.box, reply.box]) {
        box.addEventListener("change", () => {
          reply.box.disabled = !soap.box.checked;
          options.onChange?.();
        });
      }
    }
    showStored();
    // Another tab (the Planner, or this page elsewhere) saved a new choice.
    window.addEventListener("storage", (event) => {
      if (event.key === null || event.key.endsWith(":planner")) {
        showStored();
        options.onChange?.();
      }
    });

    return {
      /* Draw the stored choice again if it changed (an import, or the planner cleared). */
      refresh: showStored,
      lintParams() {
        const current = season();
        const soapOn = Boolean(soap?.box.checked);
        return {
          match: current.match || null,
          specialty: current.specialty || null,
          soap: soapOn,
          reply: soapOn && reply.box.checked,
        };
      },
    };
  }

  window.PreMatchMatchSetting = { mount };
})();
