"""`webmap build` as a whole process (the seed article, and a 1.9 MB one), next to importing
the stack, with each build's peak memory. Goals (issue: geoparser): the seed under 2 s, a
2 MB article under 10 s, under 500 MB at peak, here."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import BIN, ROOT, ROUNDS, median_seconds

SEED = "peru-china-state-visit-2024"


def measured(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed")
    return seconds, usage.ru_maxrss / 1024  # Linux reports kilobytes


def big_seeds() -> Path:
    """A seeds folder holding the seed article repeated to 1.9 MB (the hardening test's article)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-big-"))
    base = (ROOT / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    (folder / "big.txt").write_text("\n\n".join([base] * (1_900_000 // (len(base.encode()) + 2))), encoding="utf-8")
    return folder


def run() -> list[dict]:
    floor = [str(BIN / "python"), "-c", "import geopandas, folium, searoute"]
    rows = []
    for name, seeds in (("build (seed article, whole process)", ROOT / "seeds"),
                        ("build (1.9 MB article, whole process)", big_seeds())):
        out = tempfile.mkdtemp(prefix="bench-build-")
        build = [str(BIN / "webmap"), "build", "--seeds", str(seeds), "--out", out]
        measured(build)  # warm the disk cache and the gazetteer's indexes
        runs = [measured(build) for _ in range(ROUNDS)]
        ours = sorted(seconds for seconds, _ in runs)[ROUNDS // 2]
        imports = median_seconds(lambda: subprocess.run(floor, check=True, capture_output=True))
        rows.append({
            "name": name,
            "webmap_s": round(ours, 2),
            "peak_mb": round(max(mb for _, mb in runs)),
            "baseline": "python -c 'import geopandas, folium, searoute'",
            "baseline_s": round(imports, 2),
            "ratio": round(ours / imports, 2),
        })
        shutil.rmtree(out, ignore_errors=True)
        if seeds != ROOT / "seeds":
            shutil.rmtree(seeds, ignore_errors=True)
    return rows
