"""Run every benchmark and print one table: `python -m bench` (what `make bench` runs).

python -m bench               # every benchmark, medians of 5 runs
python -m bench --runs 7      # more runs per median
python -m bench --only transfer browser_startup
python -m bench --runs 2 --only browser_tasks --site site   # a quick draft while developing
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import platform
import sys
import tempfile
import traceback
from pathlib import Path

from bench import ROOT, BenchContext, row
from bench.table import format_table
from testsupport.chromium import chromium

# In run order: the site build comes first because the browser benchmarks use its output.
MODULES = (
    "site_build",
    "transfer",
    "browser_startup",
    "browser_tasks",
    "first_paint",
    "lint_cpython",
)
NEEDS_BROWSER = {"transfer", "browser_startup", "browser_tasks", "first_paint"}


def pyodide_version() -> str:
    package = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())
    return package["version"]


def run_module(name: str, context: BenchContext) -> list[dict]:
    """Rows of one benchmark module; a failure becomes a row saying so, not a lost table."""
    try:
        module = importlib.import_module(f"bench.{name}")
        return module.run() if name == "lint_cpython" else module.run(context)
    except Exception as error:  # report it and go on with the other benchmarks
        traceback.print_exc()
        first_line = (str(error).splitlines() or [""])[0]
        return [row(name, None, "", note=f"FAILED: {type(error).__name__}: {first_line}")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="runs behind each median (5 or more for a table)"
    )
    parser.add_argument("--only", nargs="+", choices=MODULES, help="run only these benchmarks")
    parser.add_argument(
        "--site", type=Path, help="measure this built site instead of building one (quicker)"
    )
    args = parser.parse_args(argv)
    names = [name for name in MODULES if not args.only or name in args.only]
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    # Fewer runs make a quick check while developing, never a table to keep.
    draft = "" if args.runs >= 5 else " | DRAFT: fewer than 5 runs, do not publish"
    os.environ["NO_MKDOCS_2_WARNING"] = "1"

    rows: list[dict] = []
    load_at_start = os.getloadavg()[0]  # other work on the machine skews every timing
    with tempfile.TemporaryDirectory(prefix="prematch-bench-") as workdir, chromium() as browser:
        context = BenchContext(
            runs=args.runs, workdir=Path(workdir), site_dir=args.site, browser=browser
        )
        if NEEDS_BROWSER.intersection(names) and "site_build" not in names and not args.site:
            names.insert(0, "site_build")  # the browser benchmarks need a fresh build
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            if name in NEEDS_BROWSER and context.site_dir is None:
                rows.append(row(name, None, "", note="skipped: the site did not build"))
                continue
            rows.extend(run_module(name, context))
        header = [
            "Pre-Match Guide benchmarks, "
            + datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            f"CPUs: {os.cpu_count()} (load average {load_at_start:.1f} at start, "
            f"{os.getloadavg()[0]:.1f} at end) | "
            f"browser: Chromium {browser.version} (headless) | "
            f"Pyodide {pyodide_version()} | CPython {platform.python_version()} | "
            f"medians of {args.runs} runs{draft}",
        ]
    print(format_table(rows, header))
    return 0


if __name__ == "__main__":
    sys.exit(main())
