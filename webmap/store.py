"""The only module that reads or writes built stories in the geodata folder.

Per story: `<slug>.geojson` (RFC 7946, byte-stable), `<slug>.gpkg` (one layer per kind),
`<slug>.thumbnail.svg` (the index's map thumbnail), `<slug>.map.json` (the rendered map:
mapview's MapParts) and `<slug>.summary.json` (what the index and the OGC collections read:
summary.py). Per folder: `_basemap.geojson` (the offline basemap; not a slug, so never a
story). Everything a reader's request needs is here, made by the build: the web tier only
reads. Every write goes to a temporary file in the same folder and is renamed into place,
so a crash leaves either the old file or the new one, never half of one; the GeoJSON is
written last and marks the build done.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from stat import S_ISREG

import cachetools

from .article import SLUG_RE
from .errors import UnknownStory
from .kinds import BY_ID, KINDS, LAYER_NAMES

BASEMAP_NAME = "_basemap.geojson"
STORY_TABLE = "story"  # the GeoPackage's attribute table of the story itself (title, date, text)
# GeoPackages stamp the write time into gpkg_contents; a fixed stamp keeps builds byte-identical.
GPKG_TIMESTAMP = "2000-01-01T00:00:00Z"
# Files a Store keeps in memory, with what was parsed of them: at most this many bytes, counting
# a parsed file as PARSED_FACTOR times its size (Python's objects for JSON take about that),
# the least recently used dropped first. A worker's memory so stays the same with 10 stories
# or 10,000 (bench/growth.py measures it).
MEMORY_BYTES = 12 * 2**20
PARSED_FACTOR = 6


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


def json_bytes(value) -> bytes:
    """Compact, stable JSON (keys in the order they were built)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def file_stamp(path) -> tuple[int, int] | None:
    """(mtime in ns, size) of a file or folder, None if there is none: replacing a file by
    renaming a new one into place changes it, and so does renaming into a folder."""
    try:
        return _stamp(os.stat(path))
    except OSError:
        return None


def _stamp(stat: os.stat_result) -> tuple[int, int]:
    return stat.st_mtime_ns, stat.st_size


class NotBuilt(UnknownStory):
    """A story whose derived files are missing or from another build (built by an older
    webmap, or mid-rebuild)."""


