"""The web tier serves what the build made: in a fresh process, an app on a built geodata
folder answers every reader route (every rule of its URL map) without importing geopandas,
folium, pyogrio or shapely, and sends the bytes the build wrote."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys

import brotli
import pytest

from tests.conftest import SEED_SLUG

GIS_STACK = ("geopandas", "folium", "pyogrio", "shapely")
LANE = "lane-pechy-cnsha"

# Run in a fresh interpreter: the app on a built folder, every rule of its URL map with
# example values, then which of the GIS stack got imported. Bodies go to files.
SERVE_EVERY_ROUTE = r"""
import hashlib, json, re, sys
from pathlib import Path
from webmap.web import create_app

geodata, slug, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
app = create_app({"GEODATA_DIR": geodata, "TESTING": True})  # preloads the network, as served
client = app.test_client()
values = {"slug": slug, "collection_id": f"{slug}-lanes", "feature_id": "%(lane)s", "filename": "webmap.js",
          "number": "1"}
queries = {
    "pages.index": ["", "place=shanghai"],
    "pages.embed": ["", "height=300"],
    "api.route": ["from=PECHY&to=CNSHA", "from=pechy&to=Shanghai&speed=20&avoid=panama",
                  "from=Chancay&to=Huacho", "from=Rotterdam, The Netherlands (NLRTM)&to=CNSZX",
                  "from=-77.3,-11.6&to=4.0,52.0", "from=Atlantis&to=CNSHA"],
    "api.ports": ["q=rotter", "q=CNSHA&limit=5"],
    "api.oembed": [f"url=http://localhost/stories/{slug}&maxwidth=400"],
    "ogc.landing": ["f=json", "f=html"],
    "ogc.collections": ["f=json", "f=html", "limit=2&offset=2"],
    "ogc.collection": ["f=json", "f=html"],
    "ogc.items": ["", "bbox=100,-20,-70,40", "bbox=120.5,30.5,122.5,32&limit=1", "from=PECHY", "f=html"],
    "ogc.item": ["", "f=html"],
}
answers = []
for rule in app.url_map.iter_rules():
    if rule.rule.startswith("/edit"):  # the editor: not a reader route (tests/test_editor*.py)
        continue
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m.group(1)], rule.rule)
    for query in queries.get(rule.endpoint, [""]):
        url = path + ("?" + query if query else "")
        response = client.get(url, headers={"Accept-Encoding": "identity"})
        body = out / f"{len(answers)}.body"
        body.write_bytes(response.data)
        answers.append({"endpoint": rule.endpoint, "url": url, "status": response.status_code, "body": str(body)})
