"""Subcommands of `prematch`, one module each, named as the command. A module declares
HELP (its line in `prematch --help`), DESCRIPTION, optionally add_arguments(parser), and
run(args), which returns the exit code; checker.cli turns it into a subparser."""

from __future__ import annotations

import sys


def input_problem(command: str, message: str) -> int:
    """Report a problem with the user's input on one line of stderr; exit code 2."""
    print(f"prematch {command}: {message}", file=sys.stderr)
    return 2


def print_columns(rows: list[tuple[str, ...]]) -> None:
    """Print rows as aligned columns two spaces apart: each column but the last is padded
    to its widest cell, so the last (a title) can run as long as it needs."""
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    for row in rows:
        padded = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)]
        print("  ".join([*padded, row[-1]]))
