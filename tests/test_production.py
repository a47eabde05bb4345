"""The documented production command: gunicorn serving the same application factory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.conftest import SEED_SLUG
from tests.serving import first_answer, free_port


def test_gunicorn_with_the_repository_config_serves_preloaded_workers(hostile_geodata):
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = dict(os.environ, WEBMAP_GEODATA=str(hostile_geodata), WEBMAP_BIND=f"127.0.0.1:{port}", WEBMAP_WORKERS="2")
    server = subprocess.Popen([str(gunicorn), "-c", "python:webmap.gunicorn_conf"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        health = json.loads(first_answer(f"http://127.0.0.1:{port}/healthz", server, 60))
        # The network was loaded by the master, before any worker answered anything.
        assert health["network"] == "preloaded before the workers forked"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/stories/{SEED_SLUG}") as response:
            assert response.status == 200 and b'id="map_story"' in response.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/route?from=PECHY&to=CNSHA") as response:
            assert response.status == 200 and b'"lane-pechy-cnsha"' in response.read()
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
