"""webmap's OGC API – Features next to pygeoapi's, on the same data, under the same load.

What is compared. The six layers of the seed story (`peru-china-state-visit-2024`), as
webmap's collections `<slug>-<layer>` hold them: each layer's features are taken from
geodata/<slug>.geojson by `webmap.ogc_features.features_of` (filtered by kind exactly as
webmap's items are) and written as one GeoJSON file per layer; pygeoapi serves them with
its GeoJSON provider, one resource per layer with webmap's collection ids, titles,
descriptions and extents (spatial, and the story's day as the temporal extent), its
default and largest item limits set to webmap's (10 and 1,000). Before any load, each
endpoint is fetched from both and checked to be 200 with equivalent content: the same
collection ids, the same extent, the same features (ids, numberMatched, numberReturned) on
each items page; were pygeoapi's default limit to differ, both would be asked with an
explicit `limit=`.

How. pygeoapi 0.21 (`pip install "pygeoapi==0.21.*" gunicorn` from PyPI, into a venv of its
own in the cache folder, $XDG_CACHE_HOME/webmap/bench-pygeoapi-venv, made once and reused;
were 0.21 not installable, the nearest version that is, which the rows name) runs
`gunicorn -w 2 -k gthread --threads 4 --keep-alive 5 pygeoapi.flask_app:APP`: the worker
settings of webmap/gunicorn_conf.py, so that one server runs both apps (under gunicorn's
default sync workers, as pygeoapi's documentation deploys it, every answer closes its
connection, which costs pygeoapi about half its rate on the small documents: measured beside
this, and not what is compared). Its OpenAPI document is generated beforehand with
`pygeoapi openapi generate`; logging at ERROR, no pretty printing and no gzip (its fastest
settings: both are per-response work), no access log. webmap runs as bench/throughput.py
serves it: gunicorn with webmap/gunicorn_conf.py, WEBMAP_WORKERS=2 (gthread, 4 threads a
worker, preload_app, no access log), which keeps compressed answers in memory. Both on
loopback, one machine: wrk, 32 connections, 2 threads, `Accept-Encoding: gzip`, 5 s per run,
the two servers in turn, 5 rounds (bench.throughput.wrk_side_by_side), medians. Endpoints,
all `?f=json`: the landing page, /collections, one collection (countries), and the items of
each of the six layers.

Memory. After the load, each server's processes from /proc/<pid>/smaps_rollup: RSS and PSS
of the gunicorn master and of each worker (the master's children); per worker, the mean of
the two. Beside them, webmap's workers after serving only the story page for 5 s in a server
of their own: what "no more memory per worker than when serving pages" is measured against.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench.common import ROOT, free_port, stop, wait_for_200
from bench.throughput import SECONDS, SLUG, serving, wrk, wrk_side_by_side
from webmap import ogc_features as ogc
from webmap.cache import default_cache_dir
from webmap.store import Store

WORKERS = 2  # `gunicorn -w 2` for both, as in the issue (one per core on the bench machine)
WANTED = "0.21"
# pygeoapi 0.21 first; were it not installable, the nearest releases that are.
REQUIREMENTS = ("pygeoapi==0.21.*", "pygeoapi==0.20.*", "pygeoapi==0.22.*", "pygeoapi==0.19.*")
SAMPLE_LAYER = "countries"  # the one collection document measured
CRS84 = ogc.CRS84


def venv_dir() -> Path:
    return default_cache_dir() / "bench-pygeoapi-venv"


def pygeoapi_venv() -> tuple[Path, dict]:
    """pygeoapi's own environment (never the project's .venv): made once, then reused while
    its record of what was installed is there. Returns the venv and that record."""
    venv = venv_dir()
    record = venv / "bench-installed.json"
    if record.exists() and all((venv / "bin" / name).exists() for name in ("python", "gunicorn", "pygeoapi")):
        return venv, json.loads(record.read_text())
    shutil.rmtree(venv, ignore_errors=True)  # a half-made venv (no record) is made again
    venv.parent.mkdir(parents=True, exist_ok=True)
    print(f"bench: making pygeoapi's venv in {venv} (once)...", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    failures = []
    for requirement in REQUIREMENTS:
        done = subprocess.run([*pip, requirement, "gunicorn"], capture_output=True, text=True)
        if done.returncode == 0:
            break
        failures.append(f"{requirement}: {done.stderr.strip().splitlines()[-1:] or done.returncode}")
    else:
        raise RuntimeError("pygeoapi would not install: " + "; ".join(failures))
    versions = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import importlib.metadata as m, json; print(json.dumps({p: m.version(p) for p in "
         "('pygeoapi', 'gunicorn', 'flask', 'werkzeug')}))"],
        check=True, capture_output=True, text=True).stdout
    info = {"requirement": requirement, "versions": json.loads(versions), "not_installed": failures}
    record.write_text(json.dumps(info, indent=2) + "\n")  # last: its presence means the venv is whole
    return venv, info


def layers(store: Store) -> list[tuple[ogc.Collection, dict, list[dict]]]:
    """The seed story's collections as webmap serves them: (collection, its document, its features)."""
    out = []
    for collection in ogc.collections(store)[0]:
        if collection.slug != SLUG:
            continue
        features = ogc.features_of(store, collection)
        assert all(f.get("id") for f in features), f"{collection.id}: a feature without an id"
        out.append((collection, ogc.collection_document(collection, "http://unused"), features))
    if not out:
        raise RuntimeError(f"no OGC collections for {SLUG}: build it first (webmap build)")
    return out


