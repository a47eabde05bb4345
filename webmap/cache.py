"""Indexes derived once from shipped data and kept in a cache folder (SQLite files, each
named by what it was built from, so a new package version or changed data builds anew)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from contextlib import closing
from pathlib import Path
from typing import Callable


def default_cache_dir() -> Path:
    """Where built indexes are kept unless the caller says otherwise (XDG's cache folder)."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "webmap"


def ensure_index(path: Path, fill: Callable[[sqlite3.Connection], None]) -> Path:
    """Build the SQLite file at `path` with `fill` unless it exists; atomically (a temporary
    file renamed), so concurrent builders and killed builds never leave half an index."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    try:
        with closing(sqlite3.connect(tmp)) as db:
            fill(db)
            db.commit()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


class ReadOnlyIndex:
    """One read-only connection per thread to a built index."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()

    def db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        return db
