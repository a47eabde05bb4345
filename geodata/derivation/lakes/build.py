"""Make naturalearth/lakes-50m.geojson: the lakes that GSHHG's land (level 1) fills.

A record, run once by hand (see ../README.md). Input: Natural Earth 4.0.0 GeoJSON as packaged
in martynafford/natural-earth-geojson (50m/physical/ne_50m_lakes.json), in the folder given as
the first argument. Kept: lakes and reservoirs (not alkaline lakes: no ship sails them), each
with its name, and the water the shipped 1:50m land has inside it (its holes: the Caspian Sea,
which Natural Earth counts as a sea, not a lake), coordinates rounded to 4 decimals (about
10 m), sorted by name, so the file is the same on every run. Used by the finer judge of drawn routes (`webmap/shoreline.py`): GSHHG's
full-resolution land draws the Great Lakes and the Caspian as land.

    .venv/bin/python geodata/derivation/lakes/build.py /tmp/ne
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pyogrio
import shapely

from webmap.config import Paths
from webmap.landmask import read_land

KEPT = ("Lake", "Reservoir")
OUT = Path(__file__).resolve().parents[2] / "naturalearth" / "lakes-50m.geojson"


def main(folder: Path) -> None:
    frame = pyogrio.read_dataframe(folder / "ne_50m_lakes.json")
    frame = frame[frame.featurecla.isin(KEPT) & frame.geometry.notna()]
    features = []
    for name, geometry in zip(frame.name.fillna(""), frame.geometry):
        polygons = []
        for part in shapely.get_parts(shapely.make_valid(geometry)):
            if part.geom_type != "Polygon":
                continue
            rings = [np.round(np.asarray(ring.coords)[:, :2], 4).tolist() for ring in (part.exterior, *part.interiors)]
            polygons.append(rings)
        if polygons:
            features.append((name.strip(), sorted(polygons)))
    holes = [[np.round(np.asarray(ring.coords)[:, :2], 4).tolist()] for part in read_land(Paths().reference)
             for ring in part.interiors]
    features += [("(water inside Natural Earth 1:50m land)", [hole]) for hole in sorted(holes)]
    features.sort()
    out = [{"type": "Feature", "properties": {"name": name},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons}} for name, polygons in features]
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": out}, separators=(",", ":"),
                              ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(out)} lakes, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
