"""`webmap build`: every seed article to a built story, each on its own, with progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .config import Paths
from .errors import WebmapError
from .gazetteer import Gazetteer
from .store import LAYER_NAMES, Store
from .story import Seed, build_story, find_seeds


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
        except WebmapError as err:
            report.failed.append((seed.slug, str(err)))
            progress(f"{prefix}: error: {err}")
            continue
        store.write(collection)
        report.built.append(seed.slug)
        kinds = _count_kinds(collection)
        progress(f"{prefix}: {kinds} -> {store.geojson_path(seed.slug)}")
    return report


def is_stale(seed: Seed, store: Store) -> bool:
    return store.fingerprint(seed.slug) != seed.fingerprint()


def _count_kinds(collection: dict) -> str:
    counts: dict[str, int] = {}
    for feature in collection["features"]:
        kind = feature["properties"]["kind"]
        counts[kind] = counts.get(kind, 0) + 1
    return ", ".join(f"{n} {LAYER_NAMES[kind] if n != 1 else kind}" for kind, n in counts.items())


def _lanes_builder(reference_dir):
    """Lanes for a build: the network is loaded on the first story that has lanes."""
    from .network import MaritimeNetwork
    from .sealanes import lane_features

    network: list[MaritimeNetwork] = []

    def build_lanes(lanes):
        if not network:
            network.append(MaritimeNetwork(reference_dir, hierarchies=False))
        return lane_features(lanes, network[0])

    return build_lanes
