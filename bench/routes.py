"""Route query and lane matrix: webmap.sealanes.sea_route against searoute.searoute().

Both run in this process on the same random port pairs, interleaved, after both graphs
are loaded. Port snaps are per port and remembered (as a server does); pairs are not cached.
Prints a JSON report; `python -m bench` runs every benchmark.
"""

from __future__ import annotations

import random
import statistics
import time

import searoute

from webmap.errors import WebmapError
from webmap.gazetteer import load_ports
from webmap.network import default_network
from webmap.sealanes import sea_route

ROUNDS = 5  # medians of per-round means: these machines are noisy


def usable_ports(rng: random.Random, count: int) -> list[str]:
    """Ports the network reaches (inland river ports are refused by design), picked at random."""
    network = default_network()
    codes = sorted(load_ports())
    rng.shuffle(codes)
    chosen = []
    for code in codes:
        entry = load_ports()[code]
        try:
            network.port_exits(code, entry.lon, entry.lat)
        except WebmapError:
            continue
        chosen.append(code)
        if len(chosen) == count:
            break
    return chosen


def route_query(pairs_count: int = 100, seed: int = 7) -> dict:
    rng = random.Random(seed)
    ports = usable_ports(rng, 2 * pairs_count)
    pairs = [(ports[2 * i], ports[2 * i + 1]) for i in range(pairs_count)]
    coords = {code: [load_ports()[code].lon, load_ports()[code].lat] for code in ports}
    searoute.searoute(coords[pairs[0][0]], coords[pairs[0][1]])  # load searoute's graphs too

    ours_rounds, theirs_rounds, length_errors, skipped = [], [], [], 0
    valid = []
    for origin, destination in pairs:
        try:
            ours = sea_route(origin, destination)
        except WebmapError:
            skipped += 1  # e.g. a port on a lake the network cannot leave
            continue
        theirs = searoute.searoute(coords[origin], coords[destination], append_orig_dest=True)
        length_errors.append(abs(ours["properties"]["length_km"] / theirs["properties"]["length"] - 1))
        valid.append((origin, destination))
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for origin, destination in valid:
            sea_route(origin, destination)
        ours_rounds.append((time.perf_counter() - start) / len(valid))
        start = time.perf_counter()
        for origin, destination in valid:
            searoute.searoute(coords[origin], coords[destination])
        theirs_rounds.append((time.perf_counter() - start) / len(valid))
    ours_ms, theirs_ms = statistics.median(ours_rounds) * 1e3, statistics.median(theirs_rounds) * 1e3
    network = default_network()
    nodes = [(network.port_exits(o, 0, 0)[0].node, network.port_exits(d, 0, 0)[0].node) for o, d in valid]
    hierarchy = network.hierarchy(frozenset())
    search_rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for origin, destination in nodes:
            hierarchy.search(origin_id=origin, destination_id=destination)
        search_rounds.append((time.perf_counter() - start) / len(nodes))
    search_ms = statistics.median(search_rounds) * 1e3
    return {
        "name": "route query (100 random port pairs)",
        "pairs": len(valid),
        "skipped_pairs": skipped,
        "webmap_ms": round(ours_ms, 4),
        "searoute_ms": round(theirs_ms, 3),
        "speedup": round(theirs_ms / ours_ms, 1),
        "scgraph_search_only_ms": round(search_ms, 4),
        "ceiling_speedup_if_nothing_but_the_search": round(theirs_ms / search_ms, 1),
        "pairs_within_half_a_percent": sum(e < 0.005 for e in length_errors),
        "max_length_difference_pct": round(100 * max(length_errors), 3),
        "median_length_difference_pct": round(100 * statistics.median(length_errors), 3),
    }


