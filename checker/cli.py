"""The `prematch` command line: subcommands registered from checker/commands/."""

from __future__ import annotations

import argparse
import sys

from checker.commands import check, fill, plan, rules, templates

COMMANDS = (check, templates, fill, rules, plan)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """Reports usage mistakes in one line (no usage dump) so scripts can show them."""

    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="prematch",
        description="Check residency emails against the Pre-Match Guide and fill its letters.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(f"prematch: {error} (see prematch --help)", file=sys.stderr)
        return 2
    except SystemExit as exit_request:  # --help and --version print and stop
        return exit_request.code if isinstance(exit_request.code, int) else 0
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
