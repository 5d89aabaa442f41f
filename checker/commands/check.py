"""`prematch check`: lint email drafts from files or stdin."""

from __future__ import annotations

import argparse
import json

from checker.commands import input_problem
from checker.commands.inputs import InputProblem, display_name, read_text
from checker.findings import LintResult
from checker.kinds import KINDS
from checker.limits import MAX_DRAFT_CHARACTERS, excerpt
from checker.lint import lint
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
    parser.add_argument(
        "--max-characters",
        type=_positive_int,
        default=MAX_DRAFT_CHARACTERS,
        metavar="N",
        help=f"refuse drafts longer than N characters (default {MAX_DRAFT_CHARACTERS:,}, "
        "as on the site)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ignored = [rule for value in args.ignore for rule in value.split(",") if rule]
    unknown = [rule for rule in ignored if rule not in RULES]
    if unknown:
        names = ", ".join(excerpt(rule) for rule in unknown[:5])
        return input_problem("check", f"unknown rule in --ignore: {names}")
    try:
        drafts = [(path, _read_draft(path, args.max_characters)) for path in args.files]
    except InputProblem as problem:
        return input_problem("check", str(problem))
    results = [
        (display_name(path), lint(text, args.kind, disabled_rules=ignored)) for path, text in drafts
    ]
    if args.format == "json":
        print(json.dumps(json_document(results), indent=2, ensure_ascii=False))
    else:
        print(text_report(results))
    failing = {"error", "warning"} if args.strict else {"error"}
    failed = any(f.severity in failing for _, result in results for f in result.findings)
    return 1 if failed else 0


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


def _read_draft(path: str, limit: int) -> str:
    return read_text(path, limit=limit, what="an email draft", limit_option="--max-characters")


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {excerpt(value)}")
    return int(value)
