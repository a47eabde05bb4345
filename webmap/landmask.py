"""Is a point on land? Natural Earth 1:50m land polygons (shipped in geodata/naturalearth)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely


class LandMask:
    """Land polygons in an STR-tree; point queries are vectorised and thread-safe once built."""

    def __init__(self, reference_dir: Path):
        import pyogrio

        frame = pyogrio.read_dataframe(Path(reference_dir) / "naturalearth" / "land-50m.json", layer="land")
        self.parts = shapely.get_parts(frame.geometry.values)
        shapely.prepare(self.parts)
        self.tree = shapely.STRtree(self.parts)

    def on_land(self, lons, lats) -> np.ndarray:
        """A boolean per point: inside a land polygon."""
        lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
        point_index, part_index = self.tree.query(shapely.points(lons, lats))
        hit = shapely.contains_xy(self.parts[part_index], lons[point_index], lats[point_index])
        result = np.zeros(len(lons), dtype=bool)
        result[point_index[hit]] = True
        return result
