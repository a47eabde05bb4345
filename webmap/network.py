"""The maritime network: searoute's marnet as an immutable routing graph.

One network per process and reference folder (`load_network`), loaded once and never
mutated afterwards; each set of avoided passages gets its own contraction hierarchy
(scgraph), built on first use and kept in a locked LRU (two threads asking for a new set at
once may both build it; either copy is right). So concurrent queries with different `avoid`
sets cannot see each other's restrictions, unlike searoute, which keeps restrictions on one
shared cached graph.

What takes time to make (the graph with its geodesic weights, the unrestricted hierarchy,
the land grid) is kept in the cache folder: `webmap build` makes it (`ensure_network_data`),
so a server only reads it, in a fraction of a second and without the GIS stack.
"""

from __future__ import annotations

import functools
import hashlib
import math
import sys
import threading
from contextlib import closing
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import cachetools
import numpy as np
from pyproj import Geod

from .cache import default_cache_dir
from .errors import BadCoordinate, NoRoute, UnknownPassage
from .geometry import chord, unit_vectors
from .landmask import SeaPaths, distance_km, ensure_land_grid, land_mask

GEOD = Geod(ellps="WGS84")
NETWORK_NAME = "searoute marnet (Eurostat maritime network)"
# Passage ids as tagged on marnet edges, with the names readers know them by.
PASSAGES = {
    "panama": "Panama Canal",
    "suez": "Suez Canal",
    "malacca": "Strait of Malacca",
    "sunda": "Sunda Strait",
    "gibraltar": "Strait of Gibraltar",
    "babalmandab": "Bab-el-Mandeb",
    "bosporus": "Bosporus",
    "dardanelles": "Dardanelles",
    "ormuz": "Strait of Hormuz",
    "bering": "Bering Strait",
    "northwest": "Northwest Passage",
    "chili": "Cape Horn",  # the Drake Passage and the waters south of Tierra del Fuego
    "magellan": "Strait of Magellan",
    "south_africa": "Cape of Good Hope",
    "kiel": "Kiel Canal",  # not in marnet: added (CANALS)
}
# Canals marnet lacks, added to it as chains of nodes tagged with their passage: each line's
# ends join the nearest network nodes (within JOIN_KM, over open water). The Kiel Canal runs
# from the Brunsbüttel locks on the Elbe by Rendsburg to the Kiel-Holtenau locks on the Kiel
# Fjord (https://en.wikipedia.org/wiki/Kiel_Canal; the line of geodata/gazetteer/features.csv),
# then out through the fjord, which 1:50m land fills, by its narrows at the Friedrichsort
# lighthouse (54°23.433'N 10°11.604'E, WSV Lübeck: wsa-hl.wsv.de, "Leuchtturm Friedrichsort")
# to the Kiel lighthouse in the bight (54°30'N 10°16.5'E, international number C 1215:
# leuchttuerme.net), where the join to the network is over open water.
CANALS = {"kiel": ((9.140, 53.892), (9.672, 54.302), (10.141, 54.366), (10.1934, 54.3906), (10.275, 54.500))}
CANAL_JOIN_KM = 30.0
# marnet tags the Strait of Magellan `chili` too: its edges (north of this latitude) are
# told apart by where they are, and avoiding `chili` closes both ways round the continent.
MAGELLAN_NORTH_OF = -54.0
ALSO_AVOIDED = {"chili": frozenset({"magellan"})}
# As searoute does by default: the Northwest Passage is ice-bound most of the year.
ALWAYS_AVOIDED = frozenset({"northwest"})
MAX_LEG_KM = 400.0  # farther than this from the network is not a sea route
# A port's own point often lies "on land" in a 1:50m land mask (quays, river mouths): the
# first kilometres of a leg from the port are not checked.
COAST_TOLERANCE_KM = 10.0
LAND_ALLOWANCE_KM = 40.0  # river bends and headlands between an estuary port and the open sea
SNAP_CANDIDATES = 16
# Searching the water round a point (up a fjord, round a headland): radius and cell (km),
# finer near the point; a wider, coarser search runs only when a narrower one cannot hold
# every exit (see `_exits_by_water`).
WATER_SEARCHES = ((50.0, 0.5), (150.0, 1.0), (MAX_LEG_KM, 2.0))
EXITS_WITHIN = 3.0  # exits by water up to this many times as far as the nearest one
EXIT_SAVING = 0.1  # an exit is kept if no nearer one leads to it within 10% of its own leg
MAX_EXITS = 6
EXITS_VERSION = 9  # bump when the way exits are found changes: saved ones are then found anew
# A port's neighbourhood, searched once per port (`port_links`): the network nodes water
# reaches within the first search (legs a route may take instead of its exit's, when the
# network doubles back near the port), and the other ports water reaches within each
# search, so two ports near each other are sailed between directly, along the coast,
# rather than through the coarse network's offshore nodes. (radius, cell, offing) in km:
# the wide search keeps farther off the coast, as coasting ships do off headlands.
NEIGHBOURHOOD_SEARCHES = ((150.0, 1.0, 3.0), (900.0, 4.5, 9.0))
# A port is kept as a neighbour if the way to it costs up to this many times the search's
# radius (the way stays inside the search's grid, so it is a way over water; the route takes
# it only if it is shorter than the network's).
NEIGHBOUR_COST = 1.5
ASHORE_WEIGHT = 6.0  # the straight bit between a port and the water (see SeaPaths) weighs this much more
MAX_REACH = 24  # network nodes kept per port (nearest by water first, see `_distinct`)
REACH_SAVING = 0.02  # a reached node is kept unless a nearer one leads to it within 2%
PASSAGE_MARGIN_DEG = 0.1  # a direct line this near a passage's edge goes through it
SHORTCUT_SCAN_KM = 400.0  # how far along a route from each end a shorter leg is looked for
OFFING_KM = 3.0  # water paths keep this far off the coast where the water is wide enough
CACHED_HIERARCHIES = 32
RIVER_KM = 3.0  # an edge's land (at 1:50m) within this of a river's 1:10m centreline sails that river
RIVER_SHARE = 0.75  # ... if this share of its land samples is (a 1:10m line may stop short of the 1:50m sea)
RIVER_DETOUR = 1.5  # a way out only by rivers, this many times longer than the straight leg, is not taken (the 1:10m lines lack the channel: Guangzhou)
NETWORK_VERSION = 3  # bump when the graph's making changes: saved graphs are then made anew (3: the Kiel Fjord)


