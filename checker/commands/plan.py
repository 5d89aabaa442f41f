"""`prematch plan FILE.json`: the season planner's findings and next steps."""

from __future__ import annotations

import argparse
import json
import os
from datetime import date

from checker.commands import input_problem
from checker.commands.inputs import STDIN, InputProblem, display_name, read_text
from checker.limits import MAX_PLANNER_CHARACTERS
from checker.planner.plan import plan_to_dict
from checker.planner.season import PlannerError

HELP = "check a season planner export (the JSON file the Planner page saves)"
DESCRIPTION = "Check a season planner export: findings and dated next steps."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json", help="planner export, or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        default=None,
        help="the date to plan from (default: this computer's local date)",
    )
    parser.add_argument(
        "--ics", metavar="OUT.ics", help="also write the upcoming reminders as a calendar file"
    )


def run(args: argparse.Namespace) -> int:
    """Exit 0 with no error findings, 1 with errors, 2 when the input cannot be used."""
    if args.ics and _same_file(args.file, args.ics):
        return input_problem("plan", f"--ics {args.ics} would overwrite the planner file itself")
    try:
        text = read_text(args.file, limit=MAX_PLANNER_CHARACTERS, what="a planner export")
        result = plan_to_dict(text, args.today or date.today().isoformat(), with_ics=bool(args.ics))
    except InputProblem as problem:
        return input_problem("plan", str(problem))
    except PlannerError as error:
        return input_problem("plan", f"{display_name(args.file)}: {error}")
    if args.ics:
        try:
            _write(args.ics, result.pop("ics"))
        except OSError as error:
            return input_problem("plan", f"cannot write {args.ics}: {error.strerror or error}")
    if args.format == "json":
        del result["season"], result["time_zones_available"], result["interview_days"]
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_text(result))
    return 1 if any(f["severity"] == "error" for f in result["findings"]) else 0


def format_text(result: dict) -> str:
    lines = [
        f"{f['severity']} {f['rule']}: {f['message']} (see {f['url']})" for f in result["findings"]
    ]
    lines.append(f"{len(result['findings'])} finding(s).")
    lines.append("Next steps:")
    for step in result["next_steps"]:
        lines.append(f"  {step['date'] or '—':<10}  {step['text']}")
    return "\n".join(lines)


def _same_file(source: str, target: str) -> bool:
    if source == STDIN:
        return False
    try:
        return os.path.samefile(source, target)
    except OSError:  # either does not exist (yet): they cannot be the same file
        return False


def _write(path: str, text: str) -> None:
    # newline="" keeps the CRLF line ends the calendar format requires.
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
