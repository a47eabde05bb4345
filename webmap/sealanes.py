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
from .geometry import line_bbox_and_geojson, unwrap
from .network import (MAX_LEG_KM, NETWORK_NAME, PASSAGES, MaritimeNetwork, PortLinks, Snap, check_passages,
                      default_network, with_also_avoided)
from .portnames import resolve as resolve_port
from .provenance import source_links
from .vessels import VesselClass, registry

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
    avoid: tuple[str, ...]
    via: tuple[str, ...]
    vessel: str | None
    id: str | None  # the lane's own id (feature id "lane-<id>"), else from its ends
    compare_to: str | None  # another lane's id: the build adds the difference to both
    extra: dict  # more properties for the feature (scenario, published figures, sources)


def sea_route(
    origin: Endpoint,
    destination: Endpoint,
    *,
    speed_kn: float | None = None,
    avoid: Iterable[str] = (),
    via: Iterable[str] = (),
    vessel: str | VesselClass | None = None,
    network: MaritimeNetwork | None = None,
) -> dict:
    """The shortest sea route between two ports or points (see `endpoint`), as a Feature.

    `avoid` names passages (see `network.PASSAGES`) closed for this call only; `vessel` (a
    class of `vessels.registry`) closes the passages it is too big for, the same way. `via`
    lists waypoints (see `waypoint`) called at in order; the lane's `legs` give each stretch.
    Raises UnknownPort, BadCoordinate, BadParameter (speed), UnknownPassage, UnknownVessel or
    NoRoute; never returns a 0 km route.
    """
    network = network or default_network()
    asked = check_passages(avoid.split(",") if isinstance(avoid, str) else avoid) if avoid else frozenset()
    if isinstance(vessel, str):
        vessel = registry().get(vessel)
    closed = [(p, reason) for p, reason in vessel.closed if p in PASSAGES] if vessel else []
    avoid = (asked | with_also_avoided(p for p, _ in closed)) if closed else asked
    speed_kn = check_speed(DEFAULT_SPEED_KN if speed_kn is None else speed_kn)
    if isinstance(via, str):
        via = [v for v in via.split(";")]
    stops = [_named_point(origin), *(_waypoint_point(network, w) for w in via), _named_point(destination)]
    for k in range(1, len(stops) - 1):
        if stops[k].get("nodes"):
            stops[k] = _through_passage(network, stops[k - 1], stops[k], stops[k + 1], avoid)

    parts, legs, path, passages, rivers, snaps, total_km = [], [], [], [], [], [], 0.0
    for start, end in zip(stops, stops[1:]):
        coords, length_km, leg_path, leg_passages, leg_rivers, start_snap, end_snap = _leg(network, start, end, avoid)
        parts.append(coords if not parts else coords[1:])
        passages += [p for p in leg_passages if p not in passages]
        rivers += [r for r in leg_rivers if r not in rivers]
        path += leg_path
        total_km += length_km
        snaps.append((start_snap, end_snap))
        legs.append({"from": start["locode"] or start["id"], "from_name": start["name"],
                     "to": end["locode"] or end["id"], "to_name": end["name"], "length_km": round(length_km, 1),
                     "length_nmi": round(length_km / KM_PER_NMI, 1),
                     "duration_days": round(length_km / KM_PER_NMI / speed_kn / 24, 1)})
    coords = parts[0]  # each leg's is continuous across ±180 already; cut again for output
    if len(parts) > 1:
        coords = np.vstack(parts)
        coords[:, 0] = unwrap(coords[:, 0])
    length_km = total_km
    start, end = stops[0], stops[-1]
    length_nmi = length_km / KM_PER_NMI
    first, last = snaps[0][0], snaps[-1][1]
    bbox, geometry = line_bbox_and_geojson(coords)
    return {
        "type": "Feature",
        "id": f"lane-{start['id']}-{end['id']}",
        "bbox": bbox,
        "geometry": geometry,
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
            "rivers": rivers,
            "avoided": sorted(avoid),
            "vessel": vessel.id if vessel else None,
            "vessel_name": vessel.name if vessel else None,
            "closed_for_vessel": [{"passage": p, "name": PASSAGES[p], "reason": r} for p, r in closed],
            "via": [stop["name"] for stop in stops[1:-1]],
            "legs": legs,
            "network": NETWORK_NAME,
            "legs_km": [round(first.leg_km, 1), round(last.leg_km, 1)] if first and last else [],
        },
    }


