/* checklists.js: turns the guide's Markdown task lists into checklists a reader can tick.
 *
 * A checklist is a task list under a heading that names its stage with data-checklist="<stage>"
 * (set in Markdown with attr_list). pymdownx.tasklist renders each "- [ ] item" as a disabled
 * checkbox without a label. Here each box is enabled, labelled by its item text, and given a
 * stable id made of its stage and its text. Ticks live in PreMatchStorage under
 * "checklist:<stage>--<item slug>", so they survive reloads and show the same on every page that
 * holds the checklist (the checklists page and the printable guide). Loaded on every page: it
 * does nothing where there is no checklist.
 */
(() => {
  "use strict";

  const KEY_PREFIX = "checklist:";
  const storage = window.PreMatchStorage;

  /* The stage named by the nearest heading before the list, or null: not a checklist. */
  function stageOf(list) {
    for (let node = list.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName)) {
        return node.dataset.checklist || null;
      }
    }
    return null;
  }

  const boxes = Array.from(
    document.querySelectorAll(".md-content .task-list-item > input[type=checkbox]"),
  ).filter((box) => stageOf(box.closest("ul, ol")) !== null);
  if (!storage || boxes.length === 0) {
    return;
  }

  function slug(text) {
    return text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "");
  }

  /* Moves the item's text (links included) into a <label> so the box has an accessible name
   * and clicking the text ticks it. */
  function labelItem(box) {
    const label = document.createElement("label");
    label.htmlFor = box.id;
    while (box.nextSibling) {
      label.appendChild(box.nextSibling);
    }
    box.after(label);
  }

  const usedIds = new Set();
  function uniqueId(base) {
    let id = base;
    for (let n = 2; usedIds.has(id); n += 1) {
      id = `${base}-${n}`;
    }
    usedIds.add(id);
    return id;
  }

  function showMessage(text) {
    const line = document.querySelector("[data-checklist-message]");
    if (line) {
      line.textContent = text;
    }
  }

  const itemIds = boxes.map((box) => {
    const text = box.parentElement.textContent.trim();
    const id = uniqueId(`${stageOf(box.closest("ul, ol"))}--${slug(text)}`);
    box.id = `checklist-${id}`;
    labelItem(box);
    box.disabled = false;
    box.checked = storage.get(KEY_PREFIX + id, false) === true;
    box.addEventListener("change", () => {
      if (!box.checked) {
        storage.remove(KEY_PREFIX + id);
      } else if (!storage.set(KEY_PREFIX + id, true)) {
        showMessage(
          "This browser is not letting the site save your ticks (storage may be blocked or full). " +
            "They will be lost when you leave this page.",
        );
      }
    });
    return id;
  });

  function resetAll() {
    if (!window.confirm("Clear every tick on this page's checklists? This cannot be undone.")) {
      return;
    }
    itemIds.forEach((id) => {
      storage.remove(KEY_PREFIX + id);
    });
    boxes.forEach((box) => {
      box.checked = false;
    });
    showMessage("All checklists are cleared.");
  }

  /* Pages that want a reset button mark the spot with data-checklist-tools. */
  document.querySelectorAll("[data-checklist-tools]").forEach((tools) => {
    const { element, button } = window.PreMatchDom;
    tools.append(
      button("Reset checklists", resetAll, { class: "md-button checklist-reset" }),
      element("p", { class: "checklist-message", role: "status", "data-checklist-message": true }),
    );
  });
})();
