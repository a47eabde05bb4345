"""Geometry helpers shared by the build, the export and the map (rounding, GeoJSON mapping).

Only numpy at import: the web tier uses the antimeridian, extents and box tests on GeoJSON;
the helpers that take shapely geometries (the build's) import shapely themselves.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

COORD_DECIMALS = 5  # about 1 m: more would be noise, and it keeps output stable
EARTH_RADIUS_KM = 6371.0  # the mean radius: for chords and great circles (a generous bound)


def rounded(geometry: BaseGeometry, decimals: int = COORD_DECIMALS) -> BaseGeometry:
    """Coordinates rounded for stable, compact output (5 decimals is about a metre)."""
    import shapely

    return shapely.transform(geometry, lambda xy: np.round(xy, decimals))


def to_geojson(geometry: BaseGeometry) -> dict:
    """An RFC 7946 geometry object with plain lists (not tuples) for stable JSON. The shapely
    geometry it came from is remembered for `shape_of`."""
    exact = rounded(geometry)
    made = _geojson(exact)
    _remember_shape(made, exact)
    return made


def _geojson(geometry: BaseGeometry) -> dict:
    """shapely's `mapping`, with lists made by numpy (a basemap has 100,000 coordinates)."""
    kind = geometry.geom_type
    if kind == "GeometryCollection":
        return {"type": kind, "geometries": [_geojson(part) for part in geometry.geoms]}
    return {"type": kind, "coordinates": _coordinates(geometry)}


def _coordinates(geometry: BaseGeometry) -> list:
    kind = geometry.geom_type
    if kind.startswith("Multi"):
        return [_coordinates(part) for part in geometry.geoms]
    if kind == "Polygon":
        return [] if geometry.is_empty else [_positions(ring) for ring in (geometry.exterior, *geometry.interiors)]
    positions = _positions(geometry)
    return (positions[0] if positions else []) if kind == "Point" else positions


def _positions(geometry: BaseGeometry) -> list:
    """(x, y) positions as lists of floats; + 0.0 turns -0.0 into 0.0 (no "-0.0" in output)."""
    return (np.asarray(geometry.coords, dtype=float).reshape(-1, 2) + 0.0).tolist()


_SHAPES: dict[int, tuple[dict, BaseGeometry]] = {}  # id(GeoJSON geometry) -> (it, its shapely geometry)
SHAPES_KEPT = 4096


def shape_of(geometry: dict) -> BaseGeometry:
    """The shapely geometry of a GeoJSON geometry object, made once per object: a build hands
    the same objects to the map, the thumbnail and the GeoPackage, and making shapely
    polygons from lists of coordinates is the slowest part of all three."""
    found = _SHAPES.get(id(geometry))
    if found is not None and found[0] is geometry:
        return found[1]
    from shapely.geometry import shape

    made = shape(geometry)
    _remember_shape(geometry, made)
    return made


