"""Route lengths against published port-to-port distances, and how much of each drawn route
lies on land: webmap.sealanes.sea_route next to searoute.searoute() on the same pairs.

The pairs and their figures are geodata/distances/published.csv (each row cites its source).
A row with `via` is routed through that passage by closing the other ways round (`avoid` for
webmap, `restrictions` for searoute, see ALTERNATIVES); a route that then misses the passage
is reported, not measured. For such rows webmap's length with `via` (a waypoint at the
passage's node the route goes best through) is kept too, as `via_waypoint_nmi` in the detail. Errors are |route / published - 1|, reported for long routes
(>= LONG_NMI) and short coastal ones apart, as issue 13 sets a target for each.

Land: every drawn line is sampled about every SAMPLE_KM along its straight lon/lat segments
(as the map draws them) and each sample is tested against webmap's land mask, Natural Earth
1:50m land: coarse (a narrow estuary or canal is land in it), so the figure per route is the
longest unbroken run of land samples, with where it is: in a canal or narrow strait (EXEMPT,
not counted), leaving or approaching a port (a river or harbour the mask fills, or a port leg
cut across a headland), or on the way (an island or cape the line crosses).

The same lines are judged again against GSHHG's full-resolution shoreline with Natural
Earth's lakes as water (`webmap/shoreline.py`, through roaring-landmask), a finer truth than the
1:50m mask: an island or headland 1:50m leaves out shows there. Rivers are land in it (runs up
a river the route names are exempt, as above).

`python -m bench distances` puts the summary rows in bench/results.json; the per-pair detail
goes to bench/out/distances.json.
"""

from __future__ import annotations

import csv
import json
import math
import statistics
import time
from pathlib import Path

import numpy as np
import searoute

from webmap.shoreline import shoreline
from webmap.config import Paths
from webmap.errors import WebmapError
from webmap.gazetteer import Gazetteer, load_ports
from webmap.network import RIVER_KM, RIVER_SHARE, MaritimeNetwork
from webmap.sealanes import sea_route

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "geodata" / "distances" / "published.csv"
DETAIL = Path(__file__).parent / "out" / "distances.json"
LONG_NMI = 1500.0  # issue 13: "routes of 1,500 nmi or more"
TARGET_PCT = {"long": 1.0, "short": 5.0}  # issue 13's median absolute error targets
LAND_LIMIT_KM = 5.0  # issue 13: no drawn route crosses more than 5 km of land
SAMPLE_KM = 0.5
EARTH_KM = 6371.0088
# Land runs inside these are not counted: canals, and straits narrower than the 1:50m mask
# draws (issue 13 excepts "a canal or river it names"); checked by where the run is, as
# searoute does not tag the Dardanelles. Nor are runs up a river the route names (its
# `rivers`), checked against that river's 1:10m centreline (see `land_runs`).
EXEMPT = ("suez", "panama", "kiel", "bosporus", "dardanelles")
PASSAGE_MARGIN_DEG = 0.1  # a land run this close to an exempt passage's edges is inside it
PORT_KM = 15.0  # a land run starting this close to the origin (along the line), or ending this close to the destination, is at the port
# Closing these sends a route through the key passage (the same for both routers).
ALTERNATIVES = {
    "suez": ("south_africa", "panama"),
    "panama": ("chili", "suez", "south_africa"),
    "south_africa": ("suez", "panama"),
}