@dataclass(frozen=True)
class Snap:
    """Where a point joins the network: the node, the leg's length, and the land it crosses
    (straight legs only). `via` holds the turns of a leg that follows the water (from the
    point towards the node); a straight leg has none. `rivers`: the rivers the leg sails
    (see SeaPaths), from the point outwards."""

    node: int
    leg_km: float
    land_km: float = 0.0
    via: tuple[tuple[float, float], ...] = ()
    rivers: tuple[str, ...] = ()


@dataclass(frozen=True)
class PortLinks:
    """What a port's water searches found, once per port: its `exits` (the network nodes a
    route starts from), `reach` (node -> Snap: every node water reaches within the first
    neighbourhood search, which a route passing near the port may join instead of going
    back to the exit), and `near` (UN/LOCODE -> (km, turns, passages, rivers): the way over
    water to each other port found within a neighbourhood search, turns from this port
    towards it, and the passages and rivers it goes through)."""

    exits: tuple[Snap, ...]
    reach: dict[int, Snap] | None = None  # None: not searched (a point that is not a port)
    near: dict[str, tuple] | None = None


class SavedExits:
    """Ports' exits and neighbourhoods kept between processes (a SQLite file; if it cannot
    be written, each process computes its own)."""

    def __init__(self, path: Path):
        self.path = path

    def _db(self):
        import sqlite3

        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("CREATE TABLE IF NOT EXISTS exits (locode TEXT PRIMARY KEY, exits TEXT)")
        return db

    def get(self, locode: str) -> PortLinks | None:
        import json
        import sqlite3

        try:
            with closing(self._db()) as db:
                row = db.execute("SELECT exits FROM exits WHERE locode = ?", (locode,)).fetchone()
        except (OSError, sqlite3.Error):
            return None
        if row is None:
            return None
        saved = json.loads(row[0])

        def snap(node, leg_km, land_km, via, rivers):
            return Snap(node, leg_km, land_km, tuple(map(tuple, via)), tuple(rivers))

        return PortLinks(tuple(snap(*s) for s in saved["exits"]), {s[0]: snap(*s) for s in saved["reach"]},
                         {code: (km, tuple(map(tuple, via)), tuple(passages), tuple(rivers))
                          for code, km, via, passages, rivers in saved["near"]})

    def put(self, locode: str, links: PortLinks) -> None:
        import json
        import sqlite3

        def snap(s: Snap) -> list:
            return [s.node, s.leg_km, s.land_km, [list(p) for p in s.via], list(s.rivers)]

        value = json.dumps({"exits": [snap(s) for s in links.exits], "reach": [snap(s) for s in links.reach.values()],
                            "near": [[code, km, [list(p) for p in via], list(passages), list(rivers)]
                                     for code, (km, via, passages, rivers) in links.near.items()]})
        try:
            with closing(self._db()) as db, db:
                db.execute("INSERT OR REPLACE INTO exits VALUES (?, ?)", (locode, value))
        except (OSError, sqlite3.Error):
            pass


