"""Sea lanes: port-to-port routes on the maritime network, as GeoJSON Features.

`sea_route` answers any query; `lane_features` turns a story's sidecar lanes into features.
Lengths are geodesic (pyproj, WGS 84) along the drawn line, legs to the ports included.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

import numpy as np

from .errors import BadCoordinate, NoRoute, WebmapError
from .gazetteer import port
from .geometry import line_bbox, line_geojson, unwrap
from .network import MAX_LEG_KM, NETWORK_NAME, PASSAGES, MaritimeNetwork, check_passages, default_network
from .sidecar import DEFAULT_SPEED_KN, LaneSpec

KM_PER_NMI = 1.852
MIN_ROUTE_KM = 1.0  # shorter than this, origin and destination are the same place

Endpoint = str | tuple[float, float]


def sea_route(
    origin: Endpoint,
    destination: Endpoint,
    *,
    speed_kn: float | None = None,
    avoid: Iterable[str] = (),
    network: MaritimeNetwork | None = None,
) -> dict:
    """The shortest sea route between two ports (UN/LOCODE) or (lon, lat) points, as a Feature.

    `avoid` names passages (see `network.PASSAGES`) closed for this call only.
    Raises UnknownPort, BadCoordinate, UnknownPassage or NoRoute; never returns a 0 km route.
    """
    network = network or default_network()
    avoid = check_passages(avoid.split(",") if isinstance(avoid, str) else avoid)
    speed_kn = _check_speed(DEFAULT_SPEED_KN if speed_kn is None else speed_kn)
    start, end = _endpoint(origin), _endpoint(destination)
    if (start["lon"], start["lat"]) == (end["lon"], end["lat"]):
        raise BadCoordinate("origin and destination are the same place")
    start_snap, end_snap = (_snap(network, point) for point in (start, end))
    try:
        path, network_km = network.shortest_path(start_snap.node, end_snap.node, avoid)
    except NoRoute:
        raise NoRoute(
            f"no sea route from {start['name']} to {end['name']} avoiding {', '.join(sorted(avoid))}"
        ) from None

    length_km = start_snap.leg_km + network_km + end_snap.leg_km  # all geodesic (WGS 84)
    if length_km > 2 * MAX_LEG_KM or (direct_km := network.open_water_km(
            start["lon"], start["lat"], end["lon"], end["lat"])) is None or direct_km >= length_km:
        coords = np.empty((len(path) + 2, 2))
        coords[0], coords[1:-1], coords[-1] = (start["lon"], start["lat"]), network.lonlat[path], (end["lon"], end["lat"])
        coords[:, 0] = unwrap(coords[:, 0])  # continuous across ±180; cut again for output
    else:  # a short hop along the coast: straight over open water
        path, length_km = [], direct_km
        coords = np.array([[start["lon"], start["lat"]], [end["lon"], end["lat"]]])
        coords[:, 0] = unwrap(coords[:, 0])
    if length_km < MIN_ROUTE_KM:
        raise BadCoordinate(f"{start['name']} and {end['name']} are the same place (route of {length_km:.2f} km)")

    passages = network.passages_on(path)
    length_nmi = length_km / KM_PER_NMI
    return {
        "type": "Feature",
        "id": f"lane-{start['id']}-{end['id']}",
        "bbox": line_bbox(coords),
        "geometry": line_geojson(coords),
        "properties": {
            "id": f"lane-{start['id']}-{end['id']}",
            "name": f"{start['name']} – {end['name']}",
            "kind": "lane",
            "country": None,
            "source": "searoute:marnet",
            "from": start["locode"],
            "from_name": start["name"],
            "to": end["locode"],
            "to_name": end["name"],
            "length_km": round(length_km, 1),
            "length_nmi": round(length_nmi, 1),
            "speed_kn": speed_kn,
            "duration_days": round(length_nmi / speed_kn / 24, 1),
            "passages": passages,
            "passage_names": [PASSAGES[p] for p in passages],
            "avoided": sorted(avoid),
            "network": NETWORK_NAME,
            "legs_km": [round(start_snap.leg_km, 1), round(end_snap.leg_km, 1)] if path else [],
        },
    }


def lane_features(lanes: Iterable[LaneSpec], network: MaritimeNetwork | None = None) -> list[dict]:
    """The story's lanes, each with quotes left empty: lanes are computed, not quoted."""
    features = []
    for lane in lanes:
        try:
            feature = sea_route(lane.origin, lane.destination, speed_kn=lane.speed_kn, network=network)
        except WebmapError as err:
            raise type(err)(f"lane {lane.origin} → {lane.destination}: {err}") from None
        feature["properties"]["quotes"] = []
        feature["properties"]["mentions"] = []
        features.append(feature)
    return features


def _snap(network: MaritimeNetwork, point: dict):
    if not point["locode"]:
        return network.snap(point["lon"], point["lat"])
    return network.snap_port(point["locode"], point["lon"], point["lat"], name=point["name"])


def _endpoint(value: Endpoint) -> dict:
    """A port code or a (lon, lat) pair as a named point; bad input raises a typed error."""
    if isinstance(value, str):
        return _port_endpoint(value.strip().upper())
    try:
        lon, lat = (float(v) for v in value)
    except (TypeError, ValueError):
        raise BadCoordinate(f"{value!r} is neither a UN/LOCODE nor a (lon, lat) pair") from None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise BadCoordinate(f"({lon}, {lat}): coordinates must be finite numbers")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise BadCoordinate(f"({lon:g}, {lat:g}): longitude must be within [-180, 180] and latitude within [-90, 90]")
    return {"id": f"{lon:.4f}_{lat:.4f}", "locode": None, "name": f"({lon:.4f}, {lat:.4f})", "lon": lon, "lat": lat}


@functools.lru_cache(maxsize=None)
def _port_endpoint(locode: str) -> dict:
    entry = port(locode)  # UnknownPort, which lru_cache does not remember
    code = entry.source.split(":")[1]
    return {"id": code.lower(), "locode": code, "name": entry.name, "lon": entry.lon, "lat": entry.lat}


def _check_speed(speed_kn) -> float:
    try:
        speed = float(speed_kn)
    except (TypeError, ValueError):
        raise BadCoordinate(f"speed {speed_kn!r} is not a number of knots") from None
    if not (math.isfinite(speed) and 1 <= speed <= 40):
        raise BadCoordinate(f"speed {speed_kn!r} kn is outside 1–40 knots")
    return speed
