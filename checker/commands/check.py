"""`prematch check`: lint email drafts from files or stdin."""

from __future__ import annotations

import argparse
import json

from checker.commands import input_problem
from checker.commands.inputs import InputProblem, display_name, read_text
from checker.findings import FINDING_KEYS, LintResult
from checker.kinds import KINDS
from checker.limits import MAX_DRAFT_CHARACTERS, excerpt
from checker.lint import lint
from checker.policies import choose, policy_table
from checker.rules import RULES

# The keys of each finding in --format json: the browser's, without the UTF-16 offsets
# only a page needs (a stable, documented subset of Finding).
JSON_FINDING_KEYS = tuple(key for key in FINDING_KEYS if not key.endswith("_utf16"))
JSON_VERSION = 1


HELP = "check email drafts against the guide's rules"
DESCRIPTION = (
    "Check email drafts. Exit status: 0 no errors, 1 errors found (or warnings with "
    "--strict), 2 a usage or input problem."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    table = policy_table()
    # The help ends with the matches and policies, laid out as written.
    parser.epilog = _choices_text(table)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
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
    parser.add_argument(
        "--match",
        choices=list(table.matches),
        help="your match (default: your specialty's match, else the NRMP Main Match)",
    )
    parser.add_argument(
        "--specialty", choices=list(table.specialties), help="apply this specialty's policy"
    )
    parser.add_argument(
        "--soap",
        action="store_true",
        help="you write during your Match Week while SOAP runs: a message you start is an error",
    )
    parser.add_argument(
        "--soap-reply",
        action="store_true",
        help="during SOAP, the draft replies to a program that contacted you first",
    )


def _choices_text(table) -> str:
    """The matches and specialty policies the options accept, with their names."""
    lines = ["matches (--match):"]
    lines += [f"  {policy.id:<24}{policy.name}" for policy in table.matches.values()]
    lines.append("specialty policies (--specialty):")
    lines += [f"  {policy.id:<24}{policy.name}" for policy in table.specialties.values()]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    ignored = [rule for value in args.ignore for rule in value.split(",") if rule]
    unknown = [rule for rule in ignored if rule not in RULES]
    if unknown:
        names = ", ".join(excerpt(rule) for rule in unknown[:5])
        return input_problem("check", f"unknown rule in --ignore: {names}")
    try:
        setting = choose(
            args.match, args.specialty, soap=args.soap or args.soap_reply, reply=args.soap_reply
        )
    except ValueError as problem:
        return input_problem("check", str(problem))
    try:
        drafts = [(path, _read_draft(path, args.max_characters)) for path in args.files]
    except InputProblem as problem:
        return input_problem("check", str(problem))
    results = [
        (display_name(path), lint(text, args.kind, disabled_rules=ignored, setting=setting))
        for path, text in drafts
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
