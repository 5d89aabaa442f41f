"""A folder served over http on 127.0.0.1, in a background thread."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test and benchmark output readable
        pass


class StoreHandler(QuietHandler):
    """Serves a folder to pages of any origin and stores the files they PUT into it: a
    page can hand the test run bytes only the browser has (a copy of Python's memory)."""

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def do_OPTIONS(self):  # the browser asks before a cross-origin PUT
        self.send_response(204)
        self.send_header("Access-Control-Allow-Methods", "GET, PUT")
        self.end_headers()

    def do_PUT(self):
        target = Path(self.translate_path(self.path))
        target.write_bytes(self.rfile.read(int(self.headers["Content-Length"])))
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()


@contextmanager
def serve_folder(directory: Path, handler_class=QuietHandler) -> Iterator[str]:
    """Serve a folder on 127.0.0.1; yields the base URL (ending in '/')."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def serve_store(directory: Path) -> Iterator[str]:
    """serve_folder, plus PUT and cross-origin access (see StoreHandler)."""
    return serve_folder(directory, StoreHandler)
