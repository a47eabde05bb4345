"""`webmap build`: every seed article to a built story, each on its own, with progress.

A story's build writes everything a reader's request needs (store.py lists the files): the
web tier never geoparses, renders a map or measures a geometry. The build also makes, once
per geodata folder, the offline basemap, and, once per cache folder, what the route API
reads (network.ensure_network_data), so no server has to make either. geopandas, pyogrio
and folium are imported only when a story is actually built.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from .config import Paths
from .errors import WebmapError
from .kinds import LAYER_NAMES
from .store import Store


@dataclass
class BuildReport:
    built: list[str]
    fresh: list[str]
    failed: list[tuple[str, str]]  # slug, one-line message


def build_all(paths: Paths, *, only_stale: bool = False, progress: Callable[[str], None] = print,
              cache_dir: Path | None = None, jobs: int = 1, only: frozenset[str] | None = None) -> BuildReport:
    """Build every article in `paths.seeds` (or `only` those slugs) into `paths.geodata`; a
    bad article fails alone. With `jobs` > 1, stories are built in that many processes at
    once (each story's files are the same bytes however they were built)."""
    from .seeds import find_seeds

    seeds = [seed for seed in find_seeds(paths.seeds) if only is None or seed.slug in only]
    store = Store(paths.geodata)
    report = BuildReport([], [], [])
    stale = []
    for number, seed in enumerate(seeds, start=1):
        if only_stale and not is_stale(seed, store):
            report.fresh.append(seed.slug)
            progress(f"[{number}/{len(seeds)}] {seed.slug}: up to date")
        else:
            stale.append((number, seed))
    if seeds:
        ensure_basemap(store, paths.reference)  # the thumbnails draw its land
    for number, seed, outcome in _built(stale, paths, cache_dir, jobs):
        prefix = f"[{number}/{len(seeds)}] {seed.slug}"
        if outcome.startswith("error: "):
            report.failed.append((seed.slug, outcome[len("error: "):]))
            progress(f"{prefix}: {outcome}")
        else:
            report.built.append(seed.slug)
            progress(f"{prefix}: {outcome} -> {store.geojson_path(seed.slug)}")
    report.built.sort()
    report.failed.sort()
    if seeds:
        ensure_routing_data(paths.reference, cache_dir)
    return report


def _built(stale: list, paths: Paths, cache_dir: Path | None, jobs: int):
    """(number, seed, outcome) for each stale seed as its build ends: the kinds it found, or
    "error: <one line>". In this process, or in `jobs` processes started by fork (they
    inherit what this one has imported, and each loads the gazetteer once)."""
    if jobs <= 1 or len(stale) <= 1:
        builder = None
        for number, seed in stale:
            try:
                builder = builder or _StoryBuilder(paths.reference, cache_dir)
            except Exception as err:  # noqa: BLE001 - reported per story, as a build would fail
                yield number, seed, f"error: {one_line(err)}"
                continue
            yield number, seed, _build_one(builder, seed, paths.geodata)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                             initializer=_start_worker, initargs=(paths.reference, cache_dir)) as pool:
        futures = {pool.submit(_build_in_worker, seed, paths.geodata): (number, seed) for number, seed in stale}
        for future in as_completed(futures):
            number, seed = futures[future]
            try:
                outcome = future.result()
            except Exception as err:  # noqa: BLE001 - a worker that died takes only its story down
                outcome = f"error: {one_line(err)}"
            yield number, seed, outcome


def _build_one(builder: "_StoryBuilder", seed, geodata: Path) -> str:
    try:
        return _count_kinds(builder.write(seed, Store(geodata)))
    except Exception as err:  # noqa: BLE001 - whatever goes wrong, this article fails alone
        return f"error: {one_line(err)}"


_worker_builder = None  # one per build process (jobs > 1)


def _start_worker(reference_dir: Path, cache_dir: Path | None) -> None:
    global _worker_builder
    os.nice(5)  # builds are background work next to a server
    _worker_builder = _StoryBuilder(reference_dir, cache_dir)


def _build_in_worker(seed, geodata: Path) -> str:
    return _build_one(_worker_builder, seed, geodata)


