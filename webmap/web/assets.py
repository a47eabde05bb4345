"""The browser assets (static/), served from memory: read once per file version, with an
ETag, and compressed once (flask-compress keeps the compressed body by that ETag).

Flask's own static view streams the file; flask-compress then compresses the stream
without closing the file, leaking a handle per request. Assets are small and change only
with a deploy, so they are sent as bytes instead.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Flask, abort, g, make_response, request
from werkzeug.security import safe_join

from .resources import BoundedCache, etag_of


class AssetFlask(Flask):
    """A Flask app whose static view answers from memory."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._assets = BoundedCache(128)  # (path, mtime, size) -> (body, etag)

    def send_static_file(self, filename: str):
        path = safe_join(str(self.static_folder), filename)
        try:
            stat = Path(path).stat() if path is not None and not filename.endswith("/") else None
        except (OSError, ValueError):  # a name too long for the file system, a NUL byte
            stat = None
        if stat is None or not Path(path).is_file() or filename.endswith(".py") or "__pycache__" in filename:
            abort(404)
        key = (path, stat.st_mtime_ns, stat.st_size)
        found = self._assets.get(key)
        if found is None:
            body = Path(path).read_bytes()
            found = self._assets.put(key, (body, etag_of(body)))
        body, etag = found
        response = make_response(body)
        mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        response.headers["Content-Type"] = f"{mimetype}; charset=utf-8" if mimetype.startswith("text/") or \
            mimetype == "application/javascript" else mimetype
        response.headers["Cache-Control"] = f"public, max-age={self.get_send_file_max_age(filename) or 0}"
        response.set_etag(etag)
        g.compress_key = etag
        return response.make_conditional(request)
