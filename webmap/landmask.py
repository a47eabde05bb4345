"""Is a point on land? Natural Earth 1:50m land polygons (shipped in geodata/naturalearth),
and the shortest ways over water around a point, on a grid drawn from them.

The polygons are kept as their edges, bucketed in a grid of CELL_DEG cells, each cell with
the answer at one reference point: a point is on land if its cell's reference point is,
flipped once per edge between the two (exact, with numpy only, so the route API runs
without shapely). The grid is made once from the repaired polygons, with shapely, by
`webmap build` (or the first process that needs it) and kept in the cache folder.
"""

from __future__ import annotations

import functools
import hashlib
import math
from pathlib import Path

import numpy as np

from .cache import default_cache_dir
from .geometry import chord, unit_vectors, wrap

GRID_VERSION = 2
CELL_DEG = 0.25
LAND_SOURCE = "naturalearth/land-50m.json"
RIVERS_SOURCE = "naturalearth/rivers-10m.geojson"  # rivers the grid burns in as water (SeaPaths)
# The reference point of a cell: its centre, nudged off the round numbers a vertex may have.
REFERENCE_OFFSET = (0.5 * CELL_DEG + 1.234567e-6, 0.5 * CELL_DEG + 2.345678e-6)
PAIRS_PER_CHUNK = 2_000_000  # point-edge pairs tested at once (bounds the memory of a query)


class LandMask:
    """Land as edges in a grid of cells; point queries are vectorised and thread-safe."""

    def __init__(self, path: Path):
        with np.load(path) as arrays:
            self.edges = arrays["edges"]  # (n, 4): x0, y0, x1, y1
            self.cell_start = arrays["cell_start"]  # edges of cell c: cell_edges[cell_start[c]:cell_start[c + 1]]
            self.cell_edges = arrays["cell_edges"]
            self.inside = arrays["inside"]  # the answer at each cell's reference point
            self.river_segments = arrays["river_segments"]  # (n, 4): lon0, lat0, lon1, lat1
            self.river_of_segment = arrays["river_of_segment"]  # index into river_names
            self.river_names = arrays["river_names"].tolist()
        self.fingerprint = path.stem  # changes with the land data and the grid's making
        self._river_tree = None

    def along_rivers(self, points: np.ndarray, names, within_km: float) -> np.ndarray:
        """Per point (lon, lat), whether it lies within `within_km` of a named river."""
        points = np.array(points, dtype=float).reshape(-1, 2)
        points[:, 0] = wrap(points[:, 0])
        wanted = [k for k, name in enumerate(self.river_names) if name in set(names)]
        if not wanted or not len(points):
            return np.zeros(len(points), dtype=bool)
        middle = points.mean(axis=0)
        spread_km = float(distance_km(points, np.hstack([middle, middle])[None, :]).max())
        segments, owners = self.rivers_near(*middle, spread_km + within_km)
        segments = segments[np.isin(owners, wanted)]
        if not len(segments):
            return np.zeros(len(points), dtype=bool)
        return (distance_km(points, segments) <= within_km).any(axis=1)

    def rivers_near(self, lon: float, lat: float, radius_km: float) -> tuple[np.ndarray, np.ndarray]:
        """River segments (lon0, lat0, lon1, lat1) that may come within `radius_km` of a
        point, and the index of each one's river in `river_names`."""
        if self._river_tree is None:
            from scipy.spatial import cKDTree

            ends = self.river_segments.reshape(-1, 2, 2)
            middles = unit_vectors(*ends.mean(axis=1).T)
            reach = np.linalg.norm(unit_vectors(*ends[:, 0].T) - middles, axis=1).max(initial=0.0)
            self._river_tree, self._river_reach = cKDTree(middles), reach
        found = np.array(sorted(self._river_tree.query_ball_point(unit_vectors([lon], [lat])[0],
                                                                   chord(radius_km) + self._river_reach)), dtype=int)
        return self.river_segments[found], self.river_of_segment[found]

    def on_land(self, lons, lats) -> np.ndarray:
        """A boolean per point: inside a land polygon."""
        lons, lats = wrap(np.asarray(lons, dtype=float)), np.asarray(lats, dtype=float)
        cells = _cell_of(lons, lats)
        result = self.inside[cells].copy()
        counts = self.cell_start[cells + 1] - self.cell_start[cells]
        mixed = np.flatnonzero(counts)  # points in cells that some edge crosses
        if mixed.size == 0:
            return result
        ends = np.cumsum(counts[mixed])
        for low, high in _chunks(ends, PAIRS_PER_CHUNK):
            points = mixed[low:high]
            result[points] ^= self._odd_crossings(lons[points], lats[points], cells[points], counts[points])
        return result

    def _odd_crossings(self, lons, lats, cells, counts) -> np.ndarray:
        """Whether the way from each point's cell reference to the point crosses an odd
        number of edges. Orientations of zero count as negative: a vertex exactly on the
        way counts once for its two edges, as if the way passed beside it."""
        point = np.repeat(np.arange(len(cells)), counts)
        first = np.repeat(self.cell_start[cells] - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts)
        x0, y0, x1, y1 = self.edges[self.cell_edges[first + np.arange(len(point))]].T
        column, row = cells % COLUMNS, cells // COLUMNS
        rx = (-180.0 + column * CELL_DEG + REFERENCE_OFFSET[0])[point]
        ry = (-90.0 + row * CELL_DEG + REFERENCE_OFFSET[1])[point]
        qx, qy = lons[point], lats[point]
        a_side = (qx - rx) * (y0 - ry) - (qy - ry) * (x0 - rx) > 0
        b_side = (qx - rx) * (y1 - ry) - (qy - ry) * (x1 - rx) > 0
        r_side = (x1 - x0) * (ry - y0) - (y1 - y0) * (rx - x0) > 0
        q_side = (x1 - x0) * (qy - y0) - (y1 - y0) * (qx - x0) > 0
        crossed = (a_side != b_side) & (r_side != q_side)
        return np.bincount(point, weights=crossed, minlength=len(cells)).astype(int) % 2 == 1


