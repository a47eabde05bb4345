"""What the route query reads instead of searching: the maritime network's edges that cross
land, each repaired by a way over water, and every port's water legs, prepared once for the
whole network and all of searoute's ports and shipped in geodata/network/prepared.sqlite.

`webmap prepare-network` makes the file (about 50 minutes on two cores): first each edge
that crosses more than REPAIR_LAND_KM of land, outside a passage or a river it runs up
(`repair_edge`), then, on the repaired network, each port's water searched with GSHHG's
islands beyond the harbours (`search_port`; GSHHG from the `prepare` extra), or the error that
refuses it. The file holds a fingerprint of what it depends on (the exits code's version, the
network's, the land grid's, searoute's, the land and river data, and the islands); a
file whose fingerprint is not today's is ignored, so edges are drawn as searoute has them and
ports are searched on their first query, as before (and kept in the cache folder).
`tests/test_prepared.py` searches a few ports and edges again and compares.

A port's row is binary, read in microseconds: exits and reach as (node, leg km, land km,
turns) records, turns in microdegrees (the searches round them to 6 decimals, so they come
back exact), and the ports found nearby as codes, lengths, passages and their turns, decoded
only for the port a route asks about.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import threading
import zlib
from collections.abc import Mapping
from contextlib import closing
from functools import cached_property
from pathlib import Path

import numpy as np

from . import errors
from .network import EXITS_VERSION, NETWORK_VERSION, PortLinks, Snap
from .shoreline import DESCRIPTION as ISLANDS, NOT_INSTALLED, installed as shoreline_installed

FILE = Path("network") / "prepared.sqlite"
REPAIR_LAND_KM = 2.0  # an edge over more land than this is searched for a way over water
REPAIR_LONGER = 1.5  # ... which replaces it if it crosses less land and is at most this much longer
ISLANDS_LAND_TOLERANCE_KM = 0.5  # a leg or way with the finer land's islands may cross this much more coarse land
SNAP = struct.Struct("<iddi")  # node, leg km, land km, number of turns
MICRO = 1_000_000
UNIT, RECORD = "\x1f", "\x1e"  # separators of names within a list, and of lists (rivers)
COLUMNS = ("error", "kind", "exits", "reach", "rivers", "near_codes", "near_km", "near_passages", "near_rivers",
           "near_turns")


def fingerprint(reference_dir: Path) -> str:
    """What the file depends on, hashed; not the versions of the libraries that compute it
    (shapely, pyproj), whose last digits the test compares with a tolerance."""
    from importlib.metadata import version

    from .landmask import GRID_VERSION, data_digest

    digest = hashlib.sha256(f"exits v{EXITS_VERSION} network v{NETWORK_VERSION} grid v{GRID_VERSION} "
                            f"repairs {REPAIR_LAND_KM} {REPAIR_LONGER} searoute {version('searoute')} "
                            f"data {data_digest(reference_dir)} islands {ISLANDS} "
                            f"{ISLANDS_LAND_TOLERANCE_KM}".encode())
    return digest.hexdigest()[:16]


class Prepared:
    """The shipped file, read only (one connection shared by threads, behind a lock)."""

    def __init__(self, path: Path | None, reference_dir: Path):
        """`path` None: an empty file, as when making it."""
        self.path = path
        self._lock = threading.Lock()
        self._db = None
        self.fingerprint = fingerprint(reference_dir)
        if path is not None and Path(path).exists():
            db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if row and row[0] == self.fingerprint:
                self._db = db
            else:
                db.close()

    @property
    def current(self) -> bool:
        """The file exists and was made from today's code and data."""
        return self._db is not None

    def edges(self) -> list[tuple[int, int, float, tuple]]:
        """The repaired edges: (u, v, km, turns from u towards v); none if stale."""
        if self._db is None:
            return []
        with self._lock:
            rows = self._db.execute("SELECT u, v, km, turns FROM edges ORDER BY u, v").fetchall()
        return [(u, v, km, _turn_lists(turns)[0]) for u, v, km, turns in rows]

    def rows(self) -> dict[str, tuple]:
        """Every port's row as `write` takes it (code -> values of COLUMNS); none if stale."""
        if self._db is None:
            return {}
        with self._lock:
            rows = self._db.execute(f"SELECT locode, {', '.join(COLUMNS)} FROM legs").fetchall()
        return {code: tuple(rest) for code, *rest in rows}

    @cached_property
    def _heads(self) -> dict[str, tuple]:
        """Every port's small columns (error, kind, exits, reach, rivers, near codes), read in one
        query the first time any port is asked for (2.4 MB, about 33 ms measured): a port's first
        route then reads no row. The near ports' lengths and turns stay in the file until asked for."""
        with self._lock:
            rows = self._db.execute(f"SELECT locode, {', '.join(COLUMNS[:6])} FROM legs").fetchall()
        return {code: tuple(rest) for code, *rest in rows}

    def get(self, locode: str) -> PortLinks | None:
        """The port's links; None if the file lacks them (or is stale). A port the searches
        refused raises the same error again (an inland river port: BadCoordinate)."""
        if self._db is None:
            return None
        row = self._heads.get(locode)
        if row is None:
            return None
        error, kind, exits, reach, rivers, near_codes = row
        if error is not None:
            raise getattr(errors, kind)(error)
        rivers = _lists(rivers)  # the exits' then the reach's
        exits = _snaps(exits, rivers)
        return PortLinks(tuple(exits), _Reach(reach, rivers[len(exits):]), _Near(near_codes, locode, self._near_columns))

    def _near_columns(self, locode: str) -> tuple:
        """A port's near ports' lengths, passages, rivers and turns, as stored."""
        with self._lock:
            return self._db.execute(f"SELECT {', '.join(COLUMNS[6:])} FROM legs WHERE locode = ?", (locode,)).fetchone()


