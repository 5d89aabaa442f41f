"""Building the site with `mkdocs build --strict`, from this tree or from a copy of it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from testsupport import ROOT

# Large installed folders are linked into a copy of the tree, not copied.
LINKED = (".venv", "node_modules")


class SiteBuildError(RuntimeError):
    """The strict build failed; the message holds mkdocs' own output."""


def build_site(site_dir: Path, project: Path = ROOT, env: dict | None = None) -> str:
    """Build `project` into `site_dir`; returns mkdocs' log (it writes it to stderr).
    `env` adds to the environment. Raises SiteBuildError with the log when the build fails."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
    if result.returncode != 0:
        raise SiteBuildError(f"strict build of {project} failed:\n{result.stdout}{result.stderr}")
    return result.stderr


def timed_build(site_dir: Path, project: Path = ROOT) -> float:
    """Seconds one strict build takes."""
    started = time.perf_counter()
    build_site(site_dir, project)
    return time.perf_counter() - started


def copy_working_tree(destination: Path) -> Path:
    """Copy the files git tracks or would track (ignored files left out) into destination,
    so a build there sees this tree without touching its `.cache/` and `site/`."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for relative in filter(None, listing.split("\0")):
        source = ROOT / relative
        if not source.is_file():  # deleted in the working tree but still in the index
            continue
        target = destination / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    for name in LINKED:
        (destination / name).symlink_to(ROOT / name)
    return destination
