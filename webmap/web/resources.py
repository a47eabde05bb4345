"""Per-application resources: the story store, the maritime network, rendered pages.

Each lives on `app.extensions` and is immutable once built (or caches derived data keyed
by its inputs), so any number of workers can serve the same geodata/ statelessly. What
they serve the build made (store.py); nothing here imports the GIS stack (geopandas,
shapely, pyogrio, folium): tests/test_serving_imports.py checks it.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import threading
from dataclasses import dataclass, field

import cachetools

from flask import Flask, current_app, g

from ..store import Store, file_stamp


PAGES_BYTES = 8 * 2**20  # rendered pages kept, with their compressed copies


class Resources:
    def __init__(self, app: Flask):
        self.store = Store(app.config["GEODATA_DIR"])
        self.reference_dir = app.config["REFERENCE_DIR"]
        self.cache_dir = app.config["CACHE_DIR"]
        self._network = None
        self.network_pid: int | None = None  # the process that loaded it (the master, when preloaded)
        # Derived from the files on disk, so safe to lose: bounded by size, not by the number of stories.
        self._pages = BoundedCache(PAGES_BYTES, getsizeof=lambda page: page.size)
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

    @property
    def basemap(self) -> bytes:
        """The offline basemap (Natural Earth 1:110m countries) as the build wrote it."""
        from werkzeug.exceptions import NotFound

        body = self.store.basemap_bytes()
        if body is None:
            raise NotFound(f"no basemap in {self.store.folder.name}/: run webmap build")
        return body

    def story(self, slug: str) -> dict:
        return self.store.read(slug)

    def page(self, key: tuple, render) -> "RenderedPage":
        """A page rendered once per key (the key holds the story's fingerprint)."""
        found = self._pages.get(key)
        if found is None:
            found = self._pages.put(key, RenderedPage.of(render(), current_app.config))
        return found


@dataclass(frozen=True)
class RenderedPage:
    """HTML as sent: its bytes, their ETag, the CSP hashes of its inline scripts, and the
    codings (flask-compress's COMPRESS_ALGORITHM, at its levels) it is compressed in, each
    the first time a client asks for it (`encoded`)."""

    body: bytes
    etag: str
    script_hashes: list[str]
    codings: tuple[str, ...]
    levels: dict
    _encoded: dict = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, html: str, config=None) -> "RenderedPage":
        """The page, to be compressed with the app's `config` (without it, the page is sent
        as it is and flask-compress compresses it per response)."""
        from .security import inline_script_hashes

        body = html.encode("utf-8")
        codings = tuple(c for c in (config or {}).get("COMPRESS_ALGORITHM", ()) if c in ("br", "gzip"))
        levels = {"gzip": (config or {}).get("COMPRESS_LEVEL", 6), "br": (config or {}).get("COMPRESS_BR_LEVEL", 4)}
        return cls(body, etag_of(body), inline_script_hashes(html), codings, levels)

    @property
    def size(self) -> int:
        """Bytes held, counting the compressed copies it will keep at about half the body."""
        return len(self.body) * 3 // 2

    def encoded(self, coding: str) -> bytes:
        """The body in `coding`, compressed once (two threads may both compress it at first;
        either result is the same bytes, and one is kept)."""
        found = self._encoded.get(coding)
        if found is None:
            if coding == "br":
                import brotli

                found = brotli.compress(self.body, quality=self.levels["br"])
            else:
                found = gzip.compress(self.body, self.levels["gzip"], mtime=0)
            found = self._encoded.setdefault(coding, found)
        return found


class BoundedCache:
    """A small thread-safe LRU (cachetools) of derived data: losing an entry only costs
    recomputing it. Bounded by entries, or by their total size with `getsizeof`."""

    def __init__(self, size: int, getsizeof=None):
        self._items = cachetools.LRUCache(maxsize=size, getsizeof=getsizeof)
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            return self._items.get(key)

    def put(self, key, value):
        with self._lock:
            try:
                self._items[key] = value
            except ValueError:  # larger than the whole cache: not kept
                pass
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


_etags = BoundedCache(8 * 2**20, getsizeof=lambda entry: len(entry[0]))  # id(bytes) -> (the bytes, their ETag)


