"""Ship the in-browser Python runtime (Pyodide + the checker wheel) inside the built site.

Over http, docs/assets/js/python-client.js starts python-worker.mjs as a worker and
Pyodide fetches its files from assets/pyodide/ as they are (the wasm then compiles while
it downloads and is cached compiled). A downloaded copy of the site is opened from
file://, where Chromium blocks fetch(), module imports and workers of disk files; classic
<script src> still works there. So every runtime file also becomes one or more classic
"asset scripts", each a single call `__PREMATCH_ASSET({...})` handing over a piece of the
file (base64, gzipped when that helps). Big files are cut into pieces so that parsing one
script never blocks the page for long. The offline zip keeps only the asset scripts
(offline_archive.py), the service worker only the files (service_worker.py).

Site layout (assets/pyodide/):
  pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm   the runtime, as npm ships it (http)
  python_stdlib.zip     npm's, with the modules the pages load byte-compiled
                        (pyodide_bytecode.py: Python's start then compiles nothing)
  pyodide-lock.json     the lock file written by pyodide-build, trimmed to our wheels
  *.whl                 the wheels that lock file lists, byte-compiled the same way
  manifest.js           which asset scripts to load, with their sizes (progress bar)
  <name>[.<n>].js       the asset scripts (a numbered series for big files)

A page-only package (PAGE_PACKAGES) is loaded only by pages that name it in their front
matter (`python_packages: [tzdata]`), so the other pages do not pay for its bytes.

Wheels and asset scripts are cached in .cache/pyodide-bundle/ under a hash of their
inputs, so an unchanged rebuild (or `mkdocs serve` reload) rebuilds nothing. Building the
wheels and their lock file is site_hooks/pyodide_wheels.py's job.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

# MkDocs puts the hook's folder on sys.path while it loads the hook.
import pyodide_wheels

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "pyodide-bundle"
RUNTIME_DIR = ROOT / "node_modules" / "pyodide"
SITE_SUBDIR = "assets/pyodide"
# The worker's source: a page file (http) and an asset script (file://).
WORKER_SOURCE = "assets/js/python-worker.mjs"
CHECKER_PACKAGE = pyodide_wheels.CHECKER_PACKAGE
# Packages a page loads only when its front matter lists them under `python_packages`:
# tzdata, the zone database, is for the Planner's interview times (about 0.5 MB); Jinja2
# and its markupsafe fill the letter pages' templates.
PAGE_PACKAGES = ("tzdata", "jinja2", "markupsafe")
# Core runtime files and whether gzip pays off.
RUNTIME_FILES = {"pyodide.mjs": True, "pyodide.asm.mjs": True, "pyodide.asm.wasm": True}
# The stdlib, with the modules the site's Python loads byte-compiled (pyodide_bytecode.py);
# not gzipped: the zip is deflated already.
STDLIB = "python_stdlib.zip"
BYTECODE_RUNNER = Path(__file__).with_name("pyodide_bytecode.mjs")
# What the pages' Python imports: the browser entry point and the modules of its methods
# (a page's front matter `python_imports` names those it imports before it is ready).
IMPORTED_MODULES = ("checker.browser_api", "checker.browser_checks", "checker.browser_letters")
# The pages' first calls: the modules they load on the way are byte-compiled too.
FIRST_CALLS = (
    {"method": "vocabulary"},
    {"method": "lint", "params": {"text": "Dear Dr. Smith, I will rank your program first."}},
    {"method": "policies"},
    {"method": "template", "params": {"id": "thank-you-coordinator"}},
)
# Where python-worker.mjs puts the wheels in Python's file system (on sys.path as they are),
# read from its own `const WHEEL_DIR = "...";` line, the one place it is written: the wheels
# are byte-compiled in that folder (pyodide_bytecode.mjs), as the browser will import them.
WHEEL_DIR_LINE = re.compile(r'^const WHEEL_DIR = "([^"]+)";$', re.MULTILINE)
ASSET_CALLBACK = "__PREMATCH_ASSET"
# Base64 characters per asset script (a multiple of 4, so each piece decodes on its own):
# small enough that running one script or copying it to the worker is a short task.
PIECE_CHARS = 1 << 19
# Asset scripts load in this order, the rest after them: the worker's own source, then what
# Pyodide needs before it asks for the wasm, then the wasm, whose compile then overlaps
# with loading the rest.
FIRST_ASSETS = ("python-worker.mjs", "pyodide-lock.json", "pyodide.mjs", "pyodide.asm.mjs")
WASM = "pyodide.asm.wasm"
MANIFEST_GLOBAL = "__PREMATCH_PYODIDE_MANIFEST"
# An asset script's name is its file's name plus an optional piece number and ".js".
ASSET_NAME = re.compile(r"(\.\d+)?\.js$")

log = logging.getLogger("mkdocs.hooks.pyodide_bundle")


# --- inputs -------------------------------------------------------------------------------


def _runtime_version() -> str:
    """The npm Pyodide version, checked against package.json and the expected file layout."""
    wanted = json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    package_json = RUNTIME_DIR / "package.json"
    if not package_json.is_file():
        raise FileNotFoundError(f"{package_json} is missing: run `make node_modules`")
    installed = json.loads(package_json.read_text())["version"]
    if installed != wanted:
        raise RuntimeError(
            f"node_modules has pyodide {installed} but package.json pins {wanted}: "
            "run `make node_modules`"
        )
    expected = [*RUNTIME_FILES, STDLIB, "pyodide-lock.json"]
    missing = [n for n in expected if not (RUNTIME_DIR / n).is_file()]
    if missing:
        raise RuntimeError(f"pyodide {installed} layout changed, missing: {', '.join(missing)}")
    # python-worker.mjs relies on these loadPyodide options and the memory-copy API (the
    # latter lives in pyodide.asm.mjs); fail here, not in the browser.
    relied_on = {
        "pyodide.mjs": (
            "createPyodideModule",
            "lockFileContents",
            "packageBaseUrl",
            "_loadSnapshot",
        ),
        "pyodide.asm.mjs": ("_makeSnapshot", "makeMemorySnapshot"),
    }
    for name, words in relied_on.items():
        text = (RUNTIME_DIR / name).read_text(encoding="utf-8")
        for word in words:
            if word not in text:
                raise RuntimeError(f"pyodide {installed}: {name} no longer knows {word!r}")
    return installed


def _digest(*parts: str | bytes | Path) -> str:
    """A short hash of the given strings, bytes and file contents (with their paths)."""
    hasher = hashlib.sha256()
    for part in (Path(__file__), Path(pyodide_wheels.__file__), *parts):
        if isinstance(part, Path):
            hasher.update(str(part.relative_to(ROOT)).encode())
            part = part.read_bytes()
        hasher.update(part.encode() if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()[:16]


# --- cache ---------------------------------------------------------------------------------


def _cached(name: str, build: Callable[[Path], None]) -> Path:
    """The folder .cache/pyodide-bundle/<name>, built by `build(folder)` only when missing.

    Builds go to a temporary folder that is renamed into place, so concurrent builds never
    see a half-written folder; the loser of a race throws its copy away.
    """
    final = CACHE / name
    if final.is_dir():
        log.info("pyodide bundle: reused %s", name)
        return final
    CACHE.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{name}.tmp-", dir=CACHE))
    try:
        build(work)
        try:
            work.rename(final)
        except OSError:
            if not final.is_dir():
                raise
        log.info("pyodide bundle: built %s", name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return final


# --- builders ------------------------------------------------------------------------------


def wheel_dir(worker_source: str) -> str:
    """The folder the worker (its source text) puts the wheels in."""
    found = WHEEL_DIR_LINE.search(worker_source)
    if found is None:
        raise RuntimeError(f"{WORKER_SOURCE} no longer says where it puts the wheels (WHEEL_DIR)")
    return found[1]


def _build_packages(out: Path, dependencies: Path, wheels_at: str) -> None:
    """Checker + dependency wheels and the stdlib, byte-compiled for the worker's wheel
    folder `wheels_at`; their lock file and their asset scripts."""
    for wheel in dependencies.glob("*.whl"):
        shutil.copyfile(wheel, out / wheel.name)
    pyodide_wheels.build_checker_wheel(out)
    wheels = sorted(out.glob("*.whl"))
    _byte_compile(out, wheels, wheels_at)
    pyodide_wheels.write_lock(wheels, out, RUNTIME_DIR / "pyodide-lock.json")
    lock = json.loads((out / "pyodide-lock.json").read_text())
    _write_asset_script(out, {"name": "pyodide-lock.json", "json": lock})
    for name in (*(wheel.name for wheel in wheels), STDLIB):
        _write_binary_asset_scripts(out, name, (out / name).read_bytes(), gzipped=False)


def _build_runtime_assets(out: Path) -> None:
    for name, gzipped in RUNTIME_FILES.items():
        shutil.copyfile(RUNTIME_DIR / name, out / name)
        _write_binary_asset_scripts(out, name, (RUNTIME_DIR / name).read_bytes(), gzipped)


def _byte_compile(out: Path, wheels: list[Path], wheels_at: str) -> None:
    """Replace the wheels in `out` by byte-compiled ones and write the stdlib zip beside
    them, compiled as far as the pages load it (pyodide_bytecode.py, run under Node)."""
    if shutil.which("node") is None:
        raise RuntimeError("node is needed to byte-compile Python: run `make node_modules`")
    plan = {
        "wheelDir": wheels_at,
        "modules": IMPORTED_MODULES,
        "handler": "checker.browser_api:handle",
        "requests": [json.dumps(call) for call in FIRST_CALLS],
    }
    command = ["node", str(BYTECODE_RUNNER), str(RUNTIME_DIR), str(out), json.dumps(plan)]
    result = subprocess.run([*command, *map(str, wheels)], capture_output=True, text=True)
    if result.returncode != 0:
        # Node prints the line of the minified runtime that threw first: keep the end.
        raise RuntimeError(f"byte-compiling Python failed:\n{result.stderr[-3000:]}")
    log.info("pyodide bundle: %s", result.stdout.strip())


# --- asset scripts -------------------------------------------------------------------------


def _write_binary_asset_scripts(folder: Path, name: str, data: bytes, gzipped: bool) -> None:
    if gzipped:
        data = gzip.compress(data, compresslevel=9, mtime=0)
    text = base64.b64encode(data).decode("ascii")
    pieces = [text[i : i + PIECE_CHARS] for i in range(0, len(text), PIECE_CHARS)] or [""]
    for index, piece in enumerate(pieces):
        script_name = name if len(pieces) == 1 else f"{name}.{index}"
        _write_asset_script(
            folder,
            {"name": name, "part": index, "parts": len(pieces), "gzip": gzipped, "b64": piece},
            script_name,
        )


def _write_asset_script(folder: Path, piece: dict, script_name: str | None = None) -> None:
    # ensure_ascii keeps the script pure ASCII: no charset surprises from file://.
    body = json.dumps(piece, separators=(",", ":"), ensure_ascii=True)
    script = f"{ASSET_CALLBACK}({body});\n"
    (folder / f"{script_name or piece['name']}.js").write_text(script, encoding="ascii")


def _load_order(script: Path) -> tuple[int, str]:
    """Sort key of an asset script: FIRST_ASSETS, then the wasm's pieces, then the rest."""
    name = ASSET_NAME.sub("", script.name)
    part = re.search(r"\.(\d+)\.js$", script.name)
    rank = FIRST_ASSETS.index(name) if name in FIRST_ASSETS else len(FIRST_ASSETS) + (name != WASM)
    return rank, f"{name}.{int(part.group(1)) if part else 0:04d}"


