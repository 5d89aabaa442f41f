"""`prematch templates`: list the letter templates."""

from __future__ import annotations

import argparse

from checker.commands import print_columns
from checker.templates import list_templates

HELP = "list the letter templates"
DESCRIPTION = "List the letter templates: id (for `prematch fill`) and title."


def run(args: argparse.Namespace) -> int:
    print_columns([(template.id, template.title) for template in list_templates()])
    return 0
