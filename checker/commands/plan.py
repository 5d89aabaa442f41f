"""`prematch plan FILE.json`: the season planner's findings and next steps."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from checker.planner.plan import plan_to_dict
from checker.planner.season import PlannerError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="check a season planner export (the JSON file the Planner page saves)",
        description="Check a season planner export: findings and dated next steps.",
    )
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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Exit 0 with no error findings, 1 with errors, 2 when the input cannot be used."""
    try:
        text = _read(args.file)
        result = plan_to_dict(text, args.today or date.today().isoformat(), with_ics=bool(args.ics))
        if args.ics:
            _write(args.ics, result.pop("ics"))
    except UnicodeDecodeError:
        return _input_problem(f"cannot read {args.file}: it is not UTF-8 text")
    except OSError as error:
        action = "write" if args.ics and error.filename == args.ics else "read"
        return _input_problem(f"cannot {action} {error.filename}: {error.strerror or error}")
    except PlannerError as error:
        return _input_problem(f"{args.file}: {error}")
    if args.format == "json":
        del result["season"], result["time_zones_available"]
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


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _write(path: str, text: str) -> None:
    # newline="" keeps the CRLF line ends the calendar format requires.
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _input_problem(message: str) -> int:
    print(f"prematch plan: {message}", file=sys.stderr)
    return 2
