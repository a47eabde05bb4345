"""Cold start: `webmap serve` from launch to the first 200 on the story page, next to a
minimal Flask app's launch to its first 200."""

from __future__ import annotations

import statistics
import subprocess
import time

from bench.common import BIN, ROOT, ROUNDS, free_port, stop, wait_for_200

MINIMAL_FLASK = ("import sys; from flask import Flask; app = Flask('x'); "
                 "app.route('/')(lambda: 'ok'); app.run(port=int(sys.argv[1]))")
SLUG = "peru-china-state-visit-2024"


def first_200(command: list[str], url: str) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return wait_for_200(url, process) - start
    finally:
        stop(process)


def run() -> dict:
    ours, flask = [], []
    for _ in range(ROUNDS):
        port = free_port()
        ours.append(first_200([str(BIN / "webmap"), "serve", "--port", str(port)],
                              f"http://127.0.0.1:{port}/stories/{SLUG}"))
        port = free_port()
        flask.append(first_200([str(BIN / "python"), "-c", MINIMAL_FLASK, str(port)], f"http://127.0.0.1:{port}/"))
    ours_s, flask_s = statistics.median(ours), statistics.median(flask)
    return {
        "name": "cold start (launch to first 200 on the story page)",
        "webmap_s": round(ours_s, 2),
        "baseline": "a minimal Flask app, launch to first 200",
        "baseline_s": round(flask_s, 2),
        "ratio": round(ours_s / flask_s, 1),
    }