def etag_of(data: bytes) -> str:
    """A hash of the bytes, worked out once per bytes object: the store and the caches hand
    out the same object for as long as a file is unchanged. The entry holds the object, so
    its id cannot be reused while it is remembered."""
    found = _etags.get(id(data))
    if found is not None and found[0] is data:
        return found[1]
    etag = hashlib.sha256(data).hexdigest()[:32]
    if isinstance(data, bytes) and len(data) > 4096:  # small bodies hash faster than they are looked up
        _etags.put(id(data), (data, etag))
    return etag


SERVE_AGAIN_WHILE = "webmap.serve_again_while"  # WSGI environ key: (file, stamp) an answer depends on
# What an answer may depend on in a request, besides the file it was marked with (the
# forwarded address too, whether or not a ProxyFix in front has read it already).
ANSWER_KEY = ("PATH_INFO", "QUERY_STRING", "wsgi.url_scheme", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT",
              "SCRIPT_NAME", "HTTP_ACCEPT_ENCODING", "HTTP_ACCEPT", "HTTP_X_FORWARDED_PROTO",
              "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PORT", "HTTP_X_FORWARDED_PREFIX")
ANSWERS_BYTES = 24 * 2**20  # answers kept, bodies as sent (mostly compressed)


def serve_again_while(path, stamp: tuple[int, int]) -> None:
    """Mark the current request's 200 answer as one to give again, as it is, to the same
    request (see SavedAnswers) for as long as the file (or folder) at `path` keeps this
    stamp (a rebuild renames new files into place, which changes both)."""
    from flask import request

    request.environ[SERVE_AGAIN_WHILE] = (os.fspath(path), stamp)


@dataclass(frozen=True)
class Answer:
    path: str
    stamp: tuple[int, int]
    status: str
    headers: list[tuple[str, str]]
    chunks: list[bytes]
    etag: str | None

    @property
    def size(self) -> int:
        return 1024 + sum(len(chunk) for chunk in self.chunks)  # what it holds, headers counted roughly

    def send(self, environ, start_response):
        """This answer again: a 304 (no body) when the client holds this ETag, no body to a HEAD."""
        from werkzeug.http import parse_etags

        held = environ.get("HTTP_IF_NONE_MATCH")
        if held and self.etag and parse_etags(held).contains(self.etag):
            start_response("304 NOT MODIFIED", [(k, v) for k, v in self.headers if k != "Content-Length"])
            return []
        start_response(self.status, self.headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else self.chunks


class SavedAnswers:
    """Answers given again from memory, in front of Flask. A view whose answer only a build
    can change (a story's pages: its file; the OGC API: the geodata folder) marks it
    (`serve_again_while`); the answer, headers and compressed body as sent, is then given to
    the same request (path, query, site address, accepted types and codings) without going
    through Flask, for as long as that file is unchanged: one stat and one look-up."""

    def __init__(self, wsgi_app, max_bytes: int = ANSWERS_BYTES):
        self.wsgi_app = wsgi_app
        self._answers = BoundedCache(max_bytes, getsizeof=lambda answer: answer.size)

    def __call__(self, environ, start_response):
        key = None
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            key = tuple(environ.get(name) for name in ANSWER_KEY)
            found = self._answers.get(key)
            if found is not None and file_stamp(found.path) == found.stamp:
                return found.send(environ, start_response)
        sent = {}

        def keep(status, headers, exc_info=None):
            sent.update(status=status, headers=headers)
            return start_response(status, headers, exc_info)

        body = self.wsgi_app(environ, keep)
        marked = environ.get(SERVE_AGAIN_WHILE)
        if key is None or marked is None or environ["REQUEST_METHOD"] != "GET" or not sent.get("status", "").startswith("200"):
            return body
        try:
            chunks = list(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        etag = next((v.strip('"') for k, v in sent["headers"] if k == "ETag" and not v.startswith("W/")), None)
        self._answers.put(key, Answer(*marked, sent["status"], list(sent["headers"]), chunks, etag))
        return chunks


def init_app(app: Flask) -> None:
    app.extensions["webmap"] = Resources(app)
    app.wsgi_app = SavedAnswers(app.wsgi_app)
    if app.config["PRELOAD_NETWORK"]:  # load now, not inside a request (and once, before workers fork)
        app.extensions["webmap"].network  # noqa: B018
        for template in ("story.html", "embed.html", "article.html", "index.html"):
            app.jinja_env.get_template(template)  # compiled once
