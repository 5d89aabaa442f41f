"""The built site ships the whole Python runtime itself, and nothing it does not need."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import logging
import re
import threading
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from testsupport.hooks import load_hook

ROOT = Path(__file__).resolve().parent.parent


pyodide_bundle = load_hook("pyodide_bundle")
NPM_PYODIDE = ROOT / "node_modules" / "pyodide"
WHEELS = {
    "prematch-checker": "prematch_checker-0.1.0-py3-none-any.whl",
    "jinja2": "jinja2-3.1.6-py3-none-any.whl",
    "markupsafe": "markupsafe-3.0.4-py3-none-any.whl",
    "tzdata": "tzdata-2026.6-py2.py3-none-any.whl",
}
ASSET_SCRIPT = re.compile(r"^__PREMATCH_ASSET\((\{.*\})\);\n$")


def read_manifest(bundle: Path) -> dict:
    text = (bundle / "manifest.js").read_text()
    return json.loads(text.split("=", 1)[1].rstrip().rstrip(";"))


def read_assets(bundle: Path) -> dict[str, bytes]:
    """{asset name: original bytes} rebuilt from all generated asset scripts."""
    texts, pieces = {}, {}
    for script in sorted(bundle.glob("*.js")):
        if script.name == "manifest.js":
            continue
        match = ASSET_SCRIPT.match(script.read_text(encoding="ascii"))
        assert match, f"{script.name} is not an asset script"
        piece = json.loads(match.group(1))
        if "text" in piece:
            texts[piece["name"]] = piece["text"].encode()
        elif "json" in piece:
            texts[piece["name"]] = json.dumps(piece["json"]).encode()
        else:
            pieces.setdefault(piece["name"], {})[piece["part"]] = piece
    for name, parts in pieces.items():
        count = next(iter(parts.values()))["parts"]
        assert sorted(parts) == list(range(count)), f"{name}: pieces missing"
        data = b"".join(base64.b64decode(parts[i]["b64"]) for i in range(count))
        texts[name] = gzip.decompress(data) if parts[0]["gzip"] else data
    return texts


@pytest.fixture(scope="module")
def bundle(built_site) -> Path:
    return built_site / "assets" / "pyodide"


@pytest.fixture(scope="module")
def assets(bundle) -> dict[str, bytes]:
    return read_assets(bundle)


def test_runtime_asset_scripts_hold_the_npm_runtime_byte_for_byte(assets, bundle):
    for name in pyodide_bundle.RUNTIME_FILES:
        assert assets[name] == (NPM_PYODIDE / name).read_bytes(), f"{name} differs from npm's"
    stdlib = pyodide_bundle.STDLIB
    assert assets[stdlib] == (bundle / stdlib).read_bytes(), "file:// and http differ"


def test_the_stdlib_is_npms_with_the_modules_python_imports_compiled(bundle):
    npm = zipfile.ZipFile(NPM_PYODIDE / pyodide_bundle.STDLIB)
    ours = zipfile.ZipFile(bundle / pyodide_bundle.STDLIB)
    compiled = {name.removesuffix("c") for name in ours.namelist() if name.endswith(".pyc")}
    sources = {name for name in ours.namelist() if not name.endswith(".pyc")}
    assert sources | compiled == set(npm.namelist()) and not sources & compiled
    for name in sources:
        assert ours.read(name) == npm.read(name), name
    # What Python's start and the checker import (not the whole library: bytes).
    assert {"re/__init__.py", "json/__init__.py", "dataclasses.py", "tomllib/__init__.py"} <= (
        compiled
    )
    assert len(compiled) < len([name for name in npm.namelist() if name.endswith(".py")]) / 2
    headers = {ours.read(name + "c")[:8] for name in compiled}
    (header,) = headers  # one Python's magic number for all
    assert int.from_bytes(header[4:8], "little") == 0b01  # hash-based, never checked


def test_the_wheels_hold_bytecode_of_the_same_python_and_their_data_files(bundle):
    """zipimport reads them as they are: a source module would be compiled twice there."""
    header = zipfile.ZipFile(bundle / pyodide_bundle.STDLIB).read("re/__init__.pyc")[:16]
    for wheel in WHEELS.values():
        names = zipfile.ZipFile(bundle / wheel).namelist()
        assert not [name for name in names if name.endswith(".py")], wheel
        for name in (name for name in names if name.endswith(".pyc")):
            assert zipfile.ZipFile(bundle / wheel).read(name)[:8] == header[:8], name
    checker = set(zipfile.ZipFile(bundle / WHEELS["prematch-checker"]).namelist())
    assert {"checker/lint.pyc", "checker/model/weights.json", "checker/policies.toml"} <= checker


def test_the_bytecode_names_its_files_where_the_worker_puts_the_wheels(bundle):
    """The worker's WHEEL_DIR is the one place that folder is written: the wheels are
    compiled there, so a traceback in the browser names the file Python really read."""
    worker = (ROOT / "docs" / pyodide_bundle.WORKER_SOURCE).read_text(encoding="utf-8")
    folder = pyodide_bundle.wheel_dir(worker)
    wheel = WHEELS["prematch-checker"]
    compiled = zipfile.ZipFile(bundle / wheel).read("checker/lint.pyc")
    assert f"{folder}/{wheel}/checker/lint.py".encode() in compiled
    with pytest.raises(RuntimeError, match="no longer says where it puts the wheels"):
        pyodide_bundle.wheel_dir(worker.replace("const WHEEL_DIR =", "const WHEELS ="))


def test_no_asset_script_is_big_enough_to_block_the_page(bundle):
    sizes = [p.stat().st_size for p in bundle.glob("*.js")]
    assert max(sizes) <= pyodide_bundle.PIECE_CHARS + 200


def test_lock_lists_exactly_the_four_shipped_wheels_with_their_hashes(bundle):
    lock = json.loads((bundle / "pyodide-lock.json").read_text())
    npm_lock = json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text())
    assert lock["info"] == npm_lock["info"]
    assert sorted(lock["packages"]) == sorted(WHEELS)
    for name, entry in lock["packages"].items():
        assert entry["file_name"] == WHEELS[name]
        shipped = (bundle / entry["file_name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(shipped).hexdigest()
    # Pages name the wheels they load: the Checker page does without Jinja2.
    assert lock["packages"]["prematch-checker"]["depends"] == []
    assert lock["packages"]["jinja2"]["depends"] == ["markupsafe"]
    assert lock["packages"]["tzdata"]["depends"] == []  # nothing else pulls the zone data in


def test_wheel_lock_and_worker_asset_scripts_match_their_sources(bundle, assets):
    for wheel in WHEELS.values():
        assert assets[wheel] == (bundle / wheel).read_bytes()
    lock = json.loads(assets["pyodide-lock.json"])
    assert lock == json.loads((bundle / "pyodide-lock.json").read_text())
    worker = ROOT / "docs" / pyodide_bundle.WORKER_SOURCE
    assert assets["python-worker.mjs"] == worker.read_bytes()
    runtime = [*pyodide_bundle.RUNTIME_FILES, pyodide_bundle.STDLIB]
    assert sorted(assets) == sorted(
        [*runtime, *WHEELS.values(), "pyodide-lock.json", "python-worker.mjs"]
    )


def test_checker_wheel_carries_the_letter_templates_and_the_browser_api(bundle):
    names = zipfile.ZipFile(bundle / WHEELS["prematch-checker"]).namelist()
    assert "checker/browser_api.pyc" in names
    for template in (ROOT / "templates").glob("*.j2"):
        assert f"checker/letter_templates/{template.name}" in names
        assert f"checker/letter_templates/{template.stem}.toml" in names


def test_manifest_lists_every_asset_script_with_its_size(bundle):
    manifest = read_manifest(bundle)
    assert (
        manifest["pyodideVersion"]
        == json.loads((ROOT / "package.json").read_text())["dependencies"]["pyodide"]
    )
    listed = {asset["script"]: asset["bytes"] for asset in manifest["assets"]}
    on_disk = {p.name: p.stat().st_size for p in bundle.glob("*.js") if p.name != "manifest.js"}
    assert listed == on_disk


def test_page_only_packages_are_marked_for_the_pages_that_ask_for_them(built_site, bundle):
    page_only = {
        a["script"]: a["package"] for a in read_manifest(bundle)["assets"] if "package" in a
    }
    assert page_only == {f"{WHEELS[name]}.js": name for name in ("tzdata", "jinja2", "markupsafe")}
    assert zipfile.ZipFile(bundle / WHEELS["tzdata"]).getinfo("tzdata/zoneinfo/Asia/Manila")

    def asking(packages: str) -> list[str]:
        return sorted(
            html.parent.relative_to(built_site).as_posix()
            for html in built_site.rglob("index.html")
            if f'data-packages="{packages}"' in html.read_text(encoding="utf-8")
        )

    assert asking("tzdata") == ["planner"]
    letters = asking("jinja2 markupsafe")
    assert "templates/rank-first" in letters and "checker" not in letters


def test_a_page_asking_for_an_unknown_package_stops_the_build():
    page = SimpleNamespace(
        meta={"python": True, "python_packages": ["tzdata", "numpy"]},
        file=SimpleNamespace(src_uri="planner.md"),
    )
    with pytest.raises(ValueError, match=r"planner\.md: python_packages lists \['numpy'\]"):
        pyodide_bundle.on_page_markdown("", page=page)


def test_only_runtime_files_are_shipped(built_site, bundle):
    files = {p.name for p in bundle.iterdir() if p.suffix != ".js"}
    runtime = {*pyodide_bundle.RUNTIME_FILES, pyodide_bundle.STDLIB}
    assert files == {"pyodide-lock.json", *WHEELS.values(), *runtime}
    for name in pyodide_bundle.RUNTIME_FILES:  # fetched as they are over http
        assert (bundle / name).read_bytes() == (NPM_PYODIDE / name).read_bytes(), name
    # The worker: started by its URL over http, from its asset script on file://.
    assert (built_site / pyodide_bundle.WORKER_SOURCE).is_file()
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
    assert len(messages) == 3  # runtime, dependency wheels, compiled wheels and stdlib
    assert all(message.startswith("pyodide bundle: reused ") for message in messages)
    assert {p: p.stat().st_mtime_ns for p in pyodide_bundle.CACHE.rglob("*.whl")} == wheel_times
    first, second = (tmp_path / "a" / "assets/pyodide", tmp_path / "b" / "assets/pyodide")
    assert sorted(p.name for p in first.iterdir()) == sorted(p.name for p in second.iterdir())


def test_concurrent_builds_of_one_cache_entry_both_get_the_complete_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(pyodide_bundle, "CACHE", tmp_path)

    both_building = threading.Barrier(2)

    def slow_build(folder: Path) -> None:
        (folder / "part-1").write_text("one")
        both_building.wait(timeout=60)  # the two builds are under way at the same time
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
