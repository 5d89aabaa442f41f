/* checker-page.js: the Email checker page. Sends the draft to the Python checker
 * (window.PreMatchPython) when the reader pauses, and decides what the page shows.
 *
 * Its parts: checker-view.js draws a check, checker-saved-draft.js keeps the draft in this
 * browser, checker-ignored.js the findings the reader ignored, checker-settings.js the
 * rules switched off, checker-kind.js the kind of letter.
 */
(() => {
  "use strict";

  const python = window.PreMatchPython;

  const draft = document.querySelector("[data-testid=draft]");
  if (!draft || !python) {
    return;
  }
  const inputMessage = document.querySelector("[data-checker-input-message]");
  const kindSelect = document.querySelector("[data-checker-kind]");
  const kind = window.PreMatchCheckerKind.create(
    kindSelect,
    document.querySelector("[data-checker-clues]"),
  );
  const view = window.PreMatchCheckerView.create(draft, kind, {
    onSelect: (finding) => window.PreMatchCheckerDraft.select(draft, finding),
    onIgnore: ignore,
    onFix: fix,
    onRestore: restore,
    fixButton: (finding) => window.PreMatchCheckerFixes.button(finding, fix),
    pageUrl: window.PreMatchLinks.pageUrl,
  });
  const savedDraft = window.PreMatchCheckerSavedDraft.create(draft, {
    showProblem: (text) => {
      state.messages.storage = text;
      showInputMessages();
    },
    showNotice: view.showNotice,
    changed: () => lint(),
  });
  const ruleSettings = window.PreMatchCheckerSettings.create(
    document.querySelector("[data-checker-rule-list]"),
    () => lint(),
  );
  const matchSettingMount = document.querySelector("[data-match-setting]");
  let matchSetting = null; // the reader's match, specialty and SOAP mode (match-setting.js)

  const state = {
    sequence: 0, // number of the latest lint request; older answers are dropped
    ready: false, // rules and the vocabulary are loaded
    vocabulary: null, // names and limits, from Python
    ignored: window.PreMatchCheckerIgnored.create(),
    result: null, // last lint result, for the text it was made from
    messages: { size: "", storage: "" },
  };

  function showInputMessages() {
    inputMessage.textContent = [state.messages.size, state.messages.storage]
      .filter(Boolean)
      .join(" ");
  }

  function showWithoutResult(message) {
    state.result = null;
    view.showWithoutResult(message, state.ignored.keys());
  }

  async function lint() {
    const text = draft.value;
    state.sequence += 1;
    const sequence = state.sequence;
    view.setBusy(true);
    state.messages.size = "";
    if (text.trim() === "") {
      showInputMessages();
      showWithoutResult("Paste or type a draft to check it.");
      return;
    }
    if (savedDraft.stuck()) {
      showInputMessages();
      showWithoutResult("Not checked yet.");
      view.showNotice(
        "Last time, checking this draft stopped the checker, so it was not checked now.",
        ["Check it anyway", checkAnyway],
      );
      return;
    }
    if (!state.ready) {
      showInputMessages();
      view.showStatus("The checker is loading; it will check your draft as soon as it is ready.");
      return;
    }
    // A long paste is never sent to Python nor drawn again: it would stall the page.
    const { draft_characters: limit, draft_too_long: tooLong } = state.vocabulary.limits;
    const length =
      text.length > limit ? window.PreMatchCheckerDraft.codePointCount(text) : text.length;
    if (length > limit) {
      state.messages.size = tooLong.replace("{length}", length.toLocaleString("en-US"));
      showInputMessages();
      showWithoutResult("Not checked: the draft is too long.");
      return;
    }
    showInputMessages();
    let result;
    try {
      result = await python.call("lint", {
        text,
        kind: kind.chosen(),
        disabled_rules: ruleSettings.disabled(),
        ignored: state.ignored.keys(),
        ...matchSetting?.lintParams(),
      });
    } catch (error) {
      if (sequence !== state.sequence) {
        return;
      }
      if (error.stuck) {
        savedDraft.markStuck(); // so that a reload does not run into it again
        view.showNotice(error.message);
      }
      showWithoutResult(`The draft could not be checked: ${error.message}`);
      return;
    }
    if (sequence !== state.sequence) {
      return; // the reader typed again while Python was working
    }
    state.result = result;
    view.showResult(result, text, state.ignored.keys());
    // Typed again since this check was sent: the check of the newer text is still owed.
    if (draft.value !== text) view.setBusy(true);
  }

  /* A draft over the limit is not checked, and not saved at every pause either (writing
   * megabytes stalls typing): it is saved when the reader leaves or switches away. */
  function overLimit() {
    const limit = state.vocabulary?.limits.draft_characters;
    return limit !== undefined && draft.value.length > limit;
  }

  // The first keystroke after a pause is checked at once; a burst is checked when it ends.
  const saveAndLintLater = window.PreMatchDebounce.afterTyping(
    () => {
      if (!overLimit()) {
        savedDraft.save();
      }
      lint();
    },
    { leading: true },
  );

  function checkAnyway() {
    savedDraft.forgetStuck();
    lint();
  }

  /* A one-click fix; the edit's own input event has the draft checked again. */
  function fix(finding) {
    if (!window.PreMatchCheckerFixes.apply(draft, finding)) {
      view.announce("The draft has changed since this check: it is being checked again.");
      lint();
    }
  }

  /* Python leaves the ignored findings out and counts them in its summary. */
  async function ignore(finding) {
    state.ignored.add(finding);
    await lint();
    view.focusFindings(); // the button just pressed is gone: keep the keyboard near it
  }

  async function restore(key) {
    state.ignored.remove(key);
    if (state.result) {
      await lint();
    } else {
      view.showIgnored(state.ignored.keys());
    }
    view.focusIgnored();
  }

  function clearDraft() {
    if (
      !window.confirm(
        "Clear your draft from this page and from this browser? This cannot be undone.",
      )
    ) {
      return;
    }
    saveAndLintLater.cancel();
    savedDraft.clear();
    state.ignored.clear();
    lint();
    draft.focus();
  }

  /* Load the rule list and the page's words and limits once Python runs, then check. */
  async function connect() {
    if (state.ready) {
      return;
    }
    let rules;
    let vocabulary;
    try {
      [rules, vocabulary, matchSetting] = await Promise.all([
        python.call("rules"),
        python.call("vocabulary"),
        window.PreMatchMatchSetting.mount(matchSettingMount, { soap: true, onChange: lint }),
      ]);
    } catch (error) {
      showWithoutResult(`The checker is not available: ${error.message}`);
      return;
    }
    if (state.ready) {
      return; // a second "ready" arrived while this one was loading
    }
    ruleSettings.show(rules);
    state.vocabulary = vocabulary;
    view.setSeverities(vocabulary.severities);
    kind.fill(vocabulary.kinds);
    state.ready = true;
    lint();
  }

  draft.addEventListener("input", () => {
    view.setBusy(true);
    saveAndLintLater();
  });
  // A paste is one deliberate change: check it at once.
  draft.addEventListener("paste", () => setTimeout(saveAndLintLater.flush, 0));
  kindSelect.addEventListener("change", lint);
  document.querySelector("[data-checker-clear]").addEventListener("click", clearDraft);
  window.addEventListener("pagehide", () => {
    saveAndLintLater.flush();
    savedDraft.save(); // a draft over the limit is saved only now (or when the tab is hidden)
  });

  // "Log this draft" (log-draft.js) files what the reader sees here.
  window.PreMatchChecker = { draft: () => ({ text: draft.value, kind: kind.chosen() }) };

  lint();
  python.onStatus((stage) => {
    if (stage === "ready") {
      connect();
    }
  });
  connect();
})();