COLUMNS, ROWS = round(360 / CELL_DEG), round(180 / CELL_DEG)


def distance_km(points: np.ndarray, segments: np.ndarray) -> np.ndarray:
    """Distances in km between points and segments (lon, lat), (points, segments), on a flat
    projection about the points (fine over the few tens of km it is used for)."""
    scale = np.array([111.32 * math.cos(math.radians(float(points[:, 1].mean()))), 110.57])
    p = points[:, None, :] * scale
    a, b = segments[None, :, :2] * scale, segments[None, :, 2:] * scale
    ab = b - a
    t = np.clip(((p - a) * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-12), 0.0, 1.0)
    return np.linalg.norm(a + t[..., None] * ab - p, axis=-1)


def _cell_of(lons, lats) -> np.ndarray:
    column = np.clip(np.floor((lons + 180.0) / CELL_DEG).astype(int), 0, COLUMNS - 1)
    row = np.clip(np.floor((lats + 90.0) / CELL_DEG).astype(int), 0, ROWS - 1)
    return row * COLUMNS + column


def _chunks(ends: np.ndarray, size: int):
    """(low, high) ranges of items whose running totals `ends` add up to about `size` each."""
    low = 0
    while low < len(ends):
        base = ends[low - 1] if low else 0
        high = max(int(np.searchsorted(ends, base + size, side="right")), low + 1)
        yield low, high
        low = high


@functools.lru_cache(maxsize=4)
def land_mask(reference_dir: Path, cache_dir: Path | None = None) -> LandMask:
    """One mask per reference folder and process, made first if the cache has none."""
    return LandMask(ensure_land_grid(Path(reference_dir), cache_dir))


def land_grid_path(reference_dir: Path, cache_dir: Path | None = None) -> Path:
    """The grid's file: named by the land data, this code and the shapely that repaired it."""
    from importlib.metadata import version

    from . import __version__

    digest = hashlib.sha256(f"{GRID_VERSION} webmap {__version__} shapely {version('shapely')}".encode())
    digest.update(data_digest(reference_dir).encode())
    return Path(cache_dir or default_cache_dir()) / f"land-grid-{digest.hexdigest()[:16]}.npz"


def data_digest(reference_dir: Path) -> str:
    """The land and river data the grid is made from, hashed."""
    digest = hashlib.sha256()
    for source in (LAND_SOURCE, RIVERS_SOURCE):
        digest.update((Path(reference_dir) / source).read_bytes())
    return digest.hexdigest()


