"""The static export served by Debian's nginx with deploy/nginx-site.conf (precompressed
files, nothing compressed per request), against gunicorn serving the same story page in the
same run: requests per second with Accept-Encoding br, then gzip (wrk, loopback)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.common import BIN, ROOT, free_port, stop, wait_for_200
from bench.throughput import SLUG, wrk
from tests.serving import nginx, site_config

ENCODINGS = ("br", "gzip")


@contextmanager
def serving():
    """gunicorn (the repository's config, one worker per core) over geodata/ and nginx (the
    deploy/ site file, one worker per core) over its static export; yields their base URLs."""
    from webmap.site import export_site

    work = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    work.chmod(0o755)  # nginx's workers run as another user
    site, app = work / "site", None
    try:
        export_site(site, ROOT / "geodata", progress=lambda _: None)
        app_port, nginx_port = free_port(), free_port()
        env = dict(os.environ, WEBMAP_BIND=f"127.0.0.1:{app_port}", WEBMAP_WORKERS=str(os.cpu_count()),
                   WEBMAP_ACCESS_LOG="off")
        app = subprocess.Popen([str(BIN / "gunicorn"), "-c", "python:webmap.gunicorn_conf"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        conf = site_config("nginx-site.conf", {"listen 80;": f"listen 127.0.0.1:{nginx_port};",
                                               "root /srv/webmap/site;": f"root {site};"})
        with nginx(conf, nginx_port, workers=os.cpu_count()):
            app_url = f"http://127.0.0.1:{app_port}"
            wait_for_200(f"{app_url}/healthz", app)
            yield app_url, f"http://127.0.0.1:{nginx_port}"
    finally:
        if app is not None:
            stop(app)
        shutil.rmtree(work, ignore_errors=True)


def body_bytes(url: str, encoding: str) -> int:
    """The size of the body `url` sends for Accept-Encoding `encoding`, checking it is so encoded."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Encoding"] == encoding, (url, response.headers["Content-Encoding"])
        return len(response.read())


def run() -> list[dict]:
    rows = []
    with serving() as (app_url, nginx_url):
        live, static = f"{app_url}/stories/{SLUG}", f"{nginx_url}/stories/{SLUG}/"
        for encoding in ENCODINGS:
            # One request each first: it checks the encoding, and gunicorn keeps the body it compressed.
            static_bytes, live_bytes = body_bytes(static, encoding), body_bytes(live, encoding)
            ours = wrk(static, accept_encoding=encoding)
            theirs = wrk(live, accept_encoding=encoding)
            rows.append({
                "name": f"static export, nginx: story page ({encoding})",
                "static": ours,
                "static_bytes": static_bytes,
                "gunicorn": theirs,
                "gunicorn_bytes": live_bytes,
                "encoding": encoding,
                "ratio": round(ours["requests_per_s"] / theirs["requests_per_s"], 1),
            })
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
