"""`prematch check`: lint email drafts from files or stdin."""

from __future__ import annotations

import argparse
import json
import sys

from checker.commands import input_problem
from checker.findings import LintResult
from checker.kinds import KINDS
from checker.lint import DraftTooLong, lint
from checker.rules import RULES

# The keys of each finding in --format json (a stable, documented subset of Finding).
JSON_FINDING_KEYS = (
    "rule",
    "severity",
    "start",
    "end",
    "line",
    "column",
    "text",
    "message",
    "suggestion",
    "url",
)
JSON_VERSION = 1
STDIN = "-"


class InputProblem(Exception):
    """A file that cannot be checked; the message names it and says why."""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check email drafts against the guide's rules",
        description=(
            "Check email drafts. Exit status: 0 no errors, 1 errors found (or warnings with "
            "--strict), 2 a usage or input problem."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="draft file, or - for stdin")
    parser.add_argument("--kind", choices=list(KINDS), help="check as this kind of letter")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULE",
        help="skip a rule (repeat, or separate ids with commas); see `prematch rules`",
    )
    parser.add_argument("--strict", action="store_true", help="also fail on warnings")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ignored = [rule for value in args.ignore for rule in value.split(",") if rule]
    unknown = [rule for rule in ignored if rule not in RULES]
    if unknown:
        return input_problem("check", f"unknown rule in --ignore: {', '.join(unknown)}")
    try:
        drafts = [(path, read_draft(path)) for path in args.files]
    except InputProblem as problem:
        return input_problem("check", str(problem))
    results = []
    for path, text in drafts:
        try:
            results.append((_display_name(path), lint(text, args.kind, disabled_rules=ignored)))
        except DraftTooLong as problem:
            return input_problem("check", f"{_display_name(path)}: {problem}")
    if args.format == "json":
        print(json.dumps(json_document(results), indent=2, ensure_ascii=False))
    else:
        print(text_report(results))
    failing = {"error", "warning"} if args.strict else {"error"}
    failed = any(f.severity in failing for _, result in results for f in result.findings)
    return 1 if failed else 0


def read_draft(path: str) -> str:
    """The draft as text; raises InputProblem for unreadable, binary or non-UTF-8 input."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as file:
                data = file.read()
    except OSError as error:
        raise InputProblem(f"cannot read {path}: {error.strerror or error}") from None
    if b"\0" in data:
        raise InputProblem(f"{_display_name(path)} looks like a binary file, not an email draft")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputProblem(
            f"{_display_name(path)} is not UTF-8 text; save it as UTF-8 and try again"
        ) from None


def text_report(results: list[tuple[str, LintResult]]) -> str:
    lines = []
    for name, result in results:
        lines.extend(
            f"{name}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
            for f in result.findings
        )
        lines.append(f"{name}: {result.summary} [checked as: {KINDS[result.kind]}]")
    return "\n".join(lines)


def json_document(results: list[tuple[str, LintResult]]) -> dict:
    return {
        "version": JSON_VERSION,
        "files": [
            {
                "file": name,
                "kind": result.kind,
                "kind_forced": result.kind_forced,
                "kind_clues": result.kind_clues,
                "word_count": result.word_count,
                "summary": result.summary,
                "findings": [
                    {key: getattr(finding, key) for key in JSON_FINDING_KEYS}
                    for finding in result.findings
                ],
            }
            for name, result in results
        ],
    }


def _display_name(path: str) -> str:
    return "<stdin>" if path == STDIN else path
