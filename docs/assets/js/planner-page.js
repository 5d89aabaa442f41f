/* planner-page.js: the Season planner page. Holds the stored planner data (planner-store.js)
 * and Python's plan of it, and draws them (planner-render.js); the forms and buttons are
 * parts, each in its own file: planner-programs.js, planner-messages.js, planner-rank.js
 * and planner-files.js. Each part gets the `page` object below.
 *
 * Every change is applied to a copy of the data and kept only when Python accepts it;
 * changes run one after another so a quick second edit never overwrites the first.
 */
(() => {
  "use strict";

  const store = window.PreMatchPlanner;
  const view = window.PreMatchPlannerView;
  const parts = window.PreMatchPlannerParts;
  const root = document.querySelector(".planner");
  if (!root || !store || !view || !parts || !window.PreMatchPython) {
    return;
  }
  const pageUrl = window.PreMatchLinks.pageUrl;
  const byId = (id) => document.getElementById(id);
  const notice = root.querySelector("[data-testid=planner-message]");

  let data = store.empty(); // drawn once Python has read what is stored
  let result = null;
  // Python's names and limits (browser_api `vocabulary`); ids stand in until they arrive.
  let vocabulary = { kinds: {}, statuses: {}, recipients: {}, severities: [], limits: {} };
  let queue = Promise.resolve();
  let matchSetting = null; // "My match and specialty" (match-setting.js)

  function showNotice(text, isError) {
    notice.textContent = text || "";
    notice.hidden = !text;
    notice.classList.toggle("planner__message--error", Boolean(isError));
  }

  /* Apply `change` to a copy of the latest data (or use what it returns instead) and keep
   * the result if Python accepts it. Resolves to true when the change was kept. */
  function update(change, doneText) {
    const step = queue.then(async () => {
      try {
        // The store applies `change` to the latest stored data, even another tab's.
        result = await store.commit(change);
        data = result.season;
        showNotice(doneText, false);
        render();
        return true;
      } catch (error) {
        showNotice(error.message, true);
        return false;
      }
    });
    queue = step;
    return step;
  }

  const page = {
    byId,
    store,
    update,
    showNotice,
    vocabulary: () => vocabulary,
    data: () => data,
    result: () => result,
    criteria: () => data.criteria || (result ? result.season.criteria : []),
  };
  const programs = parts.programs(page);
  const messages = parts.messages(page);
  const rank = parts.rank(page);
  parts.files(page);
  const backups = parts.backups(page);

  const actions = {
    pageUrl,
    editProgram: programs.startEdit,
    deleteProgram: programs.remove,
    editMessage: messages.startEdit,
    deleteMessage: messages.remove,
  };

  function render() {
    view.renderPrograms(byId("planner-programs"), data, result, vocabulary, actions);
    messages.render();
    byId("season-deadline").value = data.season.rank_deadline || "";
    byId("season-zone").value = data.season.time_zone || "";
    matchSetting?.refresh();
    if (result) {
      showTimeZoneFields(result.time_zones_available);
      view.renderSteps(byId("planner-steps"), result.next_steps, pageUrl);
      view.renderSeasonFindings(byId("planner-season-findings"), result, vocabulary, pageUrl);
      rank.render();
    }
  }

  /* Without a zone database (Python in the browser ships none unless tzdata is added),
   * time zone fields could only fail: hide them and say why. */
  function showTimeZoneFields(available) {
    for (const field of root.querySelectorAll("[data-needs-time-zones]")) {
      field.hidden = !available;
    }
    for (const note of root.querySelectorAll("[data-no-time-zones]")) {
      note.hidden = available;
    }
  }

  byId("season-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const deadline = byId("season-deadline").value;
    const zone = byId("season-zone").value.trim();
    update((draft) => {
      draft.season = { ...draft.season, rank_deadline: deadline || null, time_zone: zone || null };
    }, "Season saved.");
  });

  byId("season-zone-device").addEventListener("click", () => {
    byId("season-zone").value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  });

  /* Draw the stored planner as Python sees it: at the start, and when another tab (the
   * checker's "Log this draft") has changed it. Reading never writes anything back. */
  function refresh() {
    queue = queue.then(async () => {
      try {
        ({ result } = await store.read());
        data = result.season;
      } catch (error) {
        showNotice(`Your saved planner could not be read: ${error.message}`, true);
      }
      backups.show();
      render();
    });
  }

  window.PreMatchStorage.onChange("planner", refresh);

  /* The forms' choices and length limits come from Python, like every name drawn. */
  function useVocabulary(found) {
    vocabulary = found;
    programs.fillChoices(vocabulary);
    messages.fillChoices(vocabulary);
    for (const field of root.querySelectorAll("[data-limit]")) {
      field.maxLength = vocabulary.limits[field.dataset.limit];
    }
    boundDates();
    render();
  }

  /* Date fields take only the years Python's date computations handle; the match
   * setting's fields arrive later than the vocabulary, so this runs for both. */
  function boundDates() {
    const { first_date: min, last_date: max } = vocabulary.limits;
    if (!min) return;
    for (const field of root.querySelectorAll("input[type=date]")) {
      Object.assign(field, { min, max });
    }
  }

  render();
  queue = window.PreMatchPython.call("vocabulary")
    .then(useVocabulary)
    .catch(() => {}); // the status line above already explains a failed start
  window.PreMatchMatchSetting.mount(byId("planner-match-setting"), {
    save: (patch) =>
      update((draft) => {
        draft.season = { ...draft.season, ...patch };
      }, "Match and specialty saved."),
  })
    .then((controller) => {
      matchSetting = controller;
      boundDates();
    })
    .catch(() => {}); // the status line above already explains a failed start
  refresh();
})();
