"""The editor's place search as you type (`webmap.lookup.search`, behind /api/places/search):
each query of a typing sequence, on a warm index, against the geoparser's exact-name look-up
(`Gazetteer.lookup`) of the same strings in the same run. Goal: under 50 ms a query, so that
suggestions keep up with typing."""

from __future__ import annotations

import statistics
import time

from webmap.config import Paths
from webmap.gazetteer import Gazetteer
from webmap.lookup import search

QUERIES = ("s", "sa", "san", "shang", "rio de j", "new york", "malacca", "x" * 200, "zzzzqq")
ROUNDS = 7


def run() -> dict:
    gazetteer = Gazetteer(Paths().reference)
    search(gazetteer, "warm up")
    gazetteer.lookup("warm up")
    ours, baseline, slowest = [], [], 0.0
    for _ in range(ROUNDS):
        for query in QUERIES:
            start = time.perf_counter()
            search(gazetteer, query)
            took = time.perf_counter() - start
            slowest = max(slowest, took)
            ours.append(took)
            start = time.perf_counter()
            gazetteer.lookup(query)
            baseline.append(time.perf_counter() - start)
    ours_s, base_s = statistics.median(ours), statistics.median(baseline)
    return {"name": f"editor: place search as you type ({len(QUERIES)} queries, median)",
            "webmap_s": round(ours_s, 5), "slowest_s": round(slowest, 4),
            "baseline": "the geoparser's exact-name look-up",
            "baseline_s": round(base_s, 6), "ratio": round(ours_s / base_s, 1), "goal_s": 0.05}


if __name__ == "__main__":
    print(run())
