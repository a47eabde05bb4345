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

    def send_static_file(self, filename: str):
        path = safe_join(str(self.static_folder), filename)
        try:
            stat = Path(path).stat() if path is not None else None
        except (OSError, ValueError):  # a name too long for the file system, a NUL byte
            stat = None
        if stat is None or not Path(path).is_file() or filename.endswith(".py") or "__pycache__" in filename:
            abort(404)
        key = (path, stat.st_mtime_ns, stat.st_size)
        body = self.extensions.setdefault("webmap-assets", BoundedCache(128)).get(key)
        if body is None:
            body = self.extensions["webmap-assets"].put(key, Path(path).read_bytes())
        response = make_response(body)
        response.headers["Content-Type"] = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        response.headers["Cache-Control"] = f"public, max-age={self.get_send_file_max_age(filename) or 0}"
        etag = etag_of(body)
        response.set_etag(etag)
        g.compress_key = etag
        return response.make_conditional(request)
