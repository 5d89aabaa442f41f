"""Frozen dataclasses made from TOML tables: the words the project keeps as data (a letter
template, a template's field, a planner check) are written in TOML, read once, and checked
here in one way, so a missing or misspelt key names its file instead of failing later.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping


def from_table[T](cls: type[T], table: Mapping, source: str, **given) -> T:
    """An instance of the dataclass `cls` from the TOML `table` and the values `given` by
    the caller (which win). TOML lists become tuples, as the frozen classes hold them."""
    fields = {field.name: field for field in dataclasses.fields(cls)}
    unknown = sorted(set(table) - set(fields))
    if unknown:
        raise ValueError(f"{source} has a key the project does not know: {', '.join(unknown)}")
    values = {name: tuple(v) if isinstance(v, list) else v for name, v in table.items()}
    values |= given
    missing = [
        name
        for name, field in fields.items()
        if name not in values
        and field.default is dataclasses.MISSING
        and field.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise ValueError(f"{source} lacks the key {', '.join(missing)}")
    return cls(**values)
