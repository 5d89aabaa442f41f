/* palette.js: the header's light/dark toggle, in place of mkdocs-material's own (see
 * overrides/partials/palette.html for why). It runs right after the toggle's markup, before the
 * page below is parsed, so setting the palette costs nothing: nothing is styled yet. The
 * palette is the one the reader chose (the theme's "__palette" entry, as the theme saves it),
 * else the one whose media query matches the system's setting as the page opens.
 */
(() => {
  "use strict";

  const KEY = "__palette";
  const ATTRIBUTES = ["media", "scheme", "primary", "accent"];
  const form = document.querySelector("[data-palette]");
  const inputs = Array.from(form.querySelectorAll("input"));
  // What the theme's script kept up to date: the browser's own controls and scrollbars follow
  // the palette, and the browser's frame takes the header's colour, read from the one place
  // it is set (--md-primary-fg-color, which site.css darkens for contrast). The stylesheets
  // have loaded before this script runs, and little is parsed yet, so the read is cheap.
  const colorScheme = document.createElement("meta");
  colorScheme.name = "color-scheme";
  const themeColor = document.createElement("meta");
  themeColor.name = "theme-color";
  document.head.append(colorScheme, themeColor);
  let current = 0;

  function colorOf(input) {
    const color = {};
    for (const key of ATTRIBUTES) color[key] = input.getAttribute(`data-md-color-${key}`);
    return color;
  }

  function systemIndex() {
    return Math.max(
      0,
      inputs.findIndex((input) => matchMedia(input.dataset.mdColorMedia).matches),
    );
  }

  /* A damaged entry or storage the browser refuses (a sandboxed frame) must not leave the
   * toggle unwired: the system's palette is used instead. */
  function savedIndex() {
    try {
      const saved = window.__md_get(KEY);
      return saved && inputs[saved.index] ? saved.index : null;
    } catch {
      return null;
    }
  }

  /* Each option's label switches to the next one: only the current option's shows. */
  function show(index) {
    current = index;
    for (const [key, value] of Object.entries(colorOf(inputs[index]))) {
      document.body.setAttribute(`data-md-color-${key}`, value);
    }
    inputs[index].checked = true;
    inputs.forEach((input, i) => {
      const label = input.nextElementSibling;
      if (label instanceof HTMLLabelElement) label.hidden = i !== index;
    });
    colorScheme.content = inputs[index].dataset.mdColorScheme === "slate" ? "dark" : "light";
    themeColor.content = getComputedStyle(document.body)
      .getPropertyValue("--md-primary-fg-color")
      .trim();
  }

  /* A switch on a drawn page: the theme's CSS stops every colour fade while <body> carries
   * data-md-color-switching, for the one frame the new colours take to apply. */
  function switchTo(index) {
    document.body.setAttribute("data-md-color-switching", "");
    show(index);
    setTimeout(() => document.body.removeAttribute("data-md-color-switching"));
  }

  show(savedIndex() ?? systemIndex());
  inputs.forEach((input, index) => {
    input.addEventListener("change", () => {
      switchTo(index);
      window.__md_set(KEY, { index, color: colorOf(input) });
    });
  });
  // As the theme's toggle: Enter on the focused option moves to the next one.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const next = inputs[(current + 1) % inputs.length];
    next.click();
    next.focus();
  });
})();