class _Reach(Mapping):
    """PortLinks.reach read from a row: node -> Snap, a record decoded only when its node is
    asked for (a route asks for the nodes along its first and last few km; few are there)."""

    def __init__(self, blob: bytes, rivers: list[tuple[str, ...]]):
        self._blob, self._rivers = blob, rivers
        (self._count,) = struct.unpack_from("<i", blob)
        self._index = None

    def _records(self) -> dict[int, tuple[int, tuple, int]]:
        """node -> (its record's position, the record, where its turns start among the turns)."""
        if self._index is None:
            records = list(SNAP.iter_unpack(self._blob[4 : 4 + self._count * SNAP.size]))
            starts = np.cumsum([0] + [r[3] for r in records]).tolist()
            self._index = {r[0]: (i, r, starts[i]) for i, r in enumerate(records)}
        return self._index

    def __getitem__(self, node: int) -> Snap:
        i, (node, leg_km, land_km, turns), start = self._records()[node]
        offset = 4 + self._count * SNAP.size + 8 * start
        values = struct.unpack_from(f"<{2 * turns}i", self._blob, offset)
        return Snap(node, leg_km, land_km, _points(values, 0, turns), self._rivers[i])

    def get(self, node, default=None):
        return self[node] if node in self._records() else default

    def __contains__(self, node) -> bool:
        return node in self._records()

    def keys(self):
        """The nodes, as a dict's keys (set operations in C: `_shortcut` asks whether a path
        passes any)."""
        return self._records().keys()

    def __iter__(self):
        return iter(self._records())

    def __len__(self) -> int:
        return self._count


class _Near(Mapping):
    """PortLinks.near read from a row: UN/LOCODE -> (km, turns, passages, rivers). Only the
    codes are at hand; the rest is read from the file, and one entry's turns decoded, when
    an entry is asked for (most routes only ask whether the other end is here)."""

    def __init__(self, codes: str, locode: str, read):
        """`read(locode)`: the row's other near columns, as stored."""
        self._codes, self._locode, self._read = codes, locode, read
        self._index = self._columns = None

    def _decode(self):
        if self._index is None:
            codes = self._codes.split(",") if self._codes else []
            self._index = {code: i for i, code in enumerate(codes)}
            km, passages, rivers, turns = self._read(self._locode)
            self._columns = (np.frombuffer(km, "<f8").tolist(), passages.split("|") if codes else [],
                             _lists(rivers) if codes else [], zlib.decompress(turns))
        return self._index, self._columns

    def __getitem__(self, code: str) -> tuple:
        index, (km, passages, rivers, turns) = self._decode()
        i = index[code]
        return km[i], _turn_list_at(turns, i), tuple(passages[i].split(",")) if passages[i] else (), rivers[i]

    def __iter__(self):
        return iter(self._codes.split(",") if self._codes else [])

    def __len__(self) -> int:
        return self._codes.count(",") + 1 if self._codes else 0

    def __contains__(self, code) -> bool:
        return isinstance(code, str) and "," not in code and f",{code}," in f",{self._codes},"


def _lists(text: str) -> list[tuple[str, ...]]:
    """Lists of names packed by `_pack_lists`."""
    return [tuple(item.split(UNIT)) if item else () for item in text.split(RECORD)]


def _pack_lists(lists) -> str:
    return RECORD.join(UNIT.join(names) for names in lists)


