/* planner-render.js: builds the Planner page's lists and tables (window.PreMatchPlannerView).
 *
 * Only builds DOM from the data and Python's plan result; every piece of the reader's
 * text goes in through textContent, never as markup. What a button does is decided by
 * the caller through the `actions` object. Every name shown for an id (letter kinds,
 * statuses, recipients, severities) comes from Python's `vocabulary`; until it has
 * arrived the ids stand in.
 */
(() => {
  "use strict";

  const { element } = window.PreMatchDom;

  /* A small button whose accessible name starts with its visible label, then says what
   * it acts on ("Delete program: Alpha IM"). */
  function smallButton(label, target, onClick) {
    return window.PreMatchDom.button(label, onClick, {
      class: "md-button planner__small",
      "aria-label": `${label}: ${target}`,
    });
  }

  function severityLabel(vocabulary, id) {
    return vocabulary.severities.find((severity) => severity.id === id)?.label || id;
  }

  function findingItem(finding, vocabulary, pageUrl) {
    const item = element("li", { class: `planner-finding planner-finding--${finding.severity}` });
    item.dataset.testid = "planner-finding";
    item.dataset.rule = finding.rule;
    item.dataset.severity = finding.severity;
    item.append(
      element("strong", {}, `${severityLabel(vocabulary, finding.severity)}: `),
      finding.message,
      " ",
    );
    const link = element("a", {}, "What the guide says");
    link.href = pageUrl(finding.url);
    item.append(link);
    return item;
  }

  function findingList(findings, vocabulary, pageUrl) {
    const list = element("ul", { class: "planner__findings" });
    for (const finding of findings) {
      list.append(findingItem(finding, vocabulary, pageUrl));
    }
    return list;
  }

  function stepItem(step, pageUrl) {
    const item = element("li", {
      class: step.passed ? "planner-step planner-step--passed" : "planner-step",
    });
    item.dataset.testid = "next-step";
    item.dataset.occasion = step.occasion;
    if (step.date) {
      const date = element("time", { class: "planner-step__date" }, step.date);
      date.dateTime = step.date;
      item.append(date, " ");
    }
    item.append(step.text, " ");
    const link = element("a", {}, "Guide");
    link.href = pageUrl(step.url);
    link.setAttribute("aria-label", `Guide: ${step.text}`);
    item.append(link);
    return item;
  }

  /* Lists that grow with the planner keep the items that did not change (redraw). */
  function renderSteps(target, steps, pageUrl) {
    window.PreMatchDom.redraw(
      target,
      steps.map((step) => [JSON.stringify(step), () => stepItem(step, pageUrl)]),
    );
  }

  function interviewText(program) {
    if (!program.interview) {
      return "";
    }
    const when = program.interview.replace("T", " at ");
    return program.interview_time_zone ? `${when} (${program.interview_time_zone})` : when;
  }

  function messageItem(message, vocabulary, actions) {
    const item = element("li", { class: "planner-message" });
    item.dataset.testid = "logged-message";
    const kind = vocabulary.kinds[message.kind] || message.kind;
    const recipient = vocabulary.recipients[message.recipient] || message.recipient;
    item.append(
      element("time", { class: "planner-message__date" }, message.sent),
      ` ${kind} to the ${recipient.toLowerCase()}`,
    );
    if (message.rank_first_claim) {
      item.append(element("span", { class: "planner-message__flag" }, " (says first choice)"));
    }
    if (message.subject) {
      item.append(": ", element("q", {}, message.subject));
    }
    if (message.notes) {
      item.append(element("p", { class: "planner-message__notes" }, message.notes));
    }
    const label = `${kind} sent ${message.sent}`;
    item.append(
      " ",
      smallButton("Edit message", label, () => actions.editMessage(message)),
      smallButton("Delete message", label, () => actions.deleteMessage(message)),
    );
    return item;
  }

  /* `items` grouped by `keyOf(item)` (a Map of lists): one pass, however many programs. */
  function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
      const key = keyOf(item);
      if (groups.has(key)) {
        groups.get(key).push(item);
      } else {
        groups.set(key, [item]);
      }
    }
    return groups;
  }

  function programBlock(program, messages, own, vocabulary, actions) {
    const block = element("article", { class: "planner-program" });
    block.dataset.testid = "program";
    block.dataset.programId = program.id;
    block.append(element("h3", { class: "planner-program__name" }, program.name));
    const details = [
      program.specialty,
      program.location,
      vocabulary.statuses[program.status] || program.status,
    ];
    const interview = interviewText(program);
    if (interview) {
      details.push(`interview ${interview}`);
    }
    block.append(
      element("p", { class: "planner-program__details" }, details.filter(Boolean).join(" · ")),
    );
    if (program.notes) {
      block.append(element("p", { class: "planner-program__notes" }, program.notes));
    }
    if (own.length) {
      block.append(findingList(own, vocabulary, actions.pageUrl));
    }
    const list = element("ul", { class: "planner-program__messages" });
    for (const message of messages) {
      list.append(messageItem(message, vocabulary, actions));
    }
    if (messages.length) {
      block.append(list);
    } else {
      block.append(element("p", { class: "planner__empty" }, "No messages logged."));
    }
    block.append(
      smallButton("Edit program", program.name, () => actions.editProgram(program)),
      smallButton("Delete program", program.name, () => actions.deleteProgram(program)),
    );
    return block;
  }

  /* One block per program: details, its messages and the findings about it alone. A
   * planner may hold hundreds of programs, so only the blocks whose content changed are
   * built again (PreMatchDom.redraw). */
  function renderPrograms(target, data, result, vocabulary, actions) {
    if (data.programs.length === 0) {
      target.replaceChildren(
        element("p", { class: "planner__empty" }, "No programs yet: add the first one below."),
      );
      return;
    }
    const findings = groupBy(
      (result ? result.findings : []).filter((f) => f.programs.length === 1),
      (f) => f.programs[0],
    );
    const messages = groupBy(data.messages, (m) => m.program);
    // The names a block shows come from the vocabulary, which arrives once after start-up.
    const names = JSON.stringify([vocabulary.statuses, vocabulary.kinds, vocabulary.recipients]);
    window.PreMatchDom.redraw(
      target,
      data.programs.map((program) => {
        const own = findings.get(program.id) || [];
        const sent = messages.get(program.id) || [];
        return [
          JSON.stringify([program, sent, own, names, vocabulary.severities]),
          () => programBlock(program, sent, own, vocabulary, actions),
        ];
      }),
    );
  }

  function renderSeasonFindings(target, result, vocabulary, pageUrl) {
    const shared = result.findings.filter((f) => f.programs.length !== 1);
    const severities = JSON.stringify(vocabulary.severities);
    const entries = shared.map((finding) => [
      JSON.stringify([finding, severities]),
      () => findingItem(finding, vocabulary, pageUrl),
    ]);
    if (!shared.length) {
      const none = "Nothing to point out across programs.";
      entries.push([none, () => element("li", { class: "planner__empty" }, none)]);
    }
    window.PreMatchDom.redraw(target, entries);
  }

  window.PreMatchPlannerView = {
    smallButton,
    renderSteps,
    renderPrograms,
    renderSeasonFindings,
  };
})();
