"""Gazetteer entries by the id a feature carries, and by a name as an editor types it.

`entry(gazetteer, "city-1796236")` is the entry a story's feature of that id was made from
(cities by GeoNames id, ports by UN/LOCODE, countries by ISO code, and the curated rows:
divisions, regions, organisations, water bodies, capes and landforms). `search(gazetteer,
"rio de j")` is what the editor's "search the gazetteer" box suggests: every kind, by name
or other name, a prefix of the name or of one of its words, accents and case ignored, the
exact name first, then by importance (population for cities and countries).

The indexes are made once per Gazetteer: the curated names (some 10,000) in memory, the
GeoNames cities' names (about 400,000 word starts) as a small SQLite file in the cache folder
beside the cities' own index, so that a web worker holds none of them in memory.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import threading
import weakref
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .cache import ReadOnlyIndex, ensure_index
from .errors import WebmapError
from .gazetteer import Entry, Gazetteer, fold

__all__ = ["UnknownPlace", "entry", "search", "search_key"]

SEARCH_INDEX_VERSION = 2
MAX_QUERY_CHARS = 100
MAX_LIMIT = 50
SHORT_ROWS = 3 * MAX_LIMIT  # the cities kept for each query of one or two letters
# How much a place matters when names tie, on the scale of a population: a sea or a strait
# weighs as a city of a million, a region as a large country.
IMPORTANCE = {"region": 500_000_000, "sea": 5_000_000, "strait": 3_000_000, "canal": 3_000_000,
              "river": 2_000_000, "cape": 500_000, "landform": 1_000_000, "division": 2_000_000,
              "organisation": 200_000, "port": 300_000}
_CITY_ID = re.compile(r"city-([0-9]{1,12})")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class UnknownPlace(WebmapError):
    """A place id that no gazetteer entry has (a feature id such as "city-1796236")."""

    status = 404


def search_key(name: str) -> str:
    """What a name is searched by: accents dropped, lower case, punctuation as spaces
    ("Bab el-Mandeb" -> "bab el mandeb", "Río de Janeiro" -> "rio de janeiro")."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(name).lower()).split())


def entry(gazetteer: Gazetteer, place_id: str) -> Entry:
    """The gazetteer entry behind a feature id, or UnknownPlace."""
    if not isinstance(place_id, str):
        raise UnknownPlace(f"unknown place id {place_id!r}: not a string")
    city = _CITY_ID.fullmatch(place_id)
    if city:
        try:
            return gazetteer.city(int(city.group(1)))
        except KeyError:
            raise UnknownPlace(f"unknown place id {place_id!r}: no GeoNames city {city.group(1)}") from None
    found = _index(gazetteer).by_id.get(place_id)
    if found is None:
        raise UnknownPlace(f"unknown place id {place_id!r}: no gazetteer entry has this id")
    return found


def search(gazetteer: Gazetteer, text: str, limit: int = 10) -> list[dict]:
    """Entries whose name or other name, or one of its words, starts with `text` (case and
    accents ignored), best first: the exact name, then a name starting so before a word of it,
    then by importance. Each as {"id", "name", "kind", "country", "lon", "lat"}; lon/lat is
    the entry's point (a country's capital; None for a region, drawn from its members)."""
    query = search_key(text or "")[:MAX_QUERY_CHARS]
    limit = max(1, min(int(limit), MAX_LIMIT))
    if not query:
        return []
    index = _index(gazetteer)
    hits: dict[str, tuple] = {}  # id -> (rank, entry)

    def offer(rank: tuple, found: Entry) -> None:
        held = hits.get(found.id)
        if held is None or rank < held[0]:
            hits[found.id] = (rank, found)

    for rank, found in index.curated_matches(query):
        offer(rank, found)
    for rank, found in index.city_matches(query, limit):
        offer(rank, found)
    best = sorted(hits.values(), key=lambda hit: hit[0])[:limit]
    return [_suggestion(gazetteer, found) for _, found in best]


