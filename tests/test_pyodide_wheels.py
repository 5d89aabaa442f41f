"""The wheels the in-browser Python installs (site_hooks/pyodide_wheels.py): the same
versions as the command line, and the same bytes on every build."""

from __future__ import annotations

import zipfile
from importlib.metadata import version

import pytest

from testsupport import ROOT
from testsupport.hooks import load_hook

pyodide_wheels = load_hook("pyodide_wheels")


def test_the_browser_gets_the_jinja2_markupsafe_and_tzdata_the_command_line_uses():
    for package in ("jinja2", "MarkupSafe", "tzdata"):
        assert pyodide_wheels.pinned_version(package) == version(package)
    with pytest.raises(RuntimeError, match="no-such-package is not pinned"):
        pyodide_wheels.pinned_version("no-such-package")


def test_the_checker_wheel_is_the_same_bytes_on_every_build(tmp_path):
    wheels = []
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        pyodide_wheels.build_checker_wheel(tmp_path / name)
        (wheel,) = (tmp_path / name).glob("*.whl")
        wheels.append(wheel)
    assert wheels[0].name == wheels[1].name
    assert wheels[0].read_bytes() == wheels[1].read_bytes()
    names = zipfile.ZipFile(wheels[0]).namelist()
    for template in (ROOT / "templates").glob("*.toml"):
        assert f"checker/letter_templates/{template.name}" in names
