"""Per-application resources: the story store, the maritime network, rendered pages.

Each lives on `app.extensions` and is immutable once built (or caches derived data keyed
by its inputs), so any number of workers can serve the same geodata/ statelessly.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from dataclasses import dataclass

import cachetools

from flask import Flask, current_app, g

from ..store import Store


class Resources:
    def __init__(self, app: Flask):
        self.store = Store(app.config["GEODATA_DIR"])
        self.reference_dir = app.config["REFERENCE_DIR"]
        self.cache_dir = app.config["CACHE_DIR"]
        self._network = None
        self.network_pid: int | None = None  # the process that loaded it (the master, when preloaded)
        self._maps = BoundedCache(64)  # derived from the files on disk: safe to lose
        self._pages = BoundedCache(256)
        self._lock = threading.Lock()

    @property
    def network(self):
        """The maritime network, loaded once per process (at start-up when preloaded)."""
        with self._lock:
            if self._network is None:
                from ..network import load_network

                self._network = load_network(self.reference_dir, cache_dir=self.cache_dir)
                self.network_pid = os.getpid()
        return self._network

    @functools.cached_property
    def basemap(self) -> bytes:
        """Natural Earth 1:110m countries as GeoJSON, converted once from the shipped TopoJSON."""
        import json

        from ..geometry import to_geojson
        from ..naturalearth import COUNTRIES_FOR_BASEMAP, countries

        features = [{"type": "Feature", "properties": {"name": name}, "geometry": to_geojson(shape)}
                    for _, name, shape in countries(self.reference_dir, COUNTRIES_FOR_BASEMAP)]
        return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()

    def story(self, slug: str) -> dict:
        return self.store.read(slug)

    def page(self, key: tuple, render) -> "RenderedPage":
        """A page rendered once per key (the key holds the story's fingerprint)."""
        found = self._pages.get(key)
        if found is None:
            found = self._pages.put(key, RenderedPage.of(render()))
        return found

    def map_parts(self, slug: str):
        """The folium map of a story, rendered once per build of that story."""
        from ..mapview import build_map

        collection = self.story(slug)
        key = (slug, collection["story"]["fingerprint"])
        parts = self._maps.get(key)
        if parts is None:
            parts = self._maps.put(key, build_map(collection))
        return parts


@dataclass(frozen=True)
class RenderedPage:
    """HTML as sent: its bytes, their ETag, and the CSP hashes of its inline scripts."""

    body: bytes
    etag: str
    script_hashes: list[str]

    @classmethod
    def of(cls, html: str) -> "RenderedPage":
        from .security import inline_script_hashes

        body = html.encode("utf-8")
        return cls(body, etag_of(body), inline_script_hashes(html))


class BoundedCache:
    """A small thread-safe LRU (cachetools) of derived data: losing an entry only costs
    recomputing it."""

    def __init__(self, size: int):
        self._items = cachetools.LRUCache(maxsize=size)
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            return self._items.get(key)

    def put(self, key, value):
        with self._lock:
            self._items[key] = value
        return value

    set = put  # flask-compress's cache backend protocol


class CompressedBodies(BoundedCache):
    """flask-compress's cache: bodies are keyed by their ETag (a hash of the bytes), and only
    responses that set `g.compress_key` are kept, so per-query answers are not stored."""

    def put(self, key, value):
        if not key.endswith(";"):
            super().put(key, value)
        return value

    set = put


def compress_cache_key(request) -> str:
    return g.get("compress_key", "")


def resources() -> Resources:
    return current_app.extensions["webmap"]


def etag_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def init_app(app: Flask) -> None:
    app.extensions["webmap"] = Resources(app)
    if app.config["PRELOAD_NETWORK"]:  # load now, not inside a request
        app.extensions["webmap"].network  # noqa: B018
        app.extensions["webmap"].basemap  # noqa: B018