def _turn_lists(blob: bytes) -> list[tuple]:
    """Turn lists packed as counts then microdegree pairs."""
    count = int(np.frombuffer(blob, "<i4", 1)[0])
    sizes = np.frombuffer(blob, "<i4", count, 4).tolist()
    points = (np.frombuffer(blob, "<i4", offset=4 + 4 * count).reshape(-1, 2) / MICRO).tolist()
    out, at = [], 0
    for size in sizes:
        out.append(tuple(map(tuple, points[at : at + size])))
        at += size
    return out


def _turn_list_at(blob: bytes, i: int) -> tuple:
    """The `i`th of the turn lists `_pack_turns` packed, alone."""
    count = int(np.frombuffer(blob, "<i4", 1)[0])
    sizes = np.frombuffer(blob, "<i4", count, 4)
    start = int(sizes[:i].sum())
    points = np.frombuffer(blob, "<i4", 2 * int(sizes[i]), 4 + 4 * count + 8 * start).reshape(-1, 2) / MICRO
    return tuple(map(tuple, points.tolist()))


def _micro(points) -> bytes:
    """(lon, lat) points as little-endian microdegree pairs."""
    return np.rint(np.array(points, dtype=float).reshape(-1, 2) * MICRO).astype("<i4").tobytes()


def _pack_turns(turn_lists) -> bytes:
    """Turn lists packed as their count, each one's length, then all their points."""
    return (np.array([len(turn_lists), *map(len, turn_lists)], dtype="<i4").tobytes()
            + _micro([p for turns in turn_lists for p in turns]))


def _pack_snaps(snaps) -> bytes:
    """Snaps packed as a count, SNAP records, then the turns."""
    return (struct.pack("<i", len(snaps)) + b"".join(SNAP.pack(s.node, s.leg_km, s.land_km, len(s.via)) for s in snaps)
            + _micro([p for s in snaps for p in s.via]))


def _snaps(blob: bytes, rivers: list[tuple[str, ...]]) -> list[Snap]:
    """Snaps unpacked, the first of `rivers` going to the first snap and so on (with struct: a
    few records each, where numpy's per-call cost would be most of the time)."""
    (count,) = struct.unpack_from("<i", blob)
    offset = 4 + count * SNAP.size
    values = struct.unpack_from(f"<{(len(blob) - offset) // 4}i", blob, offset)
    out, at = [], 0
    for i, (node, leg_km, land_km, turns) in enumerate(SNAP.iter_unpack(blob[4:offset])):
        out.append(Snap(node, leg_km, land_km, _points(values, at, turns), rivers[i]))
        at += 2 * turns
    return out


def _points(values: tuple[int, ...], at: int, count: int) -> tuple[tuple[float, float], ...]:
    """`count` (lon, lat) points from microdegree pairs starting at `values[at]`."""
    return tuple((values[k] / MICRO, values[k + 1] / MICRO) for k in range(at, at + 2 * count, 2))


# -- making the file -------------------------------------------------------------------------


def row(links: PortLinks) -> tuple:
    """A port's values of COLUMNS, reach by node and near ports by code."""
    codes = sorted(links.near)
    km = np.array([links.near[c][0] for c in codes], dtype="<f8")
    passages = "|".join(",".join(links.near[c][2]) for c in codes)
    turns = zlib.compress(_pack_turns([links.near[c][1] for c in codes]), 9)
    reach = [links.reach[node] for node in sorted(links.reach)]
    rivers = _pack_lists(s.rivers for s in (*links.exits, *reach))
    return (None, None, _pack_snaps(links.exits), _pack_snaps(reach), rivers, ",".join(codes), km.tobytes(), passages,
            _pack_lists(links.near[c][3] for c in codes), turns)


def write(path: Path, reference_dir: Path, rows: dict[str, tuple], edges: list[tuple]) -> None:
    """The file, made whole then moved into place; rows in code order and edges in node
    order, so the same legs make the same bytes."""
    from .store import atomic_path

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        with closing(sqlite3.connect(tmp)) as db:
            db.execute("PRAGMA page_size = 4096")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE legs (locode TEXT PRIMARY KEY, error TEXT, kind TEXT, exits BLOB, reach BLOB, "
                       "rivers TEXT, near_codes TEXT, near_km BLOB, near_passages TEXT, near_rivers TEXT, "
                       "near_turns BLOB) WITHOUT ROWID")
            db.execute("CREATE TABLE edges (u INTEGER, v INTEGER, km REAL, turns BLOB, PRIMARY KEY (u, v)) WITHOUT ROWID")
            db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(reference_dir),))
            db.executemany("INSERT INTO edges VALUES (?, ?, ?, ?)",
                           [(u, v, km, _pack_turns([turns])) for u, v, km, turns in sorted(edges)])
            db.executemany(f"INSERT INTO legs VALUES (?{', ?' * len(COLUMNS)})",
                           [(code, *rows[code]) for code in sorted(rows)])
            db.commit()
            db.execute("VACUUM")


