/* planner-render.js: builds the Planner page's lists and tables (window.PreMatchPlannerView).
 *
 * Only builds DOM from the data and Python's plan result; every piece of the reader's
 * text goes in through textContent, never as markup. What a button does is decided by
 * the caller through the `actions` object.
 */
(function () {
  "use strict";

  const STATUS_LABELS = {
    applied: "Applied",
    invited: "Invited to interview",
    interviewed: "Interviewed",
    ranked: "Ranked",
  };
  const RECIPIENT_LABELS = {
    "program-director": "program director",
    coordinator: "coordinator",
    faculty: "faculty interviewer",
    other: "someone else",
  };
  const SEVERITY_LABELS = { error: "Error", warning: "Warning", info: "Note" };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /* A small button whose accessible name starts with its visible label, then says what
   * it acts on ("Delete program: Alpha IM"). */
  function button(label, target, onClick) {
    const node = element("button", "md-button planner__small", label);
    node.type = "button";
    node.setAttribute("aria-label", `${label}: ${target}`);
    node.addEventListener("click", onClick);
    return node;
  }

  function findingItem(finding, pageUrl) {
    const item = element("li", `planner-finding planner-finding--${finding.severity}`);
    item.dataset.testid = "planner-finding";
    item.dataset.rule = finding.rule;
    item.dataset.severity = finding.severity;
    item.append(element("strong", "", `${SEVERITY_LABELS[finding.severity]}: `), finding.message, " ");
    const link = element("a", "", "What the guide says");
    link.href = pageUrl(finding.url);
    item.append(link);
    return item;
  }

  function findingList(findings, pageUrl) {
    const list = element("ul", "planner__findings");
    for (const finding of findings) {
      list.append(findingItem(finding, pageUrl));
    }
    return list;
  }

  function renderSteps(target, steps, pageUrl) {
    target.replaceChildren();
    for (const step of steps) {
      const item = element("li", step.passed ? "planner-step planner-step--passed" : "planner-step");
      item.dataset.testid = "next-step";
      item.dataset.kind = step.kind;
      if (step.date) {
        const date = element("time", "planner-step__date", step.date);
        date.dateTime = step.date;
        item.append(date, " ");
      }
      item.append(step.text, " ");
      const link = element("a", "", "Guide");
      link.href = pageUrl(step.url);
      link.setAttribute("aria-label", `Guide: ${step.text}`);
      item.append(link);
      target.append(item);
    }
  }

  function interviewText(program) {
    if (!program.interview) {
      return "";
    }
    const when = program.interview.replace("T", " at ");
    return program.interview_time_zone ? `${when} (${program.interview_time_zone})` : when;
  }

  function messageItem(message, kinds, actions) {
    const item = element("li", "planner-message");
    item.dataset.testid = "logged-message";
    const kind = kinds[message.kind] || message.kind;
    item.append(
      element("time", "planner-message__date", message.sent),
      ` ${kind} to the ${RECIPIENT_LABELS[message.recipient] || message.recipient}`
    );
    if (message.rank_first_claim) {
      item.append(element("span", "planner-message__flag", " (says first choice)"));
    }
    if (message.subject) {
      item.append(": ", element("q", "", message.subject));
    }
    if (message.notes) {
      item.append(element("p", "planner-message__notes", message.notes));
    }
    const label = `${kind} sent ${message.sent}`;
    item.append(
      " ",
      button("Edit message", label, () => actions.editMessage(message)),
      button("Delete message", label, () => actions.deleteMessage(message))
    );
    return item;
  }

  /* One block per program: details, its messages and the findings about it alone. */
  function renderPrograms(target, data, result, kinds, actions) {
    target.replaceChildren();
    if (data.programs.length === 0) {
      target.append(element("p", "planner__empty", "No programs yet: add the first one below."));
      return;
    }
    const findings = result ? result.findings : [];
    for (const program of data.programs) {
      const block = element("article", "planner-program");
      block.dataset.testid = "program";
      block.dataset.programId = program.id;
      block.append(element("h3", "planner-program__name", program.name));
      const details = [program.specialty, program.location, STATUS_LABELS[program.status]];
      const interview = interviewText(program);
      if (interview) {
        details.push(`interview ${interview}`);
      }
      block.append(element("p", "planner-program__details", details.filter(Boolean).join(" · ")));
      if (program.notes) {
        block.append(element("p", "planner-program__notes", program.notes));
      }
      const own = findings.filter((f) => f.programs.length === 1 && f.programs[0] === program.id);
      if (own.length) {
        block.append(findingList(own, actions.pageUrl));
      }
      const messages = data.messages.filter((m) => m.program === program.id);
      const list = element("ul", "planner-program__messages");
      for (const message of messages) {
        list.append(messageItem(message, kinds, actions));
      }
      if (messages.length) {
        block.append(list);
      } else {
        block.append(element("p", "planner__empty", "No messages logged."));
      }
      block.append(
        button("Edit program", program.name, () => actions.editProgram(program)),
        button("Delete program", program.name, () => actions.deleteProgram(program))
      );
      target.append(block);
    }
  }

  function renderSeasonFindings(target, result, pageUrl) {
    target.replaceChildren();
    const shared = result.findings.filter((f) => f.programs.length !== 1);
    for (const finding of shared) {
      target.append(findingItem(finding, pageUrl));
    }
    if (!shared.length) {
      target.append(element("li", "planner__empty", "Nothing to point out across programs."));
    }
  }

  /* Score inputs in the programs' own order, so the table never jumps while typing. */
  function renderScores(target, data, criteria, actions) {
    target.replaceChildren();
    const head = element("tr");
    head.append(element("th", "", "Program"));
    for (const criterion of criteria) {
      head.append(element("th", "", `${criterion.label} (×${criterion.weight})`));
    }
    target.append(element("thead"));
    target.tHead.append(head);
    const body = element("tbody");
    const scores = data.scores || {};
    for (const program of data.programs) {
      const row = element("tr");
      const name = element("th", "", program.name);
      name.scope = "row";
      row.append(name);
      for (const criterion of criteria) {
        const cell = element("td");
        const input = element("input", "planner__score");
        input.type = "number";
        input.min = "0";
        input.max = "5";
        input.step = "1";
        input.setAttribute("aria-label", `${criterion.label} score for ${program.name}`);
        const own = (object, key) => (object && Object.hasOwn(object, key) ? object[key] : undefined);
        const score = own(own(scores, program.id), criterion.id);
        input.value = score === undefined ? "" : String(score);
        input.addEventListener("change", () => actions.setScore(program.id, criterion.id, input));
        cell.append(input);
        row.append(cell);
      }
      body.append(row);
    }
    target.append(body);
  }

  function renderCriteria(target, criteria, actions) {
    target.replaceChildren();
    for (const criterion of criteria) {
      const item = element("li", "planner-criterion");
      const id = `criterion-weight-${criterion.id}`;
      const name = element("input", "planner__criterion-name");
      Object.assign(name, { type: "text", maxLength: 500, value: criterion.label, required: true });
      name.setAttribute("aria-label", `Name of the criterion ${criterion.label}`);
      name.addEventListener("change", () => actions.renameCriterion(criterion.id, name));
      item.append(name, " ");
      const label = element("label", "", `weight of ${criterion.label}`);
      label.htmlFor = id;
      const weight = element("input", "planner__score");
      Object.assign(weight, { type: "number", min: "0", max: "5", step: "1", id });
      weight.value = String(criterion.weight);
      weight.addEventListener("change", () => actions.setWeight(criterion.id, weight));
      item.append(label, " ", weight, " ");
      item.append(
        button("Remove criterion", criterion.label, () =>
          actions.removeCriterion(criterion.id)
        )
      );
      target.append(item);
    }
  }

  /* The order from the scores, each line showing how its total is made. */
  function renderRanking(target, ranking) {
    target.replaceChildren();
    for (const row of ranking) {
      const item = element("li", "planner-rank");
      item.dataset.testid = "ranking-row";
      item.append(element("strong", "", row.name), ` ${row.total} of ${row.max_total} points`);
      if (row.tied) {
        item.append(" (tied: your scores do not separate these)");
      }
      const parts = row.parts
        .map((p) => `${p.label} ${p.score === null ? "not scored" : p.score} × ${p.weight} = ${p.points}`)
        .join("; ");
      item.append(element("p", "planner-rank__parts", parts));
      target.append(item);
    }
  }

  window.PreMatchPlannerView = {
    element,
    renderSteps,
    renderPrograms,
    renderSeasonFindings,
    renderScores,
    renderCriteria,
    renderRanking,
  };
})();
