"""The geoparser and the map builder for the editor, in a process of their own.

Reader-serving workers never import the GIS stack nor run the geoparser (issue 16): the
editor's analyses, gazetteer searches and previews run in one separate process per worker
that serves the editor, started on the first editor page and kept warm (its gazetteer loaded once), so that
a pasted article shows its places within a couple of seconds and a correction redraws in a
fraction of one. A call that takes longer than ANALYSIS_TIMEOUT_S fails alone.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..errors import WebmapError

ANALYSIS_TIMEOUT_S = 120


class AnalysisFailed(WebmapError):
    status = 503


class Analyst:
    """One worker process holding a gazetteer (and, once a lane asks, the sea network)."""

    def __init__(self, reference_dir: Path, cache_dir: Path | None):
        self.reference_dir, self.cache_dir = Path(reference_dir), cache_dir
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start, initargs=(self.reference_dir, self.cache_dir))
            return self._pool

    def warm(self) -> None:
        """Start the process and load its gazetteer now, without waiting for it."""
        pool = self._executor()
        try:
            pool.submit(_ready)
        except BrokenProcessPool:  # it died since: the next call starts another
            self._discard(pool)

    def call(self, name: str, *args):
        """Run `name` (a function of this module's worker side) with `args` in the process."""
        pool = self._executor()
        try:
            return pool.submit(_call, name, *args).result(timeout=ANALYSIS_TIMEOUT_S)
        except BrokenProcessPool:  # the process died (out of memory, killed): the next call starts another
            self._discard(pool)
            raise AnalysisFailed("the analysis process stopped: try again") from None
        except TimeoutError:  # a stuck process would hold up every call queued behind it
            self._discard(pool)
            raise AnalysisFailed(f"the analysis took over {ANALYSIS_TIMEOUT_S} s: try again") from None

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        """Stop `pool`'s process and forget it, unless another thread has replaced it already."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None


# -- the worker side: these run in the analysis process -------------------------------------

_state: dict = {}


def _start(reference_dir: Path, cache_dir: Path | None) -> None:
    from ..gazetteer import Gazetteer

    from ..lookup import search

    _state.update(reference_dir=reference_dir, cache_dir=cache_dir, gazetteer=Gazetteer(reference_dir, cache_dir))
    search(_state["gazetteer"], "a", limit=1)  # its index made (or read from the cache folder) now, not on a search
    _state["gazetteer"].keep_index()  # the tables' indexes too: made now (and kept), not on the first paste


def _ready() -> bool:
    return True


def _call(name: str, *args):
    return {"analyse": _analyse, "search": _search, "preview": _preview}[name](*args)


def _lanes_builder():
    def build_lanes(lanes):
        from ..network import load_network
        from ..sealanes import lane_features

        network = _state.get("network")
        if network is None:
            network = _state["network"] = load_network(_state["reference_dir"], hierarchies=False,
                                                       cache_dir=_state["cache_dir"])
        return lane_features(lanes, network)

    return build_lanes


def _analyse(slug: str, text: str, sidecar_text: str) -> dict:
    """The story as the build would make it from the files publishing would write (the same
    bytes: the same fingerprint), in memory."""
    import tomllib

    from ..sidecar import parse_sidecar
    from ..seeds import fingerprint_of
    from ..story import preview

    sidecar = parse_sidecar(tomllib.loads(sidecar_text), Path(f"{slug}.toml"))
    return preview(text, sidecar, _state["gazetteer"], lanes_builder=_lanes_builder(), slug=slug,
                   fingerprint=fingerprint_of(text.encode("utf-8"), sidecar_text.encode("utf-8")))


def _search(text: str, limit: int) -> list[dict]:
    from ..lookup import search

    return search(_state["gazetteer"], text, limit=limit)


def _preview(slug: str, text: str, sidecar_text: str) -> tuple[dict, dict, str]:
    """The story, its rendered map (mapview.MapParts as a dict) and its description: what a
    reader's page is made of."""
    from dataclasses import asdict

    from ..mapview import build_map
    from ..summary import description_of

    collection = _analyse(slug, text, sidecar_text)
    return collection, asdict(build_map(collection)), description_of(collection)