class MaritimeNetwork:
    """Nodes (lon, lat), edges with lengths in km and passage tags, and routing over them."""

    def __init__(self, reference_dir: Path, *, hierarchies: bool = True, cache_dir: Path | None = None,
                 prepared: bool = True):
        """`hierarchies=False` routes with plain bidirectional Dijkstra: no second of
        preprocessing, for one-off work such as a build with a couple of lanes. Ports' exits
        are kept in `cache_dir` (default: the user's cache folder). `prepared=False` leaves
        out the shipped repaired edges and port legs (`prepared`), as when making them."""
        self.use_hierarchies = hierarchies
        self.use_prepared = prepared
        self.cache_dir = cache_dir
        self.reference_dir = Path(reference_dir)
        self.land = land_mask(Path(reference_dir), cache_dir)
        self._graph = graph = marnet_graph(cache_dir)
        # As stored: some longitudes run past 180 (to 190.8), and zero-length edges join
        # (180, y) to (-180, y). Lines are unwrapped, then cut, when they are drawn.
        self.lonlat = graph["lonlat"]
        nodes = range(len(self.lonlat))
        self.passage_of: dict[tuple[int, int], str] = {}
        names = graph["passage_names"].tolist()
        tagged = np.flatnonzero(graph["edge_passage"] != names.index(""))
        for u, v, tag in zip(graph["edge_from"][tagged].tolist(), graph["edge_to"][tagged].tolist(),
                             graph["edge_passage"][tagged].tolist()):
            passage = names[tag]
            if passage == "chili" and min(self.lonlat[u, 1], self.lonlat[v, 1]) > MAGELLAN_NORTH_OF:
                passage = "magellan"
            if passage in PASSAGES:
                self.passage_of[(u, v)] = passage
        self._on_passage = _touched(self.passage_of, len(nodes))
        self._on_passage_list = self._on_passage.tolist()  # for loops in Python
        self._lock = threading.Lock()
        self._port_links: dict[str, PortLinks] = {}  # written whole per key: safe to share between threads
        self._hierarchies = cachetools.LRUCache(maxsize=CACHED_HIERARCHIES)  # avoid set -> graph
        self._open_graph = None  # the hierarchy that avoids only ALWAYS_AVOIDED: most queries', read without the lock

    @cached_property
    def edges(self) -> list[dict[int, float]]:
        """Per node, its neighbours and the edges' lengths in km (made when first needed: the
        unrestricted hierarchy, read from the cache, does without)."""
        graph = self._graph
        edges: list[dict[int, float]] = [{} for _ in range(len(self.lonlat))]
        for u, v, km in zip(graph["edge_from"].tolist(), graph["edge_to"].tolist(), graph["edge_km"].tolist()):
            edges[u][v] = km
        for (u, v), (km, _) in self._repairs.items():
            if v in edges[u]:
                edges[u][v] = km
        return edges

    @cached_property
    def _repairs(self) -> dict[tuple[int, int], tuple[float, tuple]]:
        """Edges over land replaced by a way over water (`prepared.repair_edge`), both ways:
        (u, v) -> (km, turns from u towards v)."""
        repairs = {}
        for u, v, km, turns in self._prepared.edges():
            repairs[(u, v)] = (km, turns)
            repairs[(v, u)] = (km, turns[::-1])
        return repairs

    @cached_property
    def _repairs_key(self) -> str:
        """The repaired edges' lengths hashed ("" for none): what the saved hierarchy weighs."""
        if not self._repairs:
            return ""
        lengths = sorted((u, v, km) for (u, v), (km, _) in self._repairs.items())
        return hashlib.sha256(repr(lengths).encode()).hexdigest()[:16]

    @cached_property
    def _marked_edges(self) -> tuple[np.ndarray, list[tuple[str | None, str | None, np.ndarray | None]]]:
        """The edges a drawn path looks up (a passage, a river, a repaired edge's turns) as
        sorted keys u * len(lonlat) + v, each with its (passage, river, turns), and a last key
        past any edge's: one search per path finds them all (`path_details`)."""
        count, repairs = len(self.lonlat), self._repairs
        turned = [edge for edge, (_, turns) in repairs.items() if turns]
        marks = {}
        for u, v in {*self.passage_of, *self.river_of, *turned}:
            turns = repairs.get((u, v), (0.0, ()))[1]
            marks[u * count + v] = (self.passage_of.get((u, v)), self.river_of.get((u, v)),
                                    np.array(turns, dtype=float) if turns else None)
        keys = sorted(marks)
        return np.array([*keys, np.iinfo(np.int64).max], dtype=np.int64), [marks[key] for key in keys]

    def path_details(self, nodes: np.ndarray) -> tuple[list[str], list[str], np.ndarray]:
        """A path's (node indices, an integer array) passages and rivers, each once in travel
        order, and its drawn line (lon, lat): the nodes, with the turns of each repaired edge."""
        keys, marks = self._marked_edges
        steps = nodes[:-1] * len(self.lonlat) + nodes[1:]
        found = keys.searchsorted(steps)  # the last key (past any edge) keeps every index valid
        hits = (keys.take(found) == steps).nonzero()[0].tolist()
        coords = self.lonlat.take(nodes, axis=0)  # as lonlat[nodes], in a third of the time
        passages, rivers, pieces, last = [], [], [], 0
        for k in hits:
            passage, river, turns = marks[found[k]]
            if passage and passage not in passages:
                passages.append(passage)
            if river and river not in rivers:
                rivers.append(river)
            if turns is not None:
                pieces += [coords[last : k + 1], turns]
                last = k + 1
        return passages, rivers, np.concatenate([*pieces, coords[last:]]) if pieces else coords

    def land_km_of_edges(self, u: np.ndarray, v: np.ndarray, km: np.ndarray) -> np.ndarray:
        """Per edge, the km of its straight line that lie on land (samples every 0.5 km)."""
        points, edge, step_km = _edge_samples(self.lonlat[u], self.lonlat[v], km)
        return np.bincount(edge, weights=self.land.on_land(points[:, 0], points[:, 1]) * step_km, minlength=len(u))

    def land_km_along(self, line: np.ndarray) -> float:
        """The km of a drawn line (lon, lat, unwrapped) that lie on land."""
        line = np.asarray(line, dtype=float)
        km = GEOD.inv(line[:-1, 0], line[:-1, 1], line[1:, 0], line[1:, 1])[2] / 1000
        points, _, step_km = _edge_samples(line[:-1], line[1:], km)
        return float((self.land.on_land(points[:, 0], points[:, 1]) * step_km).sum())

    # -- snapping ------------------------------------------------------------------------
    @cached_property
    def _tree(self):
        from scipy.spatial import cKDTree

        return cKDTree(unit_vectors(self.lonlat[:, 0], self.lonlat[:, 1]))

    def port_exits(self, locode: str, lon: float, lat: float, name: str | None = None) -> tuple[Snap, ...]:
        """`exits` for a port (see `port_links`)."""
        return self.port_links(locode, lon, lat, name).exits

    def port_links(self, locode: str, lon: float, lat: float, name: str | None = None) -> PortLinks:
        """A port's exits and neighbourhood, remembered: they are a property of the port, not
        of the query: read from the file `webmap prepare-network` made for every port
        (`prepared`), else searched once (about half a second) and kept in the cache folder."""
        links = self._port_links.get(locode)
        if links is None:
            links = self._prepared.get(locode) or self._saved_exits.get(locode)
            if links is None:
                links = self.search_port(locode, lon, lat, name)
                self._saved_exits.put(locode, links)
            self._port_links[locode] = links
        return links

    def search_port(self, locode: str, lon: float, lat: float, name: str | None = None, *,
                    islands=None) -> PortLinks:
        """A port's exits and neighbourhood, searched afresh (`port_links` remembers them).
        With `islands` (a finer land's test of points, `shoreline.Shoreline.islands`), its
        islands and headlands are land too, beyond COAST_TOLERANCE_KM of this port and of
        the ports it finds (`prepared.search_port` decides where to keep them)."""
        label = f"port {name} ({locode})" if name else f"port {locode}"
        exits = self.exits(lon, lat, label=label, islands=islands)
        return PortLinks(exits, *self._neighbourhood(locode, lon, lat, exits, islands))

    @cached_property
    def _prepared(self):
        """The shipped repaired edges and port legs (`prepared`), if the file is today's."""
        from .prepared import FILE, Prepared

        return Prepared(self.reference_dir / FILE if self.use_prepared else None, self.reference_dir)

    def _neighbourhood(self, locode: str, lon: float, lat: float, exits: tuple[Snap, ...],
                       islands=None) -> tuple[dict[int, Snap], dict[str, tuple]]:
        """`reach` and `near` of PortLinks: the water round a port searched on a fine grid
        (NEIGHBOURHOOD_SEARCHES[0]) for network nodes and ports, then on a wider, coarser one
        for ports farther off. Ports are reached at any sea cell within COAST_TOLERANCE_KM
        of their point, as they are left."""
        centre = unit_vectors(np.array([lon]), np.array([lat]))[0]
        reach = {exit_.node: exit_ for exit_ in exits}
        near: dict[str, tuple] = {}
        codes, points = self._port_points
        for level, (radius_km, cell_km, offing_km) in enumerate(NEIGHBOURHOOD_SEARCHES):
            radius_chord = chord(radius_km)
            others = np.array(sorted(self._port_tree.query_ball_point(centre, radius_chord)), dtype=int)
            others = [i for i in others.tolist() if codes[i] != locode and codes[i] not in near
                      and tuple(points[i]) != (lon, lat)]
            paths = SeaPaths(self.land, lon, lat, radius_km, cell_km, coast_km=COAST_TOLERANCE_KM, offing_km=offing_km,
                             ashore_weight=ASHORE_WEIGHT, islands=islands, harbours=points[others])
            if paths.seeds.size == 0:
                continue
            if level == 0:
                nodes = np.array(self._tree.query_ball_point(centre, radius_chord), dtype=int)
                nodes.sort()
                costs, cells = paths.distances_km(*self.lonlat[nodes].T) if nodes.size else (np.array([]), nodes)
                within = costs <= radius_km
                found = [(exit_.leg_km, exit_.node, -1) for exit_ in exits]
                found += [(float(km), int(node), int(cell)) for km, node, cell in zip(costs[within], nodes[within], cells[within])
                          if int(node) not in reach]
                for _, node, cell in self._distinct(found, REACH_SAVING)[:MAX_REACH]:
                    if cell >= 0:
                        leg = self._water_leg(lon, lat, paths, node, cell, gallop=True)
                        if not self.passages_along([(lon, lat), *leg.via, tuple(self.lonlat[node])]):
                            reach[node] = leg  # a way through a strait is the network's, tagged
            if not others:
                continue
            costs, cells = paths.arrivals_km(*points[others].T, COAST_TOLERANCE_KM)
            reached = [(i, cell) for i, km, cell in zip(others, costs.tolist(), cells.tolist()) if km <= NEIGHBOUR_COST * radius_km]
            if not reached:
                continue
            ways = paths.paths(*points[[i for i, _ in reached]].T, [cell for _, cell in reached])
            for (i, cell), via in zip(reached, ways):
                line = np.array([(lon, lat), *via, tuple(points[i])])
                near[codes[i]] = (GEOD.line_length(line[:, 0], line[:, 1]) / 1000, tuple(via),
                                  tuple(self.passages_along(line)), paths.rivers_on(cell))
        return reach, near

    @cached_property
    def _port_points(self) -> tuple[list[str], np.ndarray]:
        from .gazetteer import load_ports

        ports = load_ports()
        codes = sorted(ports)
        return codes, np.array([(ports[c].lon, ports[c].lat) for c in codes], dtype=float)

    @cached_property
    def _port_tree(self):
        from scipy.spatial import cKDTree

        points = self._port_points[1]
        return cKDTree(unit_vectors(points[:, 0], points[:, 1]))

    @cached_property
    def _saved_exits(self) -> "SavedExits":
        from importlib.metadata import version

        from . import __version__

        name = (f"port-exits-v{EXITS_VERSION}-webmap{__version__}-searoute{version('searoute')}"
                f"-{self.land.fingerprint}.sqlite")
        return SavedExits((self.cache_dir or default_cache_dir()) / name)

    def exits(self, lon: float, lat: float, *, label: str | None = None, islands=None) -> tuple[Snap, ...]:
        """Where a point may join the network, nearest first: nodes that open water reaches
        (with `islands`, a finer land's islands as land too, beyond COAST_TOLERANCE_KM).

        Mostly one straight leg over water to the nearest node. When land is in the way, the
        water round the point is searched (`_exits_by_water`): up a fjord, round a headland.
        Where water reaches no node (an estuary narrower than the 1:50m mask), the straight
        leg with the least land is taken, up to LAND_ALLOWANCE_KM; more land than that and
        the point is inland (BadCoordinate).
        """
        _, candidates = self._tree.query(unit_vectors(np.array([lon]), np.array([lat]))[0], k=SNAP_CANDIDATES)
        straight: Snap | None = None
        least_land: Snap | None = None
        nearest_km = None
        for node in candidates:
            node_lon, node_lat = self.lonlat[node]
            leg_km = GEOD.inv(lon, lat, node_lon, node_lat)[2] / 1000
            nearest_km = leg_km if nearest_km is None else nearest_km
            if leg_km > MAX_LEG_KM:
                break
            snap = Snap(int(node), leg_km, self._land_km(lon, lat, node_lon, node_lat, leg_km, islands=islands))
            if snap.land_km == 0:
                straight = snap
                break
            if least_land is None or snap.land_km < least_land.land_km:
                least_land = snap
        if straight is not None and straight.node == candidates[0]:
            return (straight,)
        if nearest_km <= MAX_LEG_KM:
            exits = self._exits_by_water(lon, lat, straight, islands)
            if exits and not (least_land is not None and least_land.land_km <= LAND_ALLOWANCE_KM and all(
                    e.rivers and e.leg_km > RIVER_DETOUR * least_land.leg_km for e in exits)):
                return exits  # unless every way out is by a river that wanders far off the way
        if least_land is not None and least_land.land_km <= LAND_ALLOWANCE_KM:
            return (least_land,)
        where = f"nearest network point {nearest_km:,.0f} km away"
        if least_land is not None:
            where += f", with {least_land.land_km:,.0f} km of land in between"
        raise BadCoordinate(f"{label or f'({lon:g}, {lat:g})'} is inland: no sea passage to the maritime network ({where})")

    def _exits_by_water(self, lon: float, lat: float, straight: Snap | None, islands=None) -> tuple[Snap, ...]:
        """Nodes reached by water, up to EXITS_WITHIN times as far as the nearest (and the
        straight leg, if one is clear), less those another exit leads to (`_distinct`); at
        most MAX_EXITS. A fjord port may lie nearer, by water, to a branch of the network
        that leads the wrong way (Narvik: Tjeldsundet, north); the route picks among them.

        Searches widen (WATER_SEARCHES) until one holds every exit: a way no longer than its
        search's radius cannot leave the grid.
        """
        centre = unit_vectors(np.array([lon]), np.array([lat]))[0]
        nearest_km = straight.leg_km if straight else MAX_LEG_KM
        for level, (radius_km, cell_km) in enumerate(WATER_SEARCHES):
            radius_km = min(radius_km, EXITS_WITHIN * nearest_km, MAX_LEG_KM)
            paths = SeaPaths(self.land, lon, lat, radius_km, cell_km, coast_km=COAST_TOLERANCE_KM, offing_km=OFFING_KM,
                             islands=islands)
            if paths.seeds.size == 0:
                break  # no water near the point at all
            nodes = np.array(self._tree.query_ball_point(centre, chord(radius_km)), dtype=int)
            costs, cells = paths.distances_km(*self.lonlat[nodes].T) if nodes.size else (np.array([]), nodes)
            if (costs <= radius_km).any():
                nearest_km = min(nearest_km, float(costs.min()))
            if EXITS_WITHIN * nearest_km <= radius_km or level == len(WATER_SEARCHES) - 1:
                within = costs <= min(EXITS_WITHIN * nearest_km, radius_km)
                found = [(float(km), int(node), int(cell)) for km, node, cell in zip(costs[within], nodes[within], cells[within])]
                if straight is not None and straight.leg_km <= EXITS_WITHIN * nearest_km:
                    found.append((straight.leg_km, straight.node, -1))
                return tuple(straight if cell < 0 else self._water_leg(lon, lat, paths, node, cell)
                             for _, node, cell in self._distinct(found)[:MAX_EXITS])
        return () if straight is None else (straight,)

    def _water_leg(self, lon: float, lat: float, paths: SeaPaths, node: int, cell: int, *, gallop: bool = False) -> Snap:
        via = tuple(paths.path(*self.lonlat[node], cell, gallop=gallop))
        line = np.array([(lon, lat), *via, tuple(self.lonlat[node])])
        return Snap(node, GEOD.line_length(line[:, 0], line[:, 1]) / 1000, via=via, rivers=paths.rivers_on(cell))

    def _distinct(self, found: list[tuple[float, int, int]], saving: float = EXIT_SAVING) -> list[tuple[float, int, int]]:
        """(km, node, ...) exits, nearest first, without those that a nearer one leads to
        through the network (no passage on the way) for at most `saving` more."""
        kept: list[tuple[float, int, int]] = []
        for item in sorted(found):
            budget_km = item[0] * (1 + saving)
            if not any(self._network_km(k[1], item[1], budget_km - k[0]) <= budget_km - k[0] for k in kept):
                kept.append(item)
        return kept

    def _network_km(self, origin: int, destination: int, limit_km: float) -> float:
        """Length of the shortest network path without passages, or infinity beyond `limit_km`."""
        import heapq

        best = {origin: 0.0}
        queue = [(0.0, origin)]
        while queue:
            km, node = heapq.heappop(queue)
            if node == destination:
                return km
            if km > best.get(node, math.inf):
                continue
            for neighbour, edge_km in self.edges[node].items():
                total = km + edge_km
                if total <= limit_km and total < best.get(neighbour, math.inf) \
                        and (node, neighbour) not in self.passage_of:
                    best[neighbour] = total
                    heapq.heappush(queue, (total, neighbour))
        return math.inf

    def _land_km(self, lon: float, lat: float, to_lon: float, to_lat: float, leg_km: float,
                 *, both_ends: bool = False, islands=None) -> float:
        """Kilometres of a straight leg over land, not counting its first COAST_TOLERANCE_KM
        (nor its last, with `both_ends`, for a leg from coast to coast)."""
        if leg_km <= COAST_TOLERANCE_KM:
            return 0.0
        steps = int(leg_km)  # a sample about every kilometre
        lons, lats = np.array(GEOD.npts(lon, lat, to_lon, to_lat, steps)).T
        along_km = np.arange(1, steps + 1) * leg_km / (steps + 1)
        offshore = along_km > COAST_TOLERANCE_KM
        if both_ends:
            offshore &= along_km < leg_km - COAST_TOLERANCE_KM
        land = self.land.on_land(lons[offshore], lats[offshore])
        if islands is not None:
            land[~land] = islands(lons[offshore][~land], lats[offshore][~land])
        return float(land.sum() * leg_km / (steps + 1))

    def open_water_km(self, lon: float, lat: float, to_lon: float, to_lat: float) -> float | None:
        """Length of the straight leg between two coastal points if it stays at sea, else None.

        The network is coarse along coasts; a short hop such as Chancay to Huacho is better
        sailed straight than through the nearest network nodes.
        """
        km = GEOD.inv(lon, lat, to_lon, to_lat)[2] / 1000
        if km > MAX_LEG_KM or self._land_km(lon, lat, to_lon, to_lat, km, both_ends=True) > 0:
            return None
        return km

    # -- routing -------------------------------------------------------------------------
    def hierarchy(self, avoid: frozenset):
        """The routing graph without the avoided passages' edges (made once per set): a
        contraction hierarchy (scgraph's CHGraph, searched with `search`), or without
        `use_hierarchies` a plain Graph (searched with `bidirectional_dijkstra`). The
        unrestricted hierarchy is read from the cache folder (`saved_hierarchy`)."""
        if not avoid and self._open_graph is not None:
            return self._open_graph
        avoid = with_also_avoided(avoid) | ALWAYS_AVOIDED
        with self._lock:
            graph = self._hierarchies.get(avoid)
            if graph is not None:
                return graph
        from scgraph import Graph

        def graph_without_avoided():
            return Graph([{j: w for j, w in neighbours.items() if self.passage_of.get((i, j)) not in avoid}
                          for i, neighbours in enumerate(self.edges)])

        if not self.use_hierarchies:
            graph = graph_without_avoided()
        elif avoid == ALWAYS_AVOIDED:
            graph = saved_hierarchy(self.cache_dir, lambda: graph_without_avoided().create_contraction_hierarchy(),
                                    self._repairs_key)
        else:
            graph = graph_without_avoided().create_contraction_hierarchy()
        with self._lock:
            self._hierarchies[avoid] = graph
        if avoid == ALWAYS_AVOIDED:
            self._open_graph = graph
        return graph

    def shortest_path(self, origin, destination, avoid: frozenset, graph=None) -> tuple[list[int], float]:
        """Node indices of the shortest path and its geodesic length in km, or NoRoute.
        `origin` and `destination` are nodes, or mappings of nodes to the km already run to
        them (one search from several exits at once). `graph`: the avoid set's `hierarchy`,
        if the caller has it already."""
        if origin == destination and isinstance(origin, int):
            return [origin], 0.0
        graph = graph or self.hierarchy(avoid)
        search = graph.search if self.use_hierarchies else graph.bidirectional_dijkstra
        try:
            result = search(origin_id=origin, destination_id=destination)
        except RuntimeError:  # scgraph's word for "no path"
            result = {"path": [], "length": float("inf")}
        if not result["path"] or result["length"] == float("inf"):
            raise NoRoute(f"no sea route avoiding {', '.join(sorted(avoid)) or 'nothing'}")
        return result["path"], result["length"]

    def shortest_route(self, starts: tuple[Snap, ...], ends: tuple[Snap, ...], avoid: frozenset,
                       start_reach: dict | None = None, end_reach: dict | None = None) -> tuple[Snap, list[int], float, Snap]:
        """The shortest way from one of the `starts` exits to one of the `ends`: the legs
        taken, the node path between them and the whole length in km (legs included).

        With a port's `reach` (PortLinks), a path that passes near the port again after
        leaving it (the network's node off a port may lie on a spur out to a mid-strait
        lane: Port Klang) joins it there instead, by its own water leg (`_shortcut`)."""
        first, last = _nearest_by_node(starts), _nearest_by_node(ends)
        path, km = self.shortest_path({node: snap.leg_km for node, snap in first.items()},
                                      {node: snap.leg_km for node, snap in last.items()}, avoid)  # one search
        best = (first[path[0]], path, km, last[path[-1]])
        if (start_reach and len(start_reach) > 1) or (end_reach and len(end_reach) > 1):
            best = self._shortcut(*best, start_reach or {}, end_reach or {})
        return best

    def _shortcut(self, start: Snap, path: list[int], km: float, end: Snap, start_reach: dict,
                  end_reach: dict) -> tuple[Snap, list[int], float, Snap]:
        """The route with its ends moved along its path to the node each port's own water
        leg joins for least in all (within SHORTCUT_SCAN_KM of either end, and never past
        a passage edge, so a route through a strait still goes, and is named, through it)."""
        edges, passage_of, on_passage = self.edges, self.passage_of, self._on_passage_list

        def best_join(nodes, reach, leg: Snap):
            best = (0.0, 0, leg, 0.0)  # saving, index, leg, km along the path to the node
            if reach.keys().isdisjoint(nodes[1:]):  # most routes: the path passes no other node reached
                return best
            along, previous = 0.0, nodes[0]
            for i in range(1, len(nodes)):
                node = nodes[i]
                along += edges[previous][node]
                if along > SHORTCUT_SCAN_KM or (on_passage[node] and on_passage[previous] and (
                        (previous, node) in passage_of or (node, previous) in passage_of)):
                    break
                other = reach.get(node)
                if other is not None and leg.leg_km + along - other.leg_km > best[0] + 1e-9:
                    best = (leg.leg_km + along - other.leg_km, i, other, along)
                previous = node
            return best

        s_saving, i, s_leg, s_along = best_join(path, start_reach, start) if start_reach else (0.0, 0, start, 0.0)
        e_saving, j, e_leg, e_along = best_join(path[::-1], end_reach, end) if end_reach else (0.0, 0, end, 0.0)
        if s_saving == 0 and e_saving == 0:
            return start, path, km, end
        j = len(path) - 1 - j
        if i > j:  # both ends would join past each other: keep the better one alone
            if s_saving >= e_saving:
                e_saving, j, e_leg, e_along = 0.0, len(path) - 1, end, 0.0
            else:
                s_saving, i, s_leg, s_along = 0.0, 0, start, 0.0
        network_km = max(km - start.leg_km - end.leg_km - s_along - e_along, 0.0)
        return s_leg, path[i : j + 1], s_leg.leg_km + network_km + e_leg.leg_km, e_leg

    def direct_route(self, start: tuple[str, float, float, PortLinks], end: tuple[str, float, float, PortLinks],
                     avoid: frozenset) -> tuple[float, np.ndarray, list[str], list[str]] | None:
        """The way over water between two ports (code, lon, lat, links) that one of them found
        in its neighbourhood (PortLinks.near), the shorter if both did: its length in km, its
        line (lon, lat) from start to end, and the passages (`passages_along`) and rivers it
        goes through. None if neither found the other, or the way goes through an avoided
        passage."""
        (start_code, start_lon, start_lat, start_links), (end_code, end_lon, end_lat, end_links) = start, end
        found = []
        if start_links.near is not None and end_code in start_links.near:  # not `near and`: len() reads every code
            km, via, passages, rivers = start_links.near[end_code]
            found.append((km, 0, via, passages, rivers))
        if end_links.near is not None and start_code in end_links.near:
            km, via, passages, rivers = end_links.near[start_code]
            found.append((km, 1, via[::-1], passages[::-1], rivers[::-1]))
        for km, _, via, passages, rivers in sorted(found):
            if not avoid.intersection(passages):
                return (km, np.array([(start_lon, start_lat), *via, (end_lon, end_lat)], dtype=float), list(passages),
                        list(rivers))
        return None

    @cached_property
    def _passage_boxes(self) -> tuple[np.ndarray, list[str]]:
        """Per passage edge, its lon/lat box (west, south, east, north), and its passage. Not
        the canals webmap adds (CANALS): a way over water never sails them (the land mask
        fills them), and their boxes would catch the waters at their ends (the Elbe off
        Brunsbüttel)."""
        boxes, names = [], []
        for (u, v), passage in sorted(self.passage_of.items()):
            if passage in CANALS:
                continue
            (x0, y0), (x1, y1) = ((float((x + 180.0) % 360.0 - 180.0), float(y)) for x, y in self.lonlat[[u, v]])
            if abs(x1 - x0) > 180:  # across the antimeridian: no strait
                continue
            boxes.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
            names.append(passage)
        return np.array(boxes, dtype=float).reshape(-1, 4), names

    def passages_along(self, coords: np.ndarray, margin_deg: float = PASSAGE_MARGIN_DEG) -> list[str]:
        """Passages a line drawn off the network goes through, in travel order: those with
        an edge whose box (widened by `margin_deg`) the line passes through."""
        from .geometry import unwrap

        boxes, names = self._passage_boxes
        coords = np.array(coords, dtype=float)
        coords[:, 0] = unwrap(coords[:, 0])
        steps = np.maximum(1, np.ceil(np.abs(np.diff(coords, axis=0)).max(axis=1) / 0.02).astype(int))
        t = np.concatenate([np.arange(n) / n for n in steps.tolist()] + [[1.0]])
        seg = np.concatenate([np.repeat(np.arange(len(steps)), steps), [len(steps) - 1]])
        points = coords[seg] + (coords[seg + 1] - coords[seg]) * t[:, None]
        points[:, 0] = (points[:, 0] + 180.0) % 360.0 - 180.0
        inside = ((boxes[None, :, 0] - margin_deg <= points[:, None, 0]) & (points[:, None, 0] <= boxes[None, :, 2] + margin_deg)
                  & (boxes[None, :, 1] - margin_deg <= points[:, None, 1]) & (points[:, None, 1] <= boxes[None, :, 3] + margin_deg))
        seen: list[str] = []
        for point, box in zip(*np.nonzero(inside)):
            if names[box] not in seen:
                seen.append(names[box])
        return seen

    @cached_property
    def river_of(self) -> dict[tuple[int, int], str]:
        """Edges (both ways) that run up a river the 1:50m land fills (the Elbe to Hamburg,
        the Mississippi to New Orleans), with the river's name: most of the edge's land lies
        within RIVER_KM of that river's centreline. Worked out once, kept in the cache folder."""
        import json

        path = _cache_path(self.cache_dir, f"edge-rivers-{RIVER_KM}-{RIVER_SHARE}-{self.land.fingerprint}", ".json")
        if path.exists():
            pairs = json.loads(path.read_text())
        else:
            pairs = _edges_up_rivers(self)
            from .store import atomic_path

            with atomic_path(path) as tmp:
                tmp.write_text(json.dumps(pairs))
        return {(u, v): name for u, v, name in pairs} | {(v, u): name for u, v, name in pairs}


