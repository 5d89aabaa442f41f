/* letter-actions.js: what the buttons under a filled letter do with its text: copy it,
 * download it, open it in a mail app, or hand it to the Email checker as its draft. Each
 * says how it went in `done`, a status line under the buttons.
 */
(() => {
  "use strict";

  const storage = window.PreMatchStorage;

  function create(templateId, done) {
    return {
      /* A mail app link, from the letter's subject and body as Python split them. */
      mailtoUrl: ({ subject, body }) =>
        `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,

      async copy(text) {
        try {
          await navigator.clipboard.writeText(text);
          done.textContent = "Copied";
        } catch (_error) {
          done.textContent =
            "This browser did not allow copying: select the letter above and copy it by hand.";
        }
      },

      download(text) {
        window.PreMatchDom.download(`${templateId}.txt`, text, "text/plain;charset=utf-8");
        done.textContent = `Downloaded ${templateId}.txt`;
      },

      /* A different draft in the checker is only replaced when the reader says so. The
       * ignored findings stay: they are the reader's. */
      check(text) {
        const current = storage.get("draft", "");
        const replacing = typeof current === "string" && current.trim() !== "" && current !== text;
        const question =
          "Replace the draft in the Email checker with this letter? The draft there now will " +
          "be gone unless you copy it first.";
        if (replacing && !window.confirm(question)) {
          return;
        }
        if (!storage.set("draft", text)) {
          done.textContent =
            "This browser would not pass the letter to the checker (storage full or switched off).";
          return;
        }
        window.location.href = window.PreMatchLinks.pageUrl("checker/");
      },
    };
  }

  window.PreMatchLetterActions = { create };
})();
