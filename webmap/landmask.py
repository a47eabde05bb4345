"""Is a point on land? Natural Earth 1:50m land polygons (shipped in geodata/naturalearth),
and the shortest ways over water around a point, on a grid drawn from them."""

from __future__ import annotations

import functools
import math
from pathlib import Path

import numpy as np
import shapely

from .geometry import cut_area_at_antimeridian, wrap


class LandMask:
    """Land polygons in an STR-tree; point queries are vectorised and thread-safe once built."""

    def __init__(self, reference_dir: Path, cache_dir: Path | None = None):
        from .shapes import ShapeIndex

        index = ShapeIndex(reference_dir, cache_dir)
        self.parts = index.all("land:")  # repaired once, when indexed
        self.fingerprint = index.path.stem  # changes with the land data
        shapely.prepare(self.parts)
        self.tree = shapely.STRtree(self.parts)

    def on_land(self, lons, lats) -> np.ndarray:
        """A boolean per point: inside a land polygon."""
        lons, lats = wrap(np.asarray(lons, dtype=float)), np.asarray(lats, dtype=float)
        point_index, part_index = self.tree.query(shapely.points(lons, lats))
        hit = shapely.contains_xy(self.parts[part_index], lons[point_index], lats[point_index])
        result = np.zeros(len(lons), dtype=bool)
        result[point_index[hit]] = True
        return result

    def on_land_nearby(self, lons, lats) -> np.ndarray:
        """`on_land` for many points close together (a grid): the land within their bounding
        box is merged into one shape first, about ten times faster than point by point."""
        lons, lats = wrap(np.asarray(lons, dtype=float)), np.asarray(lats, dtype=float)
        bounds = (lons.min() - 0.01, lats.min() - 0.01, lons.max() + 0.01, lats.max() + 0.01)
        nearby = self.parts[self.tree.query(shapely.box(*bounds))]
        land = shapely.union_all(shapely.clip_by_rect(nearby, *bounds))
        shapely.prepare(land)
        return shapely.contains_xy(land, lons, lats)


@functools.lru_cache(maxsize=4)
def land_mask(reference_dir: Path, cache_dir: Path | None = None) -> LandMask:
    """One mask per reference folder and process."""
    return LandMask(Path(reference_dir), cache_dir)


def read_land(reference_dir: Path) -> np.ndarray:
    """The shipped land polygons, repaired (for the shape index, which keeps them)."""
    import pyogrio

    frame = pyogrio.read_dataframe(Path(reference_dir) / "naturalearth" / "land-50m.json", layer="land")
    return land_parts(frame.geometry.values)


def land_parts(geometries) -> np.ndarray:
    """Valid polygons, none crossing ±180. The TopoJSON stitches Eurasia, Chukotka, Fiji and
    Antarctica across the antimeridian into rings that jump from +180 to -180: read as they
    are, they turn the Arctic Ocean into land and most of Scandinavia into sea."""
    repaired = [cut_area_at_antimeridian(part) for part in shapely.get_parts(geometries)]
    return shapely.get_parts(shapely.make_valid(np.array(repaired, dtype=object), method="structure",
                                                keep_collapsed=False))


