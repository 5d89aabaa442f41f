"""`prematch` under hostile or unlucky input: every failure is one line on stderr, exit 2.

Each case once printed a traceback, exited 0, or did damage (issue 13). Most run the CLI's
main() in this process (the `prematch` fixture in conftest.py); those about the process itself
(a closed pipe, a full disk as stdout, raw bytes on stdin and in argv) run the installed
console script, as a reader would.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.limits import MAX_DRAFT_CHARACTERS

PREMATCH = Path(sys.executable).parent / "prematch"
CLEAN = Path(__file__).parent / "letters" / "good-thank-you-pd.txt"
DRAFT = CLEAN.read_text(encoding="utf-8")


def prematch_process(*args: str | bytes, stdin: bytes = b"", stdout=subprocess.PIPE):
    return subprocess.run(
        [str(PREMATCH), *args], input=stdin, stdout=stdout, stderr=subprocess.PIPE
    )


def assert_one_line_failure(result, *expected: str) -> str:
    stderr = result.stderr.decode("utf-8", "backslashreplace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    for text in expected:
        assert text in stderr
    return stderr


def planner(**top) -> dict:
    return {"format": "prematch-planner", "version": 1} | top


def program(**fields) -> dict:
    return {"id": "a", "name": "Alpha Internal Medicine"} | fields


def write_json(tmp_path: Path, data: object, name: str = "season.json") -> str:
    path = tmp_path / name
    # ensure_ascii keeps a lone surrogate as the \ud800 escape a planner file can hold.
    path.write_text(json.dumps(data), encoding="ascii")
    return str(path)


@pytest.mark.parametrize(
    "bad_message",
    [
        {"id": "m", "program": ["a"], "kind": "thank-you", "sent": "2027-01-12"},
        {"id": "m", "program": "a", "kind": {"k": 1}, "sent": "2027-01-12"},
        {"id": "m", "program": "a", "kind": "thank-you", "sent": "2027-01-12", "recipient": []},
    ],
    ids=["program-list", "kind-object", "recipient-list"],
)
def test_unhashable_values_in_a_planner_file_are_named(prematch, tmp_path, bad_message):
    path = write_json(tmp_path, planner(programs=[program()], messages=[bad_message]))
    assert_one_line_failure(prematch("plan", path), "messages[0].")


@pytest.mark.parametrize("output", [(), ("--format", "json"), ("--ics", "out.ics")])
def test_a_lone_surrogate_in_a_name_is_refused_in_every_output(prematch, tmp_path, output):
    path = write_json(tmp_path, planner(programs=[program(name="Alpha \ud800 IM")]))
    output = tuple(str(tmp_path / arg) if arg.endswith(".ics") else arg for arg in output)
    result = prematch("plan", path, "--today", "2027-01-10", *output)
    assert_one_line_failure(result, "programs[0].name", "broken character")
    assert not (tmp_path / "out.ics").exists()


@pytest.mark.parametrize("args", [("rules",), ("templates",), ("check", str(CLEAN))], ids=str)
def test_a_reader_that_stops_reading_gets_no_traceback(args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already exited
    try:
        result = prematch_process(*args, stdout=write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 2
    assert result.stderr == b""


def test_a_full_disk_is_one_line():
    with open("/dev/full", "wb") as full:
        result = prematch_process("rules", stdout=full)
    assert_one_line_failure(result, "cannot write the output", "No space left on device")


@pytest.mark.parametrize("command", ["check", "plan"])
@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.encode("utf-16-le"),  # no byte-order mark
        lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"),
    ],
    ids=["utf16-le", "utf16-be", "utf16-no-mark", "utf32"],
)
def test_utf16_and_utf32_files_say_save_as_utf8(prematch, tmp_path, command, encode):
    text = DRAFT if command == "check" else json.dumps(planner())
    path = tmp_path / "input.txt"
    path.write_bytes(encode(text))
    assert_one_line_failure(prematch(command, str(path)), str(path), "save it as UTF-8")


def test_plan_accepts_a_utf8_byte_order_mark(prematch, tmp_path):
    path = tmp_path / "season.json"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(planner(programs=[program()])).encode())
    result = prematch("plan", str(path), "--today", "2027-01-10")
    assert result.returncode == 0, result.stderr
    assert b"0 finding(s)." in result.stdout


@pytest.mark.parametrize("command", ["check", "plan"])
@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", codecs.BOM_UTF8])
def test_empty_input_is_refused(prematch, tmp_path, command, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert_one_line_failure(prematch(command, str(path)), "empty")
    assert_one_line_failure(prematch(command, "-", stdin=content), "<stdin> is empty")


def test_check_refuses_a_draft_over_the_site_limit_and_the_limit_can_be_raised(prematch, tmp_path):
    long_draft = DRAFT + "x" * (MAX_DRAFT_CHARACTERS - len(DRAFT) + 1)
    path = tmp_path / "long.txt"
    path.write_text(long_draft, encoding="utf-8")
    assert_one_line_failure(
        prematch("check", str(path)), f"{MAX_DRAFT_CHARACTERS:,}", "--max-characters"
    )
    assert_one_line_failure(prematch("check", "-", stdin=long_draft.encode()), "<stdin>")
    raised = prematch("check", "--max-characters", str(len(long_draft)), str(path))
    assert raised.returncode in (0, 1) and raised.stderr == b""
    assert_one_line_failure(prematch("check", "--max-characters", "0", str(path)), "above 0")


def test_a_huge_file_is_refused_without_reading_it_all(prematch, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(2_000_000_000)  # sparse: 2 GB that take no disk space
    assert_one_line_failure(prematch("check", str(path)), "too large")


def test_ics_refuses_to_overwrite_its_own_input(prematch, tmp_path):
    path = write_json(tmp_path, planner(programs=[program()]))
    before = Path(path).read_bytes()
    assert_one_line_failure(prematch("plan", path, "--ics", path), "overwrite")
    link = tmp_path / "same.json"
    link.symlink_to(path)
    assert_one_line_failure(prematch("plan", path, "--ics", str(link)), "overwrite")
    assert Path(path).read_bytes() == before


def test_ics_to_a_full_disk_names_the_file(prematch):
    data = json.dumps(planner(season={"rank_deadline": "2027-03-03"})).encode()
    result = prematch("plan", "-", "--today", "2027-01-10", "--ics", "/dev/full", stdin=data)
    assert_one_line_failure(result, "cannot write /dev/full", "No space left on device")


def test_invalid_utf8_on_stdin_or_in_arguments_is_refused():
    data = (
        b'{"format": "prematch-planner", "version": 1, "programs": [{"id": "a", "name": "\xff"}]}'
    )
    assert_one_line_failure(prematch_process("plan", "-", stdin=data), "<stdin> is not UTF-8")
    result = prematch_process("fill", "thank-you-pd", b"--set", b"recipient_name=Dr. \xff")
    assert_one_line_failure(result, "argument 4 is not valid UTF-8")


@pytest.mark.parametrize(
    ("season", "args", "where"),
    [
        ({"season": {"rank_deadline": "9999-12-31"}}, (), "season.rank_deadline"),
        ({"season": {"rank_deadline": "0001-01-01"}}, (), "season.rank_deadline"),
        (
            {"programs": [program(status="interviewed", interview="9999-12-31")]},
            (),
            "programs[0].interview",
        ),
        (
            {
                "season": {"time_zone": "Asia/Manila"},
                "programs": [program(interview="0001-01-01T00:30-05:00")],
            },
            (),
            "programs[0].interview",
        ),
        ({}, ("--today", "9999-12-31"), "today"),
        ({}, ("--today", "1899-12-31"), "today"),
    ],
    ids=["deadline-9999", "deadline-0001", "interview-9999", "interview-zone-0001", "today-9999",
         "today-1899"],
)  # fmt: skip
def test_calendar_edge_years_are_refused_with_the_supported_range(
    prematch, tmp_path, season, args, where
):
    path = write_json(tmp_path, planner(**season))
    result = prematch("plan", path, *args, "--ics", str(tmp_path / "out.ics"))
    assert_one_line_failure(result, where, "between 1900 and 2199")


def test_the_supported_years_plan_and_export(prematch, tmp_path):
    season = planner(
        season={"rank_deadline": "2199-12-31", "time_zone": "Asia/Manila"},
        programs=[program(status="interviewed", interview="2199-12-31T23:30-05:00")],
    )
    path = write_json(tmp_path, season)
    out = tmp_path / "out.ics"
    result = prematch("plan", path, "--today", "2199-12-30", "--ics", str(out))
    assert result.returncode == 0, result.stderr
    # 1 January 2200 in Manila; the thank-you is due on the 3rd, an all-day event.
    assert b"DTEND;VALUE=DATE:22000104" in out.read_bytes()


def test_messages_quote_only_the_start_of_a_long_value(prematch, tmp_path):
    path = write_json(tmp_path, planner() | {"version": "9" * 1_000_000})
    stderr = assert_one_line_failure(prematch("plan", path), "version 999")
    assert len(stderr) < 300
    result = prematch("check", "--ignore", "x" * 100_000, str(CLEAN))
    assert len(assert_one_line_failure(result, "unknown rule")) < 300
    assert len(assert_one_line_failure(prematch("fill", "t" * 100_000), "template")) < 1000
