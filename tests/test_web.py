"""The web application over HTTP: pages, downloads, API, oEmbed, caching and headers."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re

import pyogrio
import pytest

from tests.conftest import HOSTILE_ARTICLE, SEED_SLUG
from webmap.network import MaritimeNetwork
from webmap.config import Paths
from webmap.sealanes import sea_route

STORY = f"/stories/{SEED_SLUG}"


def test_healthz_answers_200(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_index_lists_each_story_with_its_title_date_and_link(client):
    html = client.get("/").get_data(as_text=True)
    assert f'href="{STORY}"' in html
    assert "Peru&#39;s president visits China" in html and "2024-06-24" in html
    assert 'href="/stories/hostile"' in html


def test_story_page_has_title_description_opengraph_and_oembed_discovery(client):
    html = client.get(STORY).get_data(as_text=True)
    assert "<title>Peru&#39;s president visits China" in html
    assert '<meta name="description"' in html and 'property="og:title"' in html and 'property="og:url"' in html
    assert re.search(r'<link rel="alternate" type="application/json\+oembed" href="http://localhost/oembed\?url=[^"]+"', html)


def test_story_page_loads_scripts_and_styles_only_from_this_server(client):
    html = client.get(STORY).get_data(as_text=True)
    sources = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
    assets = [s for s in sources if not s.startswith("http://localhost/")]  # canonical, og, oEmbed links
    assert assets and all(s.startswith("/") for s in assets), assets
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "unpkg", "fonts.googleapis"):
        assert cdn not in html
    for asset in assets:
        with client.get(asset) as response:
            assert response.status_code == 200, asset


def test_story_page_lists_its_places_in_the_side_panel(client):
    html = client.get(STORY).get_data(as_text=True)
    for feature_id in ("city-1795565", "city-1796236", "city-1816670", "port-pechy", "lane-pechy-cnsha"):
        assert f'data-feature="{feature_id}"' in html


def test_csp_allows_only_this_servers_scripts_and_the_pages_own_inline_script(client):
    response = client.get(STORY)
    csp = response.headers["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]+)", csp).group(1)
    assert "'unsafe-inline'" not in script_src and "http" not in script_src
    for body in re.findall(r"<script>(.*?)</script>", response.get_data(as_text=True), re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in script_src


def test_story_pages_forbid_framing_by_other_sites_and_embed_pages_allow_it(client):
    assert "frame-ancestors 'self'" in client.get(STORY).headers["Content-Security-Policy"]
    embed = client.get(f"/embed/{SEED_SLUG}")
    assert "frame-ancestors *" in embed.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed.headers


def test_embed_origins_can_be_limited_to_an_allow_list(hostile_geodata):
    from webmap.web import create_app

    app = create_app({"GEODATA_DIR": hostile_geodata, "EMBED_ORIGINS": ["https://news.example"],
                      "PRELOAD_NETWORK": False})
    csp = app.test_client().get(f"/embed/{SEED_SLUG}").headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://news.example" in csp


def test_embed_page_fills_its_frame_or_takes_a_height(client):
    assert "position:absolute;inset:0" in client.get(f"/embed/{SEED_SLUG}").get_data(as_text=True)
    html = client.get(f"/embed/{SEED_SLUG}?height=300").get_data(as_text=True)
    assert "height: 300px" in html and f'href="{STORY}"' in html
    assert client.get(f"/embed/{SEED_SLUG}?height=9").status_code == 400
    assert client.get(f"/embed/{SEED_SLUG}?height=tall").json["error"]["type"] == "BadParameter"


def test_geojson_download_is_rfc7946_with_etag_cache_control_and_compression(client):
    response = client.get(f"{STORY}.geojson")
    assert response.status_code == 200
    assert response.mimetype == "application/geo+json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert "max-age" in response.headers["Cache-Control"]
    collection = response.json
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) > 20
    again = client.get(f"{STORY}.geojson", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    zipped = client.get(f"{STORY}.geojson", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(zipped.data)) == collection


def test_geopackage_download_opens_in_gdal(client, tmp_path):
    response = client.get(f"{STORY}.gpkg")
    assert response.status_code == 200 and response.mimetype == "application/geopackage+sqlite3"
    assert response.headers["ETag"] and "max-age" in response.headers["Cache-Control"]
    zipped = client.get(f"{STORY}.gpkg", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip" and len(zipped.data) < len(response.data) / 2
    target = tmp_path / "story.gpkg"
    target.write_bytes(response.data)
    layers = dict(pyogrio.list_layers(target))
    assert {"cities", "ports", "lanes", "countries", "regions", "organisations"} <= set(layers)


def test_route_api_answers_the_lane_feature_of_sea_route(client):
    response = client.get("/api/route?from=PECHY&to=CNSHA&speed=20&avoid=suez")
    assert response.status_code == 200 and response.mimetype == "application/geo+json"
    expected = sea_route("PECHY", "CNSHA", speed_kn=20, avoid=["suez"], network=MaritimeNetwork(Paths().reference))
    assert response.json == json.loads(json.dumps(expected))
    assert "max-age" in response.headers["Cache-Control"] and response.headers["ETag"]


def test_route_api_takes_lon_lat_points(client):
    response = client.get("/api/route?from=-80,-12&to=CNSHA")
    assert response.status_code == 200 and response.json["properties"]["from"] is None


@pytest.mark.parametrize(
    ("query", "status", "kind"),
    [
        ("from=PECHY", 400, "BadParameter"),
        ("from=PECHY&to=PEXXX", 404, "UnknownPort"),
        ("from=PECHY&to=CNSHA&avoid=atlantis", 400, "UnknownPassage"),
        ("from=PECHY&to=PECHY", 400, "BadCoordinate"),
        ("from=200,1&to=CNSHA", 400, "BadCoordinate"),
        ("from=nan,1&to=CNSHA", 400, "BadCoordinate"),
        ("from=75,45&to=CNSHA", 400, "BadCoordinate"),
        ("from=PECHY&to=CNSHA&speed=fast", 400, "BadParameter"),
        ("from=PECHY&to=CNSHA&speed=0", 400, "BadParameter"),
        ("form=PECHY&to=CNSHA", 400, "BadParameter"),
        ("from=UAODS&to=CNSHA&avoid=bosporus", 422, "NoRoute"),
    ],
)
def test_route_api_errors_are_4xx_json_naming_the_problem(client, query, status, kind):
    response = client.get(f"/api/route?{query}")
    assert response.status_code == status
    assert response.json["error"]["type"] == kind and response.json["error"]["message"]


def test_ports_search_by_name_or_locode(client):
    by_name = client.get("/api/ports?q=chancay").json["ports"]
    assert by_name[0]["locode"] == "PECHY"
    by_code = client.get("/api/ports?q=cnsha").json["ports"]
    assert by_code[0]["name"] == "Shanghai"
    assert client.get("/api/ports?q=s").status_code == 400
    assert client.get("/api/ports?q=sh&limit=999").status_code == 400


def test_oembed_answers_a_rich_iframe_within_the_requested_size(client):
    response = client.get(f"/oembed?url=http://localhost{STORY}&maxwidth=400&maxheight=300&format=json")
    body = response.json
    assert response.status_code == 200 and body["version"] == "1.0" and body["type"] == "rich"
    assert body["width"] == 400 and body["height"] == 300
    assert f'src="http://localhost/embed/{SEED_SLUG}"' in body["html"] and 'width="400"' in body["html"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("url=http://localhost/stories/nope", 404),
        ("url=http://elsewhere.example/stories/" + SEED_SLUG, 404),
        ("url=http://localhost/about", 404),
        (f"url=http://localhost{STORY}&format=xml", 501),
        (f"url=http://localhost{STORY}&maxwidth=wide", 400),
        (f"url=http://localhost{STORY}&maxwidth=0", 400),
    ],
)
def test_oembed_refuses_what_it_cannot_embed(client, query, status):
    response = client.get(f"/oembed?{query}")
    assert response.status_code == status and "error" in response.json


@pytest.mark.parametrize("path", ["/stories/nope", "/stories/..%2F..%2Fetc%2Fpasswd", "/embed/NOPE",
                                  "/stories/nope.geojson", "/stories/nope.gpkg"])
def test_unknown_stories_are_404_with_a_json_body(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.json["error"]["type"] in ("UnknownStory", "NotFound")


def test_a_browser_asking_for_a_missing_page_gets_html(client):
    response = client.get("/stories/nope", headers={"Accept": "text/html"})
    assert response.status_code == 404 and response.mimetype == "text/html"


def test_hostile_article_text_is_escaped_everywhere_it_reaches_html(client):
    html = client.get("/stories/hostile").get_data(as_text=True)
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 4&lt;/script&gt;" in html  # the title, as text
    assert "{{ y }}" in html and "{{ 7*7 }}" in html and "{% if %}" in html  # text, never evaluated
    oembed = client.get("/oembed?url=http://localhost/stories/hostile").json
    assert "<script>" not in oembed["html"]
    story = client.get("/stories/hostile.geojson").json
    lima = next(f for f in story["features"] if f["properties"]["name"] == "Lima")
    article = story["story"]["article"]
    assert article == HOSTILE_ARTICLE  # the byte-order mark is not part of the text
    for quote in lima["properties"]["quotes"]:
        assert article[quote["start"] : quote["end"]] == quote["text"]


def test_behind_a_trusted_proxy_absolute_links_carry_the_public_address(hostile_geodata):
    from webmap.web import create_app

    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "maps.example.org"}
    trusting = create_app({"GEODATA_DIR": hostile_geodata, "TESTING": True, "TRUSTED_PROXIES": 1}).test_client()
    html = trusting.get(f"/stories/{SEED_SLUG}", headers=headers).get_data(as_text=True)
    assert f'<link rel="canonical" href="https://maps.example.org/stories/{SEED_SLUG}">' in html
    plain = create_app({"GEODATA_DIR": hostile_geodata, "TESTING": True}).test_client()
    html = plain.get(f"/stories/{SEED_SLUG}", headers=headers).get_data(as_text=True)
    assert "maps.example.org" not in html  # anyone can send those headers: ignored unless trusted


def test_a_download_kept_in_memory_is_sent_anew_once_the_story_is_rebuilt(hostile_geodata, tmp_path):
    import shutil

    from webmap.store import write_bytes_atomic
    from webmap.web import create_app

    geodata = tmp_path / "geodata"
    shutil.copytree(hostile_geodata, geodata)
    client = create_app({"GEODATA_DIR": geodata, "TESTING": True}).test_client()
    url = f"/stories/{SEED_SLUG}.geojson"
    first = client.get(url).data
    assert client.get(url).data == first  # from memory
    rebuilt = first.replace(b'"Shanghai"', b'"Shanghai (rebuilt)"')
    write_bytes_atomic(geodata / f"{SEED_SLUG}.geojson", rebuilt)  # as a build replaces it
    assert client.get(url).data == rebuilt
