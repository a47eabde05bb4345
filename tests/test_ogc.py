"""OGC API – Features at /ogc, read by a real client (GDAL's OAPIF driver) and over HTTP."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.conftest import SEED_SLUG

OGRINFO = shutil.which("ogrinfo") or "/usr/bin/ogrinfo"
CITIES = f"{SEED_SLUG}-cities"
LANES = f"{SEED_SLUG}-lanes"


def ogrinfo(*args: str) -> str:
    result = subprocess.run([OGRINFO, "-ro", *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_gdal_lists_every_collection(live_server, client):
    listing = ogrinfo(f"OAPIF:{live_server}/ogc")
    expected = {c["id"] for c in client.get("/ogc/collections").json["collections"]}
    assert {f"{SEED_SLUG}-{layer}" for layer in ("cities", "ports", "countries", "regions", "organisations", "lanes")} <= expected
    listed = set(re.findall(r"^\d+: (\S+)", listing, re.M))
    assert listed == expected


@pytest.mark.parametrize("layer", ["cities", "ports", "countries", "regions", "organisations", "lanes"])
def test_gdal_reads_every_feature_with_its_attributes(live_server, story, layer):
    kind = {"cities": "city", "ports": "port", "countries": "country", "regions": "region",
            "organisations": "organisation", "lanes": "lane"}[layer]
    expected = [f for f in story["features"] if f["properties"]["kind"] == kind]
    # A page size smaller than the layer, so GDAL has to follow the "next" links.
    dump = ogrinfo("-oo", "PAGE_SIZE=2", "-al", "-nogeomtype", f"OAPIF:{live_server}/ogc", f"{SEED_SLUG}-{layer}")
    assert dump.count("OGRFeature(") == len(expected)
    for feature in expected:
        assert f"name (String) = {feature['properties']['name']}" in dump
        assert f"source (String) = {feature['properties']['source']}" in dump


def test_paging_with_a_small_limit_returns_every_feature_exactly_once(client, story):
    seen, url = [], f"/ogc/collections/{CITIES}/items?limit=1"
    while url:
        page = client.get(url).json
        assert page["numberReturned"] == len(page["features"]) <= 1
        seen += [f["id"] for f in page["features"]]
        url = next((link["href"].replace("http://localhost", "") for link in page["links"] if link["rel"] == "next"), None)
    expected = [f["id"] for f in story["features"] if f["properties"]["kind"] == "city"]
    assert seen == expected and page["numberMatched"] == len(expected)


def test_a_bbox_around_shanghai_returns_shanghai_and_not_beijing(client):
    page = client.get(f"/ogc/collections/{CITIES}/items?bbox=120.5,30.5,122.5,32").json
    assert [f["properties"]["name"] for f in page["features"]] == ["Shanghai"]


def test_a_bbox_across_the_antimeridian_selects_what_lies_on_either_side(client):
    pacific = client.get(f"/ogc/collections/{LANES}/items?bbox=170,-60,-170,70").json
    assert pacific["numberMatched"] == 3  # every lane of the seed crosses the date line
    atlantic = client.get(f"/ogc/collections/{LANES}/items?bbox=-40,-60,10,70").json
    assert atlantic["numberMatched"] == 0


def test_property_filters_select_by_simple_attributes(client):
    page = client.get(f"/ogc/collections/{CITIES}/items?country=US").json
    assert [f["properties"]["name"] for f in page["features"]] == ["Washington"]
    assert client.get(f"/ogc/collections/{CITIES}/items?stop=2").json["features"][0]["properties"]["name"] == "Shanghai"


def test_a_lane_across_the_antimeridian_has_an_extent_that_says_so(client):
    west, south, east, north = client.get(f"/ogc/collections/{LANES}").json["extent"]["spatial"]["bbox"][0]
    assert west > east and (west, east) != (-180, 180)
    assert 110 < west < 125 and -78 < east < -77


def test_landing_conformance_and_openapi(client):
    landing = client.get("/ogc").json
    rels = {link["rel"] for link in landing["links"]}
    assert {"self", "service-desc", "conformance", "data"} <= rels
    conforms = client.get("/ogc/conformance").json["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in conforms
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in conforms
    api = client.get("/ogc/api")
    assert api.mimetype == "application/vnd.oai.openapi+json" and json.loads(api.data)["openapi"].startswith("3.0")
    assert "/collections/{collectionId}/items" in json.loads(api.data)["paths"]


def test_json_and_html_by_f_or_accept(client):
    assert client.get(f"/ogc/collections/{CITIES}/items?f=json").mimetype == "application/geo+json"
    html = client.get(f"/ogc/collections/{CITIES}/items?f=html")
    assert html.mimetype == "text/html" and "Shanghai" in html.get_data(as_text=True)
    assert client.get("/ogc/collections", headers={"Accept": "text/html"}).mimetype == "text/html"
    assert client.get("/ogc/collections", headers={"Accept": "application/json"}).mimetype == "application/json"


def test_one_feature_by_id(client):
    feature = client.get(f"/ogc/collections/{CITIES}/items/city-1796236").json
    assert feature["type"] == "Feature" and feature["properties"]["name"] == "Shanghai"


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/ogc/collections/{CITIES}/items?bbox=1,2,3", 400),
        (f"/ogc/collections/{CITIES}/items?bbox=10,50,20,40", 400),  # south above north
        (f"/ogc/collections/{CITIES}/items?bbox=a,b,c,d", 400),
        (f"/ogc/collections/{CITIES}/items?bbox=0,0,200,10", 400),
        (f"/ogc/collections/{CITIES}/items?limit=0", 400),
        (f"/ogc/collections/{CITIES}/items?limit=-5", 400),
        (f"/ogc/collections/{CITIES}/items?limit=99999999", 400),
        (f"/ogc/collections/{CITIES}/items?offset=-1", 400),
        (f"/ogc/collections/{CITIES}/items?colour=red", 400),
        (f"/ogc/collections/{CITIES}/items?f=xml", 400),
        (f"/ogc/collections/{CITIES}/items?datetime=yesterday", 400),
        ("/ogc/collections/no-such-collection", 404),
        ("/ogc/collections/no-such-collection/items", 404),
        (f"/ogc/collections/{CITIES}/items/no-such-feature", 404),
    ],
)
def test_bad_requests_get_an_ogc_exception_body(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json["code"] in ("InvalidParameterValue", "NotFound") and response.json["description"]


def test_datetime_filters_by_the_story_date(client):
    assert client.get(f"/ogc/collections/{CITIES}/items?datetime=2024-06-24").json["numberMatched"] == 4
    assert client.get(f"/ogc/collections/{CITIES}/items?datetime=2025-01-01/..").json["numberMatched"] == 0
