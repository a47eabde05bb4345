"""The finer judge of drawn routes: GSHHG's full-resolution land (Wessel and Smith, "A Global
Self-consistent, Hierarchical, High-resolution Shoreline Database", J. Geophys. Res. 101, 1996;
through roaring-landmask, MIT, a 15 arc-second raster exact near the coast, `pip install -e
'.[bench]'`), with Natural Earth's
lakes and the 1:50m land's own inland water (the Caspian) as water, since GSHHG's level 1 fills
them; rivers as the network's mask has them (runs up a river a route names are not counted).

Natural Earth 1:50m, which the network is searched on, leaves out islands and headlands (the
Riau islands south of Singapore, Zhoushan, Penang): this shows where lines cross them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

LAKES_SOURCE = "naturalearth/lakes-50m.geojson"


class Shoreline:
    """Land as GSHHG has it, less the lakes; `along_rivers` as the network's mask has it."""

    def __init__(self, coarse, reference_dir: Path):
        import shapely
        from roaring_landmask import RoaringLandmask

        self._land = RoaringLandmask.new()
        self._coarse = coarse
        features = json.loads((Path(reference_dir) / LAKES_SOURCE).read_text(encoding="utf-8"))["features"]
        self._lakes = np.array([shapely.geometry.shape(f["geometry"]) for f in features], dtype=object)
        shapely.prepare(self._lakes)
        self._lake_boxes = shapely.bounds(self._lakes)

    def on_land(self, lons, lats) -> np.ndarray:
        """A boolean per point: on GSHHG's land and in no lake."""
        import shapely

        shape = np.shape(lons)
        lons = np.ascontiguousarray((np.ravel(lons).astype(float) + 180.0) % 360.0 - 180.0)
        lats = np.ascontiguousarray(np.ravel(lats), dtype=float)
        land = np.asarray(self._land.contains_many(lons, lats), dtype=bool)
        ashore = np.flatnonzero(land)
        if ashore.size:
            x, y = lons[ashore], lats[ashore]
            boxes = self._lake_boxes
            near = np.flatnonzero((boxes[:, 0] <= x.max()) & (boxes[:, 2] >= x.min())
                                  & (boxes[:, 1] <= y.max()) & (boxes[:, 3] >= y.min()))
            for lake in self._lakes[near]:
                land[ashore[shapely.contains_xy(lake, x, y)]] = False
        return land.reshape(shape)

    def along_rivers(self, points, names, within_km: float) -> np.ndarray:
        return self._coarse.along_rivers(points, names, within_km)


def shoreline(network) -> Shoreline | None:
    """The finer judge, if roaring-landmask is installed (1.3 GB and 6–7 s to load)."""
    try:
        return Shoreline(network.land, network.reference_dir)
    except ImportError:
        return None