class _StoryBuilder:
    """What building stories needs, made once per run: the gazetteer and the lanes' network."""

    def __init__(self, reference_dir: Path, cache_dir: Path | None):
        from .gazetteer import Gazetteer

        self.reference_dir = reference_dir
        self.gazetteer = Gazetteer(reference_dir, cache_dir)
        self.lanes = _lanes_builder(reference_dir, cache_dir)
        self._land = None

    def write(self, seed, store: Store) -> dict:
        """Build one story and store every file of it."""
        from .mapview import build_map
        from .story import build_story
        from .summary import story_summary
        from .thumbnail import render_thumbnail

        collection = build_story(seed, self.gazetteer, lanes_builder=self.lanes)
        self.gazetteer.keep_index()  # the next build reads the tables' indexes back
        if self._land is None:
            self._land = basemap_land(store)
        store.write(collection, thumbnail=render_thumbnail(collection, self._land),
                    map_parts=asdict(build_map(collection)), summary=story_summary(collection))
        return collection


def build_apart(paths: Paths) -> subprocess.Popen:
    """`webmap build --if-stale` in a process of its own, started and not waited for: a
    server beside it starts at once, never imports the build's GIS stack, and serves each
    story's new files once they are renamed into place (the store reads files again when
    they change). The editor's previews and publishing will build the same way."""
    return subprocess.Popen([sys.executable, "-m", "webmap.cli", "build", "--if-stale",
                             "--seeds", str(paths.seeds), "--out", str(paths.geodata)],
                            preexec_fn=lambda: os.nice(10))  # background work: readers come first


def one_line(err: Exception) -> str:
    """A failure as one line: a WebmapError's own message; anything else (a bug, or bad data
    in a library) named by its type, since it was not anticipated."""
    text = " ".join(str(err).split()) or "no message"
    return text if isinstance(err, WebmapError) else f"{type(err).__name__}: {text}"


def is_stale(seed, store: Store) -> bool:
    """Inputs changed, or the stored build lacks a file readers need (built by an older
    version: no thumbnail, map or summary)."""
    stored = store.fingerprint(seed.slug)
    return stored is None or stored != seed.fingerprint() or not store.is_complete(seed.slug, stored)


def ensure_basemap(store: Store, reference_dir: Path) -> None:
    """The offline basemap in the geodata folder, made again only when its source changed."""
    fingerprint = basemap_fingerprint(reference_dir)
    if store.basemap_fingerprint() != fingerprint:
        store.write_basemap(basemap(reference_dir), fingerprint)


def basemap_land(store: Store) -> tuple:
    """The basemap's country shapes as the build stored them (cut at ±180): the land that
    thumbnails draw, read rather than cut again (Antarctica alone takes a sixth of a second)."""
    import json

    from shapely.geometry import shape

    return tuple(shape(feature["geometry"]) for feature in json.loads(store.basemap_bytes())["features"])


def basemap_fingerprint(reference_dir: Path) -> str:
    from . import __version__
    from .naturalearth import COUNTRIES_FOR_BASEMAP

    digest = hashlib.sha256(f"basemap webmap {__version__}".encode())
    digest.update((Path(reference_dir) / "naturalearth" / COUNTRIES_FOR_BASEMAP).read_bytes())
    return digest.hexdigest()[:16]


def basemap(reference_dir: Path) -> dict:
    """Natural Earth 1:110m countries as a GeoJSON FeatureCollection, cut at ±180."""
    from .geometry import to_geojson
    from .naturalearth import COUNTRIES_FOR_BASEMAP, countries

    features = [{"type": "Feature", "properties": {"name": name}, "geometry": to_geojson(shape)}
                for _, name, shape in countries(Path(reference_dir), COUNTRIES_FOR_BASEMAP)]
    return {"type": "FeatureCollection", "features": features}


def ensure_routing_data(reference_dir: Path, cache_dir: Path | None = None) -> None:
    """What the route API reads from the cache folder (the land grid, made with shapely; the
    network's graph and hierarchy), made here so that a server only ever reads it."""
    from .network import ensure_network_data

    ensure_network_data(Path(reference_dir), cache_dir)


def _count_kinds(collection: dict) -> str:
    counts: dict[str, int] = {}
    for feature in collection["features"]:
        kind = feature["properties"]["kind"]
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{n} {LAYER_NAMES[kind] if n != 1 else kind}" for kind, n in counts.items()) or "no places"


def _lanes_builder(reference_dir, cache_dir=None):
    """Lanes for a build: the network is loaded on the first story that has lanes."""
    from .network import load_network
    from .sealanes import lane_features

    def build_lanes(lanes):
        return lane_features(lanes, load_network(reference_dir, hierarchies=False, cache_dir=cache_dir))

    return build_lanes
