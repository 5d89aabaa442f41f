"""The wheels the in-browser Python installs (site_hooks/pyodide_wheels.py): the same
versions as the command line, and the same bytes on every build."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from importlib.metadata import version

import pytest

from testsupport import ROOT
from testsupport.hooks import load_hook

pyodide_wheels = load_hook("pyodide_wheels")


def test_the_browser_gets_the_jinja2_markupsafe_and_tzdata_the_command_line_uses():
    for package in ("jinja2", "MarkupSafe", "tzdata"):
        assert pyodide_wheels.pinned_version(package) == version(package)
    with pytest.raises(RuntimeError, match="no-such-package is not pinned"):
        pyodide_wheels.pinned_version("no-such-package")


@pytest.fixture(scope="module")
def checker_wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("checker-wheel")
    pyodide_wheels.build_checker_wheel(out)
    (wheel,) = out.glob("*.whl")
    return wheel


def test_the_checker_wheel_is_the_same_bytes_on_every_build(checker_wheel, tmp_path):
    pyodide_wheels.build_checker_wheel(tmp_path)
    (again,) = tmp_path.glob("*.whl")
    assert again.name == checker_wheel.name
    assert again.read_bytes() == checker_wheel.read_bytes()


def test_the_checker_wheel_leaves_out_the_model_training_tools(checker_wheel):
    names = set(zipfile.ZipFile(checker_wheel).namelist())
    assert "checker/model/predict.py" in names and "checker/model/weights.json" in names
    for tool in ("train.py", "unseen.py", "training.jsonl"):
        assert f"checker/model/{tool}" not in names
    for template in (ROOT / "templates").glob("*.toml"):
        assert f"checker/letter_templates/{template.name}" in names


# Every method the pages call, answered by the wheel alone, imported from the zip file as
# the browser's worker imports it (zipimport: the wheel itself on sys.path, not unpacked).
_ASK_EVERY_METHOD = """
import json, sys
sys.path.insert(0, sys.argv[1])
import checker
from checker.browser_api import METHODS, handle
from checker.templates import get_template

def ask(method, **params):
    answer = json.loads(handle(json.dumps({"method": method, "params": params})))
    assert answer["ok"], (method, answer)
    return answer["result"]

season = {"format": "prematch-planner", "version": 1}
draft = "Dear Dr. Lee,\\n\\nI promise to rank your program first.\\n"
values = get_template("thank-you-coordinator").example_values()
answers = {
    "lint": [f["rule"] for f in ask("lint", text=draft)["findings"]],
    "rules": len(ask("rules")),
    "vocabulary": sorted(ask("vocabulary")),
    "policies": bool(ask("policies")),
    "template": ask("template", id="rank-first")["id"],
    "fill": ask("fill", template_id="thank-you-coordinator", values=values)["subject"] != "",
    "plan": sorted(ask("plan", data=season, today="2027-02-01")),
    "log_draft": ask(
        "log_draft", data=season, text=draft, program_name="Alpha", today="2027-02-01"
    )["message"]["kind"],
    "warm": ask("warm"),
}
assert set(answers) == set(METHODS), sorted(METHODS)
print(json.dumps({"from": checker.__file__, "answers": answers}))
"""


def test_the_checker_wheel_alone_answers_every_method_of_the_pages(checker_wheel):
    result = subprocess.run(
        [sys.executable, "-I", "-c", _ASK_EVERY_METHOD, str(checker_wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["from"] == str(checker_wheel / "checker" / "__init__.py")
    answers = report["answers"]
    assert {"binding-commitment", "rank-first-claim"} <= set(answers["lint"])
    assert answers["template"] == "rank-first" and answers["fill"] is True
    assert answers["log_draft"] == "rank-first" and "findings" in answers["plan"]
    # The first "warm" of a fresh process has patterns left to compile (one slice a call).
    assert answers["warm"] is True
