"""Requests per second and p99 latency under load (wrk, loopback, bounded): the story page,
the GeoJSON download, the route API and the OGC API under gunicorn, the first two next to a
bare Flask handler under the same gunicorn settings sending the same bytes (what the web
tier's own work costs). nginx serving the static export is bench/nginx.py."""

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
def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url: str, seconds: int = SECONDS, rounds: int = ROUNDS, accept_encoding: str = "gzip") -> dict:
    """Medians over `rounds` runs of wrk: requests/s, p99 latency, and the sum of errors
    (non-2xx answers, socket errors, timeouts)."""
    rates, p99s, errors = [], [], 0
    for _ in range(rounds):
        out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s",
                              "-H", f"Accept-Encoding: {accept_encoding}", url], check=True, capture_output=True, text=True).stdout
        rates.append(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)))
        p99s.append(_ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)))
        errors += int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
        if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
            errors += sum(int(g) for g in m.groups())
    return {"requests_per_s": round(statistics.median(rates)), "p99_ms": round(statistics.median(p99s), 1),
            "errors": errors}


def wrk_side_by_side(urls: list[str], rounds: int = ROUNDS) -> list[dict]:
    """`wrk` on each URL in turn, `rounds` times over (so a burst of load elsewhere on the
    machine falls on all of them alike); medians per URL."""
    runs = [[wrk(url, rounds=1) for url in urls] for _ in range(rounds)]
    return [{"requests_per_s": round(statistics.median(run[k]["requests_per_s"] for run in runs)),
             "p99_ms": round(statistics.median(run[k]["p99_ms"] for run in runs), 1),
             "errors": sum(run[k]["errors"] for run in runs)} for k in range(len(urls))]


@contextmanager
def serving(workers: int | None = None, *, with_process: bool = False):
    """gunicorn (the repository's config, `workers` processes, by default one per core) on
    loopback; yields its base URL, or with `with_process` (its URL, the gunicorn master's Popen)."""
    work = Path(tempfile.mkdtemp(prefix="bench-throughput-"))
    port = free_port()
    env = dict(os.environ, WEBMAP_BIND=f"127.0.0.1:{port}", WEBMAP_WORKERS=str(workers or os.cpu_count()),
               WEBMAP_ACCESS_LOG="off")  # as behind nginx, which logs; and as the baselines run
    with open(work / "gunicorn.log", "w") as log:  # the child keeps its own copy of the handle
        app = subprocess.Popen([str(BIN / "gunicorn"), "-c", "python:webmap.gunicorn_conf"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        app_url = f"http://127.0.0.1:{port}"
        wait_for_200(f"{app_url}/healthz", app)
        yield (app_url, app) if with_process else app_url
    finally:
        stop(app)
        shutil.rmtree(work, ignore_errors=True)


TARGETS = (
    ("story page", f"/stories/{SLUG}"),
    ("GeoJSON download", f"/stories/{SLUG}.geojson"),
    ("route API (PECHY-CNSHA)", "/api/route?from=PECHY&to=CNSHA"),
)
BARE = ("story page", "GeoJSON download")  # targets also measured against a bare Flask handler
OGC_TARGETS = (  # the OGC API, live only (issue 16: /collections took 4.9 ms of geometry per request)
    ("OGC API landing", "/ogc?f=json"),
    ("OGC API /collections", "/ogc/collections?f=json"),
    ("OGC API items (countries)", f"/ogc/collections/{SLUG}-countries/items?f=json"),
)

BARE_APP = """
import json, pathlib
from flask import Flask, Response

HERE = pathlib.Path(__file__).parent
ANSWERS = json.loads((HERE / "bare.json").read_text())  # path -> [body file, content type, coding]
BODIES = {path: ((HERE / body).read_bytes(), kind, coding) for path, (body, kind, coding) in ANSWERS.items()}
app = Flask(__name__)


@app.get("/<path:path>")
def bare(path):
    body, kind, coding = BODIES["/" + path]
    return Response(body, content_type=kind, headers={"Content-Encoding": coding} if coding else {})
"""


@contextmanager
def bare_flask(app_url: str, paths: list[str]):
    """A minimal Flask app, under gunicorn with the repository's settings, that answers each
    of `paths` with the bytes (and content type and coding) webmap sent for it; yields its URL."""
    import json
    import urllib.request

    work = Path(tempfile.mkdtemp(prefix="bench-bare-"))
    answers = {}
    for number, path in enumerate(paths):
        request = urllib.request.Request(app_url + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            (work / f"{number}.body").write_bytes(response.read())
            answers[path] = [f"{number}.body", response.headers["Content-Type"], response.headers["Content-Encoding"]]
    (work / "bare.json").write_text(json.dumps(answers))
    (work / "bare_app.py").write_text(BARE_APP)
    port = free_port()
    env = dict(os.environ, WEBMAP_BIND=f"127.0.0.1:{port}", WEBMAP_WORKERS=str(os.cpu_count()),
               WEBMAP_ACCESS_LOG="off")
    server = subprocess.Popen([str(BIN / "gunicorn"), "-c", "python:webmap.gunicorn_conf",
                               "--chdir", str(work), "bare_app:app"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_200(f"http://127.0.0.1:{port}{paths[0]}", server)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(server)
        shutil.rmtree(work, ignore_errors=True)


def run() -> list[dict]:
    rows = []
    with serving() as app_url:
        bare_paths = [live for name, live in TARGETS if name in BARE]
        with bare_flask(app_url, bare_paths) as bare_url:
            for name, live in TARGETS:
                if name in BARE:
                    ours, bare = wrk_side_by_side([app_url + live, bare_url + live])
                    rows.append({"name": f"throughput: {name}, against a bare Flask handler", "webmap": ours,
                                 "bare": bare, "ratio": round(ours["requests_per_s"] / bare["requests_per_s"], 2)})
                else:
                    rows.append({"name": f"throughput: {name}", "webmap": wrk(app_url + live),
                                 "baseline": "none (needs the server)", "nginx": None, "ratio": None})
        for name, live in OGC_TARGETS:
            rows.append({"name": f"throughput: {name}", "webmap": wrk(app_url + live),
                         "baseline": "none (needs the server)", "nginx": None, "ratio": None})
    return rows


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
