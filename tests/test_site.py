"""`webmap export --site DIR`: a static copy that works from any path on any static server."""

from __future__ import annotations

import gzip
import http.client
import http.server
import json
import os
import re
import shutil
from html import unescape as html_unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import brotli
import pytest

from tests.conftest import SEED_SLUG
from tests.serving import free_port, nginx, serve_folder, site_config, world_readable_copy


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
    with serve_folder(site.parent) as origin:
        yield f"{origin}/maps/"


def test_the_export_holds_pages_downloads_and_assets(site):
    for relative in ("index.html", f"stories/{SEED_SLUG}/index.html", f"embed/{SEED_SLUG}/index.html",
                     f"stories/{SEED_SLUG}.geojson", f"stories/{SEED_SLUG}.gpkg", "basemap.geojson",
                     "static/vendor/leaflet/leaflet.js", "static/webmap.js", f"oembed/{SEED_SLUG}.json"):
        assert (site / relative).is_file(), relative


def cited(site) -> set[str]:
    """The addresses a story's data cites (its sources), which its pages may link to."""
    def walk(value):
        if isinstance(value, dict):
            return set().union(*map(walk, value.values())) if value else set()
        if isinstance(value, list):
            return set().union(*map(walk, value)) if value else set()
        return {value} if isinstance(value, str) and value.startswith(("http://", "https://")) else set()
    return set().union(*(walk(json.loads(path.read_text(encoding="utf-8"))) for path in (site / "stories").glob("*.geojson")))


def test_every_link_and_asset_reference_resolves_inside_the_export(site):
    checked, sources = 0, cited(site)
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        base = "file://" + str(page)
        for ref in re.findall(r'(?:href|src)="([^"#]+)"', html):
            if ref.startswith(("http://", "https://")):  # canonical and oEmbed links, and the sources cited
                assert ref.startswith("https://news.example/maps/") or html_unescape(ref) in sources, ref
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


def test_every_compressible_file_has_gzip_and_brotli_beside_it_decoding_to_its_bytes(site):
    from webmap.site import COMPRESSIBLE

    files = [p for p in site.rglob("*") if p.is_file() and p.suffix not in (".gz", ".br")]
    for path in files:
        variants = [path.with_name(path.name + suffix) for suffix in (".gz", ".br")]
        if path.suffix not in COMPRESSIBLE:  # the GeoPackage, PNGs, licences: sent as they are
            assert not any(v.exists() for v in variants), path
            continue
        data = path.read_bytes()
        if len(data) > 1000:  # text of any size shrinks
            assert all(v.is_file() for v in variants), path
        for variant, decode in zip(variants, (gzip.decompress, brotli.decompress)):
            if variant.exists():
                assert decode(variant.read_bytes()) == data and variant.stat().st_size < len(data), variant
    assert not (site / f"stories/{SEED_SLUG}.gpkg.gz").exists()
    page = site / f"stories/{SEED_SLUG}/index.html"
    assert (page.with_name("index.html.br").stat().st_size < page.with_name("index.html.gz").stat().st_size
            < page.stat().st_size / 2)


def test_gzip_files_carry_no_time_and_no_name(site):
    header = (site / "index.html.gz").read_bytes()[:10]
    assert header[:3] == b"\x1f\x8b\x08" and header[3] == 0  # no flags: no file name, no comment
    assert header[4:8] == b"\0\0\0\0"  # mtime 0: the same bytes whenever it is exported


def test_compressed_files_are_written_only_where_they_are_smaller(tmp_path):
    from webmap.site import precompress

    (tmp_path / "tiny.txt").write_bytes(b"a")
    (tmp_path / "noise.json").write_bytes(os.urandom(4096))  # incompressible
    (tmp_path / "page.html").write_text("<p>shipping lanes</p>\n" * 200)
    written = precompress(tmp_path)
    assert sorted(p.name for p in written) == ["page.html.br", "page.html.gz"]


def test_a_re_export_compresses_again_only_what_is_not_already_compressed(site, tmp_path, hostile_geodata,
                                                                         monkeypatch):
    import webmap.site

    again = tmp_path / "maps"
    shutil.copytree(site, again)
    (again / "basemap.geojson.br").write_bytes(b"not brotli")  # a damaged file is never carried over
    compressed = []

    def counted(suffix, encode):
        return lambda data: compressed.append((suffix, data)) or encode(data)

    monkeypatch.setattr(webmap.site, "ENCODINGS", tuple((suffix, counted(suffix, encode), decode)
                                                        for suffix, encode, decode in webmap.site.ENCODINGS))
    webmap.site.export_site(again, hostile_geodata, site_url="https://news.example/maps/", progress=lambda _: None)
    # Only the damaged file is compressed again (and any small one that compression did not shrink).
    assert [(suffix, data) for suffix, data in compressed if len(data) > 1000] == \
        [(".br", (site / "basemap.geojson").read_bytes())]
    assert (again / "basemap.geojson.br").read_bytes() == (site / "basemap.geojson.br").read_bytes()


