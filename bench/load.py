"""Load (issue: hardening): 30 s at 32 connections against the story page, the GeoJSON
download and the route API under gunicorn, on loopback. Records requests per second, p99
latency, errors and timeouts; `python -m bench load` writes bench/load.json."""

from __future__ import annotations

import json
from pathlib import Path

from bench.throughput import TARGETS, serving, wrk

SECONDS = 30


def run() -> list[dict]:
    rows = []
    with serving() as app_url:
        for name, live in TARGETS:
            rows.append({"name": f"load: {name}", "seconds": SECONDS, "connections": 32,
                         **wrk(app_url + live, seconds=SECONDS, rounds=1)})
    (Path(__file__).parent / "load.json").write_text(json.dumps(rows, indent=2) + "\n")
    return rows