def ensure_land_grid(reference_dir: Path, cache_dir: Path | None = None) -> Path:
    """The grid's file, made now (with shapely: the build's work) if it is missing."""
    path = land_grid_path(reference_dir, cache_dir)
    if not path.exists():
        from .store import atomic_path

        with atomic_path(path) as tmp:
            with open(tmp, "wb") as f:
                np.savez(f, **land_grid(reference_dir, cache_dir))
    return path


def land_grid(reference_dir: Path, cache_dir: Path | None = None) -> dict[str, np.ndarray]:
    """The repaired land polygons (from the shape index) as the grid LandMask reads."""
    import shapely

    from .shapes import ShapeIndex

    parts = ShapeIndex(reference_dir, cache_dir).all("land:")
    rings = [np.asarray(ring.coords)[:, :2] for part in parts for ring in (part.exterior, *part.interiors)]
    edges = np.concatenate([np.hstack([ring[:-1], ring[1:]]) for ring in rings])
    edges = edges[(edges[:, 0] != edges[:, 2]) | (edges[:, 1] != edges[:, 3])]
    # Each edge goes to every cell its bounding box touches (a few more than it crosses).
    west, east = np.minimum(edges[:, 0], edges[:, 2]), np.maximum(edges[:, 0], edges[:, 2])
    south, north = np.minimum(edges[:, 1], edges[:, 3]), np.maximum(edges[:, 1], edges[:, 3])
    first, last = _cell_of(west, south), _cell_of(east, north)
    width, height = last % COLUMNS - first % COLUMNS + 1, last // COLUMNS - first // COLUMNS + 1
    edge = np.repeat(np.arange(len(edges)), width * height)
    step = np.arange(len(edge)) - np.repeat(np.cumsum(width * height) - width * height, width * height)
    cell = first[edge] + (step // width[edge]) * COLUMNS + step % width[edge]
    order = np.argsort(cell, kind="stable")
    cell_start = np.concatenate([[0], np.cumsum(np.bincount(cell, minlength=COLUMNS * ROWS))])
    column, row = np.arange(COLUMNS * ROWS) % COLUMNS, np.arange(COLUMNS * ROWS) // COLUMNS
    shapely.prepare(parts)
    tree = shapely.STRtree(parts)
    rx, ry = -180.0 + column * CELL_DEG + REFERENCE_OFFSET[0], -90.0 + row * CELL_DEG + REFERENCE_OFFSET[1]
    point_index, part_index = tree.query(shapely.points(rx, ry))
    inside = np.zeros(COLUMNS * ROWS, dtype=bool)
    inside[point_index[shapely.contains_xy(parts[part_index], rx[point_index], ry[point_index])]] = True
    return {"edges": edges, "cell_start": cell_start.astype(np.int64), "cell_edges": edge[order].astype(np.int32),
            "inside": inside, **river_arrays(reference_dir)}


def river_arrays(reference_dir: Path) -> dict[str, np.ndarray]:
    """The shipped rivers (Natural Earth 1:10m centrelines near ports) as segments, each
    with its river's index in `river_names`."""
    import json

    features = json.loads((Path(reference_dir) / RIVERS_SOURCE).read_text(encoding="utf-8"))["features"]
    segments, owners = [np.empty((0, 4))], [np.empty(0, dtype=np.int32)]
    for k, feature in enumerate(features):
        for line in feature["geometry"]["coordinates"]:
            line = np.asarray(line, dtype=float)
            segments.append(np.hstack([line[:-1], line[1:]]))
            owners.append(np.full(len(line) - 1, k, dtype=np.int32))
    return {"river_segments": np.concatenate(segments), "river_of_segment": np.concatenate(owners),
            "river_names": np.array([f["properties"]["name"] for f in features])}


def read_land(reference_dir: Path) -> np.ndarray:
    """The shipped land polygons, repaired (for the shape index, which keeps them)."""
    import pyogrio

    frame = pyogrio.read_dataframe(Path(reference_dir) / "naturalearth" / "land-50m.json", layer="land")
    return land_parts(frame.geometry.values)


def land_parts(geometries) -> np.ndarray:
    """Valid polygons, none crossing ±180. The TopoJSON stitches Eurasia, Chukotka, Fiji and
    Antarctica across the antimeridian into rings that jump from +180 to -180: read as they
    are, they turn the Arctic Ocean into land and most of Scandinavia into sea."""
    import shapely

    from .geometry import cut_area_at_antimeridian

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
    1:50m (quays, river mouths); with `ashore_weight` above 1, the straight bit from the
    point to its seed costs that many times its length, so the way leaves by the nearest
    water rather than cutting across a spit of land to water farther on. With `rivers`, the
    rivers the 1:50m land fills are burnt in as water (`_rivers`). With `islands` (a finer
    land's test of points, `shoreline.Shoreline.islands`), the islands and headlands it has
    are land too, farther than `coast_km` from the point and from each of `harbours` (lon,
    lat: the ports a search looks for), and off the rivers: there a harbour's channels stay as
    1:50m opens them.
    """

    def __init__(self, mask: LandMask, lon: float, lat: float, radius_km: float, cell_km: float, *,
                 coast_km: float, offing_km: float, ashore_weight: float = 1.0, rivers: bool = True,
                 islands=None, harbours=None):
        from pyproj import CRS, Transformer
        from scipy import ndimage
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import dijkstra

        crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=km")
        self._to_lonlat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        self._to_xy = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        self.cell_km, self.coast_km, self.offing_km, self.ashore_weight = cell_km, coast_km, offing_km, ashore_weight
        self.half = math.ceil(radius_km / cell_km)
        self.size = size = 2 * self.half + 1
        axis = np.arange(-self.half, self.half + 1) * cell_km
        self.x, self.y = (a.ravel() for a in np.meshgrid(axis, axis))
        lons, lats = self._to_lonlat.transform(self.x, self.y)
        sea = ~mask.on_land(lons, lats)
        self.river_names = mask.river_names
        self.on_river = np.zeros(size * size, dtype=bool)  # every cell a river centreline crosses (`_rivers`)
        self.river = self._rivers(mask, lon, lat, radius_km, sea) if rivers else np.zeros(size * size, dtype=np.int32)
        if islands is not None:
            offshore = sea & ~self.on_river & (np.hypot(self.x, self.y) > coast_km)
            if harbours is not None and len(harbours):
                offshore &= ~self._near(np.asarray(harbours, dtype=float), coast_km)
            offshore = np.flatnonzero(offshore)
            sea[offshore[islands(lons[offshore], lats[offshore])]] = False
        sea |= self.river > 0
        # Distance from each sea cell's centre to the coast (half a cell for one beside land);
        # a river's cells count as mid-stream: a way up a river is sailed at no extra cost.
        self.offing = np.maximum(ndimage.distance_transform_edt(sea.reshape(size, size)).ravel() - 0.5, 0) * cell_km
        self.offing[self.river > 0] = offing_km
        self.seeds = np.flatnonzero(sea & (np.hypot(self.x, self.y) <= coast_km))
        # Lines cut from the point are not checked this near it: all of coast_km, or with an
        # ashore_weight, only as far as the nearest water (and a cell and a half).
        self.unchecked_km = coast_km if ashore_weight <= 1 or self.seeds.size == 0 else min(
            coast_km, float(np.hypot(self.x[self.seeds], self.y[self.seeds]).min()) + 1.5 * cell_km)
        self.source = size * size  # a virtual cell joined to every seed
        self.km = np.full(size * size + 1, np.inf)
        if self.seeds.size == 0:
            return
        slowness = np.maximum(1.0, offing_km / np.maximum(self.offing, 1e-9))
        index = np.arange(size * size).reshape(size, size)
        rows, cols = [np.full(self.seeds.size, self.source)], [self.seeds]
        weights = [np.maximum(np.hypot(self.x[self.seeds], self.y[self.seeds]) * ashore_weight, 1e-9)]
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

    def _near(self, points: np.ndarray, within_km: float) -> np.ndarray:
        """Per cell, whether its centre lies within `within_km` of one of the points (lon, lat)."""
        near = np.zeros((self.size, self.size), dtype=bool)
        x, y = self._to_xy.transform(points[:, 0], points[:, 1])
        span = math.ceil(within_km / self.cell_km)
        offsets = np.arange(-span, span + 1)
        disc = np.hypot(*np.meshgrid(offsets, offsets)) * self.cell_km <= within_km
        for row, col in zip(np.rint(np.asarray(y) / self.cell_km).astype(int) + self.half,
                            np.rint(np.asarray(x) / self.cell_km).astype(int) + self.half):
            r0, r1, c0, c1 = row - span, row + span + 1, col - span, col + span + 1
            if r1 <= 0 or c1 <= 0 or r0 >= self.size or c0 >= self.size:
                continue
            window = disc[max(0, -r0) : disc.shape[0] - max(0, r1 - self.size),
                          max(0, -c0) : disc.shape[1] - max(0, c1 - self.size)]
            near[max(r0, 0) : min(r1, self.size), max(c0, 0) : min(c1, self.size)] |= window
        return near.ravel()

    def _rivers(self, mask: LandMask, lon: float, lat: float, radius_km: float, sea: np.ndarray) -> np.ndarray:
        """Per cell, 1 + the index of the river whose centreline crosses it where the mask
        has land (0 elsewhere): Natural Earth 1:50m fills the rivers that lead to ports such
        as Hamburg, Rotterdam or New Orleans, so they are burnt in, a cell wide, from the
        1:10m centrelines (sampled every third of a cell, so the cells touch)."""
        river = np.zeros(self.size * self.size, dtype=np.int32)
        segments, owners = mask.rivers_near(lon, lat, radius_km * math.sqrt(2))
        if len(segments) == 0:
            return river
        x0, y0 = self._to_xy.transform(segments[:, 0], segments[:, 1])
        x1, y1 = self._to_xy.transform(segments[:, 2], segments[:, 3])
        steps = np.ceil(np.hypot(x1 - x0, y1 - y0) / (self.cell_km / 3)).astype(int) + 1
        segment = np.repeat(np.arange(len(steps)), steps)
        t = (np.arange(steps.sum()) - np.repeat(np.cumsum(steps) - steps, steps)) / np.repeat(np.maximum(steps - 1, 1), steps)
        row = np.rint((y0[segment] + t * (y1 - y0)[segment]) / self.cell_km).astype(int) + self.half
        col = np.rint((x0[segment] + t * (x1 - x0)[segment]) / self.cell_km).astype(int) + self.half
        inside = (row >= 0) & (row < self.size) & (col >= 0) & (col < self.size)
        cells = row[inside] * self.size + col[inside]
        self.on_river[cells] = True
        on_land = ~sea[cells]
        river[cells[on_land]] = owners[segment[inside][on_land]] + 1
        return river

    def rivers_on(self, cell: int) -> tuple[str, ...]:
        """The rivers the way to a cell goes up or down, from the point outwards."""
        found: list[int] = []
        if self.river.any():
            while cell != self.source and cell >= 0:
                owner = int(self.river[cell])
                if owner and owner not in found:
                    found.append(owner)
                cell = int(self._previous[cell])
        return tuple(self.river_names[owner - 1] for owner in reversed(found))

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

    def arrivals_km(self, lons, lats, within_km: float) -> tuple[np.ndarray, np.ndarray]:
        """Like `distances_km`, for points that may lie on land (ports, whose own points often
        do at 1:50m): the way over water to any sea cell within `within_km` of each point,
        then straight on to it. The cost in km and the cell arrived by; infinity where no
        sea cell that near is reached."""
        x, y = self._to_xy.transform(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        row, col = np.round(y / self.cell_km).astype(int) + self.half, np.round(x / self.cell_km).astype(int) + self.half
        best_km, best_cell = np.full(len(x), np.inf), np.full(len(x), -1)
        span = math.ceil(within_km / self.cell_km) + 1
        for dr in range(-span, span + 1):
            for dc in range(-span, span + 1):
                r, c = row + dr, col + dc
                cell = np.clip(r, 0, self.size - 1) * self.size + np.clip(c, 0, self.size - 1)
                off_km = np.hypot(self.x[cell] - x, self.y[cell] - y)
                km = self.km[cell] + off_km * self.ashore_weight
                km[(r < 0) | (r >= self.size) | (c < 0) | (c >= self.size) | (off_km > within_km)] = np.inf
                better = km < best_km
                best_km[better], best_cell[better] = km[better], cell[better]
        return best_km, best_cell

    def path(self, lon: float, lat: float, cell: int, *, gallop: bool = False) -> list[tuple[float, float]]:
        """The turning points (lon, lat) of the way to a point, ends excluded: the grid's path
        with every corner cut that keeps as far off the coast as the stretch it replaces.
        With `gallop`, each corner cut is found by doubling then halving its reach rather
        than one cell at a time (a few times faster on long ways; much the same line)."""
        turns = self._turns(np.array(self._to_xy.transform(lon, lat)), cell, gallop)
        lons, lats = self._to_lonlat.transform(turns[:, 0], turns[:, 1])
        return list(zip(np.round(lons, 6).tolist(), np.round(lats, 6).tolist()))

    def paths(self, lons, lats, cells) -> list[list[tuple[float, float]]]:
        """`path` (galloping) to each of several points, projected in one go."""
        ends = np.column_stack(self._to_xy.transform(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)))
        turns = [self._turns(end, int(cell), True) for end, cell in zip(ends, cells)]
        if not turns:
            return []
        lons, lats = self._to_lonlat.transform(*np.vstack(turns).T)
        lons, lats = np.round(lons, 6).tolist(), np.round(lats, 6).tolist()
        bounds = np.concatenate([[0], np.cumsum([len(t) for t in turns])]).tolist()
        return [list(zip(lons[a:b], lats[a:b])) for a, b in zip(bounds, bounds[1:])]

    def _turns(self, end: np.ndarray, cell: int, gallop: bool) -> np.ndarray:
        """`path`'s turning points, on the grid (x, y in km)."""
        cells = []
        while cell != self.source and cell >= 0:
            cells.append(cell)
            cell = int(self._previous[cell])
        cells.reverse()
        points = np.vstack([[0.0, 0.0], np.column_stack([self.x[cells], self.y[cells]]), end])
        offing = np.concatenate([[self.offing_km], np.minimum(self.offing[cells], self.offing_km), [self.offing_km]])
        kept, i = [], 0
        while i < len(points) - 1:
            j = self._farthest(points, offing, i, end) if gallop else i + 1
            if not gallop:
                closest = min(offing[i], offing[i + 1])
                while j + 1 < len(points) and self._clear(points[i], points[j + 1], min(closest, offing[j + 1]), end):
                    j += 1
                    closest = min(closest, offing[j])
            kept.append(j)
            i = j
        return points[kept[:-1]]

    def _farthest(self, points: np.ndarray, offing: np.ndarray, i: int, end: np.ndarray) -> int:
        """The farthest point a straight line from point i reaches clear (`_clear`), found by
        galloping: reaches of 1, 2, 4... points, then halving between the last clear one
        and the first that is not."""
        def clear(k: int) -> bool:
            return self._clear(points[i], points[k], float(offing[i : k + 1].min()), end)

        last = len(points) - 1
        good, step, bad = i + 1, 1, None
        while good < last:
            k = min(good + step, last)
            if clear(k):
                good, step = k, step * 2
            else:
                bad = k
                break
        while bad is not None and bad - good > 1:
            k = (good + bad) // 2
            if clear(k):
                good = k
            else:
                bad = k
        return good

    def _clear(self, start: np.ndarray, stop: np.ndarray, offing_km: float, end: np.ndarray) -> bool:
        """A straight line on the grid keeps `offing_km` off the coast (not checked near the
        point, nor near the end, where the path may cross the coast)."""
        dx, dy = float(stop[0] - start[0]), float(stop[1] - start[1])
        steps = max(int(math.hypot(dx, dy) / (self.cell_km / 2)), 1)
        t = np.arange(steps + 1) / steps
        sx, sy = start[0] + t * dx, start[1] + t * dy
        near_end = 1.5 * self.cell_km
        checked = (sx * sx + sy * sy > self.unchecked_km ** 2) & ((sx - end[0]) ** 2 + (sy - end[1]) ** 2 > near_end ** 2)
        last = self.size - 1
        rows = np.minimum(np.maximum(np.rint(sy[checked] / self.cell_km).astype(int) + self.half, 0), last)
        cols = np.minimum(np.maximum(np.rint(sx[checked] / self.cell_km).astype(int) + self.half, 0), last)
        return bool((self.offing[rows * self.size + cols] >= offing_km - 1e-9).all())
