"""The only module that reads or writes built stories in the geodata folder.

Per story: `<slug>.geojson` (RFC 7946, byte-stable), `<slug>.gpkg` (one layer per kind) and
`<slug>.thumbnail.svg` (the index's map thumbnail; stories built before it have none).
Every write goes to a temporary file in the same folder and is renamed into place, so a
crash leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .article import SLUG_RE
from .errors import UnknownStory
from .kinds import BY_ID, KINDS, LAYER_NAMES

STORY_TABLE = "story"  # the GeoPackage's attribute table of the story itself (title, date, text)
# GeoPackages stamp the write time into gpkg_contents; a fixed stamp keeps builds byte-identical.
GPKG_TIMESTAMP = "2000-01-01T00:00:00Z"


def geojson_text(collection: dict) -> str:
    """Stable serialisation: one feature per line, keys in the order they were built."""

    def dumps(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    head = {k: v for k, v in collection.items() if k != "features"}
    lines = ",\n".join(dumps(feature) for feature in collection["features"])
    return dumps(head)[:-1] + ',"features":[\n' + lines + "\n]}\n"


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside `target`; rename it over `target` only on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Same folder (so the rename is atomic), same extension (GDAL picks drivers by it).
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent)
    os.close(fd)
    os.unlink(tmp)  # writers such as GDAL want to create the file themselves
    try:
        yield Path(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; a web server must read it
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


class Store:
    """Built stories in one folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._cache: dict[str, tuple[tuple[int, int], bytes, dict]] = {}  # slug -> (file stamp, bytes, story)

    def geojson_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.geojson"

    def gpkg_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.gpkg"

    def thumbnail_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.thumbnail.svg"

    def thumbnail_bytes(self, slug: str) -> bytes | None:
        """The story's map thumbnail (SVG), or None for a story built before thumbnails."""
        self.read(slug)
        try:
            return self.thumbnail_path(slug).read_bytes()
        except FileNotFoundError:
            return None

    def slugs(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.geojson") if SLUG_RE.match(p.stem))

    def read(self, slug: str) -> dict:
        """The story's FeatureCollection (shared: do not modify), or UnknownStory."""
        path = self.geojson_path(slug)
        if not SLUG_RE.match(slug) or not path.is_file():
            raise UnknownStory(f"unknown story {slug!r}: no such built story in {self.folder.name}/")
        return self._load(slug, path)[2]

    def geojson_bytes(self, slug: str) -> bytes:
        """The story's GeoJSON file as stored (RFC 7946, as `geojson_text` wrote it)."""
        self.read(slug)
        return self._load(slug, self.geojson_path(slug))[1]

    def _load(self, slug: str, path: Path) -> tuple[tuple[int, int], bytes, dict]:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(slug)
        if cached is None or cached[0] != stamp:  # a rebuild replaces the file, and so the stamp
            data = path.read_bytes()
            try:
                story = json.loads(data)
                meta = story["story"]
                if not (isinstance(meta["slug"], str) and isinstance(meta["title"], str) and "fingerprint" in meta
                        and all(f["properties"]["kind"] in BY_ID for f in story["features"])):
                    raise ValueError("not a story")  # the parts every reader relies on
            except (ValueError, KeyError, TypeError):
                raise UnknownStory(f"story {slug!r} cannot be read (not a file webmap built): rebuild it") from None
            cached = self._cache[slug] = (stamp, data, story)
        return cached

    def fingerprint(self, slug: str) -> str | None:
        """The fingerprint of the inputs the stored story was built from, if it is stored."""
        try:
            return self.read(slug)["story"].get("fingerprint")
        except (UnknownStory, ValueError, KeyError):
            return None

    def write(self, collection: dict, thumbnail: bytes | None = None) -> None:
        """Write the files of a story, each atomically; GeoJSON last, as it marks the build done."""
        slug = collection["story"]["slug"]
        for leftover in self.folder.glob(f".{slug}.*.tmp.*"):  # from a build that was killed
            leftover.unlink(missing_ok=True)
        with atomic_path(self.gpkg_path(slug)) as tmp:
            write_gpkg(collection, tmp)
        if thumbnail is not None:
            write_bytes_atomic(self.thumbnail_path(slug), thumbnail)
        write_bytes_atomic(self.geojson_path(slug), geojson_text(collection).encode("utf-8"))


def layers(collection: dict) -> dict[str, "geopandas.GeoDataFrame"]:  # noqa: F821
    """One GeoDataFrame per kind present (EPSG:4326), in drawing order; lists and objects
    as JSON text columns."""
    import geopandas as gpd
    import pandas as pd

    by_kind: dict[str, list[dict]] = {kind.id: [] for kind in KINDS}
    for feature in collection["features"]:
        by_kind[feature["properties"]["kind"]].append(feature)
    frames = {}
    for kind, features in by_kind.items():
        if not features:
            continue
        flat = []
        for feature in features:
            props = {
                key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
                for key, value in feature["properties"].items()
            }
            flat.append({"type": "Feature", "geometry": feature["geometry"], "properties": props})
        frame = gpd.GeoDataFrame.from_features(flat, crs="EPSG:4326")
        for column in frame.columns:
            if column != "geometry" and pd.api.types.is_float_dtype(frame[column]) and column in ("stop", "population"):
                frame[column] = frame[column].astype("Int64")
        frames[LAYER_NAMES[kind]] = frame
    return frames


def write_gpkg(collection: dict, path: Path) -> None:
    """A GeoPackage with the story's attribute table and one layer per kind, written by GDAL
    through pyogrio. A story with no places still gets a valid file (the table alone)."""
    import pandas as pd
    import pyogrio

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_TIMESTAMP})
    story = {key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
             for key, value in collection["story"].items()}
    pyogrio.write_dataframe(pd.DataFrame([story]), path, layer=STORY_TABLE, driver="GPKG")
    for name, frame in layers(collection).items():
        frame.to_file(path, layer=name, driver="GPKG", engine="pyogrio")
