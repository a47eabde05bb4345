"""Make naturalearth/rivers-10m.geojson: the named rivers of Natural Earth 1:10m near ports.

A record, run once by hand (see ../README.md). Inputs: Natural Earth 4.0.0 GeoJSON as
packaged in martynafford/natural-earth-geojson (10m/physical/ne_10m_rivers_lake_centerlines,
unpacked from its .7z), in the folder given as the first argument. Kept: features of class "River" with a name,
clipped to RADIUS_KM round each of searoute's ports (the water legs of a port search no
farther), coordinates rounded to 4 decimals (about 10 m), sorted, so the file is the same
on every run.

    .venv/bin/python geodata/derivation/rivers/build.py /tmp/ne10
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from pyproj import Geod

from webmap.gazetteer import load_ports

LAYERS = ("ne_10m_rivers_lake_centerlines",)  # the regional supplements add minor rivers, not approaches
RADIUS_KM = 150.0
OUT = Path(__file__).resolve().parents[2] / "naturalearth" / "rivers-10m.geojson"


def main(folder: Path) -> None:
    ports = load_ports().values()
    areas = shapely.union_all([shapely.Point(p.lon, p.lat).buffer(RADIUS_KM / 111.0 / max(np.cos(np.radians(p.lat)), 0.2),
                                                                   quad_segs=4) for p in ports])
    pieces: dict[str, list] = {}
    for layer in LAYERS:
        frame = pyogrio.read_dataframe(folder / f"{layer}.json")
        frame = frame[(frame.featurecla == "River") & frame.name.notna() & frame.geometry.notna()]
        for name, geometry in zip(frame.name, frame.geometry):
            clipped = shapely.intersection(geometry, areas)
            lines = [g for g in shapely.get_parts(clipped) if g.geom_type == "LineString" and g.length > 0]
            if name.strip() and lines:
                pieces.setdefault(name.strip(), []).extend(lines)
    features = []
    for name in sorted(pieces):
        lines = sorted({tuple(map(tuple, np.round(shapely.get_coordinates(g), 4).tolist())) for g in pieces[name]})
        lines = [line for line in lines if len(set(line)) > 1]
        if lines:
            features.append({"type": "Feature", "properties": {"name": name},
                             "geometry": {"type": "MultiLineString", "coordinates": [list(map(list, l)) for l in lines]}})
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"),
                              ensure_ascii=False) + "\n", encoding="utf-8")
    km = sum(Geod(ellps="WGS84").line_length(*np.array(l).T) for f in features for l in f["geometry"]["coordinates"]) / 1000
    print(f"{len(features)} rivers, {km:,.0f} km, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