@pytest.fixture(scope="module")
def nginx_site(site):
    """Debian's nginx serving a copy of the export at /maps/ with deploy/nginx-site.conf."""
    served = world_readable_copy(site)
    port = free_port()
    conf = site_config("nginx-site.conf", {"listen 80;": f"listen 127.0.0.1:{port};",
                                           "root /srv/webmap/site;": f"root {served.parent};"})
    try:
        with nginx(conf, port):
            yield port, served
    finally:
        shutil.rmtree(served.parent)


def fetch(port: int, path: str, **headers: str) -> tuple[int, dict, bytes]:
    """Status, headers and the body as sent (not decoded), with no redirect followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_nginx_sends_the_precompressed_file_the_reader_accepts(nginx_site):
    port, served = nginx_site
    page = served / f"stories/{SEED_SLUG}/index.html"
    for accept, encoding, file in (("gzip, deflate, br", "br", "index.html.br"), ("gzip", "gzip", "index.html.gz"),
                                   ("br;q=1.0, gzip;q=0.8", "br", "index.html.br"), ("identity", None, "index.html")):
        status, headers, body = fetch(port, f"/maps/stories/{SEED_SLUG}/", **{"Accept-Encoding": accept})
        assert status == 200 and headers.get("Content-Encoding") == encoding, accept
        assert body == page.with_name(file).read_bytes(), accept  # the file itself, not compressed again
        assert headers["Vary"] == "Accept-Encoding" and headers["Content-Type"] == "text/html; charset=utf-8"
    # The GeoPackage is never encoded, so a GIS can read it by ranges.
    status, headers, body = fetch(port, f"/maps/stories/{SEED_SLUG}.gpkg", **{"Accept-Encoding": "gzip, br"})
    assert status == 200 and "Content-Encoding" not in headers and headers["Accept-Ranges"] == "bytes"
    status, headers, body = fetch(port, f"/maps/stories/{SEED_SLUG}.gpkg", Range="bytes=0-15")
    assert status == 206 and body == b"SQLite format 3\0"


def test_nginx_sends_each_file_with_its_type_cache_policy_and_frame_rules(nginx_site):
    port, _ = nginx_site
    expected = {  # path: (Content-Type, Cache-Control, Content-Security-Policy, Content-Disposition)
        "/maps/": ("text/html; charset=utf-8", "no-cache", "frame-ancestors 'self'", None),
        f"/maps/stories/{SEED_SLUG}/article/": ("text/html; charset=utf-8", "no-cache", "frame-ancestors 'self'", None),
        f"/maps/embed/{SEED_SLUG}/": ("text/html; charset=utf-8", "no-cache", "frame-ancestors *", None),
        f"/maps/stories/{SEED_SLUG}.geojson": ("application/geo+json", "public, max-age=300", "frame-ancestors 'self'",
                                              "attachment"),
        f"/maps/stories/{SEED_SLUG}.gpkg": ("application/geopackage+sqlite3", "public, max-age=300",
                                           "frame-ancestors 'self'", "attachment"),
        "/maps/basemap.geojson": ("application/geo+json", "public, max-age=300", "frame-ancestors 'self'", None),
        f"/maps/oembed/{SEED_SLUG}.json": ("application/json", "public, max-age=300", "frame-ancestors 'self'", None),
        f"/maps/stories/{SEED_SLUG}/thumbnail.svg": (
            "image/svg+xml", "public, max-age=300",
            "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'", None),
        "/maps/static/webmap.js": ("application/javascript; charset=utf-8", "public, max-age=3600",
                                   "frame-ancestors 'self'", None),
        "/maps/static/vendor/leaflet/leaflet.css": ("text/css; charset=utf-8", "public, max-age=3600",
                                                    "frame-ancestors 'self'", None),
    }
    for path, (content_type, cache, policy, disposition) in expected.items():
        status, headers, _ = fetch(port, path, **{"Accept-Encoding": "br"})
        assert status == 200, path
        assert (headers["Content-Type"], headers["Cache-Control"], headers["Content-Security-Policy"],
                headers.get("Content-Disposition")) == (content_type, cache, policy, disposition), path
        assert headers.get("X-Frame-Options") == (None if path.startswith("/maps/embed/") else "SAMEORIGIN"), path
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["ETag"], path
        assert fetch(port, path, **{"Accept-Encoding": "br", "If-None-Match": headers["ETag"]})[0] == 304, path


def test_nginx_redirects_a_story_address_without_its_slash_keeping_the_readers_host(nginx_site):
    status, headers, _ = fetch(nginx_site[0], f"/maps/stories/{SEED_SLUG}")
    assert status == 301 and headers["Location"] == f"/maps/stories/{SEED_SLUG}/"


def test_the_story_page_served_by_nginx_works_in_a_browser(tab, nginx_site):
    port, _ = nginx_site
    encodings = []
    tab.page.on("response", lambda r: encodings.append(r.headers.get("content-encoding")) if r.url.endswith("/") else None)
    page = tab.open(f"http://127.0.0.1:{port}/maps/stories/{SEED_SLUG}/")
    assert encodings[0] in ("br", "gzip")
    page.locator(".wm-stop", has_text="1").click()
    assert "Shenzhen" in page.locator(".leaflet-popup-content").inner_text()
    assert tab.failed == [] and tab.errors == [] and tab.blocked == []


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