class Store:
    """Built stories in one folder."""

    def __init__(self, folder: Path, memory_bytes: int = MEMORY_BYTES):
        self.folder = Path(folder)
        # path -> (file stamp, bytes, parsed), least recently used dropped first
        self._cache = cachetools.LRUCache(memory_bytes, getsizeof=_held_bytes)
        self._lock = threading.Lock()
        self._listing: tuple[object, list[dict]] = (None, [])  # (folder stamp, stories newest first)
        self._briefs: dict[str, tuple[object, dict]] = {}  # slug -> (summary's file stamp, its brief)

    def geojson_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.geojson"

    def gpkg_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.gpkg"

    def thumbnail_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.thumbnail.svg"

    def map_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.map.json"

    def summary_path(self, slug: str) -> Path:
        return self.folder / f"{slug}.summary.json"

    def basemap_path(self) -> Path:
        return self.folder / BASEMAP_NAME

    def thumbnail_bytes(self, slug: str) -> bytes | None:
        """The story's map thumbnail (SVG), or None for a story built before thumbnails."""
        self._check_built(slug)
        try:
            return self._cached(self.thumbnail_path(slug), None)[1]
        except FileNotFoundError:
            return None

    def slugs(self) -> list[str]:
        try:
            with os.scandir(self.folder) as entries:
                names = [entry.name[:-8] for entry in entries if entry.name.endswith(".geojson")]
        except OSError:  # no folder yet: no stories
            return []
        return sorted(name for name in names if SLUG_RE.match(name))

    def read(self, slug: str) -> dict:
        """The story's FeatureCollection (shared: do not modify), or UnknownStory."""
        return self._story(slug)[2]

    def geojson_bytes(self, slug: str) -> bytes:
        """The story's GeoJSON file as stored (RFC 7946, as `geojson_text` wrote it)."""
        return self._story(slug)[1]

    def geojson_stamped(self, slug: str) -> tuple[tuple[int, int], bytes]:
        """The GeoJSON file's stamp (see `file_stamp`) and its bytes, read together."""
        stamp, body, _ = self._story(slug)
        return stamp, body

    def _check_built(self, slug: str) -> None:
        """UnknownStory unless `slug` names a stored story (without reading it)."""
        if not (SLUG_RE.match(slug) and self.geojson_path(slug).is_file()):
            raise UnknownStory(f"unknown story {slug!r}: no such built story in {self.folder.name}/")

    def _story(self, slug: str) -> tuple[tuple[int, int], bytes, dict]:
        if not SLUG_RE.match(slug):
            raise UnknownStory(f"unknown story {slug!r}: no such built story in {self.folder.name}/")
        try:
            return self._cached(self.geojson_path(slug), _parse_story)
        except FileNotFoundError:
            raise UnknownStory(f"unknown story {slug!r}: no such built story in {self.folder.name}/") from None
        except (ValueError, KeyError, TypeError):
            raise UnknownStory(f"story {slug!r} cannot be read (not a file webmap built): rebuild it") from None

    def read_stamped(self, slug: str) -> tuple[dict, tuple[int, int]]:
        """`read`, with the stamp (mtime in ns, size) of the file it came from: a rebuild
        replaces the file, and so changes the stamp."""
        stamp, _, story = self._story(slug)
        return story, stamp

    def summary(self, slug: str) -> dict:
        """What the index and the OGC collections show of a story (summary.py), or
        UnknownStory. Read without the story's GeoJSON, so that listing stories costs their
        summaries only: between the two renames of a rebuild it may be one build ahead of
        the GeoJSON (whose fingerprint it carries: OGC items check it)."""
        self._check_built(slug)
        try:
            summary = self._cached(self.summary_path(slug), json.loads)[2]
        except (FileNotFoundError, ValueError):
            summary = None
        if not (isinstance(summary, dict) and summary.get("slug") == slug and "layers" in summary):
            raise NotBuilt(f"story {slug!r} has no summary of its current build: rebuild it (webmap build --if-stale)")
        return summary

    def listing(self) -> list[dict]:
        """Every readable story's summary, newest first (undated last, then by slug), without
        the per-feature boxes (see `summary` for those): what the index and the OGC
        collections page through. Worked out again only when a build renames a file into
        the folder, and then only the summaries that changed are read."""
        stamp = file_stamp(self.folder)
        with self._lock:
            if self._listing[0] == stamp and stamp is not None:
                return self._listing[1]
        briefs = {}
        stamps: dict[str, tuple[int, int]] = {}  # slug -> its summary's stamp, from one pass over the folder
        try:
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    if entry.name.endswith(".summary.json"):
                        try:
                            stamps[entry.name[:-13]] = _stamp(entry.stat())
                        except OSError:  # renamed away meanwhile
                            continue
        except OSError:
            pass
        for slug in self.slugs():
            summary_stamp = stamps.get(slug)
            known = self._briefs.get(slug)
            if known is not None and known[0] == summary_stamp:
                briefs[slug] = known
                continue
            try:
                briefs[slug] = (summary_stamp, _brief(self.summary(slug)))
            except UnknownStory:  # unreadable or built by an older webmap: left out until rebuilt
                continue
        listing = sorted((brief for _, brief in briefs.values()), key=lambda b: b["slug"])
        listing.sort(key=lambda b: b["date"] or "", reverse=True)  # stable: same dates stay by slug
        with self._lock:
            self._briefs, self._listing = briefs, (stamp, listing)
        return listing

    def map_parts(self, slug: str) -> dict:
        """The story's rendered map (mapview.MapParts as a dict), or UnknownStory. Read each
        time (pages are rendered once per build), not kept: it is the largest file."""
        return self._derived(slug, self.map_path(slug))

    def _derived(self, slug: str, path: Path) -> dict:
        """A file the build derives from the story, checked to come from the build whose
        GeoJSON is stored (NotBuilt: built by an older webmap, or mid-rebuild)."""
        fingerprint = self.read(slug)["story"]["fingerprint"]
        try:
            derived = json.loads(path.read_bytes())
        except (FileNotFoundError, ValueError):
            derived = None
        if not isinstance(derived, dict) or derived.get("fingerprint") != fingerprint:
            raise NotBuilt(f"story {slug!r} has no {path.name.split('.', 1)[1]} of its current build: "
                           "rebuild it (webmap build --if-stale)")
        return derived

    def is_complete(self, slug: str, fingerprint: str | None = None) -> bool:
        """Every file of the stored build is there (stories built by older versions lack some);
        `fingerprint`, the GeoJSON's when the caller has just read it."""
        fingerprint = fingerprint or self.fingerprint(slug)
        return (fingerprint is not None and self.thumbnail_path(slug).is_file() and self.gpkg_path(slug).is_file()
                and all(_leading_fingerprint(path) == fingerprint for path in (self.map_path(slug), self.summary_path(slug))))

    def basemap_bytes(self) -> bytes | None:
        """The offline basemap (GeoJSON) as the build wrote it; None if no build made it."""
        try:
            return self._cached(self.basemap_path(), None)[1]
        except FileNotFoundError:
            return None

    def basemap_fingerprint(self) -> str | None:
        return _leading_fingerprint(self.basemap_path())

    def _cached(self, path: Path, parse) -> tuple[tuple[int, int], bytes, object]:
        """A file's stamp, bytes and `parse`d value, read again only when the file is
        replaced (a rebuild renames a new file into place, which changes the stamp).
        FileNotFoundError if it is not a regular file."""
        stat = path.stat()
        if not S_ISREG(stat.st_mode):
            raise FileNotFoundError(path)
        stamp = _stamp(stat)
        with self._lock:
            cached = self._cache.get(path)
        if cached is None or cached[0] != stamp or (parse is not None and cached[2] is None):
            data = path.read_bytes()
            cached = (stamp, data, parse(data) if parse else None)
            with self._lock:
                try:
                    self._cache[path] = cached
                except ValueError:  # larger than the whole budget: given, not kept
                    pass
        return cached

    def fingerprint(self, slug: str) -> str | None:
        """The fingerprint of the inputs the stored story was built from, if it is stored
        (read from the GeoJSON's first bytes: a check of 1,000 stories reads 1,000 heads)."""
        return _leading_fingerprint(self.geojson_path(slug)) if SLUG_RE.match(slug) else None

    def write(self, collection: dict, *, thumbnail: bytes | None = None, map_parts: dict | None = None,
              summary: dict | None = None) -> None:
        """Write the files of a story, each atomically; GeoJSON last, as it marks the build done.
        `map_parts` and `summary` are stored with the story's fingerprint."""
        slug = collection["story"]["slug"]
        fingerprint = collection["story"]["fingerprint"]
        for leftover in self.folder.glob(f".{slug}.*.tmp.*"):  # from a build that was killed
            leftover.unlink(missing_ok=True)
        with atomic_path(self.gpkg_path(slug)) as tmp:
            write_gpkg(collection, tmp)
        if thumbnail is not None:
            write_bytes_atomic(self.thumbnail_path(slug), thumbnail)
        for path, derived in ((self.map_path(slug), map_parts), (self.summary_path(slug), summary)):
            if derived is not None:
                write_bytes_atomic(path, json_bytes({"fingerprint": fingerprint, **derived}))
        write_bytes_atomic(self.geojson_path(slug), geojson_text(collection).encode("utf-8"))

    def write_basemap(self, collection: dict, fingerprint: str) -> None:
        """The offline basemap, a FeatureCollection led by a `fingerprint` of what it was made from."""
        write_bytes_atomic(self.basemap_path(), json_bytes({"fingerprint": fingerprint, **collection}))


