"""Subcommands of `prematch`: each module exposes register(subparsers), whose parser sets
`func` to a function taking the parsed arguments and returning the exit code."""

from __future__ import annotations

import sys


def input_problem(command: str, message: str) -> int:
    """Report a problem with the user's input on one line of stderr; exit code 2."""
    print(f"prematch {command}: {message}", file=sys.stderr)
    return 2
