"""Byte-compile the standard library modules the checker imports, inside Pyodide itself.

The npm runtime's python_stdlib.zip holds Python sources only, so every module Python
imports while it starts (about 200 of them) and while the checker loads is compiled
again in the reader's browser on every visit. Bytecode must be written by the same Python
as the runtime's (3.14 here, the build machine's may differ), so site_hooks/pyodide_bundle.py
runs this module inside Pyodide under Node (pyodide_bytecode.mjs): it imports the given
modules, then rewrites the stdlib zip with each module that was imported as a `.pyc`
(unchecked hash: never compared with a source that is not there) in place of its `.py`.
Modules nobody imported stay sources: they cost bytes only if shipped compiled.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import zipfile

STDLIB_PREFIX = "/lib/python314.zip/"


def imported_stdlib_files(modules: list[str]) -> set[str]:
    """Paths inside the stdlib zip of every module loaded once `modules` are imported."""
    for name in modules:
        importlib.import_module(name)
    files = (getattr(module, "__file__", None) or "" for module in list(sys.modules.values()))
    return {path.removeprefix(STDLIB_PREFIX) for path in files if path.startswith(STDLIB_PREFIX)}


def compile_zip(source: str, target: str, compiled: set[str]) -> int:
    """Copy the zip `source` to `target`, the members in `compiled` as bytecode; returns
    how many were compiled. Entry order and timestamps are kept: same input, same bytes."""
    count = 0
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in compiled:
                code = compile(data, STDLIB_PREFIX + info.filename, "exec", dont_inherit=True)
                data = importlib._bootstrap_external._code_to_hash_pyc(
                    code, importlib.util.source_hash(data), checked=False
                )
                info.filename += "c"
                count += 1
            new.writestr(info, bytes(data), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return count