def _remember_shape(geometry: dict, made: BaseGeometry) -> None:
    if len(_SHAPES) >= SHAPES_KEPT:  # the oldest go first (dicts keep insertion order)
        for key in list(_SHAPES)[:SHAPES_KEPT // 2]:
            del _SHAPES[key]
    _SHAPES[id(geometry)] = (geometry, made)  # holding the object: its id cannot be reused meanwhile


# -- the antimeridian ---------------------------------------------------------------------
# One place for both paths: exports cut lines at ±180 (RFC 7946 §3.1.9), while the map
# draws them whole, with longitudes allowed past ±180 so Leaflet keeps them continuous.


def unwrap(lons) -> np.ndarray:
    """Longitudes shifted by whole turns so no step between neighbours exceeds 180°."""
    lons = np.array(lons, dtype=float)
    steps = lons[1:] - lons[:-1]
    if steps.size and np.abs(steps).max() > 180.0:
        lons[1:] -= 360.0 * np.cumsum(np.round(steps / 360.0))
    return lons


def unit_vectors(lon, lat) -> np.ndarray:
    """Points on the unit sphere, so nearest-neighbour search is right across ±180 and at the poles."""
    lon, lat = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def chord(km: float) -> float:
    """The straight-line distance between unit vectors `km` apart on the Earth's surface."""
    return 2 * math.sin(min(km / EARTH_RADIUS_KM, math.pi) / 2)


def wrap(lons) -> np.ndarray:
    """Longitudes brought into [-180, 180)."""
    return (np.asarray(lons, dtype=float) + 180.0) % 360.0 - 180.0


def split_at_antimeridian(coords, lon_range: tuple[float, float] | None = None) -> list[np.ndarray]:
    """A continuous (unwrapped) line as RFC 7946 wants it: wrapped, cut where it crosses ±180.

    Returns the pieces in travel order, each an (n, 2) array within [-180, 180]. Segments
    are straight in lon/lat (as the network draws them), so a crossing's latitude is
    interpolated linearly; a test checks the result against the `antimeridian` library,
    which is exact but about 50 times slower, too slow for a route query. `lon_range`: the
    line's least and greatest longitude, if the caller has them.
    """
    coords = _without_repeats(np.asarray(coords, dtype=float))
    west, east = lon_range or (coords[:, 0].min(), coords[:, 0].max())
    # Which 360°-wide copy of the world: it grows with the longitude, so a line whose
    # westernmost and easternmost points are in one copy is in one copy (most lines).
    first = math.floor((west + 180.0) / 360.0)
    if first == math.floor((east + 180.0) / 360.0):
        return [coords - [360.0 * first, 0.0]] if first else [coords]
    turn = np.floor((coords[:, 0] + 180.0) / 360.0)
    cuts = (np.flatnonzero(turn[1:] != turn[:-1]) + 1).tolist()
    turn = turn.tolist()  # Python floats: the few values read per cut, without numpy's per-scalar cost
    pieces, start, head = [], 0, None
    for k in cuts + [len(coords)]:
        body = coords[start:k]
        parts = [body] if head is None else [head, body]
        piece_turn = turn[k - 1]
        if k < len(coords):  # the line leaves this world copy between points k-1 and k
            (lon0, lat0), (lon1, lat1) = body[-1].tolist(), coords[k].tolist()
            seam = 180.0 + 360.0 * min(piece_turn, turn[k])
            lat = lat0 + (lat1 - lat0) * (seam - lon0) / (lon1 - lon0)
            if lon0 != seam:
                parts.append(np.array([[seam, lat]]))
            head = None if lon1 == seam else np.array([[seam, lat]])
        piece = np.concatenate(parts) if len(parts) > 1 else body.copy()
        piece[:, 0] -= 360.0 * piece_turn
        if len(piece) >= 2:
            pieces.append(piece)
        start = k
    return pieces


def _without_repeats(coords: np.ndarray) -> np.ndarray:
    """Drop points equal to their predecessor (the network's ±180 seam edges make some)."""
    repeats = (coords[1:, 0] == coords[:-1, 0]) & (coords[1:, 1] == coords[:-1, 1])
    return coords[np.concatenate(([True], ~repeats))] if repeats.any() else coords


def line_geojson(coords, lon_range: tuple[float, float] | None = None) -> dict:
    """An unwrapped line as an RFC 7946 (Multi)LineString geometry, coordinates rounded
    (`lon_range`: see `split_at_antimeridian`)."""
    parts = [piece.round(COORD_DECIMALS).tolist() for piece in split_at_antimeridian(coords, lon_range)]
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": parts[0]}
    return {"type": "MultiLineString", "coordinates": parts}


def cut_area_at_antimeridian(area: BaseGeometry) -> BaseGeometry:
    """A valid (Multi)Polygon within [-180, 180]. Parts whose rings jump from +180 to -180
    (Russia, Fiji, the Aleutians in Natural Earth) are moved onto [0, 360), repaired and cut
    at 180; a part that still spans the world once moved (Antarctica round the pole, and
    Afro-Eurasia in the land mask, whose west is Portugal) goes to the slower `antimeridian`
    library.
    Cutting comes before repairing: repairing first makes a band round the world."""
    import shapely
    from shapely.geometry import MultiPolygon, box

    parts = []
    for part in shapely.get_parts(area):
        west, _, east, _ = part.bounds
        if east - west < 180:
            parts.append(_valid(part))
            continue
        moved = shapely.transform(part, lambda xy: np.where(xy[:, :1] < 0, xy + [360.0, 0.0], xy))
        west, _, east, _ = moved.bounds
        if east - west >= 180:  # still round the world: it encloses a pole
            import antimeridian
            from shapely.geometry import shape

            parts.append(_valid(shape(antimeridian.fix_shape(part, fix_winding=True))))
            continue
        moved = _valid(moved)
        parts.append(moved.intersection(box(-180, -90, 180, 90)))
        beyond = moved.intersection(box(180, -90, 540, 90))
        if not beyond.is_empty:
            parts.append(shapely.transform(beyond, lambda xy: xy - [360.0, 0.0]))
    polygons = [p for part in parts for p in shapely.get_parts(part) if p.geom_type == "Polygon" and not p.is_empty]
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def _valid(area: BaseGeometry) -> BaseGeometry:
    """Repaired if need be (some 1:110m rings self-touch), polygons only."""
    import shapely

    if area.is_valid:
        return area
    repaired = shapely.make_valid(area)
    return shapely.union_all([p for p in shapely.get_parts(repaired) if p.geom_type in ("Polygon", "MultiPolygon")])


def join_across_antimeridian(geometry: dict) -> list[list[float]]:
    """The inverse, for the map: one continuous coordinate list from a (Multi)LineString."""
    if geometry["type"] == "LineString":
        parts = [geometry["coordinates"]]
    else:
        parts = geometry["coordinates"]
    coords = [point for part in parts for point in part]
    lons = unwrap([lon for lon, _ in coords])
    joined = []
    for lon, (_, lat) in zip(lons, coords):
        point = [round(float(lon), COORD_DECIMALS), lat]
        if not joined or joined[-1] != point:  # the two ends of a cut meet at the same point
            joined.append(point)
    return joined


def line_bbox(coords) -> list[float]:
    """[west, south, east, north] of an unwrapped line; west > east when it crosses ±180."""
    coords = np.asarray(coords, dtype=float)
    return _line_bbox(float(coords[:, 0].min()), float(coords[:, 0].max()), coords[:, 1])


def line_bbox_and_geojson(coords) -> tuple[list[float], dict]:
    """`line_bbox` and `line_geojson` of one unwrapped line, which share its longitude range
    (a route query's output)."""
    coords = np.asarray(coords, dtype=float)
    west, east = float(coords[:, 0].min()), float(coords[:, 0].max())
    return _line_bbox(west, east, coords[:, 1]), line_geojson(coords, (west, east))


def _line_bbox(west: float, east: float, lats: np.ndarray) -> list[float]:
    south, north = float(lats.min()), float(lats.max())
    if east - west >= 360:
        west, east = -180.0, 180.0
    else:
        west, east = (west + 180.0) % 360.0 - 180.0, (east + 180.0) % 360.0 - 180.0
        if east == -180.0 and west != -180.0:
            east = 180.0
    return [round(v, COORD_DECIMALS) for v in (west, south, east, north)]


def extent(geometries: list[dict]) -> list[float]:
    """[west, south, east, north] of GeoJSON geometries, west > east when the narrowest band
    holding them all crosses ±180 (a lane across the Pacific), rather than a whole-world box."""
    lons, lats, whole_world = [], [], False
    for geometry in geometries:
        for west, south, east, north in part_bounds(geometry):
            whole_world |= east - west >= 180  # a part this wide (Antarctica) leaves no gap to find
            lons += [west, east]
            lats += [south, north]
    west, east = (-180.0, 180.0) if whole_world else longitude_band(lons)
    return [west, min(lats), east, max(lats)]


def part_bounds(geometry: dict) -> list[tuple[float, float, float, float]]:
    """(west, south, east, north) of each part of a GeoJSON geometry (a polygon of a
    MultiPolygon, a line of a MultiLineString; the whole of anything else)."""
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        return [(coords[0], coords[1], coords[0], coords[1])]
    parts = coords if kind.startswith("Multi") and kind != "MultiPoint" else [coords]
    bounds = []
    for part in parts:
        points = np.asarray(_points(part), dtype=float)
        (west, south), (east, north) = points.min(axis=0).tolist(), points.max(axis=0).tolist()
        bounds.append((west, south, east, north))
    return bounds


def _points(coords) -> list:
    """The positions of a coordinate array of any depth, flattened."""
    if coords and isinstance(coords[0], (int, float)):
        return [coords[:2]]
    return [point for inner in coords for point in _points(inner)]


def intersects_box(geometry: dict, west: float, south: float, east: float, north: float) -> bool:
    """Whether a GeoJSON geometry meets a lon/lat box, boundary included (as OGC's `bbox`
    selects); west > east means the box crosses the antimeridian (RFC 7946 §5.2)."""
    if west > east:
        return intersects_box(geometry, west, south, 180.0, north) or \
            intersects_box(geometry, -180.0, south, east, north)
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind in ("Point", "MultiPoint"):
        points = np.asarray(_points(coords), dtype=float)
        return bool(((points[:, 0] >= west) & (points[:, 0] <= east)
                     & (points[:, 1] >= south) & (points[:, 1] <= north)).any())
    if kind in ("LineString", "MultiLineString"):
        lines = [coords] if kind == "LineString" else coords
        return any(_segments_meet_box(np.asarray(line, dtype=float)[:, :2], west, south, east, north)
                   for line in lines)
    polygons = [coords] if kind == "Polygon" else coords
    for rings in polygons:
        rings = [np.asarray(ring, dtype=float)[:, :2] for ring in rings]
        # An edge in or through the box, or the box inside the polygon (a corner of it is).
        if any(_segments_meet_box(ring, west, south, east, north) for ring in rings) \
                or _inside_rings(west, south, rings):
            return True
    return False


def boxes_meet(a, b) -> bool:
    """Whether two [west, south, east, north] boxes meet; either may cross the antimeridian."""
    if a[1] > b[3] or b[1] > a[3]:
        return False
    return any(w1 <= e2 and w2 <= e1 for w1, e1 in _spans(a) for w2, e2 in _spans(b))


def _spans(box) -> list[tuple[float, float]]:
    west, east = box[0], box[2]
    return [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]


def _segments_meet_box(line: np.ndarray, west: float, south: float, east: float, north: float) -> bool:
    """Whether any segment of a polyline meets the box (Liang–Barsky clipping, vectorised)."""
    start = line[:-1] if len(line) > 1 else line
    delta = line[1:] - line[:-1] if len(line) > 1 else np.zeros_like(line)
    low, high = np.zeros(len(start)), np.ones(len(start))
    meets = np.ones(len(start), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-delta[:, 0], start[:, 0] - west), (delta[:, 0], east - start[:, 0]),
                     (-delta[:, 1], start[:, 1] - south), (delta[:, 1], north - start[:, 1])):
            meets &= ~((p == 0) & (q < 0))  # parallel to this side and outside it
            ratio = q / p
            low = np.where(p < 0, np.maximum(low, ratio), low)
            high = np.where(p > 0, np.minimum(high, ratio), high)
    return bool((meets & (low <= high)).any())


