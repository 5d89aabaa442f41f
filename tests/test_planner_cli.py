"""`prematch plan FILE.json`: output formats and exit codes."""

from __future__ import annotations

import functools
import json
import sys

import icalendar
import pytest

from checker.commands.plan import run


def write(tmp_path, data) -> str:
    path = tmp_path / "season.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def season(*rank_first_programs: str) -> dict:
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {"rank_deadline": "2027-03-03"},
        "programs": [
            {"id": "a", "name": "Alpha IM", "status": "interviewed", "interview": "2027-01-10"},
            {"id": "b", "name": "Beta IM", "status": "interviewed", "interview": "2027-01-12"},
        ],
        "messages": [
            {"id": f"m{p}", "program": p, "kind": "rank-first", "sent": "2027-02-05"}
            for p in rank_first_programs
        ],
    }


@pytest.fixture
def prematch(prematch):
    """`prematch` in this process (conftest.py), its output as text."""
    return functools.partial(prematch, text=True)


def thanked(data: dict) -> dict:
    """The season with a thank-you logged the day after each interview."""
    data["messages"] += [
        {"id": "t-a", "program": "a", "kind": "thank-you", "sent": "2027-01-11"},
        {"id": "t-b", "program": "b", "kind": "thank-you", "sent": "2027-01-13"},
    ]
    return data


def test_clean_season_exits_0_with_next_steps(prematch, tmp_path):
    result = prematch("plan", write(tmp_path, thanked(season("a"))), "--today", "2027-02-01")
    assert result.returncode == 0, result.stderr
    assert "Rank list deadline 2027-03-03" in result.stdout
    assert "0 finding(s)." in result.stdout


def test_missed_thank_you_windows_are_findings_and_next_steps_are_all_ahead(prematch, tmp_path):
    result = prematch("plan", write(tmp_path, season()), "--today", "2027-02-04")
    assert result.returncode == 0, result.stderr  # warnings only
    findings, steps = result.stdout.split("Next steps:\n")
    assert findings.count("warning missed-thank-you: ") == 2
    assert "window for “Beta IM” closed on 2027-01-14 with no thank-you logged" in findings
    assert "2 finding(s)." in findings
    assert [line.split()[0] for line in steps.splitlines()] == ["2027-02-17", "2027-03-03"]
    assert "thank-you" not in steps and "opened" not in steps


def test_rank_first_to_two_programs_exits_1(prematch, tmp_path):
    result = prematch("plan", write(tmp_path, season("a", "b")), "--today", "2027-02-06")
    assert result.returncode == 1
    assert "error rank-first-to-several" in result.stdout
    assert "Alpha IM" in result.stdout and "Beta IM" in result.stdout


def test_json_format(prematch, tmp_path):
    result = prematch(
        "plan", write(tmp_path, season("a", "b")), "--format", "json", "--today", "2027-02-06"
    )
    document = json.loads(result.stdout)
    assert set(document) == {"findings", "next_steps", "ranking"}
    assert document["findings"][0]["rule"] == "rank-first-to-several"
    assert [s["occasion"] for s in document["next_steps"]][-1] == "rank-deadline"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ('{"format": "prematch-planner", "version": 7}', (), "version 7"),
        ("{not json", (), "not valid JSON"),
        (None, ("--today", "2027-02-30"), "today must be a real calendar date"),
    ],
)
def test_input_problems_exit_2_with_one_line(prematch, tmp_path, content, args, message):
    path = write(tmp_path, content if content is not None else json.dumps(season()))
    result = prematch("plan", path, *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_missing_and_non_utf8_files_exit_2(prematch, tmp_path):
    assert prematch("plan", str(tmp_path / "nope.json")).returncode == 2
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = prematch("plan", str(binary))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_run_reads_stdin(monkeypatch, capsys):
    import io
    from argparse import Namespace

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(season()).encode())))
    code = run(Namespace(file="-", format="text", today="2027-01-10", ics=None))
    assert code == 0
    assert "Send a thank-you to Alpha IM by 2027-01-12." in capsys.readouterr().out


def test_ics_option_writes_the_reminders(prematch, tmp_path):
    out = tmp_path / "reminders.ics"
    result = prematch("plan", write(tmp_path, season()), "--today", "2027-01-10", "--ics", str(out))
    assert result.returncode == 0, result.stderr
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert {e.decoded("DTSTART").isoformat() for e in events} == {
        "2027-01-12",
        "2027-01-14",
        "2027-02-03",
        "2027-02-17",
        "2027-03-03",
    }
    assert b"\r\n" in out.read_bytes()


def test_unwritable_ics_path_exits_2(prematch, tmp_path):
    target = tmp_path / "missing-folder" / "r.ics"
    result = prematch("plan", write(tmp_path, season()), "--ics", str(target))
    assert result.returncode == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
