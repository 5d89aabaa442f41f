"""The checker's layers, seen from a fresh Python: each entry point imports cleanly when it is
the first import of a program (an import cycle only shows then), the sentence analysis
stands without the rules built on it, and a letter page answers without loading the rules."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def checker_modules_after(script: str) -> set[str]:
    """The checker's modules a fresh Python has imported once it has run `script`."""
    listing = "import sys; print(*sorted(m for m in sys.modules if m.startswith('checker')))"
    result = subprocess.run(
        [sys.executable, "-c", f"{script}\n{listing}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


@pytest.mark.parametrize(
    "script",
    [
        "from checker.language import frames",
        "import checker.lint",
        "import checker.browser_checks",
    ],
)
def test_an_entry_point_imports_first_in_a_fresh_python(script):
    assert "checker" in checker_modules_after(script)


def test_the_sentence_analysis_does_not_load_the_rules():
    modules = checker_modules_after("import checker.language.frames")
    assert "checker.language.frames" in modules
    assert "checker.hits" in modules
    assert not any(module.startswith("checker.rules") for module in modules)


def test_a_letter_page_gets_its_template_without_the_rules():
    request = json.dumps({"method": "template", "params": {"id": "thank-you-coordinator"}})
    script = (
        "from checker.browser_api import handle\n"
        f"response = handle({request!r})\n"
        "assert '\"ok\": true' in response, response"
    )
    modules = checker_modules_after(script)
    assert "checker.browser_letters" in modules
    assert not any(module.startswith(("checker.rules", "checker.language")) for module in modules)
