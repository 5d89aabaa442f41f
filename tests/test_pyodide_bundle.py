"""The built site ships the whole Python runtime itself, and nothing it does not need."""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import json
import logging
import re
import threading
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_hook(name: str):
    """A site hook module (site_hooks/ is not a package: MkDocs loads hooks by path)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "site_hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pyodide_bundle = _load_hook("pyodide_bundle")
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
WHEELS = {
    "prematch-checker": "prematch_checker-0.1.0-py3-none-any.whl",
    "jinja2": "jinja2-3.1.6-py3-none-any.whl",
    "markupsafe": "markupsafe-3.0.4-py3-none-any.whl",
}
ASSET_SCRIPT = re.compile(r'^\(globalThis\.__PREMATCH_ASSETS \|\|= \{\}\)\[("[^"]+")\] = (.*);\n$')


def read_asset_script(path: Path) -> tuple[str, bytes]:
    """(asset name, original bytes) from one generated asset script."""
    match = ASSET_SCRIPT.match(path.read_text(encoding="ascii"))
    assert match, f"{path.name} is not an asset script"
    name, payload = json.loads(match.group(1)), json.loads(match.group(2))
    if "text" in payload:
        return name, payload["text"].encode()
    if "json" in payload:
        return name, json.dumps(payload["json"]).encode()
    data = base64.b64decode(payload["b64"])
    return name, gzip.decompress(data) if payload["gzip"] else data


@pytest.fixture(scope="module")
def bundle(built_site) -> Path:
    return built_site / "assets" / "pyodide"


def test_runtime_asset_scripts_hold_the_npm_runtime_byte_for_byte(bundle):
    for name in ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide.asm.mjs", "pyodide.mjs"):
        asset_name, data = read_asset_script(bundle / f"{name}.js")
        assert asset_name == name
        assert data == (NPM_PYODIDE / name).read_bytes(), f"{name} differs from the npm file"


def test_lock_lists_exactly_the_three_shipped_wheels_with_their_hashes(bundle):
    lock = json.loads((bundle / "pyodide-lock.json").read_text())
    npm_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text())
    assert lock["info"] == npm_lock["info"]
    assert sorted(lock["packages"]) == sorted(WHEELS)
    for name, entry in lock["packages"].items():
        assert entry["file_name"] == WHEELS[name]
        shipped = (bundle / entry["file_name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(shipped).hexdigest()
    assert set(lock["packages"]["prematch-checker"]["depends"]) == {"jinja2"}
    assert lock["packages"]["jinja2"]["depends"] == ["markupsafe"]


def test_wheel_and_lock_asset_scripts_match_the_shipped_files(bundle):
    for wheel in WHEELS.values():
        assert read_asset_script(bundle / f"{wheel}.js") == (wheel, (bundle / wheel).read_bytes())
    name, data = read_asset_script(bundle / "pyodide-lock.json.js")
    assert name == "pyodide-lock.json"
    assert json.loads(data) == json.loads((bundle / "pyodide-lock.json").read_text())


def test_checker_wheel_carries_the_letter_templates_and_the_browser_api(bundle):
    names = zipfile.ZipFile(bundle / WHEELS["prematch-checker"]).namelist()
    assert "checker/browser_api.py" in names
    for template in (ROOT / "templates").glob("*.j2"):
        assert f"checker/letter_templates/{template.name}" in names
        assert f"checker/letter_templates/{template.stem}.toml" in names


def test_manifest_lists_every_asset_script_with_its_size(bundle):
    text = (bundle / "manifest.js").read_text()
    manifest = json.loads(text.split("=", 1)[1].rstrip().rstrip(";"))
    assert (
        manifest["pyodideVersion"]
        == json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    )
    assert manifest["package"] == "prematch-checker"
    listed = {asset["script"]: asset["bytes"] for asset in manifest["assets"]}
    on_disk = {p.name: p.stat().st_size for p in bundle.glob("*.js") if p.name != "manifest.js"}
    assert listed == on_disk
    assert "python-worker.mjs.js" in listed


def test_only_runtime_files_are_shipped(built_site, bundle):
    expected = {"manifest.js", "pyodide-lock.json", *WHEELS.values()}
    expected |= {f"{name}.js" for name in (*pyodide_bundle.RUNTIME_FILES, *WHEELS.values())}
    expected |= {"pyodide-lock.json.js", "python-worker.mjs.js"}
    assert {p.name for p in bundle.iterdir()} == expected
    # The worker's source is shipped only as an asset script (pages never load it directly).
    assert not (built_site / pyodide_bundle.WORKER_SOURCE).exists()
    for pattern in ("console*.html", "*.d.ts", "pyodide*.map", "pyodide.js"):
        assert not list(built_site.rglob(pattern)), f"{pattern} must not be shipped"


def test_an_unchanged_rebuild_reuses_every_cached_part(tmp_path, caplog):
    config = {"site_dir": str(tmp_path / "a"), "docs_dir": str(ROOT / "docs")}
    pyodide_bundle.on_post_build(config)  # fills the cache if the sources just changed
    wheel_times = {p: p.stat().st_mtime_ns for p in pyodide_bundle.CACHE.rglob("*.whl")}
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.pyodide_bundle"):
        pyodide_bundle.on_post_build({**config, "site_dir": str(tmp_path / "b")})
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 3
    assert all(message.startswith("pyodide bundle: reused ") for message in messages)
    assert {p: p.stat().st_mtime_ns for p in pyodide_bundle.CACHE.rglob("*.whl")} == wheel_times
    first, second = (tmp_path / "a" / "assets/pyodide", tmp_path / "b" / "assets/pyodide")
    assert sorted(p.name for p in first.iterdir()) == sorted(p.name for p in second.iterdir())


def test_concurrent_builds_of_one_cache_entry_both_get_the_complete_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(pyodide_bundle, "CACHE", tmp_path)

    def slow_build(folder: Path) -> None:
        (folder / "part-1").write_text("one")
        time.sleep(0.2)  # long enough for the other build to start meanwhile
        (folder / "part-2").write_text("two")

    results = []
    threads = [
        threading.Thread(target=lambda: results.append(pyodide_bundle._cached("x", slow_build)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [tmp_path / "x", tmp_path / "x"]
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["part-1", "part-2"]
    assert [p.name for p in tmp_path.iterdir()] == ["x"], "no temporary folder may be left"


def test_a_mismatched_runtime_version_stops_the_build(monkeypatch, tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"pyodide": "0.0.1"}}))
    monkeypatch.setattr(pyodide_bundle, "ROOT", tmp_path)
    with pytest.raises(RuntimeError, match=r"pins 0\.0\.1"):
        pyodide_bundle._runtime_version()
