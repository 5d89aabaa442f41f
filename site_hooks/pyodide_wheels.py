"""Building the wheels the in-browser Python installs, and their Pyodide lock file.

Plain functions, called by the site hook site_hooks/pyodide_bundle.py (which caches what
they build) and by the tests:

- the checker wheel, from the checker package (without the model's training tools) and the
  letter templates;
- pure jinja2 and markupsafe wheels at the versions pinned in requirements.lock;
- the pure tzdata wheel pinned there (the IANA zone database zoneinfo reads where the
  system has none, as in the browser), which only the Planner page loads;
- pyodide-lock.json listing exactly those wheels (the checker's own entry lists no
  dependencies: Jinja2 is page-only, for the letter pages).

Wheels get a fixed timestamp, so they (and the offline zip) are the same bytes on every
machine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKER_PACKAGE = "prematch-checker"
# 1980-01-01, the zip format's floor.
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "315532800"}
# A wheel for any Python 3 on any platform (tzdata's is tagged py2.py3).
PURE_WHEEL = re.compile(r"-(py2\.)?py3-none-any\.whl$")


def pinned_version(package: str) -> str:
    """The version of `package` pinned in requirements.lock (what the site's Python uses)."""
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        name, sep, version = line.partition("==")
        if sep and name.strip().lower() == package.lower():
            return version.strip()
    raise RuntimeError(f"{package} is not pinned in requirements.lock")


# Developers' tools (`make model`, `python -m checker.model.unseen`) and their data: the
# browser never runs them, so its wheel leaves them out (the command line keeps them).
DEV_ONLY = frozenset(
    ROOT / "checker" / "model" / name for name in ("train.py", "unseen.py", "training.jsonl")
)


def checker_sources() -> list[Path]:
    """Every file that goes into the checker wheel."""
    files = [ROOT / "pyproject.toml", ROOT / "README.md"]
    for folder in ("checker", "templates"):
        files += sorted(
            p
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p not in DEV_ONLY
        )
    return files


def pip(*args: str, cwd: Path, env: dict | None = None) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    if result.returncode != 0:
        raise RuntimeError(f"pip {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def only_wheel(folder: Path, prefix: str) -> Path:
    wheels = list(folder.glob(f"{prefix}-*.whl"))
    if len(wheels) != 1 or not PURE_WHEEL.search(wheels[0].name):
        raise RuntimeError(f"expected one pure {prefix} wheel in {folder}, found {wheels}")
    return wheels[0]


# --- builders ------------------------------------------------------------------------------


def build_dependency_wheels(out: Path) -> None:
    """Pure jinja2, markupsafe and tzdata wheels at the versions the CLI uses."""
    for package in ("jinja2", "tzdata"):
        pinned = f"{package}=={pinned_version(package)}"
        pip("download", pinned, "--no-deps", "--only-binary=:all:", "-d", ".", cwd=out)
    markupsafe = pinned_version("markupsafe")
    # markupsafe has no pure wheel on PyPI; without a C compiler its sdist builds one.
    pip(
        "wheel",
        f"markupsafe=={markupsafe}",
        "--no-deps",
        "--no-binary=:all:",
        "--no-cache-dir",  # a wheel pip built earlier would carry that build's timestamps
        "-w",
        ".",
        cwd=out,
        env={"CC": "false", **REPRODUCIBLE},
    )
    for package in ("jinja2", "markupsafe", "tzdata"):
        only_wheel(out, package)


def build_checker_wheel(out: Path) -> None:
    """The checker wheel, built from a private copy so parallel builds share no build/ dir."""
    with tempfile.TemporaryDirectory(prefix="checker-src-") as source:
        source_dir = Path(source)
        for path in checker_sources():
            target = source_dir / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        wheel = ["wheel", "--no-deps", "--no-build-isolation", "-w", str(out), "."]
        pip(*wheel, cwd=source_dir, env=REPRODUCIBLE)
    only_wheel(out, "prematch_checker")


def write_lock(wheels: list[Path], out: Path, npm_lock: Path) -> None:
    """pyodide-lock.json listing exactly our wheels (the npm lock's other entries point at a
    CDN the site must never reach, so they are dropped)."""
    full_lock = out / "pyodide-lock.full.json"
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "pyodide"),
            "lockfile",
            "add-wheels",
            "--input",
            str(npm_lock),
            "--output",
            str(full_lock),
            "--base-path",
            str(out),
            *map(str, wheels),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"pyodide lockfile add-wheels failed:\n{result.stdout}{result.stderr}")
    lock = json.loads(full_lock.read_text())
    shipped = {w.name for w in wheels}
    packages = {k: v for k, v in lock["packages"].items() if v["file_name"] in shipped}
    if len(packages) != len(wheels):
        raise RuntimeError(f"lock file lists {sorted(packages)} for wheels {sorted(shipped)}")
    # Jinja2 is a page-only package (python_packages in a page's front matter): the
    # Checker does not load it, only the letter pages do.
    packages[CHECKER_PACKAGE]["depends"] = []
    full_lock.unlink()
    (out / "pyodide-lock.json").write_text(json.dumps({"info": lock["info"], "packages": packages}))