def _brief(summary: dict) -> dict:
    """A summary without its per-feature boxes (most of its size)."""
    layers = [{k: v for k, v in layer.items() if k != "bboxes"} for layer in summary["layers"]]
    return {**summary, "layers": layers}


def _held_bytes(entry: tuple) -> int:
    """What a cached file holds in memory, roughly: its bytes, and what was parsed of them."""
    _, data, parsed = entry
    return len(data) * (1 + (PARSED_FACTOR if parsed is not None else 0))


def _leading_fingerprint(path: Path) -> str | None:
    """The fingerprint a file was written with, read without parsing the rest: the first
    member of the derived files (Store.write and write_basemap put it there) and of the
    GeoJSON's story (story.build_story does)."""
    try:
        with open(path, "rb") as f:
            head = f.read(120)
    except OSError:
        return None
    found = re.match(rb'\{(?:"type":"FeatureCollection","story":\{)?"fingerprint":"([0-9a-f]+)"', head)
    return found.group(1).decode() if found else None


def _parse_story(data: bytes) -> dict:
    story = json.loads(data)
    meta = story["story"]
    if not (isinstance(meta["slug"], str) and isinstance(meta["title"], str) and "fingerprint" in meta
            and all(f["properties"]["kind"] in BY_ID for f in story["features"])):
        raise ValueError("not a story")  # the parts every reader relies on
    return story


def layers(collection: dict) -> dict[str, "geopandas.GeoDataFrame"]:  # noqa: F821
    """One GeoDataFrame per kind present (EPSG:4326), in drawing order; lists and objects
    as JSON text columns."""
    import geopandas as gpd
    import pandas as pd

    from .geometry import shape_of

    by_kind: dict[str, list[dict]] = {kind.id: [] for kind in KINDS}
    for feature in collection["features"]:
        by_kind[feature["properties"]["kind"]].append(feature)
    frames = {}
    for kind, features in by_kind.items():
        if not features:
            continue
        rows = [{key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
                 for key, value in feature["properties"].items()} for feature in features]
        frame = gpd.GeoDataFrame(pd.DataFrame.from_records(rows),
                                 geometry=[shape_of(feature["geometry"]) for feature in features], crs="EPSG:4326")
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
