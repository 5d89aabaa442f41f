/* match-setting-form.js: the elements of "My match and specialty"
 * (window.PreMatchMatchSettingForm), drawn for match-setting.js, which fills and saves them.
 *
 * draw(container, table, soap) replaces the container's content with the form (match,
 * specialty policy, Match Week dates, the chosen policies, a status line) and, with `soap`,
 * the SOAP mode and "this is a reply" checkboxes. It returns the controls by name, plus
 * say(text, isError) for the status line and showPolicies(policies) for the chosen ones.
 * `table` is Python's policy table (browser_api "policies"): only its matches are read here.
 */
(() => {
  "use strict";

  const dom = window.PreMatchDom;

  let nextId = 0; // each drawn form gets its own element ids (labels point at them)

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
  function describe(list, policies) {
    const pageUrl = window.PreMatchLinks.pageUrl;
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

  /* The SOAP checkboxes in their own fieldset (the Checker page only). */
  function soapBoxes(prefix) {
    const soap = checkbox(
      `${prefix}-soap`,
      "SOAP mode: I am writing during my Match Week",
      "soap-mode",
    );
    const reply = checkbox(
      `${prefix}-reply`,
      "This is a reply to a program that contacted me first",
      "soap-reply",
    );
    const fieldset = dom.element("fieldset", { class: "planner__form" });
    fieldset.append(dom.element("legend", {}, "Match Week and SOAP"), soap.row, reply.row);
    return { fieldset, soap: soap.box, reply: reply.box };
  }

  function draw(container, table, soap) {
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

    const boxes = soap ? soapBoxes(prefix) : null;
    container.replaceChildren(form, ...(boxes ? [boxes.fieldset] : []));

    return {
      form,
      match,
      specialty,
      first,
      last,
      soap: boxes?.soap ?? null,
      reply: boxes?.reply ?? null,
      say(text, isError) {
        message.textContent = text;
        message.hidden = !text;
        message.classList.toggle("planner__message--error", isError);
      },
      showPolicies: (policies) => describe(chosen, policies),
    };
  }

  window.PreMatchMatchSettingForm = { draw };
})();
