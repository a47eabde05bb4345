"""Requests per second and p99 latency under load (wrk, loopback, bounded): the story page,
the GeoJSON download and the route API under gunicorn, next to nginx serving the static
export of the same page and file."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

from bench.common import BIN, ROOT, free_port, stop, wait_for_200

SLUG = "peru-china-state-visit-2024"
SECONDS, CONNECTIONS, ROUNDS = 5, 32, 5
NGINX_CONF = """
daemon off;
worker_processes 2;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    types {{ application/geo+json geojson; }}
    access_log off;
    sendfile on;
    gzip on;
    gzip_types text/css application/javascript application/json application/geo+json;
    client_body_temp_path {prefix}/body; proxy_temp_path {prefix}/proxy; fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi; scgi_temp_path {prefix}/scgi;
    server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
"""


def wrk(url: str, seconds: int = SECONDS, rounds: int = ROUNDS) -> dict:
    """Medians over `rounds` runs of wrk: requests/s, p99 latency, and the sum of errors
    (non-2xx answers, socket errors, timeouts)."""
    rates, p99s, errors = [], [], 0
    for _ in range(rounds):
        out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s",
                              "-H", "Accept-Encoding: gzip", url], check=True, capture_output=True, text=True).stdout
        rates.append(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)))
        p99s.append(_ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)))
        errors += int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
        if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
            errors += sum(int(g) for g in m.groups())
    return {"requests_per_s": round(statistics.median(rates)), "p99_ms": round(statistics.median(p99s), 1),
            "errors": errors}


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


@contextmanager
def serving():
    """gunicorn (the repository's config, one worker per core) and nginx over a static export,
    both on loopback; yields their base URLs."""
    from webmap.site import export_site

    work = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    work.chmod(0o755)  # nginx's workers run as another user
    site = work / "site"
    export_site(site, ROOT / "geodata", progress=lambda _: None)
    app_port, nginx_port = free_port(), free_port()
    env = dict(os.environ, WEBMAP_BIND=f"127.0.0.1:{app_port}", WEBMAP_WORKERS=str(os.cpu_count()))
    with open(work / "gunicorn.log", "w") as log:  # the child keeps its own copy of the handle
        app = subprocess.Popen([str(BIN / "gunicorn"), "-c", "python:webmap.gunicorn_conf",
                                "--access-logfile", "/dev/null"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    (work / "nginx.conf").write_text(NGINX_CONF.format(prefix=work, port=nginx_port, root=site))
    nginx = subprocess.Popen(["nginx", "-p", str(work), "-c", str(work / "nginx.conf")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        app_url, nginx_url = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{nginx_port}"
        wait_for_200(f"{app_url}/healthz", app)
        wait_for_200(f"{nginx_url}/index.html", nginx)
        yield app_url, nginx_url
    finally:
        stop(app)
        stop(nginx)
        shutil.rmtree(work, ignore_errors=True)


TARGETS = (
    ("story page", f"/stories/{SLUG}", f"/stories/{SLUG}/"),
    ("GeoJSON download", f"/stories/{SLUG}.geojson", f"/stories/{SLUG}.geojson"),
    ("route API (PECHY-CNSHA)", "/api/route?from=PECHY&to=CNSHA", None),
)


def run() -> list[dict]:
    rows = []
    with serving() as (app_url, nginx_url):
        for name, live, static in TARGETS:
            ours = wrk(app_url + live)
            theirs = wrk(nginx_url + static) if static else None
            rows.append({
                "name": f"throughput: {name}",
                "webmap": ours,
                "baseline": "nginx serving the static export" if static else "none (needs the server)",
                "nginx": theirs,
                "ratio": round(ours["requests_per_s"] / theirs["requests_per_s"], 2) if theirs else None,
            })
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
