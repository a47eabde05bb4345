"""The maritime network: searoute's marnet as an immutable routing graph.

One network per process, loaded once and never mutated afterwards; each set of avoided
passages gets its own contraction hierarchy (scgraph), built on first use under a lock.
So concurrent queries with different `avoid` sets cannot see each other's restrictions,
unlike searoute, which keeps restrictions on one shared cached graph.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from pyproj import Geod

from .errors import BadCoordinate, NoRoute, UnknownPassage
from .landmask import LandMask

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
    "chili": "Cape Horn",  # marnet tags the Drake Passage and the waters south of Tierra del Fuego
    "south_africa": "Cape of Good Hope",
}
# As searoute does by default: the Northwest Passage is ice-bound most of the year.
ALWAYS_AVOIDED = frozenset({"northwest"})
MAX_LEG_KM = 400.0  # farther than this from the network is not a sea route
# A port's own point often lies "on land" in a 1:50m land mask (quays, river mouths): the
# first kilometres of a leg from the port are not checked.
COAST_TOLERANCE_KM = 10.0
LAND_ALLOWANCE_KM = 40.0  # river bends and headlands between an estuary port and the open sea
SNAP_CANDIDATES = 16
CACHED_HIERARCHIES = 32


@dataclass(frozen=True)
class Snap:
    """Where a point joins the network: the node, and the straight sea leg to it."""

    node: int
    leg_km: float
    land_km: float = 0.0


class MaritimeNetwork:
    """Nodes (lon, lat), edges with lengths in km and passage tags, and routing over them."""

    def __init__(self, reference_dir: Path, *, hierarchies: bool = True):
        """`hierarchies=False` routes with plain bidirectional Dijkstra: no second of
        preprocessing, for one-off work such as a build with a couple of lanes."""
        from searoute.data.marnet_dict import edge_list, node_list

        self.use_hierarchies = hierarchies
        self.land = LandMask(reference_dir)
        nodes = list(node_list)
        index = {node: i for i, node in enumerate(nodes)}
        # As stored: some longitudes run past 180 (to 190.8), and zero-length edges join
        # (180, y) to (-180, y). Lines are unwrapped, then cut, when they are drawn.
        self.lonlat = np.array(nodes, dtype=float)
        pairs = [(index[u], index[v], data.get("passage")) for u, nb in edge_list.items() for v, data in nb.items()]
        i, j, _ = zip(*pairs)
        # Edge weights are WGS 84 geodesic lengths (km), so a path's length is its geodesic length.
        _, _, metres = GEOD.inv(self.lonlat[list(i), 0], self.lonlat[list(i), 1],
                                self.lonlat[list(j), 0], self.lonlat[list(j), 1])
        self.edges: list[dict[int, float]] = [{} for _ in nodes]
        self.passage_of: dict[tuple[int, int], str] = {}
        for (u, v, passage), km in zip(pairs, (metres / 1000).tolist()):
            self.edges[u][v] = km
            if passage in PASSAGES:
                self.passage_of[(u, v)] = passage
        self._on_passage = np.zeros(len(nodes), dtype=bool)  # nodes that some passage edge touches
        self._on_passage[[n for edge in self.passage_of for n in edge]] = True
        self._lock = threading.Lock()
        self._port_snaps: dict[str, Snap] = {}  # written whole per key: safe to share between threads
        self._hierarchies: OrderedDict[frozenset, object] = OrderedDict()

    # -- snapping ------------------------------------------------------------------------
    @cached_property
    def _tree(self):
        from scipy.spatial import cKDTree

        return cKDTree(_unit_vectors(self.lonlat[:, 0], self.lonlat[:, 1]))

    def snap_port(self, locode: str, lon: float, lat: float, name: str | None = None) -> Snap:
        """`snap` for a port, remembered: it is a property of the port, not of the query."""
        snap = self._port_snaps.get(locode)
        if snap is None:
            label = f"port {name} ({locode})" if name else f"port {locode}"
            snap = self._port_snaps[locode] = self.snap(lon, lat, label=label)
        return snap

    def snap(self, lon: float, lat: float, *, label: str | None = None) -> Snap:
        """Where a point joins the network: the nearest node with a leg over water.

        Estuary and bay ports rarely have a straight leg entirely over water at the land
        land mask's 1:50m resolution, so the leg with the least land wins, up to LAND_ALLOWANCE_KM;
        a point with more land than that between it and the sea is inland (BadCoordinate).
        """
        _, candidates = self._tree.query(_unit_vectors(np.array([lon]), np.array([lat]))[0], k=SNAP_CANDIDATES)
        best: Snap | None = None
        nearest_km = None
        for node in candidates:
            node_lon, node_lat = self.lonlat[node]
            leg_km = GEOD.inv(lon, lat, node_lon, node_lat)[2] / 1000
            nearest_km = leg_km if nearest_km is None else nearest_km
            if leg_km > MAX_LEG_KM:
                break
            snap = Snap(int(node), leg_km, self._land_km(lon, lat, node_lon, node_lat, leg_km))
            if snap.land_km == 0:
                return snap
            if best is None or snap.land_km < best.land_km:
                best = snap
        if best is not None and best.land_km <= LAND_ALLOWANCE_KM:
            return best
        where = f"nearest network point {nearest_km:,.0f} km away"
        if best is not None:
            where += f", with {best.land_km:,.0f} km of land in between"
        raise BadCoordinate(f"{label or f'({lon:g}, {lat:g})'} is inland: no sea passage to the maritime network ({where})")

    def _land_km(self, lon: float, lat: float, to_lon: float, to_lat: float, leg_km: float,
                 *, both_ends: bool = False) -> float:
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
        return float(self.land.on_land(lons[offshore], lats[offshore]).sum() * leg_km / (steps + 1))

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
        """The routing graph without the avoided passages' edges (built once per set)."""
        avoid = frozenset(avoid) | ALWAYS_AVOIDED
        with self._lock:
            graph = self._hierarchies.get(avoid)
            if graph is not None:
                self._hierarchies.move_to_end(avoid)
                return graph
        from scgraph import Graph

        edges = [
            {j: w for j, w in neighbours.items() if self.passage_of.get((i, j)) not in avoid}
            for i, neighbours in enumerate(self.edges)
        ]
        graph = Graph(edges)
        if self.use_hierarchies:
            graph.create_contraction_hierarchy()
        with self._lock:
            self._hierarchies[avoid] = graph
            while len(self._hierarchies) > CACHED_HIERARCHIES:
                self._hierarchies.popitem(last=False)
        return graph

    def shortest_path(self, origin: int, destination: int, avoid: frozenset) -> tuple[list[int], float]:
        """Node indices of the shortest path and its geodesic length in km, or NoRoute."""
        if origin == destination:
            return [origin], 0.0
        graph = self.hierarchy(avoid)
        search = graph.contraction_hierarchy if self.use_hierarchies else graph.bidirectional_dijkstra
        try:
            result = search(origin_id=origin, destination_id=destination)
        except RuntimeError:  # scgraph's word for "no path"
            result = {"path": [], "length": float("inf")}
        if not result["path"] or result["length"] == float("inf"):
            raise NoRoute(f"no sea route avoiding {', '.join(sorted(avoid)) or 'nothing'}")
        return result["path"], result["length"]

    def passages_on(self, path: list[int]) -> list[str]:
        """Passage ids the path goes through, each once, in travel order."""
        seen: list[str] = []
        hits = np.flatnonzero(self._on_passage[path])
        if hits.size == 0:
            return seen
        first, last = max(int(hits[0]) - 1, 0), int(hits[-1]) + 1
        for i, j in zip(path[first:last], path[first + 1 : last + 1]):
            passage = self.passage_of.get((i, j))
            if passage and passage not in seen:
                seen.append(passage)
        return seen


def check_passages(names) -> frozenset:
    """Validate passage ids for `avoid`; UnknownPassage lists the valid ones."""
    avoid = frozenset(n.strip().lower() for n in names if n.strip())
    unknown = sorted(avoid - set(PASSAGES))
    if unknown:
        raise UnknownPassage(f"unknown passage {unknown[0]!r}; known: {', '.join(sorted(PASSAGES))}")
    return avoid


def _unit_vectors(lon, lat) -> np.ndarray:
    """Points on the unit sphere, so nearest-neighbour search is right across ±180 and at the poles."""
    lon, lat = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


_default: MaritimeNetwork | None = None
_default_lock = threading.Lock()


def default_network() -> MaritimeNetwork:
    """The process-wide network, loaded on first use (call at start-up to preload)."""
    from .config import Paths

    global _default
    if _default is not None:  # loaded: no lock needed to read it
        return _default
    with _default_lock:
        if _default is None:
            network = MaritimeNetwork(Paths().reference)
            network.hierarchy(frozenset())
            _default = network
    return _default
