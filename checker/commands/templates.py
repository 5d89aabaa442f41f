"""`prematch templates`: list the letter templates."""

from __future__ import annotations

import argparse

from checker.templates import list_templates


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "templates",
        help="list the letter templates",
        description="List the letter templates: id (for `prematch fill`) and title.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    templates = list_templates()
    width = max(len(template.id) for template in templates)
    for template in templates:
        print(f"{template.id:<{width}}  {template.title}")
    return 0
