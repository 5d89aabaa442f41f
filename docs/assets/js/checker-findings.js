/* checker-findings.js: the list of findings, grouped by severity, and the list of
 * findings the reader chose to ignore in this draft.
 *
 * Only builds DOM (text nodes and elements); what a click does is decided by the caller.
 */
(() => {
  "use strict";

  const { element } = window.PreMatchDom;

  function button(label, onClick) {
    return window.PreMatchDom.button(label, onClick, { class: "checker-finding__action" });
  }

  /* One finding: what matched (a button that selects it in the draft), the message,
   * the safer wording, its fix if it has one, the rule id and a link to the guide. */
  function findingItem(finding, actions) {
    const item = element("li", { class: `checker-finding checker-finding--${finding.severity}` });
    item.dataset.testid = "finding";
    item.dataset.rule = finding.rule;
    item.dataset.severity = finding.severity;

    const show = button("", () => actions.onSelect(finding));
    show.classList.add("checker-finding__show");
    if (finding.text) {
      show.append(element("span", { class: "checker-finding__where" }, `Line ${finding.line}: `));
      show.append(element("q", { class: "checker-finding__text" }, finding.text));
      // The accessible name must start with the visible text (WCAG 2.5.3, label in name).
      show.title = "Select these words in the draft";
    } else {
      // Something is missing: there are no words to select, only the place.
      show.textContent = `Line ${finding.line}: go to the place`;
    }
    item.append(show);

    item.append(element("p", { class: "checker-finding__message" }, finding.message));
    if (finding.suggestion) {
      const suggestion = element("p", { class: "checker-finding__suggestion" });
      suggestion.append(element("strong", {}, "Instead: "), finding.suggestion);
      item.append(suggestion);
    }
    const fix = actions.fixButton(finding);
    if (fix) {
      item.append(fix);
    }

    const footer = element("p", { class: "checker-finding__footer" });
    footer.append(element("code", { class: "checker-finding__rule" }, finding.rule), " ");
    const why = element("a", { class: "checker-finding__why" }, "Why?");
    why.href = actions.pageUrl(finding.url);
    why.setAttribute("aria-label", `Why? Read the guide on ${finding.rule}`);
    footer.append(why, " ");
    const ignore = button("Ignore here", () => actions.onIgnore(finding));
    ignore.setAttribute("aria-label", `Ignore here: “${finding.text}” (${finding.rule})`);
    footer.append(ignore);
    item.append(footer);
    return item;
  }

  /* Replace `container`'s contents with the findings grouped by severity, most serious
   * first (`actions.severities`: Python's [{id, label, plural}]). */
  function renderFindings(container, findings, actions) {
    const fragment = document.createDocumentFragment();
    for (const severity of actions.severities) {
      const members = findings.filter((finding) => finding.severity === severity.id);
      if (members.length === 0) {
        continue;
      }
      const section = element("section", {
        class: `checker-group checker-group--${severity.id}`,
      });
      section.append(element("h3", {}, `${severity.plural} (${members.length})`));
      const list = element("ul", { class: "checker-group__list" });
      list.append(...members.map((finding) => findingItem(finding, actions)));
      section.append(list);
      fragment.append(section);
    }
    container.replaceChildren(fragment);
  }

  /* A collapsed "Show ignored (n)" list with a Restore button per ignored finding. */
  function renderIgnored(container, ignored, onRestore) {
    if (ignored.length === 0) {
      container.replaceChildren();
      return;
    }
    const details = element("details", { class: "checker-ignored" });
    details.dataset.testid = "ignored";
    details.append(element("summary", {}, `Show ignored (${ignored.length})`));
    const list = element("ul", { class: "checker-ignored__list" });
    for (const key of ignored) {
      const item = element("li", { class: "checker-ignored__item" });
      item.append(element("code", {}, key.rule), " ", element("q", {}, key.text), " ");
      const restore = button("Restore", () => onRestore(key));
      restore.setAttribute("aria-label", `Restore: “${key.text}” (${key.rule})`);
      item.append(restore);
      list.append(item);
    }
    details.append(list);
    const wasOpen = container.querySelector("details")?.open ?? false;
    details.open = wasOpen;
    container.replaceChildren(details);
  }

  window.PreMatchCheckerFindings = { findingItem, renderFindings, renderIgnored };
})();