def prepare_port(network, islands, code: str) -> tuple:
    """One port's row: its links searched afresh (`search_port`), or the error that refuses it."""
    from .gazetteer import load_ports

    entry = load_ports()[code]
    try:
        links = search_port(network, islands, code, entry.lon, entry.lat, entry.name)
    except errors.WebmapError as err:
        return (str(err), type(err).__name__, *[None] * (len(COLUMNS) - 2))
    return row(links)


def search_port(network, islands, code: str, lon: float, lat: float, name: str | None = None) -> PortLinks:
    """A port's links as the file holds them: searched with a finer land's `islands` beyond
    the harbours (`MaritimeNetwork.search_port`), unless they close the port's way out (a
    straight leg over land, or none); then each leg and way that crosses more of the coarse
    land with them than without, by over ISLANDS_LAND_TOLERANCE_KM, is taken from the search
    without them (`_least_coarse_land`)."""
    def coarse() -> PortLinks:
        return network.search_port(code, lon, lat, name)

    try:
        finer = network.search_port(code, lon, lat, name, islands=islands)
    except errors.BadCoordinate:
        return coarse()
    if any(exit_.land_km for exit_ in finer.exits):
        return coarse()
    return _least_coarse_land(network, lon, lat, finer, coarse)


def _least_coarse_land(network, lon: float, lat: float, finer: PortLinks, search_coarse) -> PortLinks:
    """`finer`'s legs and ways, each replaced by the one `search_coarse()` finds (searched
    only if some cross coarse land) where that crosses less of the coarse land by more than
    ISLANDS_LAND_TOLERANCE_KM. An exit stays its reach's leg to its node. A way or leg only
    the coarse search finds stays out: the islands close it, or it is dearer than the
    search's bounds."""
    from .gazetteer import load_ports

    ports = load_ports()

    def leg_land(snap: Snap) -> float:
        return network.land_km_along(_unwrapped([(lon, lat), *snap.via, tuple(network.lonlat[snap.node])]))

    def way_land(code: str, way: tuple) -> float:
        return network.land_km_along(_unwrapped([(lon, lat), *way[1], (ports[code].lon, ports[code].lat)]))

    reach_land = {node: leg_land(snap) for node, snap in finer.reach.items()}  # the exits too
    near_land = {code: way_land(code, way) for code, way in finer.near.items()}
    if max([*reach_land.values(), *near_land.values()], default=0.0) <= ISLANDS_LAND_TOLERANCE_KM:
        return finer
    coarse = search_coarse()
    reach = dict(finer.reach)
    for node, land in reach_land.items():
        other = coarse.reach.get(node)
        if other is not None and land > leg_land(other) + ISLANDS_LAND_TOLERANCE_KM:
            reach[node] = other
    exits = tuple(reach[exit_.node] for exit_ in finer.exits)
    if max(map(leg_land, exits)) > max(map(leg_land, coarse.exits)) + ISLANDS_LAND_TOLERANCE_KM:
        exits, reach = coarse.exits, coarse.reach  # the exits' nodes differ: the coarse ones, whole
    near = dict(finer.near)
    for code, land in near_land.items():
        other = coarse.near.get(code)
        if other is not None and land > way_land(code, other) + ISLANDS_LAND_TOLERANCE_KM:
            near[code] = other
    return PortLinks(exits, reach, near)


def _unwrapped(points) -> np.ndarray:
    """A line (lon, lat) with its longitudes continuous across ±180."""
    from .geometry import unwrap

    line = np.array(points, dtype=float)
    line[:, 0] = unwrap(line[:, 0])
    return line


