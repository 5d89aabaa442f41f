"""Byte-compile what the site's Python runs, inside Pyodide itself.

The npm runtime's python_stdlib.zip and the wheels hold Python sources, so every module
Python imports while it starts (about 200 of them), while the checker loads and while it
answers its first calls would be compiled again in the reader's browser on every visit;
and zipimport, which imports both the stdlib and the wheels (python-worker.mjs puts them
on sys.path as they are), compiles a source module twice (once to tell its file name).
Bytecode must be written by the same Python as the runtime's (3.14 here, the build
machine's may differ), so site_hooks/pyodide_bundle.py runs this module inside Pyodide
under Node (pyodide_bytecode.mjs). It imports the pages' modules, answers their first
calls, then rewrites:

- the stdlib zip, with each module that was loaded as a `.pyc` in place of its `.py`;
  modules nobody loaded stay sources (they cost bytes only if shipped compiled);
- each wheel, with every `.py` as a `.pyc` (a wheel is small, and a module of it loaded
  later from source would be compiled twice). The wheel keeps its name and its RECORD:
  it is only ever read by this runtime's zipimport, which reads neither.

Each `.pyc` is an unchecked hash one: never compared with a source that is not there.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import zipfile

STDLIB_PREFIX = "/lib/python314.zip/"


def loaded_files(modules: list[str], handler: str, requests: list[str]) -> set[str]:
    """The file of every module loaded once `modules` are imported and the function
    `handler` ("module:name") has answered each of `requests`."""
    for name in modules:
        importlib.import_module(name)
    module, _, function = handler.partition(":")
    answer = getattr(importlib.import_module(module), function)
    for request in requests:
        reply = json.loads(answer(request))
        if not reply.get("ok"):
            raise RuntimeError(f"{handler} could not answer {request}: {reply}")
    files = (getattr(module, "__file__", None) or "" for module in list(sys.modules.values()))
    return {path for path in files if path}


def compile_zip(source: str, target: str, prefix: str, compiled: set[str] | None) -> int:
    """Copy the zip `source` to `target`, with each `.py` member whose path is in `compiled`
    (every one when it is None) as bytecode; `prefix` is the zip's place on sys.path (the
    file name tracebacks show). Returns how many were compiled. Entry order and timestamps
    are kept: same input, same bytes."""
    count = 0
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            name = info.filename
            if name.endswith(".py") and (compiled is None or name in compiled):
                code = compile(data, prefix + name, "exec", dont_inherit=True)
                data = importlib._bootstrap_external._code_to_hash_pyc(
                    code, importlib.util.source_hash(data), checked=False
                )
                info.filename += "c"
                count += 1
            new.writestr(info, bytes(data), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return count


def compile_stdlib(source: str, target: str, loaded: set[str]) -> int:
    """The stdlib zip with the modules in `loaded` (files, see loaded_files) compiled."""
    inside = {path.removeprefix(STDLIB_PREFIX) for path in loaded if path.startswith(STDLIB_PREFIX)}
    return compile_zip(source, target, STDLIB_PREFIX, inside)