def _write_manifest(target: Path, version: str, build: str) -> None:
    """manifest.js: the asset scripts to load, in the order they are best loaded; a
    page-only package's scripts carry its name, so other pages can leave them out. `build`
    names this build's runtime, stdlib, wheels and worker: a reader's browser restores a
    saved copy of Python's memory only for the same build (python-snapshot.mjs)."""
    lock = json.loads((target / "pyodide-lock.json").read_text())
    page_only = {lock["packages"][name]["file_name"]: name for name in PAGE_PACKAGES}
    scripts = sorted((p for p in target.glob("*.js") if p.name != "manifest.js"), key=_load_order)
    assets = []
    for script in scripts:
        asset = {"script": script.name, "bytes": script.stat().st_size}
        package = page_only.get(ASSET_NAME.sub("", script.name))
        assets.append(asset | ({"package": package} if package else {}))
    manifest = {
        "pyodideVersion": version,
        "build": build,
        "package": CHECKER_PACKAGE,
        "assets": assets,
    }
    (target / "manifest.js").write_text(
        f"globalThis.{MANIFEST_GLOBAL} = {json.dumps(manifest, indent=1)};\n", encoding="ascii"
    )


# --- MkDocs events -------------------------------------------------------------------------


def on_page_markdown(markdown, page, **kwargs):
    """A page may ask only for a package the bundle ships as page-only, and import only
    modules of checker.browser_api's methods."""
    unknown = set(page.meta.get("python_packages") or ()) - set(PAGE_PACKAGES)
    if unknown:
        raise ValueError(
            f"{page.file.src_uri}: python_packages lists {sorted(unknown)}; "
            f"the site ships {list(PAGE_PACKAGES)}"
        )
    method_modules = set(IMPORTED_MODULES) - {"checker.browser_api"}
    unknown = set(page.meta.get("python_imports") or ()) - method_modules
    if unknown:
        raise ValueError(
            f"{page.file.src_uri}: python_imports lists {sorted(unknown)}; "
            f"checker.browser_api's methods live in {sorted(method_modules)}"
        )
    return markdown