def _edges_up_rivers(network: MaritimeNetwork) -> list[tuple[int, int, str]]:
    """`MaritimeNetwork.river_of`'s edges (u < v), from samples every half kilometre."""
    graph, land = network._graph, network.land
    forward = graph["edge_from"] < graph["edge_to"]
    u, v, km = graph["edge_from"][forward], graph["edge_to"][forward], graph["edge_km"][forward]
    points, edge, _ = _edge_samples(network.lonlat[u], network.lonlat[v], km)
    on_land = land.on_land(points[:, 0], points[:, 1])
    found = []
    for i in np.unique(edge[on_land]).tolist():
        if (int(u[i]), int(v[i])) in network.passage_of or (int(v[i]), int(u[i])) in network.passage_of:
            continue  # a canal or strait, named as a passage already
        ashore = points[(edge == i) & on_land]
        segments, owners = land.rivers_near(*ashore.mean(axis=0), float(km[i]) / 2 + RIVER_KM)
        if len(segments) == 0:
            continue
        near = distance_km(ashore, segments) <= RIVER_KM  # (points, segments)
        if not near.any():
            continue
        owner = int(np.bincount(owners[near.nonzero()[1]]).argmax())
        if land.river_names[owner] in PASSAGES.values():
            continue  # Natural Earth draws the Suez and Panama canals as rivers: they are passages here
        if near[:, owners == owner].any(axis=1).mean() >= RIVER_SHARE:
            found.append((int(u[i]), int(v[i]), land.river_names[owner]))
    return found


