"""`webmap build` of the seed article as a whole process, next to importing the stack."""

from __future__ import annotations

import subprocess
import tempfile

from bench.common import BIN, ROOT, median_seconds


def run() -> dict:
    out = tempfile.mkdtemp(prefix="bench-build-")
    build = [str(BIN / "webmap"), "build", "--seeds", str(ROOT / "seeds"), "--out", out]
    floor = [str(BIN / "python"), "-c", "import geopandas, folium, searoute"]
    subprocess.run(build, check=True, capture_output=True)  # warm the disk cache for both
    ours = median_seconds(lambda: subprocess.run(build, check=True, capture_output=True))
    imports = median_seconds(lambda: subprocess.run(floor, check=True, capture_output=True))
    return {
        "name": "build (seed article, whole process)",
        "webmap_s": round(ours, 2),
        "baseline": "python -c 'import geopandas, folium, searoute'",
        "baseline_s": round(imports, 2),
        "ratio": round(ours / imports, 2),
    }
