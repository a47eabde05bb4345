"""Servers the tests start: a free port, the first answer of a server process once it is up,
and a folder served as plain files (another origin, or a static host)."""

from __future__ import annotations

import functools
import http.server
import socket
import subprocess
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_answer(url: str, server: subprocess.Popen, timeout_s: float) -> bytes:
    """The body of `url` once `server` answers it with 200; the server's output if it dies first."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url) as response:
                assert response.status == 200
                return response.read()
        except OSError:
            assert server.poll() is None, server.stdout.read().decode()
            assert time.monotonic() < deadline, f"{url} did not answer within {timeout_s:g} s"
            time.sleep(0.3)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve_folder(folder: Path):
    """`folder` served as plain files on a free loopback port: yields the base URL (no slash)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve_app(app):
    """A WSGI `app` on a real HTTP server (werkzeug, threaded) on a free loopback port: yields its URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