def _leg(network: MaritimeNetwork, start: dict, end: dict, avoid: frozenset):
    """One stretch of a route: its coordinates (lon, lat), length in km, node path, and the
    exits taken at either end (None for a way sailed off the network: a short hop straight
    over open water, or the way between two ports near each other that one of them found
    along the coast, `MaritimeNetwork.direct_route`). The shortest of these is taken."""
    if (start["lon"], start["lat"]) == (end["lon"], end["lat"]):
        raise BadCoordinate(f"{start['name']} and {end['name']} are the same place")
    start_links, end_links = _links(network, start), _links(network, end)
    try:
        start_snap, path, length_km, end_snap = network.shortest_route(
            start_links.exits, end_links.exits, avoid, start_links.reach, end_links.reach)  # all geodesic (WGS 84)
    except NoRoute:
        raise NoRoute(
            f"no sea route from {start['name']} to {end['name']} avoiding {', '.join(sorted(avoid))}"
        ) from None
    direct = None
    if start_links.near is not None and end_links.near is not None:
        direct = network.direct_route((start["locode"], start["lon"], start["lat"], start_links),
                                      (end["locode"], end["lon"], end["lat"], end_links), avoid)
    if direct is None and length_km <= 2 * MAX_LEG_KM and (direct_km := network.open_water_km(
            start["lon"], start["lat"], end["lon"], end["lat"])) is not None:
        direct = (direct_km, np.array([[start["lon"], start["lat"]], [end["lon"], end["lat"]]]), [], [])
    if direct is not None and direct[0] < length_km:
        length_km, coords, passages, rivers = direct
        path, start_snap, end_snap = [], None, None
    else:
        passages, path_rivers, path_line = network.path_details(np.array(path, dtype=np.intp))
        rivers = list(dict.fromkeys((*start_snap.rivers, *path_rivers, *end_snap.rivers[::-1])))
        coords = np.concatenate([np.array([(start["lon"], start["lat"]), *start_snap.via]), path_line,
                                 np.array([*end_snap.via[::-1], (end["lon"], end["lat"])])])
    if length_km < MIN_ROUTE_KM:
        raise BadCoordinate(f"{start['name']} and {end['name']} are the same place (route of {length_km:.2f} km)")
    coords[:, 0] = unwrap(coords[:, 0])
    return coords, length_km, path, passages, rivers, start_snap, end_snap


def lane_features(lanes: Iterable[Lane], network: MaritimeNetwork | None = None) -> list[dict]:
    """The story's lanes, each with quotes left empty: lanes are computed, not quoted. A lane
    with `compare_to` and the lane it names both get a `comparison` (see `compare`); a lane's
    `extra` (scenario, published figures, sources) is copied to its properties. Of `Lane`,
    only origin, destination and speed_kn are required."""
    lanes, features, by_id = list(lanes), [], {}
    for lane in lanes:
        try:
            feature = sea_route(lane.origin, lane.destination, speed_kn=lane.speed_kn,
                                avoid=getattr(lane, "avoid", ()), via=getattr(lane, "via", ()),
                                vessel=getattr(lane, "vessel", None), network=network)
        except WebmapError as err:
            raise type(err)(f"lane {lane.origin} → {lane.destination}: {err}") from None
        props = feature["properties"]
        if getattr(lane, "id", None):
            feature["id"] = props["id"] = f"lane-{lane.id}"
        props.update(getattr(lane, "extra", {}))
        props["quotes"] = []
        props["mentions"] = []
        features.append(feature)
        by_id[getattr(lane, "lane_id", props["id"].removeprefix("lane-"))] = feature
    for lane, feature in zip(lanes, features):
        if getattr(lane, "compare_to", None):
            compare(feature, by_id[lane.compare_to])
    return features


