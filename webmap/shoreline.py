"""GSHHG's full-resolution shoreline (Wessel and Smith, "A Global Self-consistent,
Hierarchical, High-resolution Shoreline Database", J. Geophys. Res. 101, 1996), through
roaring-landmask (MIT; a 15 arc-second raster exact near the coast), with Natural Earth's
1:50m lakes and the Caspian as water, since GSHHG's level 1 fills them.

Natural Earth 1:50m, which the network's water is searched on, leaves out islands and
headlands (the Riau islands south of Singapore, Zhoushan, Dapeng): `webmap prepare-network`
adds them to the searches round ports (`islands`), and `bench distances` judges drawn routes
by this land. It needs the `prepare` extra (`pip install -e '.[prepare]'`: 1.3 GB and 6–7 s
to load); the route query never loads it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

LAKES_SOURCE = "naturalearth/lakes-50m.geojson"
ERODE_KM = 0.5  # `islands` keeps land this far inside GSHHG's coast: narrower land is left out
# What `islands` is, for the prepared file's fingerprint (the package need not be installed to check it).
DESCRIPTION = f"GSHHG full via roaring-landmask 0.11, lakes-50m as water, eroded {ERODE_KM} km"
NOT_INSTALLED = "GSHHG's shoreline is not installed: pip install -e '.[prepare]' (roaring-landmask)"


class Shoreline:
    """Land as GSHHG has it, less the lakes; `along_rivers` as the coarse mask has it."""

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
            for k in near:
                west, south, east, north = boxes[k]
                inside = np.flatnonzero((x >= west) & (x <= east) & (y >= south) & (y <= north))
                if inside.size:
                    land[ashore[inside[shapely.contains_xy(self._lakes[k], x[inside], y[inside])]]] = False
        return land.reshape(shape)

    def islands(self, lons, lats) -> np.ndarray:
        """A boolean per point: land at the point and ERODE_KM north, south, east and west of
        it, so that a channel between islands stays open on a grid of about a kilometre, while
        an island or headland wider than twice ERODE_KM is land."""
        lons, lats = np.asarray(lons, dtype=float).ravel(), np.asarray(lats, dtype=float).ravel()
        land = self.on_land(lons, lats)
        for east, north in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            kept = np.flatnonzero(land)
            if not kept.size:
                break
            dlon = east * ERODE_KM / (111.32 * np.maximum(np.cos(np.radians(lats[kept])), 1e-6))
            dlat = north * ERODE_KM / 110.57
            land[kept] = self.on_land(lons[kept] + dlon, np.clip(lats[kept] + dlat, -90.0, 90.0))
        return land

    def along_rivers(self, points, names, within_km: float) -> np.ndarray:
        return self._coarse.along_rivers(points, names, within_km)


def installed() -> bool:
    """Whether roaring-landmask, which holds GSHHG, is installed."""
    from importlib.util import find_spec

    return find_spec("roaring_landmask") is not None


def shoreline(network) -> Shoreline | None:
    """GSHHG's land for a network, if roaring-landmask is installed (1.3 GB and 6–7 s to load)."""
    try:
        return Shoreline(network.land, network.reference_dir)
    except ImportError:
        return None
