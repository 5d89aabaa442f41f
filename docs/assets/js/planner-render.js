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

  function renderSteps(target, steps, pageUrl) {
    target.replaceChildren();
    if (steps.length === 0) {
      // Past dates are left out (a missed thank-you is a finding): say why the list is empty.
      target.append(element("li", { class: "planner__empty" }, "No dates ahead."));
    }
    for (const step of steps) {
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
      target.append(item);
    }
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

  /* One block per program: details, its messages and the findings about it alone. */
  function renderPrograms(target, data, result, vocabulary, actions) {
    target.replaceChildren();
    if (data.programs.length === 0) {
      target.append(
        element("p", { class: "planner__empty" }, "No programs yet: add the first one below."),
      );
      return;
    }
    const findings = result ? result.findings : [];
    for (const program of data.programs) {
      const block = element("article", { class: "planner-program" });
      block.dataset.testid = "program";
      block.dataset.programId = program.id;
      block.append(element("h3", { class: "planner-program__name" }, program.name));
      const details = [
        program.specialty,
        program.location,
        vocabulary.statuses[program.status] || program.status,
      ];
      const interview = interviewText(program, result?.interview_days?.[program.id]);
      if (interview) {
        details.push(`interview ${interview}`);
      }
      block.append(
        element("p", { class: "planner-program__details" }, details.filter(Boolean).join(" · ")),
      );
      if (program.notes) {
        block.append(element("p", { class: "planner-program__notes" }, program.notes));
      }
      const own = findings.filter((f) => f.programs.length === 1 && f.programs[0] === program.id);
      if (own.length) {
        block.append(findingList(own, vocabulary, actions.pageUrl));
      }
      const messages = data.messages.filter((m) => m.program === program.id);
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
      target.append(block);
    }
  }

  function renderSeasonFindings(target, result, vocabulary, pageUrl) {
    target.replaceChildren();
    const shared = result.findings.filter((f) => f.programs.length !== 1);
    for (const finding of shared) {
      target.append(findingItem(finding, vocabulary, pageUrl));
    }
    if (!shared.length) {
      target.append(
        element("li", { class: "planner__empty" }, "Nothing to point out across programs."),
      );
    }
  }

  window.PreMatchPlannerView = {
    smallButton,
    renderSteps,
    renderPrograms,
    renderSeasonFindings,
  };
})();
