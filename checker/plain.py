"""The checker's values as JSON holds them: what the browser and `--format json` receive.

One conversion for every frozen dataclass whose JSON is just its fields, in field order:
tuples become lists and dates ISO strings, nested values included. A class whose JSON is
a selection or adds derived values (a rule, a season) writes its own `to_dict`.
"""

from __future__ import annotations

import dataclasses
from datetime import date


def plain(value):
    """`value` as dicts, lists, strings, numbers, booleans and None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


class Plain:
    """Base of a dataclass whose `to_dict` is its fields, made plain."""

    def to_dict(self) -> dict:
        return plain(self)
