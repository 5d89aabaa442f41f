"""The checker's entry point for the browser: one JSON request in, one JSON response out.

docs/assets/js/python-worker.mjs calls `handle` inside Pyodide for every
`PreMatchPython.call(method, params)` of a page. JSON strings (not Python objects) cross
the boundary, so no Pyodide proxy can leak or need freeing.

Request:  {"method": <name>, "params": {...}}
Response: {"ok": true, "result": ...} or {"ok": false, "error": <text>}
(The worker pairs each response with its request by an id of its own message, outside this JSON.)

A ValueError (FillError included) is the user's input being wrong: its message is shown as
is. Anything else is a bug: the reader gets a generic sentence plus the detail to report.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping

from checker.limits import excerpt

# The module that answers each method, imported when one of its methods is first called.
# A page's worker imports the modules the page uses before it says "Checker ready" (front
# matter `python_imports`, see python-worker.mjs), so the Checker's first check pays no
# import time, and a letter page never imports the rules.
METHODS: dict[str, str] = {
    "lint": "checker.browser_checks",
    "rules": "checker.browser_checks",
    "vocabulary": "checker.browser_checks",
    "policies": "checker.browser_checks",
    "plan": "checker.browser_checks",
    "log_draft": "checker.browser_checks",
    "warm": "checker.browser_checks",
    "template": "checker.browser_letters",
    "fill": "checker.browser_letters",
}


def handle(request_json: str) -> str:
    """Run one request and answer it; never raises."""
    try:
        request = json.loads(request_json)
        if not isinstance(request, dict):
            raise ValueError("The request must be a JSON object.")
        name = request.get("method")
        if name not in METHODS:
            raise ValueError(f"Unknown method '{excerpt(name)}'.")
        params = request.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError("The request's params must be a JSON object.")
        method = importlib.import_module(METHODS[name]).HANDLERS[name]
        response = {"ok": True, "result": method(params)}
    except json.JSONDecodeError as error:
        response = {"ok": False, "error": f"The request is not valid JSON ({error})."}
    except ValueError as error:
        response = {"ok": False, "error": str(error)}
    except Exception as error:
        response = {
            "ok": False,
            "error": "Something went wrong inside the checker. "
            f"Please report this detail: {type(error).__name__}: {excerpt(str(error))}",
        }
    return json.dumps(response)
