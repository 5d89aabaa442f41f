"""`prematch rules`: list the checker's rules."""

from __future__ import annotations

import argparse

from checker.commands import print_columns
from checker.rules import RULES

HELP = "list the rules the checker applies"
DESCRIPTION = "List every rule: id, severity and title (ids work with check --ignore)."


def run(args: argparse.Namespace) -> int:
    print_columns([(rule.id, rule.severity, rule.title) for rule in RULES.values()])
    return 0
