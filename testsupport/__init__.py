"""What the tests (tests/) and the benchmarks (bench/) share: the site build, a local web
server, the Chromium launch, a logged browser page and the wait for Python in it.

Plain functions and context managers, no pytest: tests/conftest.py turns them into
fixtures and bench/ uses them directly.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
