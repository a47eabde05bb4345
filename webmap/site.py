"""`webmap export --site DIR`: a static copy of the site for any web host or CDN.

Every page is rendered by the application itself (through its test client, as datasette's
`--get` does) with STATIC_SITE set, so links are relative and the copy works under any
path. Parts that need the server (route picker, OGC API) are left out, not broken.
Every compressible file gets a `.gz` and a `.br` beside it, made once here, so a static
server sends them as they are (nginx's gzip_static and brotli_static) instead of compressing
per request.
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
import zlib
from pathlib import Path
from typing import Callable

import brotli

from .config import static_dir
from .store import current_umask

# What is sent compressed: text. The GeoPackage is left whole, so that range requests (GDAL
# and QGIS read a remote one by ranges) still work.
COMPRESSIBLE = frozenset({".html", ".js", ".css", ".json", ".geojson", ".svg", ".txt"})
BROTLI_QUALITY = 11  # the slowest and smallest: paid once per export, never per request


def export_site(out_dir: Path, geodata_dir: Path, *, site_url: str | None = None,
                progress: Callable[[str], None] = print, config: dict | None = None) -> list[Path]:
    """Write the site into `out_dir`, replacing it whole only once the copy is complete."""
    from .web import create_app
    from .web.api import oembed_document

    out_dir = Path(out_dir)
    site_url = site_url.rstrip("/") + "/" if site_url else None
    app = create_app({"GEODATA_DIR": geodata_dir, "STATIC_SITE": True, "SITE_URL": site_url,
                      "PRELOAD_NETWORK": False, "TESTING": True, **(config or {})})
    client = app.test_client()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    work.chmod(0o777 & ~current_umask())  # mkdtemp makes 0700; a web server must read the copy
    try:
        written = []

        def save(url: str, relative: str) -> None:
            response = client.get(url)
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}: {response.get_data(as_text=True)[:200]}")
            target = work / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(response.get_data())
            written.append(target)

        save("/", "index.html")
        pages = -(-len(app.extensions["webmap"].store.listing()) // app.config["INDEX_PAGE_SIZE"])
        for number in range(2, pages + 1):
            save(f"/page/{number}", f"page/{number}/index.html")
        save("/cards.html", "cards.html")
        save("/basemap.geojson", "basemap.geojson")
        slugs = app.extensions["webmap"].store.slugs()
        for number, slug in enumerate(slugs, start=1):
            save(f"/stories/{slug}", f"stories/{slug}/index.html")
            save(f"/embed/{slug}", f"embed/{slug}/index.html")
            save(f"/stories/{slug}/article", f"stories/{slug}/article/index.html")
            save(f"/stories/{slug}.geojson", f"stories/{slug}.geojson")
            save(f"/stories/{slug}.gpkg", f"stories/{slug}.gpkg")
            if app.extensions["webmap"].store.thumbnail_path(slug).is_file():  # none if built before thumbnails
                save(f"/stories/{slug}/thumbnail.svg", f"stories/{slug}/thumbnail.svg")
            if site_url:
                story = app.extensions["webmap"].store.read(slug)["story"]
                document = oembed_document(story["title"], f"{site_url}embed/{slug}/", site_url)
                target = work / "oembed" / f"{slug}.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                written.append(target)
            progress(f"[{number}/{len(slugs)}] {slug}")
        shutil.copytree(static_dir(), work / "static",
                        ignore=shutil.ignore_patterns("*.md", "*.py", "__pycache__"))
        written += [p for p in (work / "static").rglob("*") if p.is_file()]
        written += precompress(work, previous=out_dir if out_dir.is_dir() else None)
        _replace_dir(work, out_dir)
        return [out_dir / p.relative_to(work) for p in written]
    finally:
        if work.exists():
            shutil.rmtree(work)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)  # no time and no file name in the header: byte-stable


def _brotli(data: bytes) -> bytes:
    return brotli.compress(data, quality=BROTLI_QUALITY)


ENCODINGS = ((".gz", _gzip, gzip.decompress), (".br", _brotli, brotli.decompress))


def precompress(folder: Path, previous: Path | None = None) -> list[Path]:
    """Write `name.gz` and `name.br` beside every compressible file in `folder` where they are
    smaller than the file. A variant in `previous` (the last export) that decodes to the same
    bytes is reused, so a re-export compresses only what changed."""
    written = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE):
        data = path.read_bytes()
        for suffix, encode, decode in ENCODINGS:
            encoded = _reusable(previous / path.relative_to(folder), suffix, decode, data) if previous else None
            encoded = encoded if encoded is not None else encode(data)
            if len(encoded) < len(data):  # where compression does not help, the file goes as it is
                variant = path.with_name(path.name + suffix)
                variant.write_bytes(encoded)
                written.append(variant)
    return written


def _reusable(old: Path, suffix: str, decode: Callable[[bytes], bytes], data: bytes) -> bytes | None:
    try:
        encoded = old.with_name(old.name + suffix).read_bytes()
        return encoded if decode(encoded) == data else None
    except (OSError, EOFError, zlib.error, brotli.error):  # missing, unreadable or not a valid stream
        return None


def _replace_dir(new: Path, target: Path) -> None:
    """Swap a finished folder into place; the old copy is removed only after the swap."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.previous")
        if old.exists():
            shutil.rmtree(old)
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old)
