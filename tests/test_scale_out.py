"""Scale-out: app servers that keep no state of their own, all reading one geodata folder,
behind Debian's nginx as a load balancer with the README's configuration (deploy/nginx-app.conf)."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_SLUG
from tests.repo import ROOT as PROJECT_ROOT
from tests.serving import first_answer, free_port, nginx, site_config
from webmap.cli import main

STORY = f"/stories/{SEED_SLUG}"
PATHS = (STORY, f"{STORY}.geojson", "/api/route?from=PECHY&to=CNSHA")


class AppServer:
    """The README's production command (gunicorn with webmap/gunicorn_conf.py) on a free
    loopback port, over `geodata`, its access log in a file."""

    def __init__(self, geodata: Path, log: Path):
        self.geodata, self.log, self.port, self.process = geodata, log, free_port(), None

    def start(self) -> None:
        env = dict(os.environ, WEBMAP_GEODATA=str(self.geodata), WEBMAP_BIND=f"127.0.0.1:{self.port}",
                   WEBMAP_WORKERS="1")
        with open(self.log, "a") as log:  # the child keeps its own copy of the handle
            self.process = subprocess.Popen([str(Path(sys.executable).with_name("gunicorn")), "-c",
                                             "python:webmap.gunicorn_conf"], env=env, stdout=log, stderr=log)

    def wait(self) -> None:
        first_answer(f"http://127.0.0.1:{self.port}/healthz", self.process, 60)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def answered(self, path: str) -> int:
        """How many GETs of `path` its access log records."""
        return self.log.read_text().count(f'"GET {path} HTTP/')


class Cluster:
    def __init__(self, url: str, servers: list[AppServer]):
        self.url, self.servers = url, servers

    def get(self, path: str, encoding: str = "br") -> tuple[int, str, bytes]:
        """Status, ETag and body (as sent, compressed) of `path` through the balancer."""
        request = urllib.request.Request(self.url + path, headers={"Accept-Encoding": encoding})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["ETag"], response.read()

    def logged(self, path: str, counts: list[int]) -> None:
        """Wait until each server's log records `counts` GETs of `path` (a line is written just
        after its answer is sent); fail with what they recorded if they do not."""
        deadline = time.monotonic() + 10
        while [s.answered(path) for s in self.servers] != counts and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [s.answered(path) for s in self.servers] == counts, path


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> tuple[Path, Path]:
    """A copy of the project's seeds and the one geodata folder built from them that every
    app server reads."""
    seeds = tmp_path_factory.mktemp("shared") / "seeds"
    shutil.copytree(PROJECT_ROOT / "seeds", seeds)
    geodata = seeds.parent / "geodata"
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(geodata)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return seeds, geodata


@pytest.fixture(scope="module")
def cluster(shared, tmp_path_factory):
    """Two app servers over the shared folder, and nginx balancing requests between them."""
    logs = tmp_path_factory.mktemp("logs")
    servers = [AppServer(shared[1], logs / f"app-{n}.log") for n in (1, 2)]
    try:
        for server in servers:
            server.start()
        for server in servers:
            server.wait()
        port = free_port()
        conf = site_config("nginx-app.conf", {
            "listen 80;": f"listen 127.0.0.1:{port};",
            "server 10.0.0.11:8000": f"server 127.0.0.1:{servers[0].port}",
            "server 10.0.0.12:8000": f"server 127.0.0.1:{servers[1].port}",
        })
        with nginx(conf, port):
            yield Cluster(f"http://127.0.0.1:{port}", servers)
    finally:
        for server in servers:
            if server.process is not None and server.process.poll() is None:
                server.stop()


def test_requests_are_spread_over_both_servers_and_answered_alike(cluster):
    for path in PATHS:
        before = [s.answered(path) for s in cluster.servers]
        for pairs, encoding in enumerate(("br", "gzip", "identity"), start=1):
            (status, etag, body), (status_2, etag_2, body_2) = cluster.get(path, encoding), cluster.get(path, encoding)
            cluster.logged(path, [before[0] + pairs, before[1] + pairs])  # one request of the two went to each
            assert status == status_2 == 200 and etag == etag_2, (path, encoding)
            if encoding == "gzip":  # flask-compress writes the time into a gzip header: the same text inside
                assert gzip.decompress(body) == gzip.decompress(body_2), path
            else:
                assert body == body_2, (path, encoding)


def test_a_story_rebuilt_into_the_shared_folder_is_served_by_every_server(cluster, shared):
    seeds, geodata = shared
    sidecar = seeds / f"{SEED_SLUG}.toml"
    sidecar.write_text(re.sub(r"^title = .*$", 'title = "Rebuilt in the shared folder"',
                              sidecar.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(geodata)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    before = [s.answered(STORY) for s in cluster.servers]
    pages = [cluster.get(STORY, "identity")[2] for _ in range(4)]
    assert all(b"Rebuilt in the shared folder" in page for page in pages)
    assert len(set(pages)) == 1
    cluster.logged(STORY, [before[0] + 2, before[1] + 2])


def test_the_site_keeps_answering_when_one_server_stops(cluster):
    path = f"{STORY}.geojson"
    expected = cluster.get(path)
    stopped, running = cluster.servers
    stopped.stop()
    try:
        before = running.answered(path)
        assert [cluster.get(path) for _ in range(6)] == [expected] * 6
        cluster.logged(path, [stopped.answered(path), before + 6])
    finally:
        stopped.start()  # whole again for any test after this one
        stopped.wait()
