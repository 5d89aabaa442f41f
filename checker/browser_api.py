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

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any


def _lint(params: Mapping[str, Any]) -> dict:
    text = params.get("text")
    if not isinstance(text, str):
        raise ValueError("There is no text to check.")
    from checker import lint

    disabled_rules = params.get("disabled_rules") or ()
    return lint(text, params.get("kind") or None, disabled_rules=disabled_rules).to_dict()


def _rules(params: Mapping[str, Any]) -> list[dict]:
    from checker.rules import RULES

    return [_rule_dict(rule) for rule in _as_list(RULES)]


def _kinds(params: Mapping[str, Any]) -> dict[str, str]:
    from checker.kinds import KINDS

    return dict(KINDS)


def _templates(params: Mapping[str, Any]) -> list[dict]:
    from checker.templates import list_templates

    return [template.to_dict() for template in list_templates()]


def _fill(params: Mapping[str, Any]) -> dict:
    from checker.templates import fill

    values = params.get("values") or {}
    if not isinstance(values, Mapping):
        raise ValueError("The letter's fields could not be read.")
    return {"text": fill(str(params.get("template_id", "")), values)}


def _plan(params: Mapping[str, Any]) -> dict:
    from checker.planner import plan_to_dict

    return plan_to_dict(params.get("data"), params.get("today"), with_ics=bool(params.get("ics")))


def _rule_dict(rule: Any) -> dict:
    return rule.to_dict() if hasattr(rule, "to_dict") else dataclasses.asdict(rule)


def _as_list(registry: Any) -> list:
    """RULES may be a list of rules or a dict keyed by rule id."""
    return list(registry.values()) if isinstance(registry, Mapping) else list(registry)


METHODS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "lint": _lint,
    "rules": _rules,
    "kinds": _kinds,
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
            raise ValueError(f"Unknown method {request.get('method')!r}.")
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
            f"Please report this detail: {type(error).__name__}: {error}",
        }
    return json.dumps(response)