def pygeoapi_config(folder: Path, port: int, found: list) -> dict:
    """pygeoapi's configuration: one GeoJSON-provider resource per webmap collection."""
    resources = {}
    for collection, document, features in found:
        data = folder / f"{collection.id}.geojson"
        data.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False))
        extents = {"spatial": {"bbox": list(collection.extent), "crs": CRS84}}
        if collection.story.get("date"):
            (begin, end), = document["extent"]["temporal"]["interval"]
            extents["temporal"] = {"begin": begin, "end": end}
        resources[collection.id] = {
            "type": "collection",
            "title": document["title"],
            "description": document["description"],
            "keywords": [collection.layer],
            "links": [],
            "extents": extents,
            "providers": [{"type": "feature", "name": "GeoJSON", "data": str(data), "id_field": "id"}],
        }
    return {
        "server": {
            "bind": {"host": "127.0.0.1", "port": port},
            "url": f"http://127.0.0.1:{port}",
            "mimetype": "application/json; charset=UTF-8",
            "encoding": "utf-8",
            "gzip": False,
            "languages": ["en-US"],
            "cors": False,
            "pretty_print": False,
            "limits": {"default_items": ogc.DEFAULT_LIMIT, "max_items": ogc.MAX_LIMIT},
            "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                    "attribution": "OpenStreetMap contributors"},
        },
        "logging": {"level": "ERROR"},
        "metadata": {
            "identification": {"title": "pygeoapi: story layers", "description": "webmap's seed story, as pygeoapi",
                               "keywords": ["bench"], "keywords_type": "theme", "terms_of_service": "",
                               "url": "https://pygeoapi.io"},
            "license": {"name": "CC-BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "provider": {"name": "webmap bench", "url": "https://pygeoapi.io"},
            "contact": {"name": "webmap bench", "url": "https://pygeoapi.io"},
        },
        "resources": resources,
    }


@contextmanager
def serving_pygeoapi(venv: Path, found: list):
    """pygeoapi under its venv's gunicorn, -w 2, on loopback; yields (base URL, master Popen)."""
    work = Path(tempfile.mkdtemp(prefix="bench-pygeoapi-"))
    port = free_port()
    config, openapi = work / "pygeoapi-config.yml", work / "pygeoapi-openapi.yml"
    # JSON is YAML: the project's environment needs no YAML writer.
    config.write_text(json.dumps(pygeoapi_config(work, port, found), indent=1))
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env.update(PYGEOAPI_CONFIG=str(config), PYGEOAPI_OPENAPI=str(openapi),
               PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}")
    made = subprocess.run([str(venv / "bin" / "pygeoapi"), "openapi", "generate", str(config), "--output-file",
                           str(openapi)], cwd=work, env=env, capture_output=True, text=True)
    if made.returncode != 0:
        shutil.rmtree(work, ignore_errors=True)
        raise RuntimeError(f"pygeoapi openapi generate failed:\n{made.stdout[-2000:]}{made.stderr[-3000:]}")
    with open(work / "gunicorn.log", "w") as log:
        # The worker settings webmap runs with (webmap/gunicorn_conf.py: gthread, 4 threads a
        # worker, keep-alive 5 s), so that both apps are measured under one server, not two.
        server = subprocess.Popen([str(venv / "bin" / "gunicorn"), "-w", str(WORKERS), "-b", f"127.0.0.1:{port}",
                                   "-k", "gthread", "--threads", "4", "--keep-alive", "5",
                                   "--log-level", "warning", "pygeoapi.flask_app:APP"],
                                  cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for_200(f"{url}/?f=json", server, timeout_s=120)
        except RuntimeError as error:
            raise RuntimeError(f"{error}; pygeoapi's log:\n{(work / 'gunicorn.log').read_text()[-3000:]}") from None
        yield url, server
    finally:
        stop(server)
        shutil.rmtree(work, ignore_errors=True)


def fetch(url: str) -> tuple[int, int, dict]:
    """(status, bytes on the wire with gzip accepted, the JSON body)."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        raw = response.read()
        body = gzip.decompress(raw) if response.headers.get("Content-Encoding") == "gzip" else raw
        return response.status, len(raw), json.loads(body)


def check_same(kind: str, ours: dict, theirs: dict, expected: dict) -> None:
    """Raise unless the two answers hold the same content for an endpoint of `kind`."""
    def fail(what: str):
        raise AssertionError(f"{kind}: {what}")

    if kind == "landing":
        for name, body in (("webmap", ours), ("pygeoapi", theirs)):
            if not any(link.get("rel") == "data" for link in body.get("links", [])):
                fail(f"{name}'s landing page has no 'data' link")
    elif kind == "collections":
        ids = [[c["id"] for c in body["collections"]] for body in (ours, theirs)]
        if sorted(ids[0]) != sorted(ids[1]) or sorted(ids[0]) != sorted(expected["ids"]):
            fail(f"collection ids differ: {ids}")
    elif kind == "collection":
        if ours["id"] != theirs["id"]:
            fail(f"ids differ: {ours['id']} {theirs['id']}")
        boxes = [body["extent"]["spatial"]["bbox"] for body in (ours, theirs)]
        if boxes[0] != boxes[1]:
            fail(f"extents differ: {boxes}")
    else:  # items
        for key in ("numberMatched", "numberReturned"):
            if ours.get(key) != theirs.get(key):
                fail(f"{key} differs: webmap {ours.get(key)}, pygeoapi {theirs.get(key)}")
        ids = [[f["id"] for f in body["features"]] for body in (ours, theirs)]
        if ids[0] != ids[1] or ids[0] != expected["ids"][:expected["limit"]]:
            fail(f"features differ: {ids}")


def endpoints(found: list, limit: int | None) -> list[tuple[str, str, str, str, dict]]:
    """(row name, kind, webmap path, pygeoapi path, what both must hold)."""
    query = "?f=json" + (f"&limit={limit}" if limit else "")
    sample = next(c for c, _, _ in found if c.layer == SAMPLE_LAYER)
    out = [
        ("landing", "landing", "/ogc?f=json", "/?f=json", {}),
        ("/collections", "collections", "/ogc/collections?f=json", "/collections?f=json",
         {"ids": [c.id for c, _, _ in found]}),
        (f"/collections/{{id}} ({SAMPLE_LAYER})", "collection", f"/ogc/collections/{sample.id}?f=json",
         f"/collections/{sample.id}?f=json", {}),
    ]
    for collection, _, features in found:
        out.append((f"items ({collection.layer}, {len(features)} features)", "items",
                    f"/ogc/collections/{collection.id}/items{query}", f"/collections/{collection.id}/items{query}",
                    {"ids": [f["id"] for f in features], "limit": limit or ogc.DEFAULT_LIMIT}))
    return out


def checked(ours_url: str, theirs_url: str, found: list) -> tuple[list, dict]:
    """The endpoints, each checked on both servers (with an explicit `limit=` for both if
    pygeoapi's default page differs from webmap's); and the bytes each sends per endpoint."""
    for limit in (None, ogc.DEFAULT_LIMIT):
        sizes, mismatch = {}, None
        for name, kind, ours_path, theirs_path, expected in endpoints(found, limit):
            (s1, b1, ours), (s2, b2, theirs) = fetch(ours_url + ours_path), fetch(theirs_url + theirs_path)
            if (s1, s2) != (200, 200):
                raise AssertionError(f"{name}: webmap {s1}, pygeoapi {s2}")
            try:
                check_same(kind, ours, theirs, expected)
            except AssertionError as error:
                if kind != "items" or limit is not None:
                    raise
                mismatch = error
                break
            sizes[name] = (b1, b2)
        if mismatch is None:
            return endpoints(found, limit), sizes
    raise AssertionError(str(mismatch))


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (gunicorn's workers, of their master)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return sorted(out)


def rss_pss_mb(pid: int) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            fields[key.lower() + "_mb"] = round(int(rest.split()[0]) / 1024, 1)
    return fields


def memory(master: subprocess.Popen) -> dict:
    """RSS and PSS of a gunicorn master and of its workers; per worker, their mean; and the
    PSS of all of them (what the server costs the machine: webmap's workers share the app
    its master preloaded, pygeoapi's each load their own)."""
    workers = [rss_pss_mb(pid) for pid in children(master.pid)]
    if len(workers) != WORKERS:
        raise RuntimeError(f"gunicorn {master.pid} has {len(workers)} workers, expected {WORKERS}")
    master_mb = rss_pss_mb(master.pid)
    return {"per_worker": {key: round(statistics.mean(w[key] for w in workers), 1) for key in ("rss_mb", "pss_mb")},
            "workers": workers, "master": master_mb,
            "total_pss_mb": round(master_mb["pss_mb"] + sum(w["pss_mb"] for w in workers), 1)}


def pages_only_memory() -> dict:
    """webmap's workers after serving only the story page (5 s of wrk), in a server of their own."""
    with serving(WORKERS, with_process=True) as (url, master):
        load = wrk(f"{url}/stories/{SLUG}", seconds=SECONDS, rounds=1)
        return {**memory(master), "load": load}


def run() -> list[dict]:
    venv, info = pygeoapi_venv()
    version = info["versions"]["pygeoapi"]
    note = "" if version.startswith(WANTED + ".") else f"pygeoapi {WANTED} would not install: {version} instead"
    found = layers(Store(ROOT / "geodata"))
    pages = pages_only_memory()
    rows = []
    with serving(WORKERS, with_process=True) as (ours_url, ours_master), \
            serving_pygeoapi(venv, found) as (theirs_url, theirs_master):
        measured, sizes = checked(ours_url, theirs_url, found)
        for name, kind, ours_path, theirs_path, _ in measured:
            print(f"bench: pygeoapi: {name}...", file=sys.stderr, flush=True)
            ours, theirs = wrk_side_by_side([ours_url + ours_path, theirs_url + theirs_path])
            rows.append({"name": f"OGC API vs pygeoapi: {name}", "webmap": ours, "pygeoapi": theirs,
                         "ratio": round(ours["requests_per_s"] / theirs["requests_per_s"], 2),
                         "webmap_path": ours_path, "pygeoapi_path": theirs_path,
                         "bytes_sent": {"webmap": sizes[name][0], "pygeoapi": sizes[name][1]},
                         "pygeoapi_version": version, "workers": WORKERS, **({"note": note} if note else {})})
        ours_memory, theirs_memory = memory(ours_master), memory(theirs_master)
    rows.append({"name": "memory per worker, OGC API vs pygeoapi", "webmap": ours_memory, "pygeoapi": theirs_memory,
                 "webmap_pages_only": pages,
                 "ratio": round(ours_memory["per_worker"]["pss_mb"] / theirs_memory["per_worker"]["pss_mb"], 2),
                 "pygeoapi_version": version, "workers": WORKERS, **({"note": note} if note else {})})
    return rows


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
