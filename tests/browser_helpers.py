"""Browser code shared by the quality-gate tests and the benchmarks (bench/ imports it).

Kept free of pytest fixtures and of `conftest` imports so that both `pytest` (which puts
tests/ on sys.path) and `python -m bench` (which imports it as tests.browser_helpers) can
use it.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

import checker

ROOT = Path(__file__).resolve().parent.parent
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Parts of a URL that mark a file of the in-browser Python runtime (Pyodide, wheels).
RUNTIME_MARKERS = ("pyodide", ".wasm", ".whl", "python_stdlib")
PYTHON_TIMEOUT_MS = 120_000

# A short draft with wording the checker must flag (a promise about how it will rank).
FLAGGED_DRAFT = (
    "Subject: Thank you for the interview\n\n"
    "Dear Dr. Rivera,\n\n"
    "Thank you for meeting me on Tuesday. I promise I will rank your program first, "
    "and I would love to know where you plan to rank me.\n\n"
    "Best regards,\nSam Lee\n"
)

# About 300 words: a realistic thank-you letter with one risky sentence in it.
LETTER_300 = """Subject: Thank you for the interview on Tuesday

Dear Dr. Rivera,

Thank you for taking the time to meet with me on Tuesday, and please pass my thanks to
Ms. Chen, who made the virtual day run so smoothly. I left the conversation with a much
clearer picture of how your residents learn, and I wanted to write while it is still fresh.

The morning report you described, where second-year residents lead the discussion and the
attending only steps in at the end, is exactly the kind of teaching I have been looking
for. During my clinical rotations in Chicago I found that I learned the most when I had to
explain my reasoning out loud, and your program seems built around that idea. I also
appreciated hearing about the community clinic on Thursday afternoons; continuity with the
same patients over three years matters a great deal to me.

Since the interview I have finished my research project on readmissions after heart
failure, and the abstract was accepted for a poster at the state chapter meeting in the
spring. I would be glad to send a copy if it is useful to the committee. I would also
welcome a chance to ask a current resident about the night float schedule.

I will rank your program first, and I hope you will keep me in mind when you finish your
list. I am a US citizen, so I would not need any visa sponsorship to begin training.

Thank you again for a thoughtful and welcoming interview day. I enjoyed meeting the
residents at the social the evening before, and their candour about both the strengths and
the hard parts of the program made the day feel honest. Please do not hesitate to contact
me if you need anything further from me.

With best wishes,

Sam Lee
"""

# About 3,000 words: the kind of long paste a reader might drop in by mistake.
TEXT_3000 = "\n".join([LETTER_300] * 10)


def is_python_runtime(url: str) -> bool:
    return any(marker in url.lower() for marker in RUNTIME_MARKERS)


def site_pages(site_dir: Path) -> list[str]:
    """Every HTML page of a built site as a URL path relative to its root ('' is home)."""
    pages = []
    for html in sorted(site_dir.rglob("index.html")):
        relative = html.parent.relative_to(site_dir)
        if relative.parts and relative.parts[0] == "assets":
            continue
        pages.append("" if not relative.parts else relative.as_posix() + "/")
    return pages


def uses_python(site_dir: Path, page: str) -> bool:
    """Whether a built page loads the Python runtime client (front matter `python: true`)."""
    return "python-client.js" in (site_dir / page / "index.html").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Transfer:
    url: str
    size: int  # body bytes as our plain local server sent them (no compression)
    gzip_size: int  # what a host that gzips text (GitHub Pages, Netlify, nginx) would send


# Text types that static hosts compress; images, archives and wasm are sent as they are.
COMPRESSED_TYPES = ("text/", "javascript", "json", "xml", "svg")


class TransferLog:
    """Response body bytes of every request a browser context finished (cold cache when
    the context is new): as served here, and as a gzip-ing host would serve them."""

    def __init__(self, context):
        self.entries: list[Transfer] = []
        context.on("requestfinished", self._record)

    def _record(self, request) -> None:
        if not request.url.startswith(("http:", "https:")):
            return  # blob:/data: URLs are made in memory, file:// is read from disk
        response = request.response()
        if response is None:
            return
        body = response.body()
        content_type = response.headers.get("content-type", "")
        compressible = any(kind in content_type for kind in COMPRESSED_TYPES)
        gzip_size = min(len(body), len(gzip.compress(body, 6))) if compressible else len(body)
        self.entries.append(Transfer(request.url, len(body), gzip_size))

    @property
    def total(self) -> int:
        return sum(entry.size for entry in self.entries)

    @property
    def gzip_total(self) -> int:
        return sum(entry.gzip_size for entry in self.entries)

    @property
    def runtime_total(self) -> int:
        return sum(entry.size for entry in self.entries if is_python_runtime(entry.url))

    @property
    def runtime_urls(self) -> list[str]:
        return [entry.url for entry in self.entries if is_python_runtime(entry.url)]


def wait_for_python(page, timeout_ms: int = PYTHON_TIMEOUT_MS) -> None:
    """Block until window.PreMatchPython is ready; raise with its message if it failed."""
    page.wait_for_function("() => window.PreMatchPython !== undefined", timeout=timeout_ms)
    page.evaluate(
        """() => window.PreMatchPython.start().then(
            () => { window.__pythonReady = true; },
            (error) => { window.__pythonFailed = String((error && error.message) || error); })"""
    )
    page.wait_for_function(
        "() => window.__pythonReady || window.__pythonFailed", timeout=timeout_ms
    )
    failure = page.evaluate("() => window.__pythonFailed")
    if failure:
        raise RuntimeError(f"Python did not start in the page: {failure}")


def record_dialogs(page) -> list[str]:
    """Dismiss every dialog the page opens (alert, confirm, prompt) and return their texts."""
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return dialogs


def serious_axe_violations(page) -> list[dict]:
    """axe-core's serious and critical violations on the page as it is now."""
    # Evaluated rather than added as a <script>: the site's Content-Security-Policy
    # rightly refuses inline scripts.
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [v for v in violations if v.get("impact") in ("serious", "critical")]