print(json.dumps({"answers": answers, "imported": sorted(m for m in %(stack)r if m in sys.modules)}))
""" % {"lane": LANE, "stack": GIS_STACK}


@pytest.fixture(scope="module")
def served(built, tmp_path_factory) -> dict:
    """What a fresh process serving `built` answered to every route, and what it imported."""
    folder = tmp_path_factory.mktemp("answers")
    result = subprocess.run([sys.executable, "-c", SERVE_EVERY_ROUTE, str(built), SEED_SLUG, str(folder)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def body(served: dict, url: str) -> bytes:
    answer = next(a for a in served["answers"] if a["url"] == url)
    with open(answer["body"], "rb") as f:
        return f.read()


def test_every_reader_route_is_served_without_the_gis_stack(built, served):
    from webmap.web import create_app

    endpoints = {rule.endpoint for rule in create_app({"GEODATA_DIR": built, "PRELOAD_NETWORK": False}).url_map.iter_rules()
                 if not rule.rule.startswith("/edit")}
    assert {answer["endpoint"] for answer in served["answers"]} == endpoints  # every route was asked
    failed = [(a["url"], a["status"]) for a in served["answers"] if a["status"] != 200 and "Atlantis" not in a["url"]]
    assert failed == []
    unknown_port = next(a for a in served["answers"] if "Atlantis" in a["url"])
    assert unknown_port["status"] == 404  # an error answer, too, needs none of it
    assert served["imported"] == []


def test_downloads_and_the_basemap_are_the_bytes_the_build_wrote(built, served):
    assert body(served, f"/stories/{SEED_SLUG}.geojson") == (built / f"{SEED_SLUG}.geojson").read_bytes()
    assert body(served, f"/stories/{SEED_SLUG}.gpkg") == (built / f"{SEED_SLUG}.gpkg").read_bytes()
    assert body(served, f"/stories/{SEED_SLUG}/thumbnail.svg") == (built / f"{SEED_SLUG}.thumbnail.svg").read_bytes()
    assert body(served, "/basemap.geojson") == (built / "_basemap.geojson").read_bytes()


def test_story_and_embed_pages_carry_the_map_the_build_rendered(built, served):
    rendered = json.loads((built / f"{SEED_SLUG}.map.json").read_text(encoding="utf-8"))
    for url in (f"/stories/{SEED_SLUG}", f"/embed/{SEED_SLUG}"):
        page = body(served, url).decode("utf-8")
        assert rendered["html"] in page and f"<script>{rendered['script']}</script>" in page, url
        island = re.search(r'<script type="application/json" id="webmap-properties">(.*?)</script>', page, re.S)
        assert json.loads(island.group(1)) == rendered["properties"], url


def test_the_story_page_is_sent_compressed_as_it_was_when_rendered(client):
    plain = client.get(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    for accept, coding, decode in (("gzip", "gzip", gzip.decompress), ("gzip, deflate, br", "br", brotli.decompress),
                                   ("br;q=0.5, gzip", "gzip", gzip.decompress)):
        response = client.get(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": accept})
        assert response.headers["Content-Encoding"] == coding, accept
        assert response.headers["Vary"] == "Accept-Encoding"
        assert decode(response.data) == plain.data, accept
        again = client.get(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": accept,
                                                             "If-None-Match": response.headers["ETag"]})
        assert again.status_code == 304 and again.data == b"", accept
    assert client.get(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": "gzip"}).headers["ETag"] != \
        client.get(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": "br"}).headers["ETag"]


def test_a_rebuilt_story_is_served_anew_by_a_running_app(run, seeds, tmp_path):
    from webmap.web import create_app

    out = tmp_path / "out"
    assert run("build", "--seeds", seeds, "--out", out).exit_code == 0
    client = create_app({"GEODATA_DIR": out, "TESTING": True, "PRELOAD_NETWORK": False}).test_client()
    urls = (f"/stories/{SEED_SLUG}", f"/embed/{SEED_SLUG}", f"/stories/{SEED_SLUG}/article", "/", "/ogc/collections")
    before = {url: client.get(url) for url in urls}
    assert all(b"Peru&#39;s president visits China" in r.data or b"Peru's president visits China" in r.data
               for r in before.values())
    sidecar = seeds / f"{SEED_SLUG}.toml"
    sidecar.write_text(re.sub(r'(?m)^title = ".*"$', 'title = "Boluarte in Beijing, Shanghai and Shenzhen"',
                              sidecar.read_text()))
    assert run("build", "--seeds", seeds, "--out", out, "--if-stale").exit_code == 0
    for url in urls:
        after = client.get(url, headers={"If-None-Match": before[url].headers["ETag"]})
        assert after.status_code == 200 and b"Boluarte in Beijing, Shanghai and Shenzhen" in after.data, url
        assert b"Peru's president visits China" not in after.data and b"Peru&#39;s president" not in after.data, url


def test_a_head_request_gets_the_page_headers_and_no_body(client):
    page = client.get(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": "gzip"})
    head = client.head(f"/stories/{SEED_SLUG}", headers={"Accept-Encoding": "gzip"})
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == page.headers["ETag"]
    assert head.headers["Content-Security-Policy"] == page.headers["Content-Security-Policy"]


def test_what_readers_are_served_from_is_byte_identical_from_one_build_to_the_next(run, seeds, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        assert run("build", "--seeds", seeds, "--out", out).exit_code == 0
    names = sorted(p.name for p in first.iterdir())
    assert {f"{SEED_SLUG}.map.json", f"{SEED_SLUG}.summary.json", "_basemap.geojson"} <= set(names)
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
