"""Search that works from disk (file://), in the served site and its offline copy.

From disk the theme's search worker cannot fetch the JSON index, and its own offline
plugin is not used: mkdocs-material's `offline` plugin forces `use_directory_urls: false`,
which would rename every page of the served site (rules/ -> rules.html) and break the
site-relative links the checker emits, and it loads the iframe-worker shim from unpkg, whose
inline scripts this site's Content-Security-Policy blocks anyway. So:

- the search index also ships as a script (search/search_index.js, pages named
  "rules/index.html"), which the theme loads instead of the JSON on file://;
- docs/assets/js/file-worker.js, a CSP-friendly stand-in for that shim, is added to every
  page so that the search worker runs from disk.

Runs before the offline zip (site_hooks/offline_archive.py) so the zip holds the script.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

# MkDocs puts the hook's folder on sys.path while it loads the hook.
from offline_links import folder_link_to_index

SEARCH_INDEX = "search/search_index.json"
SEARCH_INDEX_SCRIPT = "search/search_index.js"
# Loaded in <head> of every page, before the theme's bundle creates its search worker.
FILE_WORKER_SCRIPT = "assets/js/file-worker.js"


def on_config(config):
    polyfills = config.extra.get("polyfills", [])
    config.extra["polyfills"] = [*polyfills, FILE_WORKER_SCRIPT]
    return config


# After the search plugin has written the JSON index, before the zip (priority -100).
@event_priority(-50)
def on_post_build(config):
    write_search_index_script(Path(config["site_dir"]))


def write_search_index_script(site_dir: Path) -> None:
    """search/search_index.js: what the theme loads on file:// instead of the JSON index
    (over http it is never read). Results link to pages as "rules/index.html#..."."""
    source = site_dir / SEARCH_INDEX
    if not source.is_file():
        raise FileNotFoundError(f"{source} is missing: the offline copy needs the search plugin")
    index = json.loads(source.read_text(encoding="utf-8"))
    for doc in index["docs"]:
        doc["location"] = folder_link_to_index(doc["location"])
    text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    # The variable name is the one the theme's bundle reads.
    (site_dir / SEARCH_INDEX_SCRIPT).write_text(f"var __index = {text}", encoding="utf-8")
