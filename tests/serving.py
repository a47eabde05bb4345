"""Servers the tests start: a free port, the first answer of a server process once it is up,
a folder served as plain files (another origin, or a static host), and Debian's nginx running
one of the site files in deploy/."""

from __future__ import annotations

import functools
import http.server
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# Debian's nginx.conf, reduced to what a site file relies on; the site file is included as it is.
NGINX_MAIN = """daemon off;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
include /etc/nginx/modules-enabled/*.conf;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy; fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;
    include {prefix}/site.conf;
}}
"""


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
            assert server.poll() is None, \
                server.stdout.read().decode() if server.stdout else f"{server.args} exited {server.returncode}"
            assert time.monotonic() < deadline, f"{url} did not answer within {timeout_s:g} s"
            time.sleep(0.3)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def _in_a_thread(server):
    """A socketserver-style `server` serving from a thread: yields its base URL (no slash)."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def serve_folder(folder: Path):
    """`folder` served as plain files on a free loopback port: yields the base URL (no slash)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    return _in_a_thread(http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler))


def serve_app(app):
    """A WSGI `app` on a real HTTP server (werkzeug, threaded) on a free loopback port: yields its URL."""
    from werkzeug.serving import make_server

    return _in_a_thread(make_server("127.0.0.1", 0, app, threaded=True))


def stop(process: subprocess.Popen, timeout_s: float = 20) -> None:
    """Ask a server process to stop; kill it if it has not within `timeout_s`."""
    process.terminate()
    try:
        process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def site_config(name: str, changes: dict[str, str]) -> str:
    """The text of deploy/`name` with each key (text found exactly once in it) replaced by its value."""
    text = (DEPLOY / name).read_text()
    for old, new in changes.items():
        assert text.count(old) == 1, f"deploy/{name} holds {old!r} {text.count(old)} times"
        text = text.replace(old, new)
    return text


@contextmanager
def nginx(site: str, port: int, workers: int = 1, timeout_s: float = 20):
    """Debian's nginx running the site file text `site` (listening on loopback `port`) in a
    private prefix; its workers run unprivileged, so what it serves must be world-readable.
    Yields the process once the port accepts connections."""
    prefix = Path(tempfile.mkdtemp(prefix="nginx-"))
    prefix.chmod(0o755)
    (prefix / "site.conf").write_text(site)
    (prefix / "nginx.conf").write_text(NGINX_MAIN.format(prefix=prefix, workers=workers))
    (prefix / "modules").symlink_to("/usr/share/nginx/modules")  # Debian's load_module paths are relative
    server = subprocess.Popen([NGINX, "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(prefix / "nginx.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                log = prefix / "error.log"
                assert server.poll() is None, log.read_text() if log.exists() else f"nginx exited {server.returncode}"
                assert time.monotonic() < deadline, f"nginx did not listen on {port} within {timeout_s:g} s"
                time.sleep(0.1)
        yield server
    finally:
        stop(server)
        shutil.rmtree(prefix, ignore_errors=True)


def world_readable_copy(folder: Path) -> Path:
    """A copy of `folder` that nginx's unprivileged workers can read (pytest's own temporary
    folders are private to their user); the caller removes the returned folder's parent."""
    parent = Path(tempfile.mkdtemp(prefix="served-"))
    parent.chmod(0o755)
    shutil.copytree(folder, parent / folder.name)
    return parent / folder.name
