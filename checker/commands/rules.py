"""`prematch rules`: list the checker's rules."""

from __future__ import annotations

import argparse

from checker.rules import RULES


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "rules",
        help="list the rules the checker applies",
        description="List every rule: id, severity and title (ids work with check --ignore).",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    width = max(len(rule_id) for rule_id in RULES)
    for rule in RULES.values():
        print(f"{rule.id:<{width}}  {rule.severity:<7}  {rule.title}")
    return 0
