"""Helpers shared by the benchmarks: medians, free ports, processes that serve HTTP."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.serving import free_port, stop  # one owner of each, shared with the tests

__all__ = ["BIN", "ROOT", "ROUNDS", "free_port", "median_seconds", "stop", "wait_for_200"]

ROUNDS = 5  # every figure is a median of at least this many runs
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def median_seconds(action, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def wait_for_200(url: str, process: subprocess.Popen, timeout_s: float = 60) -> float:
    """Poll until `url` answers 200; returns when it did (perf_counter)."""
    deadline = time.perf_counter() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.perf_counter()
        except OSError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode}")
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{url} did not answer within {timeout_s} s")
        time.sleep(0.02)
