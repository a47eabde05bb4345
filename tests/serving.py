"""Servers the tests start as processes: a free port, and the first answer once it is up."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request


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
