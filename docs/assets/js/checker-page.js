/* checker-page.js: the Email checker page. Wires the draft box to the Python checker
 * (window.PreMatchPython) and shows what it finds.
 *
 * The draft is kept in this browser only (storage key "draft"), with the findings the
 * reader chose to ignore ("draft-ignored") and the rules switched off ("disabled-rules").
 */
(function () {
  "use strict";

  const MAX_CHARACTERS = 50000; // the most the checker reads, counted like Python (code points)
  const LINT_DELAY_MS = 150;
  const SEVERITY_WORDS = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] };

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
  const automaticOption = kindSelect.querySelector("option[value='']");
  const clues = document.querySelector("[data-checker-clues]");
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
    onSelect: selectInDraft,
    onIgnore: ignore,
    onFix: fix,
    fixButton: (finding) => window.PreMatchCheckerFixes.button(finding, fix),
    pageUrl: window.PreMatchLinks.pageUrl,
  };
  const card = window.PreMatchCheckerCard.create(draft, editor, {
    card: document.querySelector("[data-checker-card]"),
    announcer,
    actions: findingActions,
    severityName: (severity) => SEVERITY_WORDS[severity][0],
  });

  const state = {
    sequence: 0, // number of the latest lint request; older answers are dropped
    ready: false, // rules and kinds are loaded
    kinds: {},
    ruleIds: [],
    disabled: storedList("disabled-rules").filter((id) => typeof id === "string"),
    ignored: storedList("draft-ignored").filter(
      (key) => key && typeof key.rule === "string" && typeof key.text === "string",
    ),
    result: null, // last lint result, for the text it was made from
    text: "",
    messages: { size: "", storage: "" },
  };

  function storedList(key) {
    const value = storage.get(key, []);
    return Array.isArray(value) ? value : [];
  }

  /* Python counts characters as code points; a JavaScript string counts UTF-16 units. */
  function codePointCount(text) {
    let count = 0;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit < 0xdc00 || unit > 0xdfff) {
        count += 1;
      }
    }
    return count;
  }

  function plural(count, severity) {
    const [one, many] = SEVERITY_WORDS[severity];
    return `${count} ${count === 1 ? one : many}`;
  }

  function showInputMessages() {
    inputMessage.textContent = [state.messages.size, state.messages.storage].filter(Boolean).join(" ");
  }

  function saveDraft() {
    const saved = storage.set("draft", draft.value);
    state.messages.storage = saved
      ? ""
      : "This browser would not keep your draft (its storage is full or switched off): " +
        "copy the draft somewhere safe before you leave this page.";
    showInputMessages();
  }

  function saveIgnored() {
    storage.set("draft-ignored", state.ignored);
  }

  function isIgnored(finding) {
    return state.ignored.some((key) => key.rule === finding.rule && key.text === finding.text);
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
    clues.textContent = "";
    automaticOption.textContent = "Automatic";
    findingsView.renderIgnored(ignoredList, state.ignored, restore);
  }

  function summaryText(findings) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    const errors = count("error");
    const warnings = count("warning");
    const notes = count("info");
    const ignored = state.result.findings.length - findings.length;
    const ignoredText = ignored > 0 ? ` ${ignored} ignored.` : "";
    if (errors + warnings === 0) {
      const notesText = notes > 0 ? ` (${plural(notes, "info")} to consider)` : "";
      return `Ready to send: no errors or warnings${notesText}.${ignoredText}`;
    }
    const problems = [errors && plural(errors, "error"), warnings && plural(warnings, "warning")]
      .filter(Boolean)
      .join(" and ");
    const notesText = notes > 0 ? ` Also ${plural(notes, "info")} to consider.` : "";
    return `${problems} to fix before sending.${notesText}${ignoredText}`;
  }

  function showKind(result) {
    const label = state.kinds[result.kind] || result.kind;
    if (result.kind_forced) {
      automaticOption.textContent = "Automatic";
      clues.textContent = "";
      return;
    }
    automaticOption.textContent = `Automatic (detected: ${label})`;
    clues.textContent =
      result.kind_clues.length > 0 ? `Detected from: ${result.kind_clues.join("; ")}.` : "";
  }

  function showResult() {
    setBusy(false);
    const visible = state.result.findings.filter((finding) => !isIgnored(finding));
    summary.textContent = summaryText(visible);
    showKind(state.result);
    editor.show(state.text, visible);
    card.update();
    findingsView.renderFindings(findingsList, visible, findingActions);
    findingsView.renderIgnored(ignoredList, state.ignored, restore);
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
    // A long paste is never sent to Python nor drawn again: it would stall the page.
    const length = text.length > MAX_CHARACTERS ? codePointCount(text) : text.length;
    if (length > MAX_CHARACTERS) {
      state.messages.size =
        `This draft is ${length.toLocaleString("en-US")} characters long; the checker reads ` +
        `up to ${MAX_CHARACTERS.toLocaleString("en-US")} — paste one letter at a time.`;
      showInputMessages();
      showWithoutResult("Not checked: the draft is too long.");
      return;
    }
    showInputMessages();
    if (!state.ready) {
      summary.textContent = "The checker is loading; it will check your draft as soon as it is ready.";
      return;
    }
    let result;
    try {
      result = await python.call("lint", {
        text,
        kind: kindSelect.value || null,
        disabled_rules: state.disabled,
      });
    } catch (error) {
      if (sequence === state.sequence) {
        showWithoutResult(`The draft could not be checked: ${error.message}`);
      }
      return;
    }
    if (sequence !== state.sequence) {
      return; // the reader typed again while Python was working
    }
    state.result = result;
    state.text = text;
    showResult();
  }

  // The first keystroke after a pause is checked at once; a burst is checked when it ends.
  const saveAndLintLater = window.PreMatchDebounce(
    () => {
      saveDraft();
      lint();
    },
    LINT_DELAY_MS,
    { leading: true },
  );

  /* Select the finding's words in the draft box so the reader can edit them. */
  function selectInDraft(finding) {
    let start = finding.start_utf16;
    let end = finding.end_utf16;
    if (draft.value.slice(start, end) !== finding.text) {
      // The draft changed since this check: fall back to the first place the words appear.
      start = draft.value.indexOf(finding.text);
      end = start + finding.text.length;
    }
    // Blurring first makes focus() scroll the box to the selection.
    draft.blur();
    if (start >= 0) {
      draft.setSelectionRange(start, end);
    }
    draft.focus();
  }

  /* A one-click fix; the edit's own input event has the draft checked again. */
  function fix(finding) {
    if (!window.PreMatchCheckerFixes.apply(draft, finding)) {
      announcer.textContent = "The draft has changed since this check: it is being checked again.";
      lint();
    }
  }

  function ignore(finding) {
    if (!isIgnored(finding)) {
      state.ignored.push({ rule: finding.rule, text: finding.text });
      saveIgnored();
    }
    showResult();
    // The button just pressed is gone: keep the keyboard near where it was.
    (findingsList.querySelector(".checker-finding__show") || draft).focus();
  }

  function restore(key) {
    state.ignored = state.ignored.filter((k) => !(k.rule === key.rule && k.text === key.text));
    saveIgnored();
    if (state.result) {
      showResult();
    } else {
      findingsView.renderIgnored(ignoredList, state.ignored, restore);
    }
    (ignoredList.querySelector("summary") || draft).focus();
  }

  function clearDraft() {
    if (!window.confirm("Clear your draft from this page and from this browser? This cannot be undone.")) {
      return;
    }
    saveAndLintLater.cancel();
    draft.value = "";
    storage.remove("draft");
    state.ignored = [];
    storage.remove("draft-ignored");
    lint();
    draft.focus();
  }

  function setDisabledRules(disabled) {
    state.disabled = disabled;
    storage.set("disabled-rules", disabled);
    lint();
  }

  function fillKinds(kinds) {
    state.kinds = kinds;
    for (const [id, label] of Object.entries(kinds)) {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = label;
      kindSelect.append(option);
    }
  }

  /* Load the rule list and the letter kinds once Python runs, then check the draft. */
  async function connect() {
    if (state.ready) {
      return;
    }
    let rules;
    let kinds;
    try {
      [rules, kinds] = await Promise.all([python.call("rules"), python.call("kinds")]);
    } catch (error) {
      showWithoutResult(`The checker is not available: ${error.message}`);
      return;
    }
    if (state.ready) {
      return; // a second "ready" arrived while this one was loading
    }
    state.ruleIds = rules.map((rule) => rule.id);
    state.disabled = state.disabled.filter((id) => state.ruleIds.includes(id));
    settingsView.renderRuleSettings(ruleList, rules, state.disabled, setDisabledRules);
    fillKinds(kinds);
    state.ready = true;
    lint();
  }

  const savedDraft = storage.get("draft", "");
  draft.value = typeof savedDraft === "string" ? savedDraft : "";
  draft.addEventListener("input", () => {
    setBusy(true);
    saveAndLintLater();
  });
  // A paste is one deliberate change: check it at once.
  draft.addEventListener("paste", () => setTimeout(saveAndLintLater.flush, 0));
  kindSelect.addEventListener("change", lint);
  document.querySelector("[data-checker-clear]").addEventListener("click", clearDraft);
  window.addEventListener("pagehide", () => saveAndLintLater.flush());

  lint();
  python.onStatus((stage) => {
    if (stage === "ready") {
      connect();
    }
  });
  connect();
})();