def on_post_build(config, **kwargs):
    version = _runtime_version()
    worker_source = (Path(config["docs_dir"]) / WORKER_SOURCE).read_text(encoding="utf-8")
    wheels_at = wheel_dir(worker_source)
    runtime = _cached(f"runtime-{version}-{_digest(version)}", _build_runtime_assets)
    dependency_versions = " ".join(
        f"{name}=={pyodide_wheels.pinned_version(name)}"
        for name in ("jinja2", "markupsafe", *PAGE_PACKAGES)
    )
    dependencies = _cached(
        f"deps-{_digest(dependency_versions)}", pyodide_wheels.build_dependency_wheels
    )
    inputs = (
        *pyodide_wheels.checker_sources(),
        BYTECODE_RUNNER,
        BYTECODE_RUNNER.with_suffix(".py"),
    )
    packages = _cached(
        f"packages-{_digest(version, dependency_versions, wheels_at, *inputs)}",
        lambda out: _build_packages(out, dependencies, wheels_at),
    )

    target = Path(config["site_dir"]) / SITE_SUBDIR
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for folder in (runtime, packages):
        for path in folder.iterdir():
            shutil.copyfile(path, target / path.name)
    _write_asset_script(target, {"name": "python-worker.mjs", "text": worker_source})
    build = _digest(runtime.name, packages.name, worker_source)
    _write_manifest(target, version, build)
