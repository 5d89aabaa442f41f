"""The header's light/dark toggle (assets/js/palette.js, in place of the theme's own), in real
Chromium: a first visit follows the system's setting; one click or one Enter switches once;
the reader's choice holds on a reload and on another page while the system's setting differs;
the meta tags follow; and no page error or CSP report comes of it. Over http, and the same
from the offline copy opened from disk (file://)."""

from __future__ import annotations

import pytest

from testsupport.pages import open_logged_page

pytestmark = pytest.mark.browser

PAGE = "faq/"
OTHER_PAGE = "glossary/"
PALETTES = {"light": "default", "dark": "slate"}
RECORD = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
window.__paletteSaves = 0;
const setItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (String(key).endsWith("__palette")) window.__paletteSaves += 1;
  return setItem.call(this, key, value);
};
"""
# Each setting of the palette on <body>, counted from when this runs.
COUNT_SWITCHES = """() => {
  window.__switches = 0;
  new MutationObserver((records) => { window.__switches += records.length; })
    .observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
}"""
STATE = """() => ({
  scheme: document.body.dataset.mdColorScheme,
  colorScheme: [...document.querySelectorAll("meta[name=color-scheme]")].map((m) => m.content),
  themeColor: [...document.querySelectorAll("meta[name=theme-color]")].map((m) => m.content),
  header: getComputedStyle(document.querySelector(".md-header")).backgroundColor,
  saved: Object.keys(localStorage).filter((key) => key.endsWith("__palette")).length,
  saves: window.__paletteSaves,
  focused: document.activeElement.id,
})"""


def as_hex(rgb: str) -> str:
    """'rgb(0, 122, 108)' -> '#007a6c'."""
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(","))
    return f"#{red:02x}{green:02x}{blue:02x}"


@pytest.fixture
def open_page(browser, site_url):
    """open_page(system, url=site_url + PAGE) -> (page, state): a page of the site in a fresh
    context whose system setting is `system` ("light" or "dark"); `state()` reads the palette
    and its meta tags."""
    opened = []

    def open_in(system: str, url: str = site_url + PAGE):
        context, page, log = open_logged_page(browser, color_scheme=system)
        context.add_init_script(RECORD)
        opened.append((context, page, log))
        page.goto(url)
        return page, lambda: page.evaluate(STATE)

    yield open_in
    for context, page, log in opened:
        assert page.evaluate("window.__cspViolations") == []
        assert log.page_errors == [] and log.console_errors == []
        assert log.outside_requests == []
        context.close()


def assert_shows(state: dict, palette: str) -> None:
    assert state["scheme"] == PALETTES[palette]
    assert state["colorScheme"] == [palette]
    # The browser's frame takes the header's own colour.
    assert state["themeColor"] == [as_hex(state["header"])]


@pytest.mark.parametrize("system", ["light", "dark"])
def test_a_first_visit_follows_the_system_and_saves_nothing(open_page, system):
    _page, state = open_page(system)
    shown = state()
    assert_shows(shown, system)
    assert shown["saved"] == 0


@pytest.mark.parametrize("where", ["http", "file"])
def test_one_click_switches_once_and_the_choice_holds_against_the_system(
    open_page, site_url, request, where
):
    """Over http, and from the offline copy opened from disk."""
    if where == "http":
        url, other_url = site_url + PAGE, site_url + OTHER_PAGE
    else:
        root = request.getfixturevalue("copy_url")
        url, other_url = root + PAGE + "index.html", root + OTHER_PAGE + "index.html"
    page, state = open_page("dark", url)
    assert_shows(state(), "dark")
    page.evaluate(COUNT_SWITCHES)
    page.locator("label[title='Switch to light mode']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
    assert page.evaluate("window.__switches") == 1
    assert state()["saves"] == 1
    assert_shows(state(), "light")

    page.reload()  # the system still dark
    assert_shows(state(), "light")
    page.goto(other_url)
    assert_shows(state(), "light")


def test_enter_on_the_toggle_switches_once(open_page):
    page, state = open_page("dark")
    page.evaluate(COUNT_SWITCHES)
    for _ in range(40):
        page.keyboard.press("Tab")
        if state()["focused"].startswith("__palette_"):
            break
    focused = state()["focused"]
    assert focused.startswith("__palette_"), "Tab never reached the toggle"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
    assert page.evaluate("window.__switches") == 1
    shown = state()
    assert_shows(shown, "light")
    assert shown["saves"] == 1
    assert shown["focused"].startswith("__palette_") and shown["focused"] != focused


def test_a_damaged_saved_choice_falls_back_to_the_system_and_the_toggle_still_works(open_page):
    page, state = open_page("dark")
    page.evaluate("localStorage.setItem(__md_scope.pathname + '.__palette', '{not json')")
    page.reload()
    assert_shows(state(), "dark")
    page.locator("label[title='Switch to light mode']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
    assert_shows(state(), "light")
