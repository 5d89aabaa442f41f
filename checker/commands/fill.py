"""`prematch fill`: fill a letter template from field values."""

from __future__ import annotations

import argparse

from checker.commands import input_problem
from checker.limits import excerpt
from checker.templates import FillError, fill

HELP = "fill a letter template and print the letter"
DESCRIPTION = "Fill a letter template (ids: `prematch templates`) and print the letter."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("template", metavar="TEMPLATE", help="template id")
    parser.add_argument(
        "--set",
        dest="assignments",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a field value (repeat for each field)",
    )


def run(args: argparse.Namespace) -> int:
    values = {}
    for assignment in args.assignments:
        name, equals, value = assignment.partition("=")
        if not equals or not name.strip():
            return input_problem("fill", f"--set needs FIELD=VALUE, got {excerpt(assignment)}")
        values[name.strip()] = value
    try:
        letter = fill(args.template, values)
    except FillError as error:
        return input_problem("fill", str(error))
    print(letter)
    return 0