def _suggestion(gazetteer: Gazetteer, found: Entry) -> dict:
    lon, lat = found.lon, found.lat
    if lon is None and found.kind == "country":
        capital = gazetteer.capital(found.country)
        lon, lat = (capital.lon, capital.lat) if capital else (None, None)
    return {"id": found.id, "name": found.name, "kind": found.kind, "country": found.country, "lon": lon, "lat": lat}


def _rank(key: str, query: str, start: int, importance: int, found: Entry, alias: bool = False) -> tuple:
    """Exact name first (0), then a name that starts so (1), then a word of one (2); then
    the more important; then an entry's own name before another entry's other name ("huaw":
    Huawei before HMN Technologies, once Huawei Marine); then by name and id, so that ties
    are stable."""
    closeness = 0 if start == 0 and key == query else (1 if start == 0 else 2)
    return (closeness, -importance, alias, found.name, found.id)


def _importance(found: Entry) -> int:
    if found.kind in ("city", "country"):
        return found.population
    return IMPORTANCE.get(found.kind, 0)


@dataclass(frozen=True)
class _Key:
    key: str  # the searched text, from a word start of a name (search_key form)
    start: int  # 0 when it is the whole name
    whole: str  # the whole name's key


class _Index:
    """What look-ups need, made once per Gazetteer."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._short: dict[str, list[tuple]] = {}  # the best matches of each query of one or two letters asked

    @cached_property
    def by_id(self) -> dict[str, Entry]:
        """Every entry but the cities (looked up by GeoNames id in their own index)."""
        found: dict[str, Entry] = {}
        for table in (self.gazetteer.curated_names, self.gazetteer.port_names):
            for entries in table.values():
                for item in entries:
                    found.setdefault(item.id, item)
        for item in self.gazetteer.ports.values():  # searoute's own entry for its codes
            found[item.id] = item
        return found

    @cached_property
    def curated(self) -> tuple[list[str], list[tuple[int, str, Entry, bool]]]:
        """Sorted keys, and beside each (word start, whole key, entry, whether the key is
        another name than the entry's own): every word start of every name and other name of
        the curated entries and ports, and the ports' codes."""
        rows: set[tuple[str, int, str, str]] = set()
        by_id = self.by_id
        for table in (self.gazetteer.curated_names, self.gazetteer.port_names):
            for name, entries in table.items():
                whole = search_key(name)
                for item in entries:
                    for start, key in _word_starts(whole):
                        rows.add((key, start, whole, item.id))
        for code, item in self.gazetteer.ports.items():
            rows.add((code.lower(), 1, code.lower(), item.id))  # a code ranks after names
        own = {item_id: search_key(item.name) for item_id, item in by_id.items()}
        ordered = sorted(rows)
        return [row[0] for row in ordered], [(row[1], row[2], by_id[row[3]], row[2] != own[row[3]]) for row in ordered]

    def curated_matches(self, query: str):
        """(rank, entry) of the curated entries and ports a prefix finds; for one or two
        letters (thousands of names each) only the best MAX_LIMIT, worked out once."""
        if len(query) > 2:
            return self._scan(query)
        found = self._short.get(query)
        if found is None:
            best: dict[str, tuple] = {}
            for rank, item in self._scan(query):
                if item.id not in best or rank < best[item.id][0]:
                    best[item.id] = (rank, item)
            found = self._short[query] = sorted(best.values(), key=lambda hit: hit[0])[:MAX_LIMIT]
        return found

    def _scan(self, query: str):
        keys, values = self.curated
        at = bisect.bisect_left(keys, query)
        while at < len(keys) and keys[at].startswith(query):
            start, whole, found, alias = values[at]
            yield _rank(keys[at] if start == 0 else whole, query, start, _importance(found), found, alias), found
            at += 1

    @cached_property
    def cities(self) -> "_CityWords":
        return _CityWords(self.gazetteer)

    def city_matches(self, query: str, limit: int):
        for key, start, geonameid in self.cities.matches(query, limit):
            try:
                found = self.gazetteer.city(geonameid)
            except KeyError:  # pragma: no cover - both indexes come from the same cities
                continue
            yield _rank(key, query, start, found.population, found), found


def _word_starts(whole: str) -> list[tuple[int, str]]:
    """(0, the whole key), then (1, the rest from each later word): "strait of malacca" ->
    "of malacca", "malacca"."""
    starts = [(0, whole)]
    for match in re.finditer(r" ", whole):
        starts.append((1, whole[match.end():]))
    return starts


class _CityWords(ReadOnlyIndex):
    """The cities' names by every word start, in SQLite beside the cities' index (built
    from it once, in a few seconds)."""

    def __init__(self, gazetteer: Gazetteer):
        cities = gazetteer.cities
        self.source = Path(cities.path)
        path = self.source.with_name(f"search-v{SEARCH_INDEX_VERSION}-{self.source.stem}.sqlite")
        super().__init__(ensure_index(path, self._fill))

    def _fill(self, db: sqlite3.Connection) -> None:
        source = sqlite3.connect(f"{self.source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = source.execute("SELECT n.key, n.geonameid, c.population FROM names n "
                                   "JOIN cities c ON c.geonameid = n.geonameid").fetchall()
        finally:
            source.close()
        rows = set()
        for name, geonameid, population in names:
            whole = search_key(name)
            for start, key in _word_starts(whole):
                rows.add((key, geonameid, start, population or 0))
        db.execute("CREATE TABLE words (key TEXT, geonameid INTEGER, start INTEGER, population INTEGER,"
                   " PRIMARY KEY (key, geonameid)) WITHOUT ROWID")
        best: dict[tuple[str, int], tuple] = {}
        for row in sorted(rows, key=lambda r: (r[0], r[1], r[2])):  # the whole name before a word of it
            best.setdefault(row[:2], row)
        db.executemany("INSERT INTO words VALUES (?, ?, ?, ?)", sorted(best.values()))
        # One or two letters start too many names to sort at each key stroke: their best, kept.
        db.execute("CREATE TABLE short (prefix TEXT, position INTEGER, key TEXT, start INTEGER, geonameid INTEGER,"
                   " PRIMARY KEY (prefix, position)) WITHOUT ROWID")
        short: dict[str, list[tuple]] = {}
        for key, geonameid, start, population in best.values():
            for prefix in {key[:1], key[:2]}:
                short.setdefault(prefix, []).append((key != prefix, start, -population, geonameid, key))
        for prefix, found in sorted(short.items()):
            found.sort()  # the exact name, then the whole name before a word of it, then the most populous
            db.executemany("INSERT INTO short VALUES (?, ?, ?, ?, ?)",
                           [(prefix, n, key, start, geonameid)
                            for n, (_, start, _, geonameid, key) in enumerate(found[:SHORT_ROWS])])

    def matches(self, query: str, limit: int) -> list[tuple[str, int, int]]:
        """(key, word start, geonameid) of the cities a prefix finds, best first, at most a
        few times `limit` (one city may come by several names)."""
        if len(query) <= 2:
            return self.db().execute(
                "SELECT key, start, geonameid FROM short WHERE prefix = ? ORDER BY (start = 0 AND key = ?) DESC, "
                "position LIMIT ?", (query, query, limit * 3)).fetchall()
        upper = query[:-1] + chr(ord(query[-1]) + 1)
        return self.db().execute(
            "SELECT key, start, geonameid FROM words WHERE key >= ? AND key < ? "
            "ORDER BY (start = 0 AND key = ?) DESC, start, population DESC, geonameid LIMIT ?",
            (query, upper, query, limit * 3)).fetchall()


_indexes: "weakref.WeakKeyDictionary[Gazetteer, _Index]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _index(gazetteer: Gazetteer) -> _Index:
    with _lock:
        found = _indexes.get(gazetteer)
        if found is None:
            found = _indexes[gazetteer] = _Index(gazetteer)
        return found
