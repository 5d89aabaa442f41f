/* checker-page.js: the Email checker page. Wires the draft box to the Python checker
 * (window.PreMatchPython) and shows what it finds.
 *
 * The draft is kept in this browser only (storage key "draft"), with the findings the
 * reader chose to ignore ("draft-ignored") and the rules switched off ("disabled-rules").
 */
(() => {
  "use strict";

  const LINT_DELAY_MS = 150;

  const python = window.PreMatchPython;
  const storage = window.PreMatchStorage;
  const findingsView = window.PreMatchCheckerFindings;
  const settingsView = window.PreMatchCheckerSettings;

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
  const output = document.querySelector("[data-checker-output]");
  const summary = document.querySelector("[data-checker-summary]");
  const findingsList = document.querySelector("[data-checker-findings]");
  const ignoredList = document.querySelector("[data-checker-ignored]");
  const ruleList = document.querySelector("[data-checker-rule-list]");
  const announcer = document.querySelector("[data-checker-announcer]");
  // The marks under the draft's words, and the card for the one at the caret.
  const editor = window.PreMatchCheckerEditor.create(
    draft,
    document.querySelector("[data-checker-backdrop]"),
  );
  const findingActions = {
    severities: [], // Python's [{id, label, plural}], once it runs
    onSelect: (finding) => window.PreMatchCheckerDraft.select(draft, finding),
    onIgnore: ignore,
    onFix: fix,
    fixButton: (finding) => window.PreMatchCheckerFixes.button(finding, fix),
    pageUrl: window.PreMatchLinks.pageUrl,
  };
  const card = window.PreMatchCheckerCard.create(draft, editor, {
    card: document.querySelector("[data-checker-card]"),
    announcer,
    actions: findingActions,
    severityName: (severity) => findingActions.severities.find((s) => s.id === severity).label,
  });
  const matchSettingMount = document.querySelector("[data-match-setting]");
  let matchSetting = null; // the reader's match, specialty and SOAP mode (match-setting.js)

  const state = {
    sequence: 0, // number of the latest lint request; older answers are dropped
    ready: false, // rules and the vocabulary are loaded
    vocabulary: null, // names and limits, from Python
    disabled: storedList("disabled-rules").filter((id) => typeof id === "string"),
    ignored: window.PreMatchCheckerIgnored.create(),
    result: null, // last lint result, for the text it was made from
    text: "",
    messages: { size: "", storage: "" },
    saved: null, // the draft as this tab last read or wrote it in storage
    stuck: false, // the stored draft stopped the checker last time: wait for the reader
    stuckMark: false, // "draft-stuck" is set in storage (until the draft is edited)
  };

  function storedList(key) {
    const value = storage.get(key, []);
    return Array.isArray(value) ? value : [];
  }

  function showInputMessages() {
    inputMessage.textContent = [state.messages.size, state.messages.storage]
      .filter(Boolean)
      .join(" ");
  }

  function saveDraft() {
    if (draft.value === state.saved) {
      return;
    }
    const saved = storage.set("draft", draft.value);
    if (saved) {
      state.saved = draft.value;
    }
    state.messages.storage = saved
      ? ""
      : "This browser would not keep your draft (its storage is full or switched off): " +
        "copy the draft somewhere safe before you leave this page.";
    showInputMessages();
  }

  /* One line above the findings for what needs the reader: a check that stopped the
   * checker, or a draft changed in another tab. `action` is an optional [label, fn]. */
  const notice = window.PreMatchDom.element("p", {
    "data-testid": "checker-notice",
    role: "alert",
  });
  notice.hidden = true;
  summary.before(notice);

  function showNotice(text, action) {
    notice.replaceChildren(text || "");
    notice.hidden = !text;
    if (action) {
      const [label, onClick] = action;
      notice.append(" ", window.PreMatchDom.button(label, onClick, { class: "md-button" }));
    }
  }

  /* Assistive technology waits while the findings are out of date. */
  function setBusy(busy) {
    output.setAttribute("aria-busy", String(busy));
  }

  /* No findings to show: an empty, too long or unreadable draft. */
  function showWithoutResult(message) {
    setBusy(false);
    state.result = null;
    summary.textContent = message;
    editor.show(draft.value, []);
    card.update();
    findingsList.replaceChildren();
    kind.clear();
    findingsView.renderIgnored(ignoredList, state.ignored.keys(), restore);
  }

  function showResult() {
    setBusy(false);
    summary.textContent = state.result.summary;
    kind.show(state.result);
    editor.show(state.text, state.result.findings);
    card.update();
    findingsView.renderFindings(findingsList, state.result.findings, findingActions);
    findingsView.renderIgnored(ignoredList, state.ignored.keys(), restore);
  }

  async function lint() {
    const text = draft.value;
    state.sequence += 1;
    const sequence = state.sequence;
    setBusy(true);
    state.messages.size = "";
    if (text.trim() === "") {
      showInputMessages();
      showWithoutResult("Paste or type a draft to check it.");
      return;
    }
    if (state.stuck) {
      showInputMessages();
      showWithoutResult("Not checked yet.");
      showNotice("Last time, checking this draft stopped the checker, so it was not checked now.", [
        "Check it anyway",
        checkAnyway,
      ]);
      return;
    }
    if (!state.ready) {
      showInputMessages();
      summary.textContent =
        "The checker is loading; it will check your draft as soon as it is ready.";
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
        disabled_rules: state.disabled,
        ignored: state.ignored.keys(),
        ...matchSetting?.lintParams(),
      });
    } catch (error) {
      if (sequence !== state.sequence) {
        return;
      }
      if (error.stuck) {
        // python-client.js ended the stuck worker; a reload must not run into it again.
        state.stuckMark = storage.set("draft-stuck", true);
        showNotice(error.message);
      }
      showWithoutResult(`The draft could not be checked: ${error.message}`);
      return;
    }
    if (sequence !== state.sequence) {
      return; // the reader typed again while Python was working
    }
    state.result = result;
    state.text = text;
    showResult();
  }

  /* A draft over the limit is not checked, and not saved at every pause either (writing
   * megabytes stalls typing): it is saved when the reader leaves or switches away. */
  function overLimit() {
    const limit = state.vocabulary?.limits.draft_characters;
    return limit !== undefined && draft.value.length > limit;
  }

  // The first keystroke after a pause is checked at once; a burst is checked when it ends.
  const saveAndLintLater = window.PreMatchDebounce(
    () => {
      if (!overLimit()) {
        saveDraft();
      }
      lint();
    },
    LINT_DELAY_MS,
    { leading: true },
  );

  function forgetStuck() {
    state.stuck = false;
    state.stuckMark = false;
    storage.remove("draft-stuck");
    showNotice("");
  }

  function checkAnyway() {
    forgetStuck();
    lint();
  }

  /* Another tab saved the draft: take its text unless this tab has typing not saved yet;
   * then keep this tab's text (it is saved at the next pause) and offer the other. */
  function takeOtherTabsDraft() {
    const other = storage.get("draft", "");
    if (typeof other !== "string" || other === draft.value) {
      state.saved = other;
      return;
    }
    const use = () => {
      draft.value = other;
      state.saved = other;
      showNotice("");
      lint();
    };
    if (draft.value === state.saved) {
      use();
    } else {
      showNotice("This draft was also changed in another tab.", [
        "Use the other tab's version",
        use,
      ]);
    }
  }

  /* A one-click fix; the edit's own input event has the draft checked again. */
  function fix(finding) {
    if (!window.PreMatchCheckerFixes.apply(draft, finding)) {
      announcer.textContent = "The draft has changed since this check: it is being checked again.";
      lint();
    }
  }

  /* Python leaves the ignored findings out and counts them in its summary. */
  async function ignore(finding) {
    state.ignored.add(finding);
    await lint();
    // The button just pressed is gone: keep the keyboard near where it was.
    (findingsList.querySelector(".checker-finding__show") || draft).focus();
  }

  async function restore(key) {
    state.ignored.remove(key);
    if (state.result) {
      await lint();
    } else {
      findingsView.renderIgnored(ignoredList, state.ignored.keys(), restore);
    }
    (ignoredList.querySelector("summary") || draft).focus();
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
    draft.value = "";
    storage.remove("draft");
    state.saved = "";
    state.ignored.clear();
    lint();
    draft.focus();
  }

  function setDisabledRules(disabled) {
    state.disabled = disabled;
    storage.set("disabled-rules", disabled);
    lint();
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
    const ruleIds = rules.map((rule) => rule.id);
    state.disabled = state.disabled.filter((id) => ruleIds.includes(id));
    settingsView.renderRuleSettings(ruleList, rules, state.disabled, setDisabledRules);
    state.vocabulary = vocabulary;
    findingActions.severities = vocabulary.severities;
    kind.fill(vocabulary.kinds);
    state.ready = true;
    lint();
  }

  const savedDraft = storage.get("draft", "");
  draft.value = typeof savedDraft === "string" ? savedDraft : "";
  state.saved = draft.value;
  state.stuckMark = storage.get("draft-stuck", false) === true;
  state.stuck = state.stuckMark && draft.value.trim() !== "";
  draft.addEventListener("input", () => {
    if (state.stuckMark) {
      forgetStuck(); // an edited draft is a new one: check it as usual
    }
    setBusy(true);
    saveAndLintLater();
  });
  storage.onChange("draft", takeOtherTabsDraft);
  // A paste is one deliberate change: check it at once.
  draft.addEventListener("paste", () => setTimeout(saveAndLintLater.flush, 0));
  kindSelect.addEventListener("change", lint);
  document.querySelector("[data-checker-clear]").addEventListener("click", clearDraft);
  window.addEventListener("pagehide", () => {
    saveAndLintLater.flush();
    saveDraft(); // a draft over the limit is saved only now
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      saveDraft();
    }
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
