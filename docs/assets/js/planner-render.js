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
    const item = element("li", { class: "planner-step" });
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
    const entries = steps.map((step) => [JSON.stringify(step), () => stepItem(step, pageUrl)]);
    if (steps.length === 0) {
      // Past dates are left out (a missed thank-you is a finding): say why the list is empty.
      const none = "No dates ahead.";
      entries.push([none, () => element("li", { class: "planner__empty" }, none)]);
    }
    window.PreMatchDom.redraw(target, entries);
  }

  /* The interview as the program wrote it, then, when its time falls on another day where
   * the reader is, that day (Python's interview_days, in the reader's time zone). */
  function interviewText(program, localDay) {
    if (!program.interview) {
      return "";
    }
    let when = program.interview.replace("T", " at ");
    if (program.interview_time_zone) {
      when += ` (${program.interview_time_zone})`;
    }
    if (localDay && !program.interview.startsWith(localDay)) {
      when += `, ${localDay} in your time zone`;
    }
    return when;
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

  function programBlock(program, localDay, messages, own, vocabulary, actions) {
    const block = element("article", { class: "planner-program" });
    block.dataset.testid = "program";
    block.dataset.programId = program.id;
    block.append(element("h3", { class: "planner-program__name" }, program.name));
    const details = [
      program.specialty,
      program.location,
      vocabulary.statuses[program.status] || program.status,
    ];
    const interview = interviewText(program, localDay);
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
        const localDay = result?.interview_days?.[program.id];
        return [
          JSON.stringify([program, localDay, sent, own, names, vocabulary.severities]),
          () => programBlock(program, localDay, sent, own, vocabulary, actions),
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