def _touched(edges, count: int) -> np.ndarray:
    """Per node, whether one of `edges` (pairs of node indices) touches it."""
    touched = np.zeros(count, dtype=bool)
    touched[[n for edge in edges for n in edge]] = True
    return touched


def _edge_samples(a: np.ndarray, b: np.ndarray, km: np.ndarray, step_km: float = 0.5):
    """Points about every `step_km` along straight lon/lat segments a -> b (km long): the
    points, the segment of each, and the km each stands for."""
    b = b.copy()
    b[:, 0] -= 360.0 * np.round((b[:, 0] - a[:, 0]) / 360.0)
    steps = np.maximum(np.ceil(km / step_km).astype(int), 1)
    edge = np.repeat(np.arange(len(a)), steps)
    t = (np.arange(steps.sum()) - np.repeat(np.cumsum(steps) - steps, steps) + 0.5) / np.repeat(steps, steps)
    return a[edge] + (b[edge] - a[edge]) * t[:, None], edge, np.repeat(km / steps, steps)


def _nearest_by_node(snaps) -> dict[int, Snap]:
    """Exits by node, the shortest leg where two reach one node."""
    by_node: dict[int, Snap] = {}
    for snap in snaps:
        if snap.node not in by_node or snap.leg_km < by_node[snap.node].leg_km:
            by_node[snap.node] = snap
    return by_node