def prepare(reference_dir: Path, *, jobs: int = 1, cache_dir: Path | None = None, codes=None, progress=None) -> Path:
    """Repair the network's edges, then search every port (or only `codes`, the rest kept
    from the file if it is today's) on the repaired network, in `jobs` processes, and write
    the file."""
    from concurrent.futures import ProcessPoolExecutor

    from .gazetteer import load_ports

    path = Path(reference_dir) / FILE
    say = progress or (lambda message: None)
    if not shoreline_installed():
        raise errors.WebmapError(NOT_INSTALLED)
    old = Prepared(path, reference_dir)
    if codes and not old.current:  # its other rows are not today's: keeping them would ship stale legs
        raise errors.WebmapError(f"{path} is missing or was made from other code or data: search every port "
                                 "(webmap prepare-network without --only)")
    rows: dict[str, tuple] = old.rows() if codes else {}
    edges = old.edges() if codes else None
    if edges is None:
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(reference_dir, cache_dir, False)) as pool:
            candidates = _edges_over_land(_worker_network(reference_dir, cache_dir, False))
            say(f"{len(candidates)} edges cross more than {REPAIR_LAND_KM:g} km of land")
            found = pool.map(_repair_chunk, [candidates[i : i + 20] for i in range(0, len(candidates), 20)])
            edges = [edge for chunk in found for edge in chunk]
        say(f"{len(edges)} edges repaired")
        write(path, reference_dir, rows, edges)  # the port searches below read the repaired network from it
    codes = sorted(codes or load_ports())
    chunks = [codes[i : i + 25] for i in range(0, len(codes), 25)]
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(reference_dir, cache_dir, True)) as pool:
        for searched, done in enumerate(pool.map(_prepare_chunk, chunks), 1):
            rows.update(done)
            say(f"{min(searched * 25, len(codes))} of {len(codes)} ports searched")
    write(path, reference_dir, rows, edges)
    return path


def _edges_over_land(network) -> list[tuple[int, int, float, float]]:
    """Edges (u < v, km, land km) over more than REPAIR_LAND_KM of land, outside passages
    and rivers the network names."""
    graph = network._graph
    forward = graph["edge_from"] < graph["edge_to"]
    u, v, km = graph["edge_from"][forward], graph["edge_to"][forward], graph["edge_km"][forward]
    land = network.land_km_of_edges(u, v, km)
    named = network.passage_of.keys() | network.river_of.keys()
    return [(int(a), int(b), float(k), float(l)) for a, b, k, l in zip(u, v, km, land)
            if l > REPAIR_LAND_KM and k > 0 and (int(a), int(b)) not in named]


def repair_edge(network, u: int, v: int, km: float, land_km: float):
    """(u, v, km, turns) of the way over water between an edge's nodes, found on a grid
    round u (`SeaPaths`, rivers left out), if it crosses less land and is at most
    REPAIR_LONGER times the edge's length; else None."""
    from .landmask import SeaPaths
    from .network import GEOD, OFFING_KM

    (lon, lat), (to_lon, to_lat) = (tuple(map(float, p)) for p in network.lonlat[[u, v]])
    radius_km = km * 1.25 + 20.0
    cell_km = min(max(radius_km / 250.0, 0.5), 5.0)
    paths = SeaPaths(network.land, lon, lat, radius_km, cell_km, coast_km=max(2 * cell_km, 5.0), offing_km=OFFING_KM,
                     rivers=False)
    if paths.seeds.size == 0:
        return None
    cost, cells = paths.distances_km([to_lon], [to_lat])
    if not np.isfinite(cost[0]):
        return None
    turns = tuple(paths.path(to_lon, to_lat, int(cells[0]), gallop=True))
    line = np.array([(lon, lat), *turns, (to_lon, to_lat)])  # lengths and land samples take it across ±180 as it is
    new_km = GEOD.line_length(line[:, 0], line[:, 1]) / 1000
    new_land = network.land_km_along(line)
    if new_land < land_km - 1.0 and new_km <= REPAIR_LONGER * km:
        return u, v, new_km, turns
    return None


_worker: dict = {}


def _worker_network(reference_dir: Path, cache_dir: Path | None, prepared: bool):
    from .network import MaritimeNetwork

    return MaritimeNetwork(reference_dir, hierarchies=False, cache_dir=cache_dir, prepared=prepared)


def _start_worker(reference_dir: Path, cache_dir: Path | None, prepared: bool) -> None:
    """A process's network: unrepaired to repair edges on, or repaired to search ports on,
    with GSHHG's islands (`shoreline`, checked installed by `prepare`)."""
    from .shoreline import Shoreline

    _worker["network"] = network = _worker_network(reference_dir, cache_dir, prepared)
    _worker["islands"] = Shoreline(network.land, reference_dir).islands if prepared else None


def _repair_chunk(edges) -> list[tuple]:
    return [r for r in (repair_edge(_worker["network"], *edge) for edge in edges) if r is not None]


def _prepare_chunk(codes: list[str]) -> dict[str, tuple]:
    return {code: prepare_port(_worker["network"], _worker["islands"], code) for code in codes}
