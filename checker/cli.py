"""The `prematch` command line: one subcommand for each module of checker/commands/."""

from __future__ import annotations

import argparse
import contextlib
import os
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
        name = command.__name__.rpartition(".")[2]
        subparser = subparsers.add_parser(name, help=command.HELP, description=command.DESCRIPTION)
        if hasattr(command, "add_arguments"):
            command.add_arguments(subparser)
        subparser.set_defaults(func=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        _refuse_undecodable(argv)
        args = build_parser().parse_args(argv)
    except UsageError as error:
        print(f"prematch: {error} (see prematch --help)", file=sys.stderr)
        return 2
    except SystemExit as exit_request:  # --help and --version print and stop
        return exit_request.code if isinstance(exit_request.code, int) else 0
    try:
        code = args.func(args)
        sys.stdout.flush()  # a full disk shows up here, while it can still be reported
    except BrokenPipeError:  # `prematch ... | head` stopped reading: nothing more to say
        _discard_stdout()
        return 2
    except OSError as error:  # inputs report their own problems; this is stdout failing
        _discard_stdout()
        print(f"prematch: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return 2
    return code


def _refuse_undecodable(argv: list[str]) -> None:
    """Python hands over bytes that are not UTF-8 as lone surrogates; say so instead."""
    for position, argument in enumerate(argv, start=1):
        if any("\ud800" <= char <= "\udfff" for char in argument):
            raise UsageError(f"argument {position} is not valid UTF-8 text")


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush at exit cannot fail again."""
    # Not a real file (a test's capture): nothing to flush at exit.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