def published(path: Path = PUBLISHED) -> list[dict]:
    """The table's rows, `nmi` as a float and `long` set."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["nmi"] = float(row["nmi"])
        row["long"] = row["nmi"] >= LONG_NMI
    return rows


def _webmap(row: dict, network) -> dict:
    via = row["via"]
    feature = sea_route(row["from_locode"], row["to_locode"], avoid=ALTERNATIVES.get(via, ()), network=network)
    props = feature["properties"]
    out = {"nmi": props["length_nmi"], "passages": props["passages"], "rivers": props["rivers"],
           "coords": drawn_line(feature["geometry"])}
    if via:  # the same pair forced through the passage with `via` (a waypoint at its best node)
        out["via_waypoint_nmi"] = sea_route(row["from_locode"], row["to_locode"], via=[via],
                                            network=network)["properties"]["length_nmi"]
    return out


def _searoute(row: dict, ports) -> dict:
    a, b = ports[row["from_locode"]], ports[row["to_locode"]]
    feature = searoute.searoute([a.lon, a.lat], [b.lon, b.lat], units="naut", append_orig_dest=True,
                                restrictions=["northwest", *ALTERNATIVES.get(row["via"], ())], return_passages=True)
    props = feature["properties"]
    return {"nmi": props["length"], "passages": sorted(props["traversed_passages"]),
            "coords": drawn_line(feature["geometry"])}


def drawn_line(geometry: dict) -> np.ndarray:
    """A (Multi)LineString as one continuous (unwrapped) array of lon, lat."""
    parts = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
    coords = np.array([p for part in parts for p in part], dtype=float)
    coords[1:, 0] = coords[0, 0] + np.cumsum((np.diff(coords[:, 0]) + 180.0) % 360.0 - 180.0)
    return coords


def _haversine_km(lon0, lat0, lon1, lat1):
    lon0, lat0, lon1, lat1 = map(np.radians, (lon0, lat0, lon1, lat1))
    h = np.sin((lat1 - lat0) / 2) ** 2 + np.cos(lat0) * np.cos(lat1) * np.sin((lon1 - lon0) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def samples(coords: np.ndarray, step_km: float = SAMPLE_KM):
    """Points about every `step_km` along the straight lon/lat segments, and the km each stands for."""
    seg_km = _haversine_km(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    counts = np.maximum(1, np.ceil(seg_km / step_km).astype(int))
    seg = np.repeat(np.arange(len(seg_km)), counts)
    start = np.concatenate([[0], np.cumsum(counts)[:-1]])
    t = (np.arange(counts.sum()) - np.repeat(start, counts) + 0.5) / np.repeat(counts, counts)
    points = coords[seg] + (coords[seg + 1] - coords[seg]) * t[:, None]
    return points, np.repeat(seg_km / counts, counts)


def land_runs(coords: np.ndarray, mask, boxes: dict, rivers=()) -> list[dict]:
    """Unbroken runs of land samples along a drawn line: km, mid point, and where they are
    (in a river the route names, when RIVER_SHARE of the run lies within RIVER_KM of it)."""
    points, km = samples(coords)
    land = mask.on_land(points[:, 0], points[:, 1])
    if not land.any():
        return []
    along = np.cumsum(km)  # km from the origin to the end of each sample's stretch
    edges = np.flatnonzero(np.diff(np.concatenate([[0], land.astype(int), [0]])))
    runs = []
    for first, stop in zip(edges[::2], edges[1::2]):
        lon, lat = points[(first + stop - 1) // 2]
        lon = (lon + 180.0) % 360.0 - 180.0
        where = _where(lon, lat, along[first] - km[first], along[-1] - along[stop - 1], boxes)
        if rivers and not where.startswith("in ") and mask.along_rivers(
                points[first:stop], rivers, RIVER_KM).mean() >= RIVER_SHARE:
            where = f"in the river it names ({', '.join(rivers)})"
        runs.append({"km": round(float(km[first:stop].sum()), 2), "lon": round(float(lon), 3),
                     "lat": round(float(lat), 3), "where": where})
    return runs


def _where(lon, lat, from_origin_km, to_destination_km, boxes) -> str:
    for passage in EXEMPT:
        for x0, y0, x1, y1 in boxes.get(passage, ()):
            if x0 - PASSAGE_MARGIN_DEG <= lon <= x1 + PASSAGE_MARGIN_DEG and y0 - PASSAGE_MARGIN_DEG <= lat <= y1 + PASSAGE_MARGIN_DEG:
                return f"in {passage}"
    if from_origin_km <= PORT_KM:
        return "leaving the origin port"
    if to_destination_km <= PORT_KM:
        return "approaching the destination port"
    return "on the way"


def passage_boxes(network) -> dict[str, list[tuple[float, float, float, float]]]:
    """Per passage, the lon/lat box of each of its network edges, and of each segment of the
    canal's own line where the gazetteer ships one: searoute's last `suez` edge stops at
    31.10°N, short of the canal's mouth at Port Said (31.26°N), where the lanes still sail in it."""
    boxes: dict[str, list] = {}
    for (u, v), passage in network.passage_of.items():
        (x0, y0), (x1, y1) = ((float((x + 180.0) % 360.0 - 180.0), float(y)) for x, y in network.lonlat[[u, v]])
        if abs(x1 - x0) > 180:  # an edge across the antimeridian: not a canal
            continue
        boxes.setdefault(passage, []).append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    gazetteer = Gazetteer(Paths().reference)
    canals = {e.id: e for entries in gazetteer.curated_names.values() for e in entries
              if e.kind == "canal" and e.get("passage") in EXEMPT}
    for entry in canals.values():
        line = gazetteer.shape(entry)
        for part in getattr(line, "geoms", [line] if line is not None else []):
            boxes.setdefault(entry.get("passage"), []).extend(
                (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
                for (x0, y0), (x1, y1) in zip(part.coords[:-1], part.coords[1:]))
    return boxes


def _judged(got: dict, runs: list[dict], prefix: str = "") -> None:
    counted = [r for r in runs if not r["where"].startswith("in ")]
    got[prefix + "land_km"] = round(sum(r["km"] for r in runs), 2)
    got[prefix + "longest_land_run"] = max(counted, key=lambda r: r["km"], default=None)
    got[prefix + "runs_over_limit"] = [r for r in counted if r["km"] > LAND_LIMIT_KM]
    got[prefix + "runs_in_passages"] = [r for r in runs if r["where"].startswith("in ")]


def measure(rows: list[dict] | None = None, land: bool = True, baseline: bool = True,
            fine: bool = False) -> list[dict]:
    """Per pair: published figure, each router's length, error, passages and land runs (with
    `fine`, also judged against GSHHG, as `gshhg_...`, where roaring-landmask is installed)."""
    rows = published() if rows is None else rows
    # Plain Dijkstra: the same shortest routes as the default network's contraction
    # hierarchies, without building a hierarchy for each set of avoided passages.
    ports, network = load_ports(), MaritimeNetwork(Paths().reference, hierarchies=False)
    boxes = passage_boxes(network) if land else {}
    finer = shoreline(network) if land and fine else None
    results = []
    for row in rows:
        result = {k: row[k] for k in ("from_locode", "to_locode", "from_name", "to_name", "nmi", "via", "long")}
        routers = {"webmap": lambda: _webmap(row, network)}
        if baseline:
            routers["searoute"] = lambda: _searoute(row, ports)
        for name, route in routers.items():
            try:
                got = route()
            except WebmapError as err:
                result[name] = {"error": str(err)}
                continue
            got["error_pct"] = round(100.0 * (got["nmi"] / row["nmi"] - 1.0), 2)
            got["missed_via"] = bool(row["via"]) and row["via"] not in got["passages"]
            if land:
                _judged(got, land_runs(got["coords"], network.land, boxes, got.get("rivers", ())))
            if finer is not None:
                _judged(got, land_runs(got["coords"], finer, boxes, got.get("rivers", ())), "gshhg_")
            got["nmi"] = round(got["nmi"], 1)
            del got["coords"]
            result[name] = got
        results.append(result)
    return results


def accuracy(results: list[dict], router: str, long: bool) -> dict:
    """Median and max absolute % error and the worst pairs, over the measured pairs of a group."""
    group = [r for r in results if r["long"] == long and "error_pct" in r[router] and not r[router]["missed_via"]]
    errors = sorted(group, key=lambda r: abs(r[router]["error_pct"]), reverse=True)
    absolute = [abs(r[router]["error_pct"]) for r in group]
    return {
        "pairs": len(group),
        "median_abs_pct": round(statistics.median(absolute), 2) if absolute else math.nan,
        "max_abs_pct": round(max(absolute), 2) if absolute else math.nan,
        "worst": [{"pair": f"{r['from_name']}–{r['to_name']}" + (f" via {r['via']}" if r["via"] else ""),
                   "published_nmi": r["nmi"], "route_nmi": r[router]["nmi"], "error_pct": r[router]["error_pct"]}
                  for r in errors[:3]],
        "not_measured": [f"{r['from_locode']}-{r['to_locode']}" for r in results
                         if r["long"] == long and ("error_pct" not in r[router] or r[router]["missed_via"])],
    }


def land_summary(results: list[dict], router: str, prefix: str = "") -> dict:
    """Routes whose drawn line crosses more than LAND_LIMIT_KM of land in one run (runs in
    EXEMPT passages aside); the runs away from the ports are listed, the rest are in DETAIL.
    `prefix`: "gshhg_" for the runs judged against GSHHG."""
    measured = [r[router] for r in results if prefix + "runs_over_limit" in r[router]]
    pairs = [f"{r['from_locode']}-{r['to_locode']}" for r in results if prefix + "runs_over_limit" in r[router]]
    over = [(pair, got) for pair, got in zip(pairs, measured) if got[prefix + "runs_over_limit"]]
    longest = max(zip(pairs, measured), key=lambda item: (item[1][prefix + "longest_land_run"] or {"km": 0})["km"],
                  default=None)
    on_the_way = [{"pair": pair, **run} for pair, got in over
                  for run in got[prefix + "runs_over_limit"] if run["where"] == "on the way"]
    return {
        "routes": len(measured),
        "routes_over_limit": len(over),
        "routes_over_limit_on_the_way": len({run["pair"] for run in on_the_way}),
        "on_the_way": on_the_way,
        "longest": ({"pair": longest[0], **longest[1][prefix + "longest_land_run"]}
                    if longest and longest[1][prefix + "longest_land_run"] else None),
        "routes_with_runs_in_named_passages": sum(bool(got[prefix + "runs_in_passages"]) for got in measured),
    }


def run() -> list[dict]:
    start = time.perf_counter()
    results = measure(fine=True)
    seconds = round(time.perf_counter() - start, 1)
    DETAIL.parent.mkdir(parents=True, exist_ok=True)
    DETAIL.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    rows = []
    for long in (True, False):
        label = f"≥ {LONG_NMI:,.0f}" if long else f"< {LONG_NMI:,.0f}"
        rows.append({"name": f"published distances, routes {label} nmi", "published_distances": "accuracy",
                     "target_pct": TARGET_PCT["long" if long else "short"],
                     "ours": accuracy(results, "webmap", long), "theirs": accuracy(results, "searoute", long)})
    rows.append({"name": "drawn routes over land", "published_distances": "land", "limit_km": LAND_LIMIT_KM,
                 "sample_km": SAMPLE_KM, "ours": land_summary(results, "webmap"),
                 "theirs": land_summary(results, "searoute"), "seconds": seconds})
    if any("gshhg_runs_over_limit" in r["webmap"] for r in results):
        rows.append({"name": "drawn routes over land (GSHHG full shoreline)", "published_distances": "land",
                     "land": "GSHHG full-resolution shoreline (roaring-landmask) with Natural Earth 1:50m lakes as water; "
                             "rivers are land in it, runs up a river the route names are not counted",
                     "limit_km": LAND_LIMIT_KM, "sample_km": SAMPLE_KM, "ours": land_summary(results, "webmap", "gshhg_"),
                     "theirs": land_summary(results, "searoute", "gshhg_")})
    else:
        rows.append({"name": "drawn routes over land (GSHHG full shoreline)", "published_distances": "land",
                     "skipped": "roaring-landmask is not installed: pip install -e '.[bench]'"})
    return rows


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