def _cache_path(cache_dir: Path | None, what: str, suffix: str) -> Path:
    """A file of the cache folder named by what it depends on: this code, searoute's marnet
    and the scgraph that made a hierarchy."""
    key = f"{what} v{NETWORK_VERSION} {_versions()} avoided {sorted(ALWAYS_AVOIDED)}"
    return Path(cache_dir or default_cache_dir()) / f"{what}-{hashlib.sha256(key.encode()).hexdigest()[:16]}{suffix}"


@functools.lru_cache(maxsize=1)
def _versions() -> str:
    from importlib.metadata import version

    from . import __version__

    return f"webmap {__version__} searoute {version('searoute')} scgraph {version('scgraph')}"


def marnet_graph(cache_dir: Path | None = None) -> dict[str, np.ndarray]:
    """searoute's marnet as arrays: node lon/lat, and per edge its ends, its WGS 84 geodesic
    length in km and its passage tag (an index into `passage_names`; "" for none). Kept in
    the cache folder: importing marnet's Python literal and weighing its edges takes longer."""
    path = _cache_path(cache_dir, "marnet", ".npz")
    if not path.exists():
        from .store import atomic_path

        with atomic_path(path) as tmp, open(tmp, "wb") as f:
            np.savez(f, **_marnet_arrays())
    with np.load(path) as arrays:
        return {name: arrays[name] for name in arrays.files}


