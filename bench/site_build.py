"""Cold and warm `mkdocs build` times, measured on a private copy of the working tree.

The copy keeps the shared `.cache/` and `site/` of the working tree untouched while other
people build: a cold build clears the copy's own cache and writes to a fresh folder.
"""

from __future__ import annotations

import shutil

from bench import BenchContext, median, row
from testsupport.site import copy_working_tree, timed_build


def run(context: BenchContext) -> list[dict]:
    project = copy_working_tree(context.workdir / "project")
    cold, warm = [], []
    for attempt in range(context.runs):
        shutil.rmtree(project / ".cache", ignore_errors=True)
        cold.append(timed_build(context.workdir / f"cold-site-{attempt}", project))
    site_dir = context.workdir / f"cold-site-{context.runs - 1}"
    for _ in range(context.runs):
        warm.append(timed_build(site_dir, project))
    context.site_dir = site_dir
    cold_median = median(cold)
    versus_cold = {"baseline": "cold build", "baseline_value": cold_median, "target": "< 10 s"}
    return [
        row("site build, cold (no .cache, new folder)", cold_median, "s"),
        row("site build, warm (nothing changed)", median(warm), "s", **versus_cold),
    ]
