"""Sea lanes: port-to-port routes on the maritime network, as GeoJSON Features.

`sea_route` answers any query; `lane_features` turns a story's sidecar lanes into features;
`endpoint` is the one reader of a route's ends ("PECHY", "-77.26,-11.6" or a (lon, lat) pair)
for the CLI and the API alike. Lengths are geodesic (pyproj, WGS 84) along the drawn line,
legs to the ports included.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from typing import Protocol

import numpy as np

from .errors import BadCoordinate, BadParameter, NoRoute, WebmapError
from .gazetteer import port
from .geometry import line_bbox, line_geojson, unwrap
from .network import MAX_LEG_KM, NETWORK_NAME, PASSAGES, MaritimeNetwork, check_passages, default_network
from .portnames import resolve as resolve_port
from .provenance import source_links

DEFAULT_SPEED_KN = 18.0  # a container liner's service speed, slow-steaming (see README)
MIN_SPEED_KN, MAX_SPEED_KN = 1.0, 40.0
KM_PER_NMI = 1.852
MIN_ROUTE_KM = 1.0  # shorter than this, origin and destination are the same place

Endpoint = str | tuple[float, float]


class Lane(Protocol):
    """What `lane_features` needs of a lane (a sidecar's LaneSpec, say)."""

    origin: str
    destination: str
    speed_kn: float


def sea_route(
    origin: Endpoint,
    destination: Endpoint,
    *,
    speed_kn: float | None = None,
    avoid: Iterable[str] = (),
    network: MaritimeNetwork | None = None,
) -> dict:
    """The shortest sea route between two ports or points (see `endpoint`), as a Feature.

    `avoid` names passages (see `network.PASSAGES`) closed for this call only.
    Raises UnknownPort, BadCoordinate, BadParameter (speed), UnknownPassage or NoRoute;
    never returns a 0 km route.
    """
    network = network or default_network()
    avoid = check_passages(avoid.split(",") if isinstance(avoid, str) else avoid)
    speed_kn = check_speed(DEFAULT_SPEED_KN if speed_kn is None else speed_kn)
    start, end = _named_point(origin), _named_point(destination)
    if (start["lon"], start["lat"]) == (end["lon"], end["lat"]):
        raise BadCoordinate("origin and destination are the same place")
    try:
        start_snap, path, length_km, end_snap = network.shortest_route(
            _exits(network, start), _exits(network, end), avoid)  # all geodesic (WGS 84)
    except NoRoute:
        raise NoRoute(
            f"no sea route from {start['name']} to {end['name']} avoiding {', '.join(sorted(avoid))}"
        ) from None

    if length_km > 2 * MAX_LEG_KM or (direct_km := network.open_water_km(
            start["lon"], start["lat"], end["lon"], end["lat"])) is None or direct_km >= length_km:
        coords = np.vstack([(start["lon"], start["lat"]), *start_snap.via, network.lonlat[path],
                            *end_snap.via[::-1], (end["lon"], end["lat"])])
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
            "source_links": source_links("searoute:marnet"),
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


def lane_features(lanes: Iterable[Lane], network: MaritimeNetwork | None = None) -> list[dict]:
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


def _exits(network: MaritimeNetwork, point: dict):
    if not point["locode"]:
        return network.exits(point["lon"], point["lat"])
    return network.port_exits(point["locode"], point["lon"], point["lat"], name=point["name"])


def endpoint(value: Endpoint) -> Endpoint:
    """A route end as given: a port as its UN/LOCODE (from a code or a name, see
    `portnames.resolve`), or a (lon, lat) pair, from a tuple or from "lon,lat" text (GeoJSON
    order). Bad coordinates raise BadCoordinate; unknown or ambiguous names, UnknownPort or
    AmbiguousPort with the choices."""
    given = value
    if isinstance(value, str):
        if not _numeric_pair(value):
            return resolve_port(value)
        value = value.split(",")
    try:
        lon, lat = (float(v) for v in value)
    except (TypeError, ValueError):
        raise BadCoordinate(f"{given!r} is neither a UN/LOCODE nor a lon,lat pair") from None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise BadCoordinate(f"({lon}, {lat}): coordinates must be finite numbers")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise BadCoordinate(f"({lon:g}, {lat:g}): longitude must be within [-180, 180] and latitude within [-90, 90]")
    return (lon, lat)


def _numeric_pair(text: str) -> bool:
    """Whether text is meant as "lon,lat": a comma and a number before or after it ("Santos, Brazil" is a name)."""
    if "," not in text:
        return False
    for part in text.split(",", 1):
        try:
            float(part)
            return True
        except ValueError:
            pass
    return False


def _named_point(value: Endpoint) -> dict:
    """A route end as a named point: a port from the gazetteer, or the coordinates themselves."""
    value = endpoint(value)
    if isinstance(value, str):
        return _port_endpoint(value)
    lon, lat = value
    return {"id": f"{lon:.4f}_{lat:.4f}", "locode": None, "name": f"({lon:.4f}, {lat:.4f})", "lon": lon, "lat": lat}


@functools.lru_cache(maxsize=None)
def _port_endpoint(locode: str) -> dict:
    entry = port(locode)  # UnknownPort, which lru_cache does not remember
    code = entry.source.split(":")[1]
    return {"id": code.lower(), "locode": code, "name": entry.name, "lon": entry.lon, "lat": entry.lat}


def check_speed(speed_kn) -> float:
    """Knots as a number within MIN_SPEED_KN–MAX_SPEED_KN (text is read); else BadParameter."""
    try:
        speed = float(speed_kn)
    except (TypeError, ValueError):
        raise BadParameter(f"speed {speed_kn!r} is not a number of knots") from None
    if not (math.isfinite(speed) and MIN_SPEED_KN <= speed <= MAX_SPEED_KN):
        raise BadParameter(f"speed {speed_kn!r} kn is outside {MIN_SPEED_KN:g}–{MAX_SPEED_KN:g} knots")
    return speed
