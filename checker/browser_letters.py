"""checker.browser_api's methods for the letter pages: a letter's fields, and the letter
filled in. Only these pages import Jinja2 (checker.templates), and they import no rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from checker.letter import Letter
from checker.templates import fill, get_template


def _template(params: Mapping[str, Any]) -> dict:
    return get_template(str(params.get("id", ""))).to_dict()


def _fill(params: Mapping[str, Any]) -> dict:
    """The filled letter, and its subject and body apart (for a mail app)."""
    values = params.get("values") or {}
    if not isinstance(values, Mapping):
        raise ValueError("The letter's fields could not be read.")
    text = fill(str(params.get("template_id", "")), values)
    subject, body = Letter(text).subject_and_body()
    return {"text": text, "subject": subject, "body": body}


HANDLERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {"template": _template, "fill": _fill}
