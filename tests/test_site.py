"""`webmap export --site DIR`: a static copy that works from any path on any static server."""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.conftest import SEED_SLUG


@pytest.fixture(scope="module")
def site(tmp_path_factory, hostile_geodata) -> Path:
    """The site exported under public/maps/, as a newsroom would put it under /maps/."""
    from click.testing import CliRunner

    from webmap.cli import main

    public = tmp_path_factory.mktemp("public")
    result = CliRunner().invoke(main, ["export", "--site", str(public / "maps"), "--geodata", str(hostile_geodata),
                                       "--site-url", "https://news.example/maps/"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return public / "maps"


@pytest.fixture(scope="module")
def static_server(site):
    """Python's http.server over the folder above the site: the site lives at /maps/."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/maps/"
    server.shutdown()
    server.server_close()


def test_the_export_holds_pages_downloads_and_assets(site):
    for relative in ("index.html", f"stories/{SEED_SLUG}/index.html", f"embed/{SEED_SLUG}/index.html",
                     f"stories/{SEED_SLUG}.geojson", f"stories/{SEED_SLUG}.gpkg", "basemap.geojson",
                     "static/vendor/leaflet/leaflet.js", "static/webmap.js", f"oembed/{SEED_SLUG}.json"):
        assert (site / relative).is_file(), relative


def test_every_link_and_asset_reference_resolves_inside_the_export(site):
    checked = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        base = "file://" + str(page)
        for ref in re.findall(r'(?:href|src)="([^"#]+)"', html):
            if ref.startswith(("http://", "https://")):
                assert ref.startswith("https://news.example/maps/"), ref  # canonical and oEmbed links only
                continue
            target = Path(urlsplit(urljoin(base, ref)).path)
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file() and site in target.parents, f"{page.relative_to(site)}: {ref}"
            checked += 1
        config = json.loads(re.search(r'id="webmap-config">(.*?)</script>', html, re.S).group(1)) \
            if "webmap-config" in html else {}
        if config:
            assert (page.parent / config["basemapUrl"]).resolve().is_file()
            assert config["routeUrl"] is None and config["portsUrl"] is None
    assert checked > 20


def test_oembed_file_points_at_the_public_embed_url(site):
    document = json.loads((site / "oembed" / f"{SEED_SLUG}.json").read_text())
    assert document["type"] == "rich" and document["version"] == "1.0"
    assert f'src="https://news.example/maps/embed/{SEED_SLUG}/"' in document["html"]


def test_exporting_twice_gives_the_same_bytes(site, tmp_path, hostile_geodata):
    from webmap.site import export_site

    again = tmp_path / "again"
    export_site(again, hostile_geodata, site_url="https://news.example/maps/", progress=lambda _: None)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second


def test_the_static_story_page_renders_offline_under_a_subpath(tab, static_server):
    page = tab.open(static_server + f"stories/{SEED_SLUG}/")
    assert page.locator(".wm-stop").count() == 3
    assert page.locator("#wm-route").count() == 0  # the route picker needs the server: left out
    page.locator(".wm-stop", has_text="1").click()
    assert "Shenzhen" in page.locator(".leaflet-popup-content").inner_text()
    snippet = page.locator("#wm-embed-snippet").input_value()
    assert f'src="https://news.example/maps/embed/{SEED_SLUG}/"' in snippet  # the public address it was given
    tab.screenshot("static-story.png")
    assert tab.failed == [] and tab.errors == [] and tab.blocked == []


def test_the_static_index_and_embed_pages_work(tab, static_server):
    tab.page.goto(static_server)
    tab.page.click(f"a[href='stories/{SEED_SLUG}/']")
    tab.page.wait_for_selector("html[data-map-ready='true']")
    tab.open(static_server + f"embed/{SEED_SLUG}/")
    assert tab.page.locator(".wm-stop").count() == 3
    download = tab.page.request.get(static_server + f"stories/{SEED_SLUG}.geojson")
    assert download.ok and download.json()["type"] == "FeatureCollection"
    assert tab.failed == [] and tab.errors == []


def test_export_site_usage_errors(run, tmp_path):
    assert run("export", SEED_SLUG, "--site", tmp_path / "x").exit_code == 2
    assert run("export").exit_code == 2
    assert run("export", "--site", tmp_path / "x", "--site-url", "example.org").exit_code == 2