def _inside_rings(x: float, y: float, rings: list[np.ndarray]) -> bool:
    """Even-odd rule over a polygon's rings (holes included): a ray to the east crosses them
    an odd number of times."""
    crossings = 0
    for ring in rings:
        (x0, y0), (x1, y1) = ring[:-1].T, ring[1:].T
        straddles = (y0 > y) != (y1 > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        crossings += int((straddles & (at > x)).sum())
    return crossings % 2 == 1


def longitude_band(lons) -> tuple[float, float]:
    """(west, east) of the narrowest band of longitudes holding every point; west > east
    when the band crosses ±180. Found as the complement of the widest empty gap."""
    lons = np.unique(wrap(np.asarray(lons, dtype=float)))
    if len(lons) == 0:
        return (-180.0, 180.0)
    gaps = np.diff(np.append(lons, lons[0] + 360.0))
    widest = int(np.argmax(gaps))
    return float(lons[(widest + 1) % len(lons)]), float(lons[widest])


def central_meridian(lons) -> float:
    """The meridian at the middle of the narrowest longitude band holding every point:
    for Peru and China the band runs across the Pacific, so the map centres there."""
    west, east = longitude_band(lons)
    if east < west:
        east += 360.0
    return float(wrap((west + east) / 2))


def shift_near(lon: float, centre: float) -> float:
    """`lon` moved by whole turns to lie within 180° of `centre` (the map's world copy)."""
    return lon + 360.0 * round((centre - lon) / 360.0)


def near_meridian(geometry: dict, centre: float, *, continuous: bool = False) -> dict:
    """A GeoJSON geometry for drawing (not export): moved by whole turns to lie around
    `centre`, longitudes possibly past ±180. A `continuous` line (a sea lane) is first
    joined across the antimeridian into one; the parts of any other geometry move each on
    its own (the Aleutians join Alaska, a river's stretches stay where they are)."""
    def moved(coords, lon):
        offset = shift_near(lon, centre) - lon
        return [[round(x + offset, COORD_DECIMALS), y] for x, y in coords]

    kind = geometry["type"]
    if kind == "Point":
        lon, lat = geometry["coordinates"]
        return {"type": "Point", "coordinates": [round(shift_near(lon, centre), COORD_DECIMALS), lat]}
    if kind in ("LineString", "MultiLineString") and continuous:
        line = join_across_antimeridian(geometry)
        return {"type": "LineString", "coordinates": moved(line, line[len(line) // 2][0])}
    if kind in ("LineString", "MultiLineString"):
        parts = [geometry["coordinates"]] if kind == "LineString" else geometry["coordinates"]
        return {"type": "MultiLineString", "coordinates": [moved(part, part[len(part) // 2][0]) for part in parts]}
    polygons = [geometry["coordinates"]] if kind == "Polygon" else geometry["coordinates"]
    out = []
    for polygon in polygons:
        lon = central_meridian([x for x, _ in polygon[0]])  # the middle of the outer ring's span
        out.append([moved(ring, lon) for ring in polygon])
    return {"type": "MultiPolygon", "coordinates": out}


def great_circle_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance (spherical: enough to weigh evidence)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return EARTH_RADIUS_KM * math.acos(max(-1.0, min(1.0, c)))
