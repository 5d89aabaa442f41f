"""Bytes a browser context downloads: what the page-weight test and the transfer
benchmark both measure."""

from __future__ import annotations

import gzip
from dataclasses import dataclass

# Parts of a URL that mark a file of the in-browser Python runtime (Pyodide, wheels).
RUNTIME_MARKERS = ("pyodide", ".wasm", ".whl", "python_stdlib")


def is_python_runtime(url: str) -> bool:
    return any(marker in url.lower() for marker in RUNTIME_MARKERS)


@dataclass(frozen=True)
class Transfer:
    url: str
    size: int  # body bytes as our plain local server sent them (no compression)
    gzip_size: int  # what a host that gzips text (GitHub Pages, Netlify, nginx) would send


# Text types that static hosts compress; images, archives and wasm are sent as they are.
COMPRESSED_TYPES = ("text/", "javascript", "json", "xml", "svg")


class TransferLog:
    """Response body bytes of every request a browser context finished (cold cache when
    the context is new): as served here, and as a gzip-ing host would serve them."""

    def __init__(self, context):
        self.entries: list[Transfer] = []
        self._context = context
        context.on("requestfinished", self._record)

    def stop(self) -> None:
        """Record nothing more (the context goes on to other pages)."""
        self._context.remove_listener("requestfinished", self._record)

    def _record(self, request) -> None:
        if not request.url.startswith(("http:", "https:")):
            return  # blob:/data: URLs are made in memory, file:// is read from disk
        response = request.response()
        if response is None:
            return
        body = response.body()
        content_type = response.headers.get("content-type", "")
        compressible = any(kind in content_type for kind in COMPRESSED_TYPES)
        gzip_size = min(len(body), len(gzip.compress(body, 6))) if compressible else len(body)
        self.entries.append(Transfer(request.url, len(body), gzip_size))

    @property
    def total(self) -> int:
        return sum(entry.size for entry in self.entries)

    @property
    def gzip_total(self) -> int:
        return sum(entry.gzip_size for entry in self.entries)

    @property
    def runtime_total(self) -> int:
        return sum(entry.size for entry in self.entries if is_python_runtime(entry.url))

    def bytes_of(self, marker: str) -> int:
        """Bytes of the responses whose URL contains `marker` (e.g. one runtime file)."""
        return sum(entry.size for entry in self.entries if marker in entry.url)

    @property
    def runtime_urls(self) -> list[str]:
        return [entry.url for entry in self.entries if is_python_runtime(entry.url)]
