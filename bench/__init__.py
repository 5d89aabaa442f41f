"""Benchmarks for the Pre-Match Guide: `make bench` runs `python -m bench`.

Every benchmark module returns rows (plain dicts with the keys in ROW_KEYS) so that
bench/__main__.py can print one table. A row compares its value with a baseline
measured in the same run whenever there is one.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ROW_KEYS = ("benchmark", "value", "unit", "baseline", "baseline_value", "ratio", "target", "note")


@dataclass
class BenchContext:
    """What the benchmark modules share during one `python -m bench` run."""

    runs: int  # repetitions behind every median
    workdir: Path  # a temporary folder removed at the end of the run
    site_dir: Path | None = None  # the site built by bench.site_build
    browser: Any = None  # a Playwright Chromium browser


def row(
    benchmark: str,
    value: float | None,
    unit: str,
    *,
    baseline: str = "",
    baseline_value: float | None = None,
    target: str = "",
    note: str = "",
) -> dict:
    """One table row; the ratio is computed here so every module computes it the same way."""
    ratio = None
    if value is not None and baseline_value:
        ratio = value / baseline_value
    return {
        "benchmark": benchmark,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "ratio": ratio,
        "target": target,
        "note": note,
    }


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile (an observed value, never an interpolation)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
