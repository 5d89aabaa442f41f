"""The `prematch` command line: output formats and every exit status."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main
from checker.rules import RULES
from checker.templates import get_template, list_templates

LETTERS = Path(__file__).parent / "letters"
CLEAN = LETTERS / "good-thank-you-pd.txt"
BAD = LETTERS / "bad-everything.txt"
WARNINGS_ONLY = LETTERS / "bad-checking-in.txt"
PREMATCH = Path(sys.executable).parent / "prematch"
FINDING_LINE = re.compile(r"^(?P<file>.+):(\d+):(\d+): (error|warning|info) ([a-z0-9-]+) \S.*$")


def run_script(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """Run the installed console script, as a user would."""
    return subprocess.run([str(PREMATCH), *args], input=stdin, capture_output=True)


def test_console_script_reports_findings_as_file_line_column(tmp_path):
    result = run_script("check", str(BAD))
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    findings = [line for line in lines if FINDING_LINE.match(line)]
    assert len(findings) >= 10
    assert f"{BAD}:5:99: warning rank-first-claim " in result.stdout.decode()
    assert lines[-1].startswith(f"{BAD}: 4 errors")
    assert result.stderr == b""


def test_console_script_reads_stdin_and_writes_json():
    result = run_script("check", "--format", "json", "-", stdin=BAD.read_bytes())
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["version"] == 1
    (report,) = document["files"]
    assert report["file"] == "<stdin>"
    assert report["kind"] == "rank-first"
    finding = report["findings"][0]
    assert set(finding) == {
        "rule", "severity", "start", "end", "line", "column", "text", "message", "suggestion",
        "replacement", "url",
    }  # fmt: skip
    text = BAD.read_text(encoding="utf-8")
    for finding in report["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_clean_letter_exits_zero(capsys):
    assert main(["check", str(CLEAN)]) == 0
    assert "Ready to send" in capsys.readouterr().out


def test_warnings_fail_only_with_strict(capsys):
    assert main(["check", str(WARNINGS_ONLY)]) == 0
    assert main(["check", "--strict", str(WARNINGS_ONLY)]) == 1


def test_ignore_skips_rules_given_repeated_or_comma_separated(capsys):
    assert main(["check", "--strict", "--ignore", "checking-in", str(WARNINGS_ONLY)]) == 0
    capsys.readouterr()
    args = ["check", "--format", "json", "--ignore", "binding-commitment,asks-about-rank"]
    assert main([*args, "--ignore", "reciprocal-request", str(BAD)]) == 0
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]}
    assert rules.isdisjoint({"binding-commitment", "asks-about-rank", "reciprocal-request"})
    assert "rank-first-claim" in rules


def test_forced_kind_is_used(capsys):
    assert main(["check", "--kind", "continued-interest", "--format", "json", str(CLEAN)]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert (report["kind"], report["kind_forced"]) == ("continued-interest", True)


def test_several_files_are_reported_in_order(capsys):
    assert main(["check", str(CLEAN), str(BAD)]) == 1
    summaries = [line for line in capsys.readouterr().out.splitlines() if ": " in line]
    assert summaries[0].startswith(f"{CLEAN}: Ready to send")


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda tmp: tmp / "missing.txt", "cannot read"),
        (lambda tmp: _write(tmp / "photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "binary file"),
        (lambda tmp: _write(tmp / "latin1.txt", "Dear Dr. Muñoz".encode("latin-1")), "not UTF-8"),
    ],
    ids=["missing", "binary", "not-utf8"],
)
def test_unusable_input_exits_2_with_one_line_and_no_traceback(
    prematch, tmp_path, make_input, message
):
    path = make_input(tmp_path)
    result = prematch("check", str(CLEAN), str(path))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr and str(path) in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr
    assert result.stdout == b""  # nothing is reported when one input cannot be read


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "--ignore", "no-such-rule", str(CLEAN)],
            "unknown rule in --ignore: no-such-rule",
        ),
        (["check", "--kind", "love-letter", str(CLEAN)], "invalid choice: 'love-letter'"),
        (["check"], "required: FILE"),
        ([], "required: COMMAND"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["fill", "rank-first", "--set", "no-equals-sign"], "--set needs FIELD=VALUE"),
        (["fill", "no-such-template"], "no-such-template"),
    ],
)
def test_usage_problems_exit_2_with_one_line(prematch, args, message):
    result = prematch(*args)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert "Traceback" not in stderr


def test_help_exits_zero(capsys):
    assert main(["--help"]) == 0
    assert "check" in capsys.readouterr().out


def test_templates_lists_one_template_per_line_id_first(capsys):
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [t.id for t in list_templates()]
    assert "thank-you-coordinator" in [line.split()[0] for line in lines]


def test_fill_prints_the_letter(capsys):
    template = get_template("thank-you-coordinator")
    args = [f"--set={name}={value}" for name, value in template.example_values().items()]
    assert main(["fill", template.id, *args]) == 0
    letter = capsys.readouterr().out
    assert letter.startswith("Subject: ")
    assert letter.splitlines()[1] == ""


def test_fill_names_missing_required_fields(capsys):
    assert main(["fill", "thank-you-coordinator"]) == 2
    err = capsys.readouterr().err
    required = [field.label for field in get_template("thank-you-coordinator").fields
                if field.required]  # fmt: skip
    assert err.startswith("prematch fill: ")
    assert required and any(label in err for label in required)


def test_rules_lists_every_rule_with_severity(capsys):
    assert main(["rules"]) == 0
    rows = [line.split()[:2] for line in capsys.readouterr().out.splitlines()]
    assert rows == [[rule.id, rule.severity] for rule in RULES.values()]


@pytest.mark.parametrize(
    ("command", "titles"),
    [
        ("rules", lambda: [rule.title for rule in RULES.values()]),
        ("templates", lambda: [template.title for template in list_templates()]),
    ],
    ids=["rules", "templates"],
)
def test_listings_start_every_title_in_one_column(capsys, command, titles):
    assert main([command]) == 0
    lines = capsys.readouterr().out.splitlines()
    pairs = list(zip(lines, titles(), strict=True))
    assert all(line.endswith(f"  {title}") for line, title in pairs)
    assert len({len(line) - len(title) for line, title in pairs}) == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
