"""Copy pinned front-end files from node_modules into the built site.

The theme would otherwise fetch some of these from a CDN at run time; shipping
them keeps every request inside the site's own origin (and works offline).
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# node_modules source -> path inside the built site
VENDORED: dict[str, str] = {}


def on_post_build(config, **kwargs):
    site_dir = Path(config["site_dir"])
    for source, target in VENDORED.items():
        source_path = ROOT / "node_modules" / source
        if not source_path.is_file():
            raise FileNotFoundError(f"{source_path} is missing: run `make node_modules`")
        target_path = site_dir / target
        target_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_path, target_path)
