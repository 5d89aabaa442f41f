"""Write the service worker (sw.js at the site's root) that lets the served site work offline
after one visit, and the web app manifest that makes it installable.

The worker's logic lives in site_hooks/service-worker.js; this hook puts in front of it the
list of files to keep (each with a short hash of its content) and a version made from that
list. A new deployment therefore changes sw.js exactly when some file changed, which is
what makes the browser install the new worker and the page show its "new version" prompt.

Runs after the offline zip is written (lower priority), so the zip, which is the other way
to read offline, is neither cached nor given a worker it could not use from file://.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

WORKER = "sw.js"
WORKER_SOURCE = Path(__file__).with_name("service-worker.js")
# Not worth caching: the download (read offline by other means) and the compressed sitemap.
# Only the download's own folder: the Python runtime's python_stdlib.zip is needed offline.
SKIPPED = re.compile(r"^download/[^/]+\.zip$|\.gz$")
# The Python runtime's asset scripts serve only the offline zip (file://): over http the
# worker fetches the runtime files themselves (see site_hooks/pyodide_bundle.py). Their
# manifest.js stays: the page reads it on both paths, to know which packages the site has.
ASSET_SCRIPTS = re.compile(r"^assets/pyodide/(?!manifest\.js$)[^/]+\.js$")


def _short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def precache_list(site_dir: Path) -> list[tuple[str, str]]:
    """(site-relative path, content hash) of every file the worker keeps, sorted."""
    paths = (
        path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file()
    )
    return sorted(
        (name, _short_hash((site_dir / name).read_bytes()))
        for name in paths
        if name != WORKER and not SKIPPED.search(name) and not ASSET_SCRIPTS.match(name)
    )


def write_service_worker(site_dir: Path) -> str:
    """Write sw.js for the site as it is now; return its version."""
    files = precache_list(site_dir)
    version = _short_hash(json.dumps(files).encode())
    header = f"const PRECACHE = {json.dumps(files)};\nconst VERSION = {json.dumps(version)};\n"
    (site_dir / WORKER).write_text(header + WORKER_SOURCE.read_text(encoding="utf-8"))
    return version


@event_priority(-110)  # after the offline zip (-100) has its final files
def on_post_build(config, **kwargs):
    write_service_worker(Path(config["site_dir"]))
