/* planner-backups.js: the Planner page's notice about planner data it could not read.
 *
 * planner-store.js read() copies whatever Python cannot read to a dated backup key before
 * anything replaces it. While such a copy is kept, this part says so, names the problems
 * and offers each copy as a download (and, once downloaded, to delete it).
 *
 * A part of planner-page.js: PreMatchPlannerParts.backups(page) returns {show}.
 */
(() => {
  "use strict";

  const { element, button, download } = window.PreMatchDom;
  const MAX_PROBLEMS_SHOWN = 3;

  function backups(page) {
    const storage = window.PreMatchStorage;
    const notice = element("div", {
      class: "planner__message planner__message--error",
      "data-testid": "planner-backup",
      role: "alert",
    });
    notice.hidden = true;
    page.byId("planner-backup-mount").replaceChildren(notice);

    function show() {
      const copies = storage.backups("planner");
      notice.hidden = copies.length === 0;
      if (!copies.length) {
        notice.replaceChildren();
        return;
      }
      const problems = page.store.problems().slice(0, MAX_PROBLEMS_SHOWN);
      notice.replaceChildren(
        element(
          "p",
          {},
          `Some planner data saved in this browser could not be read${
            problems.length ? `: ${problems.join(" ")}` : "."
          } A copy of it, exactly as it was saved, is kept in this browser; everything that ` +
            "could be read is shown below.",
        ),
        ...copies.map((copy) => {
          const saved = copy.key.split(":backup:")[1];
          const row = element("p");
          row.append(
            button(
              "Download the saved copy",
              () => download(`prematch-planner-unreadable-${saved}.txt`, copy.text, "text/plain"),
              { class: "md-button" },
            ),
            " ",
            button("Delete this copy", () => forget(copy.key), { class: "md-button" }),
          );
          return row;
        }),
      );
    }

    function forget(key) {
      if (window.confirm("Delete the saved copy? Download it first to keep it.")) {
        storage.remove(key);
        show();
      }
    }

    return { show };
  }

  window.PreMatchPlannerParts = { ...window.PreMatchPlannerParts, backups };
})();