def describe_violations(violations: list[dict]) -> str:
    """A readable report: rule, impact, help text, and each offending node."""
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {' '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", "\n       ")
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)


def fill_checker(page) -> None:
    """Type a draft the checker must flag into the Checker and wait for its findings."""
    page.fill("[data-testid=draft]", FLAGGED_DRAFT)
    page.locator("[data-testid=finding]").first.wait_for()


def show_finding_card(page, mark: str = "[data-testid=mark]") -> None:
    """Click the middle of the first `mark` in the Checker's draft box (the click lands in
    the text box over it) and wait for that finding's card."""
    # Measured and clicked at once: each check draws the marks again.
    x, y = page.eval_on_selector(
        mark,
        "m => { const r = m.getBoundingClientRect();"
        " return [r.x + r.width / 2, r.y + r.height / 2]; }",
    )
    page.mouse.click(x, y)
    page.locator("[data-testid=finding-card]").wait_for()


def fill_template_form(page) -> dict[str, str]:
    """Fill every field of the page's letter form with its example (shown as placeholder)
    and wait for the preview to show the letter. Returns the values typed."""
    form = page.locator("[data-testid=template-form]")
    form.wait_for()
    values = {}
    for control in form.locator("[data-field]").all():
        value = control.get_attribute("placeholder") or "Example"
        control.fill(value)
        values[control.get_attribute("data-field")] = value
    first_value = next(iter(values.values()))
    page.wait_for_function(
        "(value) => document.querySelector('[data-testid=template-preview]')"
        ".textContent.includes(value)",
        arg=first_value,
    )
    return values


# Two programs that both got a "you are my first choice" letter: the planner must object.
PLANNER_PROGRAMS = ("Lakeside University Hospital", "Riverside Medical Center")


def fill_planner(page) -> None:
    """Use the Planner's forms as a reader would: a season, two interviewed programs and a
    first-choice letter logged to each; waits until the planner flags the conflict."""
    page.fill("#season-deadline", "2027-03-03")
    page.locator("#season-form [type=submit]").click()
    for name in PLANNER_PROGRAMS:
        page.fill("#program-name", name)
        page.select_option("#program-status", "interviewed")
        page.fill("#program-interview-date", "2027-01-14")
        page.click("#program-submit")
        page.locator("[data-testid=program]", has_text=name).wait_for()
    for name in PLANNER_PROGRAMS:
        page.select_option("#message-program", label=name)
        page.select_option("#message-kind", "rank-first")
        page.fill("#message-sent", "2027-02-10")
        page.check("#message-rank-first")
        page.click("#message-submit")
    page.locator("[data-testid=planner-finding][data-severity=error]").first.wait_for()


def check_draft_as_python_does(page, draft: str) -> set[str]:
    """Type `draft` into the Checker page and wait until it lists exactly the rules the
    Python checker finds in it (the page and the CLI must agree); returns those rule ids."""
    page.get_by_test_id("draft").fill(draft)
    expected = {finding.rule for finding in checker.lint(draft).findings}
    page.wait_for_function(
        "(count) => document.querySelectorAll('[data-testid=finding]').length === count",
        arg=len(expected),
        timeout=PYTHON_TIMEOUT_MS,
    )
    shown = {f.get_attribute("data-rule") for f in page.get_by_test_id("finding").all()}
    assert shown == expected
    return expected
