"""`webmap build`: every seed article to a built story, each on its own, with progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .config import Paths
from .errors import WebmapError
from .gazetteer import Gazetteer
from .kinds import LAYER_NAMES
from .store import Store
from .story import Seed, build_story, find_seeds
from .thumbnail import render_thumbnail


@dataclass
class BuildReport:
    built: list[str]
    fresh: list[str]
    failed: list[tuple[str, str]]  # slug, one-line message


def build_all(paths: Paths, *, only_stale: bool = False, progress: Callable[[str], None] = print) -> BuildReport:
    """Build every article in `paths.seeds` into `paths.geodata`; a bad article fails alone."""
    seeds = find_seeds(paths.seeds)
    store = Store(paths.geodata)
    gazetteer = Gazetteer(paths.reference)
    report = BuildReport([], [], [])
    lanes = _lanes_builder(paths.reference)
    for number, seed in enumerate(seeds, start=1):
        prefix = f"[{number}/{len(seeds)}] {seed.slug}"
        if only_stale and not is_stale(seed, store):
            report.fresh.append(seed.slug)
            progress(f"{prefix}: up to date")
            continue
        try:
            collection = build_story(seed, gazetteer, lanes_builder=lanes)
            store.write(collection, thumbnail=render_thumbnail(collection, paths.reference))
        except Exception as err:  # noqa: BLE001 - whatever goes wrong, this article fails alone
            message = one_line(err)
            report.failed.append((seed.slug, message))
            progress(f"{prefix}: error: {message}")
            continue
        report.built.append(seed.slug)
        kinds = _count_kinds(collection)
        progress(f"{prefix}: {kinds} -> {store.geojson_path(seed.slug)}")
    return report


def one_line(err: Exception) -> str:
    """A failure as one line: a WebmapError's own message; anything else (a bug, or bad data
    in a library) named by its type, since it was not anticipated."""
    text = " ".join(str(err).split()) or "no message"
    return text if isinstance(err, WebmapError) else f"{type(err).__name__}: {text}"


def is_stale(seed: Seed, store: Store) -> bool:
    """Inputs changed, or the story was built before thumbnails were (so it has none)."""
    return store.fingerprint(seed.slug) != seed.fingerprint() or not store.thumbnail_path(seed.slug).is_file()


def _count_kinds(collection: dict) -> str:
    counts: dict[str, int] = {}
    for feature in collection["features"]:
        kind = feature["properties"]["kind"]
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{n} {LAYER_NAMES[kind] if n != 1 else kind}" for kind, n in counts.items()) or "no places"


def _lanes_builder(reference_dir):
    """Lanes for a build: the network is loaded on the first story that has lanes."""
    from .network import load_network
    from .sealanes import lane_features

    def build_lanes(lanes):
        return lane_features(lanes, load_network(reference_dir, hierarchies=False))

    return build_lanes