def first_queries(pairs_count: int = 100, seed: int = 7) -> dict:
    """Each pair's first query in a process that has routed neither port yet (a network
    with nothing remembered, its hierarchy loaded), against the CH search alone and the
    same pairs queried again: issue 13's "the first query for each port included"."""
    from webmap.config import Paths
    from webmap.network import MaritimeNetwork

    rng = random.Random(seed)
    ports = [code for code in usable_ports(rng, 2 * pairs_count + 2) if code not in ("PECHY", "CNSHA")][: 2 * pairs_count]
    pairs = [(ports[2 * i], ports[2 * i + 1]) for i in range(pairs_count)]
    first_rounds, again_rounds, search_rounds, prepared = [], [], [], None
    for _ in range(ROUNDS):
        network = MaritimeNetwork(Paths().reference)
        hierarchy = network.hierarchy(frozenset())
        prepared = network._prepared.current
        sea_route("PECHY", "CNSHA", network=network)  # the network's own first use (not a port's), as at a server's start
        valid, start = [], time.perf_counter()
        for origin, destination in pairs:
            try:
                sea_route(origin, destination, network=network)
                valid.append((origin, destination))
            except WebmapError:
                pass
        first_rounds.append((time.perf_counter() - start) / len(pairs))
        start = time.perf_counter()
        for origin, destination in valid:
            sea_route(origin, destination, network=network)
        again_rounds.append((time.perf_counter() - start) / len(valid))
        nodes = [(network.port_exits(o, 0, 0)[0].node, network.port_exits(d, 0, 0)[0].node) for o, d in valid]
        start = time.perf_counter()
        for origin, destination in nodes:
            hierarchy.search(origin_id=origin, destination_id=destination)
        search_rounds.append((time.perf_counter() - start) / len(nodes))
    first_ms, again_ms, search_ms = (statistics.median(r) * 1e3 for r in (first_rounds, again_rounds, search_rounds))
    return {
        "name": "route query, first for each port (100 random port pairs)",
        "first_query_ms": round(first_ms, 4),
        "again_ms": round(again_ms, 4),
        "search_ms": round(search_ms, 4),
        "ratio": round(first_ms / search_ms, 2),
        "ratio_again": round(again_ms / search_ms, 2),
        "prepared_file": prepared,
    }


def story_lane(origin: str = "PECHY", destination: str = "CNSHA") -> dict:
    """The story's own lane, Chancay to Shanghai, timed alone, and the CH search alone
    between the two ports' nearest exits, in the same rounds."""
    ports = load_ports()
    a, b = [ports[origin].lon, ports[origin].lat], [ports[destination].lon, ports[destination].lat]
    sea_route(origin, destination)
    searoute.searoute(a, b)
    network = default_network()
    hierarchy = network.hierarchy(frozenset())
    ends = network.port_exits(origin, 0, 0)[0].node, network.port_exits(destination, 0, 0)[0].node
    ours, theirs, search = [], [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(200):
            sea_route(origin, destination)
        ours.append((time.perf_counter() - start) / 200)
        start = time.perf_counter()
        for _ in range(200):
            hierarchy.search(origin_id=ends[0], destination_id=ends[1])
        search.append((time.perf_counter() - start) / 200)
        start = time.perf_counter()
        for _ in range(20):
            searoute.searoute(a, b)
        theirs.append((time.perf_counter() - start) / 20)
    ours_ms, theirs_ms = statistics.median(ours) * 1e3, statistics.median(theirs) * 1e3
    search_ms = statistics.median(search) * 1e3
    length = sea_route(origin, destination)["properties"]["length_km"]
    reference = searoute.searoute(a, b, append_orig_dest=True).properties["length"]
    return {
        "name": f"route query {origin}-{destination}",
        "webmap_ms": round(ours_ms, 4),
        "searoute_ms": round(theirs_ms, 3),
        "speedup": round(theirs_ms / ours_ms, 1),
        "search_only_ms": round(search_ms, 4),
        "ratio_to_search": round(ours_ms / search_ms, 2),
        "webmap_km": length,
        "searoute_km": round(reference, 1),
        "length_difference_pct": round(100 * abs(length / reference - 1), 3),
    }


def lane_matrix(ports_count: int = 50, seed: int = 11) -> dict:
    """Every pair among 50 ports (1,225 routes), against looping over searoute."""
    rng = random.Random(seed)
    ports = usable_ports(rng, ports_count)
    pairs = [(a, b) for i, a in enumerate(ports) for b in ports[i + 1 :]]
    coords = {code: [load_ports()[code].lon, load_ports()[code].lat] for code in ports}
    ours_s, theirs_s = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for origin, destination in pairs:
            try:
                sea_route(origin, destination)
            except WebmapError:
                pass
        ours_s.append(time.perf_counter() - start)
    start = time.perf_counter()  # searoute once: 1,225 routes at ~15 ms each
    for origin, destination in pairs:
        searoute.searoute(coords[origin], coords[destination])
    theirs_s.append(time.perf_counter() - start)
    return {
        "name": "lane matrix (50 ports, 1,225 pairs)",
        "pairs": len(pairs),
        "webmap_s": round(statistics.median(ours_s), 3),
        "searoute_s": round(theirs_s[0], 2),
        "speedup": round(theirs_s[0] / statistics.median(ours_s), 1),
    }


def run() -> list[dict]:
    start = time.perf_counter()
    default_network()
    load_s = time.perf_counter() - start
    results = [story_lane(), route_query(), first_queries(), lane_matrix()]
    results[1]["network_load_s"] = round(load_s, 2)
    return results