def _marnet_arrays() -> dict[str, np.ndarray]:
    from searoute.data.marnet_dict import edge_list, node_list

    nodes = list(node_list)
    index = {node: i for i, node in enumerate(nodes)}
    lonlat = np.array(nodes, dtype=float)
    pairs = [(index[u], index[v], data.get("passage") or "") for u, nb in edge_list.items() for v, data in nb.items()]
    i, j, tags = (list(column) for column in zip(*pairs))
    lonlat = _with_canals(lonlat, i, j, tags)
    # Edge weights are WGS 84 geodesic lengths (km), so a path's length is its geodesic length.
    _, _, metres = GEOD.inv(lonlat[i, 0], lonlat[i, 1], lonlat[j, 0], lonlat[j, 1])
    names = sorted(set(tags))
    return {"lonlat": lonlat, "edge_from": np.array(i, dtype=np.int32), "edge_to": np.array(j, dtype=np.int32),
            "edge_km": metres / 1000, "edge_passage": np.array([names.index(t) for t in tags], dtype=np.int16),
            "passage_names": np.array(names)}


def _with_canals(lonlat: np.ndarray, i: list, j: list, tags: list) -> np.ndarray:
    """The nodes with each of CANALS appended as a chain (edges both ways, tagged), its ends
    joined to the two nearest network nodes within CANAL_JOIN_KM."""
    for passage, line in CANALS.items():
        first = len(lonlat)
        lonlat = np.vstack([lonlat, np.array(line, dtype=float)])
        chain = list(range(first, first + len(line)))
        for a, b in zip(chain, chain[1:]):
            i += [a, b]
            j += [b, a]
            tags += [passage, passage]
        for end in (chain[0], chain[-1]):
            _, _, metres = GEOD.inv(np.full(first, lonlat[end, 0]), np.full(first, lonlat[end, 1]),
                                    lonlat[:first, 0], lonlat[:first, 1])
            for node in np.argsort(metres)[:2].tolist():
                if metres[node] <= CANAL_JOIN_KM * 1000:
                    i += [end, node]
                    j += [node, end]
                    tags += ["", ""]
    return lonlat


