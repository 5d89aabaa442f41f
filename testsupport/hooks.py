"""Importing a module of site_hooks/ the way MkDocs does: by its path (site_hooks/ is not a
package)."""

from __future__ import annotations

import importlib.util
import sys

from testsupport import ROOT

HOOKS = ROOT / "site_hooks"


def load_hook(name: str):
    """The module site_hooks/<name>.py (a hook or a plain module the hooks import), loaded
    once per process. As MkDocs does, the folder is on sys.path while it loads."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    sys.path.insert(0, str(HOOKS))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(HOOKS))
    return module
