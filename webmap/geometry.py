"""Geometry helpers shared by the build, the export and the map (rounding, GeoJSON mapping)."""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

COORD_DECIMALS = 5  # about 1 m: more would be noise, and it keeps output stable


def rounded(geometry: BaseGeometry, decimals: int = COORD_DECIMALS) -> BaseGeometry:
    """Coordinates rounded for stable, compact output (5 decimals is about a metre)."""
    return shapely.transform(geometry, lambda xy: np.round(xy, decimals))


def to_geojson(geometry: BaseGeometry) -> dict:
    """An RFC 7946 geometry object with plain lists (not tuples) for stable JSON."""
    return _listify(mapping(rounded(geometry)))


def _listify(value):
    if isinstance(value, (list, tuple)):
        return [_listify(v) for v in value]
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    if isinstance(value, float) and value == 0:
        return 0.0  # no "-0.0" in output
    return value


# -- the antimeridian ---------------------------------------------------------------------
# One place for both paths: exports cut lines at ±180 (RFC 7946 §3.1.9), while the map
# draws them whole, with longitudes allowed past ±180 so Leaflet keeps them continuous.


def unwrap(lons) -> np.ndarray:
    """Longitudes shifted by whole turns so no step between neighbours exceeds 180°."""
    lons = np.array(lons, dtype=float)
    lons[1:] -= 360.0 * np.cumsum(np.round(np.diff(lons) / 360.0))
    return lons


def wrap(lons) -> np.ndarray:
    """Longitudes brought into [-180, 180)."""
    return (np.asarray(lons, dtype=float) + 180.0) % 360.0 - 180.0


def split_at_antimeridian(coords) -> list[np.ndarray]:
    """A continuous (unwrapped) line as RFC 7946 wants it: wrapped, cut where it crosses ±180.

    Returns the pieces in travel order, each an (n, 2) array within [-180, 180]. Segments
    are straight in lon/lat (as the network draws them), so a crossing's latitude is
    interpolated linearly; a test checks the result against the `antimeridian` library,
    which is exact but about 50 times slower, too slow for a route query.
    """
    coords = _without_repeats(np.asarray(coords, dtype=float))
    turn = np.floor((coords[:, 0] + 180.0) / 360.0)  # which 360°-wide copy of the world
    cuts = (np.flatnonzero(turn[1:] != turn[:-1]) + 1).tolist()
    if not cuts:
        return [coords - [360.0 * turn[0], 0.0]] if turn[0] else [coords]
    pieces, start, head = [], 0, None
    for k in cuts + [len(coords)]:
        body = coords[start:k]
        parts = [body] if head is None else [head, body]
        piece_turn = turn[k - 1]
        if k < len(coords):  # the line leaves this world copy between points k-1 and k
            (lon0, lat0), (lon1, lat1) = body[-1], coords[k]
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
    keep = np.ones(len(coords), dtype=bool)
    keep[1:] = (coords[1:] != coords[:-1]).any(axis=1)
    return coords if keep.all() else coords[keep]


def line_geojson(coords) -> dict:
    """An unwrapped line as an RFC 7946 (Multi)LineString geometry, coordinates rounded."""
    parts = [np.round(piece, COORD_DECIMALS).tolist() for piece in split_at_antimeridian(coords)]
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
    (west, south), (east, north) = coords.min(axis=0).tolist(), coords.max(axis=0).tolist()
    if east - west >= 360:
        west, east = -180.0, 180.0
    else:
        west, east = (west + 180.0) % 360.0 - 180.0, (east + 180.0) % 360.0 - 180.0
        if east == -180.0 and west != -180.0:
            east = 180.0
    return [round(v, COORD_DECIMALS) for v in (west, south, east, north)]


def bbox_area(west: float, south: float, east: float, north: float) -> BaseGeometry:
    """A lon/lat box as an area; west > east means it crosses the antimeridian (RFC 7946 §5.2)."""
    from shapely.geometry import box

    if west <= east:
        return box(west, south, east, north)
    return box(west, south, 180, north).union(box(-180, south, east, north))


def extent(geometries: list[dict]) -> list[float]:
    """[west, south, east, north] of GeoJSON geometries, west > east when the narrowest band
    holding them all crosses ±180 (a lane across the Pacific), rather than a whole-world box."""
    from shapely.geometry import shape

    lons, lats, whole_world = [], [], False
    for geometry in geometries:
        area = shape(geometry)
        for part in getattr(area, "geoms", [area]):
            west, south, east, north = part.bounds
            whole_world |= east - west >= 180  # a part this wide (Antarctica) leaves no gap to find
            lons += [west, east]
            lats += [south, north]
    west, east = (-180.0, 180.0) if whole_world else longitude_band(lons)
    return [west, min(lats), east, max(lats)]


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
    from shapely.geometry import shape

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
        lon = shape({"type": "Polygon", "coordinates": polygon}).representative_point().x
        out.append([moved(ring, lon) for ring in polygon])
    return {"type": "MultiPolygon", "coordinates": out}


def great_circle_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance (spherical: enough to weigh evidence)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))
