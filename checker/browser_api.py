"""The checker's entry point for the browser: one JSON request in, one JSON response out.

docs/assets/js/python-worker.mjs calls `handle` inside Pyodide for every
`PreMatchPython.call(method, params)` of a page. JSON strings (not Python objects) cross
the boundary, so no Pyodide proxy can leak or need freeing.

Request:  {"id": <any>, "method": <name>, "params": {...}}
Response: {"id": <same>, "ok": true, "result": ...} or {"id": ..., "ok": false, "error": <text>}

A ValueError (FillError included) is the user's input being wrong: its message is shown as
is. Anything else is a bug: the reader gets a generic sentence plus the detail to report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

# Imported up front so the first check after "Checker ready" pays no import time.
from checker import lint
from checker.kinds import KINDS
from checker.limits import MAX_DRAFT_CHARACTERS, draft_too_long, excerpt
from checker.planner.plan import plan_to_dict
from checker.policies import choose, policy_table
from checker.rules import RULES
from checker.templates import fill, list_templates


def _lint(params: Mapping[str, Any]) -> dict:
    text = params.get("text")
    if not isinstance(text, str):
        raise ValueError("There is no text to check.")
    if len(text) > MAX_DRAFT_CHARACTERS:
        raise ValueError(draft_too_long(len(text)))
    disabled_rules = params.get("disabled_rules") or ()
    setting = choose(
        _optional_id(params, "match"),
        _optional_id(params, "specialty"),
        soap=params.get("soap") is True,
        reply=params.get("reply") is True,
    )
    return lint(
        text, params.get("kind") or None, disabled_rules=disabled_rules, setting=setting
    ).to_dict()


def _optional_id(params: Mapping[str, Any], key: str) -> str | None:
    value = params.get(key) or None
    if value is not None and not isinstance(value, str):
        raise ValueError(f"The {key} must be given by its id.")
    return value


def _policies(params: Mapping[str, Any]) -> dict:
    """The matches and specialty policies the reader can choose from, with their sources."""
    return policy_table().to_dict()


def _rules(params: Mapping[str, Any]) -> list[dict]:
    return [rule.to_dict() for rule in RULES.values()]


def _kinds(params: Mapping[str, Any]) -> dict[str, str]:
    return dict(KINDS)


def _templates(params: Mapping[str, Any]) -> list[dict]:
    return [template.to_dict() for template in list_templates()]


def _fill(params: Mapping[str, Any]) -> dict:
    values = params.get("values") or {}
    if not isinstance(values, Mapping):
        raise ValueError("The letter's fields could not be read.")
    return {"text": fill(str(params.get("template_id", "")), values)}


def _plan(params: Mapping[str, Any]) -> dict:
    return plan_to_dict(
        params.get("data"),
        params.get("today"),
        with_ics=bool(params.get("ics")),
        recover=bool(params.get("recover")),
    )


METHODS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "lint": _lint,
    "rules": _rules,
    "kinds": _kinds,
    "policies": _policies,
    "templates": _templates,
    "fill": _fill,
    "plan": _plan,
}


def handle(request_json: str) -> str:
    """Run one request and answer it; never raises."""
    request_id = None
    try:
        request = json.loads(request_json)
        if not isinstance(request, dict):
            raise ValueError("The request must be a JSON object.")
        request_id = request.get("id")
        method = METHODS.get(request.get("method"))
        if method is None:
            raise ValueError(f"Unknown method '{excerpt(request.get('method'))}'.")
        params = request.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError("The request's params must be a JSON object.")
        response = {"id": request_id, "ok": True, "result": method(params)}
    except json.JSONDecodeError as error:
        response = {"id": None, "ok": False, "error": f"The request is not valid JSON ({error})."}
    except ValueError as error:
        response = {"id": request_id, "ok": False, "error": str(error)}
    except Exception as error:
        response = {
            "id": request_id,
            "ok": False,
            "error": "Something went wrong inside the checker. "
            f"Please report this detail: {type(error).__name__}: {excerpt(str(error))}",
        }
    return json.dumps(response)
