"""Cold and warm `mkdocs build` times, measured on a private copy of the working tree.

The copy keeps the shared `.cache/` and `site/` of the working tree untouched while other
people build: a cold build clears the copy's own cache and writes to a fresh folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import ROOT, BenchContext, median, row

# Large installed folders are linked into the copy, not copied.
LINKED = (".venv", "node_modules")


def copy_working_tree(destination: Path) -> Path:
    """Copy the files git tracks or would track (ignored files left out) into destination."""
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


def build(project: Path, site_dir: Path) -> float:
    """Seconds for one strict build; raises with mkdocs' output when the build fails."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
        raise RuntimeError(f"mkdocs build failed: {' / '.join(errors) or result.stderr[-2000:]}")
    return elapsed


def run(context: BenchContext) -> list[dict]:
    project = copy_working_tree(context.workdir / "project")
    cold, warm = [], []
    for attempt in range(context.runs):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        cold.append(build(project, context.workdir / f"cold-site-{attempt}"))
    site_dir = context.workdir / f"cold-site-{context.runs - 1}"
    for _ in range(context.runs):
        warm.append(build(project, site_dir))
    context.site_dir = site_dir
    cold_median = median(cold)
    return [
        row("site build, cold (no .cache, new folder)", cold_median, "s"),
        row(
            "site build, warm (nothing changed)",
            median(warm),
            "s",
            baseline="cold build",
            baseline_value=cold_median,
            target="< 10 s",
        ),
    ]
