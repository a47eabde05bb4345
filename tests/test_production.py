"""The documented production command: gunicorn serving the same application factory."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import SEED_SLUG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_with_the_repository_config_serves_preloaded_workers(hostile_geodata):
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = dict(os.environ, WEBMAP_GEODATA=str(hostile_geodata), WEBMAP_BIND=f"127.0.0.1:{port}", WEBMAP_WORKERS="2")
    server = subprocess.Popen([str(gunicorn), "-c", "python:webmap.gunicorn_conf"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as response:
                    assert response.status == 200
                    # The network was loaded by the master, before any worker answered anything.
                    assert json.load(response)["network"] == "preloaded before the workers forked"
                    break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "gunicorn did not answer within 60 s"
                time.sleep(0.3)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/stories/{SEED_SLUG}") as response:
            assert response.status == 200 and b'id="map_story"' in response.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/route?from=PECHY&to=CNSHA") as response:
            assert response.status == 200 and b'"lane-pechy-cnsha"' in response.read()
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
