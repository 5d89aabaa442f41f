/* planner-rank.js: the Planner page's rank helper: criteria with weights, a score per
 * program and criterion, and the order Python computes from them.
 *
 * A part of planner-page.js: PreMatchPlannerParts.rank(page) wires the part to the page
 * and returns {render}.
 */
(() => {
  "use strict";

  const { element } = window.PreMatchDom;

  /* object[key] when the object itself has it: "__proto__" or "constructor" are ids too. */
  function own(object, key) {
    return object && Object.hasOwn(object, key) ? object[key] : undefined;
  }

  /* Every change starts from `draft`, the latest stored season (another tab's changes
   * included), never from this tab's copy of it. */
  function rank(page) {
    const { byId, update } = page;
    const view = window.PreMatchPlannerView;

    function setScore(programId, criterionId, input) {
      const value = input.value.trim();
      update((draft) => {
        // Ids are the reader's (an import may say "__proto__"): entries are made with
        // Object.fromEntries, never by assignment, which treats such a key specially.
        const scores = draft.scores || {};
        const kept = Object.entries(own(scores, programId) || {}).filter(
          ([id]) => id !== criterionId,
        );
        const given = value === "" ? [] : [[criterionId, Number(value)]];
        draft.scores = Object.fromEntries([
          ...Object.entries(scores).filter(([id]) => id !== programId),
          [programId, Object.fromEntries([...kept, ...given])],
        ]);
      });
    }

    function setWeight(criterionId, input) {
      update((draft) => {
        draft.criteria = draft.criteria.map((c) =>
          c.id === criterionId ? { ...c, weight: Number(input.value) } : c,
        );
      });
    }

    function renameCriterion(criterionId, input) {
      const label = input.value.trim();
      update((draft) => {
        draft.criteria = draft.criteria.map((c) => (c.id === criterionId ? { ...c, label } : c));
      });
    }

    function removeCriterion(criterionId) {
      update((draft) => {
        draft.criteria = draft.criteria.filter((c) => c.id !== criterionId);
        for (const scores of Object.values(draft.scores || {})) {
          delete scores[criterionId];
        }
      });
    }

    function scoreRow(program, criteria, scores, limits) {
      const row = element("tr");
      row.append(element("th", { scope: "row" }, program.name));
      for (const criterion of criteria) {
        const score = own(scores, criterion.id);
        const input = element("input", {
          class: "planner__score",
          type: "number",
          min: 0,
          max: limits.score,
          step: 1,
          "aria-label": `${criterion.label} score for ${program.name}`,
          value: score === undefined ? "" : score,
        });
        input.addEventListener("change", () => setScore(program.id, criterion.id, input));
        const cell = element("td");
        cell.append(input);
        row.append(cell);
      }
      return row;
    }

    /* Score inputs in the programs' own order, so the table never jumps while typing. With
     * hundreds of programs only the rows whose program or scores changed are built again. */
    function renderScores(target, data, criteria, limits) {
      const head = element("tr");
      head.append(element("th", {}, "Program"));
      for (const criterion of criteria) {
        head.append(element("th", {}, `${criterion.label} (×${criterion.weight})`));
      }
      let [thead, body] = target.children;
      if (!body) {
        thead = element("thead");
        body = element("tbody");
        target.replaceChildren(thead, body);
      }
      thead.replaceChildren(head);
      const columns = JSON.stringify([criteria, limits.score]);
      const scores = data.scores || {};
      window.PreMatchDom.redraw(
        body,
        data.programs.map((program) => {
          const given = own(scores, program.id);
          return [
            JSON.stringify([program.id, program.name, given, columns]),
            () => scoreRow(program, criteria, given, limits),
          ];
        }),
      );
    }

    function renderCriteria(target, criteria, limits) {
      target.replaceChildren();
      for (const criterion of criteria) {
        const id = `criterion-weight-${criterion.id}`;
        const name = element("input", {
          class: "planner__criterion-name",
          type: "text",
          maxlength: limits.text,
          value: criterion.label,
          required: true,
          "aria-label": `Name of the criterion ${criterion.label}`,
        });
        name.addEventListener("change", () => renameCriterion(criterion.id, name));
        const label = element("label", { for: id }, `weight of ${criterion.label}`);
        const weight = element("input", {
          class: "planner__score",
          type: "number",
          min: 0,
          max: limits.weight,
          step: 1,
          id,
          value: criterion.weight,
        });
        weight.addEventListener("change", () => setWeight(criterion.id, weight));
        const remove = view.smallButton("Remove criterion", criterion.label, () =>
          removeCriterion(criterion.id),
        );
        const item = element("li", { class: "planner-criterion" });
        item.append(name, " ", label, " ", weight, " ", remove);
        target.append(item);
      }
    }

    function rankingItem(row) {
      const item = element("li", { class: "planner-rank", "data-testid": "ranking-row" });
      item.append(element("strong", {}, row.name), ` ${row.total} of ${row.max_total} points`);
      if (row.tied) {
        item.append(" (tied: your scores do not separate these)");
      }
      const parts = row.parts
        .map(
          (p) =>
            `${p.label} ${p.score === null ? "not scored" : p.score} × ${p.weight} = ${p.points}`,
        )
        .join("; ");
      item.append(element("p", { class: "planner-rank__parts" }, parts));
      return item;
    }

    /* The order from the scores, each line showing how its total is made. */
    function renderRanking(target, ranking) {
      window.PreMatchDom.redraw(
        target,
        ranking.map((row) => [JSON.stringify(row), () => rankingItem(row)]),
      );
    }

    byId("criterion-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const input = byId("criterion-label");
      const label = input.value.trim();
      const kept = await update((draft) => {
        const criteria = draft.criteria; // the latest stored ones, another tab's included
        draft.criteria = [...criteria, { id: page.store.newId("c", criteria), label, weight: 1 }];
      });
      if (kept) {
        input.value = "";
      }
    });

    function render() {
      const limits = page.vocabulary().limits;
      const criteria = page.criteria();
      renderScores(byId("planner-scores"), page.data(), criteria, limits);
      renderCriteria(byId("planner-criteria"), criteria, limits);
      renderRanking(byId("planner-ranking"), page.result().ranking);
    }

    return { render };
  }

  window.PreMatchPlannerParts = { ...window.PreMatchPlannerParts, rank };
})();