def saved_hierarchy(cache_dir: Path | None, make, repairs: str = ""):
    """The unrestricted contraction hierarchy, read from the cache folder (a tenth of a
    second, against two to make it); `make()` makes it when missing. Kept as scgraph's
    CHGraph fields (its constructor from pre-calculated data takes them back), marshalled:
    plain lists and dicts, in the running Python's format, so the file is named by it, and
    by `repairs`, the fingerprint of the repaired edges it weighs (none: "")."""
    import marshal

    from scgraph import CHGraph

    path = _hierarchy_path(cache_dir, repairs)
    if path.exists():
        return CHGraph(**marshal.loads(path.read_bytes()))
    from .store import write_bytes_atomic

    hierarchy = make()
    write_bytes_atomic(path, marshal.dumps({
        "nodes_count": hierarchy.nodes_count, "ranks": list(hierarchy.ranks),
        "forward_graph": [dict(d) for d in hierarchy.forward_graph],
        "backward_graph": [dict(d) for d in hierarchy.backward_graph],
        "shortcuts": dict(hierarchy.shortcuts), "original_graph": [dict(d) for d in hierarchy.original_graph]}))
    return hierarchy


def _hierarchy_path(cache_dir: Path | None, repairs: str = "") -> Path:
    return _cache_path(cache_dir, f"marnet-hierarchy-py{sys.version_info[0]}{sys.version_info[1]}{repairs}", ".marshal")


def ensure_network_data(reference_dir: Path, cache_dir: Path | None = None) -> None:
    """Everything the route API reads from the cache folder, made now if missing (the
    build's work: the land grid needs shapely)."""
    ensure_land_grid(Path(reference_dir), cache_dir)
    network = MaritimeNetwork(reference_dir, cache_dir=cache_dir)
    if not _hierarchy_path(cache_dir, network._repairs_key).exists():  # not read back when kept: a third of a second
        network.hierarchy(frozenset())  # made and kept
    network.river_of  # noqa: B018 (worked out once and kept)


def check_passages(names) -> frozenset:
    """Validate passage ids for `avoid`; UnknownPassage lists the valid ones. `chili` brings
    `magellan` with it (ALSO_AVOIDED), so the result names every passage closed."""
    avoid = frozenset(n.strip().lower() for n in names if n.strip())
    unknown = sorted(avoid - set(PASSAGES))
    if unknown:
        raise UnknownPassage(f"unknown passage {unknown[0]!r}; known: {', '.join(sorted(PASSAGES))}")
    return with_also_avoided(avoid)


def with_also_avoided(avoid) -> frozenset:
    """`avoid` with the passages that its ids also close (see ALSO_AVOIDED)."""
    return frozenset(avoid).union(*(ALSO_AVOIDED.get(name, ()) for name in avoid))


_networks: dict[tuple[Path, bool], MaritimeNetwork] = {}  # by the folder as given, and resolved
_networks_lock = threading.Lock()
_default: MaritimeNetwork | None = None


def load_network(reference_dir: Path, *, hierarchies: bool = True, cache_dir: Path | None = None) -> MaritimeNetwork:
    """The network for a reference folder, loaded once per process and kept; with
    `hierarchies`, the unrestricted contraction hierarchy is built before it is returned
    (call at start-up to preload). Without, routes use plain Dijkstra: no second of
    preprocessing, for one-off work such as a build or one CLI query. Indexes it builds
    once (the land mask, ports' exits) live in `cache_dir` (default: the user's cache)."""
    key = (Path(reference_dir), hierarchies, cache_dir)
    network = _networks.get(key)
    if network is not None:  # loaded: no lock needed to read it
        return network
    with _networks_lock:
        resolved = (key[0].resolve(), hierarchies, cache_dir)
        network = _networks.get(resolved)
        if network is None:
            network = MaritimeNetwork(resolved[0], hierarchies=hierarchies, cache_dir=cache_dir)
            network.hierarchy(frozenset())
        _networks[key] = _networks[resolved] = network
    return network


def default_network() -> MaritimeNetwork:
    """The network of webmap's own reference folder (see `load_network`)."""
    global _default
    if _default is None:
        from .config import Paths

        _default = load_network(Paths().reference)
    return _default
