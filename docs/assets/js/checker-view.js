/* checker-view.js: what the Email checker page shows of a check: the summary line, the
 * findings (the list, the marks under the draft's words, the card at the caret), the
 * findings the reader ignored, the detected kind, and one notice for what needs the
 * reader. checker-page.js decides when; this draws.
 */
(() => {
  "use strict";

  const findingsView = window.PreMatchCheckerFindings;

  /* `draft` is the text box, `kind` the kind choice (checker-kind.js). `actions`: what the
   * findings' buttons do, {onSelect, onIgnore, onFix, fixButton, pageUrl, onRestore}. */
  function create(draft, kind, actions) {
    const output = document.querySelector("[data-checker-output]");
    const summary = document.querySelector("[data-checker-summary]");
    const findingsList = document.querySelector("[data-checker-findings]");
    const ignoredList = document.querySelector("[data-checker-ignored]");
    const announcer = document.querySelector("[data-checker-announcer]");
    const findingActions = { ...actions, severities: [] }; // Python's [{id, label, plural}]
    const editor = window.PreMatchCheckerEditor.create(
      draft,
      document.querySelector("[data-checker-backdrop]"),
      () => findingActions.severities.map((severity) => severity.id),
    );
    const card = window.PreMatchCheckerCard.create(draft, editor, {
      card: document.querySelector("[data-checker-card]"),
      announcer,
      actions: findingActions,
      severityName: (severity) => findingActions.severities.find((s) => s.id === severity).label,
    });

    /* One line above the findings: a check that stopped the checker, or a draft changed
     * in another tab. */
    const notice = window.PreMatchDom.element("p", {
      "data-testid": "checker-notice",
      role: "alert",
    });
    notice.hidden = true;
    summary.before(notice);

    /* Assistive technology waits while the findings are out of date. */
    function setBusy(busy) {
      output.setAttribute("aria-busy", String(busy));
    }

    /* A check that lands while the keyboard is on a finding's button draws the list
     * again; put the focus back on the control in the same place, not on the page. */
    function keepingFocus(redraw) {
      const controls = () => [...findingsList.querySelectorAll("button, a")];
      const at = controls().indexOf(document.activeElement);
      redraw();
      if (at >= 0) {
        (controls()[at] || draft).focus();
      }
    }

    function showIgnored(keys) {
      findingsView.renderIgnored(ignoredList, keys, actions.onRestore);
    }

    return {
      setBusy,
      showIgnored,
      setSeverities(severities) {
        findingActions.severities = severities;
      },
      /* `action` is an optional [label, onClick] for a button after the text. */
      showNotice(text, action) {
        notice.replaceChildren(text || "");
        notice.hidden = !text;
        if (action) {
          const [label, onClick] = action;
          notice.append(" ", window.PreMatchDom.button(label, onClick, { class: "md-button" }));
        }
      },
      /* A line in place of the summary while there is nothing new to show. */
      showStatus(message) {
        summary.textContent = message;
      },
      announce(message) {
        announcer.textContent = message;
      },
      /* No findings to show: an empty, too long or unreadable draft. */
      showWithoutResult(message, ignoredKeys) {
        setBusy(false);
        summary.textContent = message;
        editor.show(draft.value, []);
        card.update();
        findingsList.replaceChildren();
        kind.clear();
        showIgnored(ignoredKeys);
      },
      /* Python's lint result for `text` (the draft may have changed since). */
      showResult(result, text, ignoredKeys) {
        setBusy(false);
        summary.textContent = result.summary;
        kind.show(result);
        editor.show(text, result.findings);
        card.update();
        keepingFocus(() =>
          findingsView.renderFindings(findingsList, result.findings, findingActions),
        );
        showIgnored(ignoredKeys);
      },
      /* After the list was drawn again: where the keyboard goes once a button is gone. */
      focusFindings() {
        (findingsList.querySelector(".checker-finding__show") || draft).focus();
      },
      focusIgnored() {
        (ignoredList.querySelector("summary") || draft).focus();
      },
    };
  }

  window.PreMatchCheckerView = { create };
})();