class SeaPaths:
    """Shortest ways over water from one point, within `radius_km` of it.

    A square grid of `cell_km` cells on an azimuthal equidistant projection centred on the
    point, each cell sea or land by the mask; moves go to the eight neighbours, sea to sea,
    and cost more within `offing_km` of the coast, so paths keep to the middle of fjords and
    straits (where a finer coastline than 1:50m still finds water). Paths leave from every
    sea cell within `coast_km` of the point, since a port's own point often lies on land at
    1:50m (quays, river mouths).
    """

    def __init__(self, mask: LandMask, lon: float, lat: float, radius_km: float, cell_km: float, *,
                 coast_km: float, offing_km: float):
        from pyproj import CRS, Transformer
        from scipy import ndimage
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import dijkstra

        crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=km")
        self._to_lonlat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        self._to_xy = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        self.cell_km, self.coast_km, self.offing_km = cell_km, coast_km, offing_km
        self.half = math.ceil(radius_km / cell_km)
        self.size = size = 2 * self.half + 1
        axis = np.arange(-self.half, self.half + 1) * cell_km
        self.x, self.y = (a.ravel() for a in np.meshgrid(axis, axis))
        sea = ~mask.on_land_nearby(*self._to_lonlat.transform(self.x, self.y))
        # Distance from each sea cell's centre to the coast (half a cell for one beside land).
        self.offing = np.maximum(ndimage.distance_transform_edt(sea.reshape(size, size)).ravel() - 0.5, 0) * cell_km
        self.seeds = np.flatnonzero(sea & (np.hypot(self.x, self.y) <= coast_km))
        self.source = size * size  # a virtual cell joined to every seed
        self.km = np.full(size * size + 1, np.inf)
        if self.seeds.size == 0:
            return
        slowness = np.maximum(1.0, offing_km / np.maximum(self.offing, 1e-9))
        index = np.arange(size * size).reshape(size, size)
        rows, cols = [np.full(self.seeds.size, self.source)], [self.seeds]
        weights = [np.maximum(np.hypot(self.x[self.seeds], self.y[self.seeds]), 1e-9)]
        for dy, dx in ((0, 1), (1, 0), (1, 1), (1, -1)):
            a = index[: size - dy, max(0, -dx) : size - max(0, dx)].ravel()
            b = index[dy:, max(0, dx) : size - max(0, -dx)].ravel()
            keep = sea[a] & sea[b]
            rows.append(a[keep])
            cols.append(b[keep])
            weights.append(cell_km * math.hypot(dx, dy) * (slowness[a[keep]] + slowness[b[keep]]) / 2)
        graph = coo_matrix((np.concatenate(weights), (np.concatenate(rows), np.concatenate(cols))),
                           shape=(size * size + 1, size * size + 1)).tocsr()
        self.km, self._previous = dijkstra(graph, directed=False, indices=self.source,
                                           return_predecessors=True, limit=4 * radius_km)

    def distances_km(self, lons, lats) -> tuple[np.ndarray, np.ndarray]:
        """The cost in km of the way over water to each point (arriving at sea in its cell or
        a neighbouring one), and the cell each way arrives by; infinity where water does not
        reach. Costs near coasts are raised (see the class): each is at least the length."""
        x, y = self._to_xy.transform(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        row, col = np.round(y / self.cell_km).astype(int) + self.half, np.round(x / self.cell_km).astype(int) + self.half
        best_km, best_cell = np.full(len(x), np.inf), np.full(len(x), -1)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                r, c = row + dr, col + dc
                cell = np.clip(r, 0, self.size - 1) * self.size + np.clip(c, 0, self.size - 1)
                km = self.km[cell] + np.hypot(self.x[cell] - x, self.y[cell] - y)
                km[(r < 0) | (r >= self.size) | (c < 0) | (c >= self.size)] = np.inf
                better = km < best_km
                best_km[better], best_cell[better] = km[better], cell[better]
        return best_km, best_cell

    def path(self, lon: float, lat: float, cell: int) -> list[tuple[float, float]]:
        """The turning points (lon, lat) of the way to a point, ends excluded: the grid's path
        with every corner cut that keeps as far off the coast as the stretch it replaces."""
        cells = []
        while cell != self.source and cell >= 0:
            cells.append(cell)
            cell = int(self._previous[cell])
        cells.reverse()
        end = np.array(self._to_xy.transform(lon, lat))
        points = np.vstack([[0.0, 0.0], np.column_stack([self.x[cells], self.y[cells]]), end])
        offing = np.concatenate([[self.offing_km], np.minimum(self.offing[cells], self.offing_km), [self.offing_km]])
        kept, i = [], 0
        while i < len(points) - 1:
            j, closest = i + 1, min(offing[i], offing[i + 1])
            while j + 1 < len(points) and self._clear(points[i], points[j + 1], min(closest, offing[j + 1]), end):
                j += 1
                closest = min(closest, offing[j])
            kept.append(j)
            i = j
        turns = points[kept[:-1]]
        lons, lats = self._to_lonlat.transform(turns[:, 0], turns[:, 1])
        return list(zip(np.round(lons, 6).tolist(), np.round(lats, 6).tolist()))

    def _clear(self, start: np.ndarray, stop: np.ndarray, offing_km: float, end: np.ndarray) -> bool:
        """A straight line on the grid keeps `offing_km` off the coast (not checked near the
        point, nor near the end, where the path may cross the coast)."""
        steps = max(int(np.hypot(*(stop - start)) / (self.cell_km / 2)), 1)
        samples = start + np.linspace(0, 1, steps + 1)[:, None] * (stop - start)
        checked = (np.hypot(samples[:, 0], samples[:, 1]) > self.coast_km) & (
            np.hypot(*(samples - end).T) > 1.5 * self.cell_km)
        rows = np.clip(np.round(samples[checked, 1] / self.cell_km).astype(int) + self.half, 0, self.size - 1)
        cols = np.clip(np.round(samples[checked, 0] / self.cell_km).astype(int) + self.half, 0, self.size - 1)
        return bool((self.offing[rows * self.size + cols] >= offing_km - 1e-9).all())