def compare(alternative: dict, base: dict) -> None:
    """Put the difference between two lanes on both: `comparison` = {lane, name, extra_km,
    extra_nmi, extra_days}, this lane less the other (each at its own speed); the
    alternative's `compare_to` names the base lane."""
    a, b = alternative["properties"], base["properties"]
    a["compare_to"] = b["id"]
    for this, other in ((a, b), (b, a)):
        this["comparison"] = {
            "lane": other["id"], "name": other["name"], "scenario": other.get("scenario"),
            "extra_km": round(this["length_km"] - other["length_km"], 1),
            "extra_nmi": round(this["length_nmi"] - other["length_nmi"], 1),
            "extra_days": round(_days(this) - _days(other), 1),
        }


def _days(props: dict) -> float:
    return props["length_nmi"] / props["speed_kn"] / 24


def _links(network: MaritimeNetwork, point: dict) -> PortLinks:
    """Where a stop joins the network: a port's PortLinks (exits and neighbourhood), or the
    exits alone of a point or a passage (on the network already)."""
    if point.get("node") is not None:
        return PortLinks((Snap(point["node"], 0.0),))
    if not point["locode"]:
        return PortLinks(network.exits(point["lon"], point["lat"]))
    return network.port_links(point["locode"], point["lon"], point["lat"], name=point["name"])


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


def waypoint(value: str) -> Endpoint:
    """A `via` stop as given: a passage id of `network.PASSAGES` (returned as "passage:<id>"),
    or an `endpoint` (a port's name or UN/LOCODE, or "lon,lat")."""
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and text.lower() in PASSAGES:
        return f"passage:{text.lower()}"
    return endpoint(text)


def _waypoint_point(network: MaritimeNetwork, value) -> dict:
    """A `via` stop as a named point; a passage is its middle node on the network."""
    value = waypoint(value) if not (isinstance(value, str) and value.startswith("passage:")) else value
    if not (isinstance(value, str) and value.startswith("passage:")):
        return _named_point(value)
    passage = value.split(":", 1)[1]
    nodes = sorted({n for edge, tag in network.passage_of.items() if tag == passage for n in edge})
    if not nodes:
        raise NoRoute(f"the network has no edge for passage {passage!r}")
    centre = network.lonlat[nodes].mean(axis=0)
    node = nodes[int(np.argmin(((network.lonlat[nodes] - centre) ** 2).sum(axis=1)))]
    return _at_node(network, {"id": passage, "locode": None, "name": PASSAGES[passage], "nodes": nodes}, node)


def _at_node(network: MaritimeNetwork, stop: dict, node: int) -> dict:
    lon, lat = (float(v) for v in network.lonlat[node])
    return {**stop, "lon": (lon + 180) % 360 - 180, "lat": lat, "node": int(node)}


def _through_passage(network: MaritimeNetwork, before: dict, passage: dict, after: dict, avoid: frozenset) -> dict:
    """A passage waypoint at the node of the passage (any end of its edges) that makes the
    way from the stop before to the stop after shortest: the Cape of Good Hope is rounded
    at the Cape, not at the passage's middle node 10 degrees south of it. A passage next to
    it (not yet placed) counts with all its nodes."""
    def exits(stop: dict) -> tuple[Snap, ...]:
        if stop.get("nodes") and not stop.get("placed"):
            return tuple(Snap(int(n), 0.0) for n in stop["nodes"])
        return _links(network, stop).exits

    best = None
    for node in passage["nodes"]:
        through = (Snap(int(node), 0.0),)
        try:
            km = (network.shortest_route(exits(before), through, avoid)[2]
                  + network.shortest_route(through, exits(after), avoid)[2])
        except NoRoute:
            continue
        if best is None or km < best[0]:
            best = (km, node)
    return {**_at_node(network, passage, best[1] if best else passage["node"]), "placed": True}


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
    """A route end as a named point: a port from the gazetteer, or the coordinates themselves.
    Text is read once (`_named_text`); each caller gets its own copy of the dict."""
    return dict(_named_text(value)) if isinstance(value, str) else _named_place(value)


@functools.lru_cache(maxsize=4096)
def _named_text(text: str) -> dict:
    return _named_place(text)  # an unknown or ambiguous name raises, which lru_cache does not remember


def _named_place(value: Endpoint) -> dict:
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
