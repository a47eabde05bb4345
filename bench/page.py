"""The story page in headless Chromium: bytes and requests it needs (compressed) and the
time until the map has drawn, next to folium's default output for the same layers.

folium's default page links its CDN assets; with no network here, the same files are taken
from the npm registry's packages of the same versions and served locally (a stand-in CDN),
so both pages are timed the same way. Assets not on the npm registry are listed, not counted.
"""

from __future__ import annotations

import gzip
import http.server
import json
import statistics
import subprocess
import tarfile
import threading
import time
from functools import partial
from pathlib import Path

from bench.common import ROOT, ROUNDS

SLUG = "peru-china-state-visit-2024"
OUT = ROOT / "bench" / "out"
# folium's default CDN URLs -> (npm package, path inside it); None when not on the npm registry.
NPM_MIRROR = {
    "leaflet@1.9.3/dist/leaflet.js": ("leaflet@1.9.3", "package/dist/leaflet.js"),
    "leaflet@1.9.3/dist/leaflet.css": ("leaflet@1.9.3", "package/dist/leaflet.css"),
    "jquery-3.7.1.min.js": ("jquery@3.7.1", "package/dist/jquery.min.js"),
    "bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": ("bootstrap@5.2.2", "package/dist/js/bootstrap.bundle.min.js"),
    "bootstrap@5.2.2/dist/css/bootstrap.min.css": ("bootstrap@5.2.2", "package/dist/css/bootstrap.min.css"),
    "fontawesome-free@6.2.0/css/all.min.css": ("@fortawesome/fontawesome-free@6.2.0", "package/css/all.min.css"),
}


def npm_file(spec: str, member: str) -> bytes:
    cache = OUT / "npm"
    cache.mkdir(parents=True, exist_ok=True)
    tarball = next(cache.glob(spec.lstrip("@").replace("/", "-").replace("@", "-") + ".tgz"), None)
    if tarball is None:
        name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=cache, check=True, capture_output=True,
                              text=True).stdout.strip().splitlines()[-1]
        tarball = cache / name
    with tarfile.open(tarball) as tar:
        return tar.extractfile(member).read()


def folium_default_page(collection: dict, mirror_dir: Path) -> tuple[str, dict]:
    """folium's default output for the story's layers, its CDN links pointed at the mirror."""
    import folium

    fmap = folium.Map(location=[0, -160], zoom_start=2)
    folium.GeoJson({"type": "FeatureCollection", "features": collection["features"]}, name="story",
                   popup=folium.GeoJsonPopup(fields=["name", "kind"]),
                   tooltip=folium.GeoJsonTooltip(fields=["name"])).add_to(fmap)
    folium.LayerControl().add_to(fmap)
    html = fmap.get_root().render()
    assets = {"counted": {}, "not_on_npm": []}
    for image in ("layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png"):
        target = mirror_dir / "cdn" / "images" / image  # what leaflet.css and L.Icon.Default fetch
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(npm_file("leaflet@1.9.3", f"package/dist/images/{image}"))
    for url in [u for _, u in folium.Map.default_js + folium.Map.default_css]:
        key = next((k for k in NPM_MIRROR if url.endswith(k)), None)
        if key is None:
            assets["not_on_npm"].append(url)
            continue
        data = npm_file(*NPM_MIRROR[key])
        local = mirror_dir / "cdn" / key.replace("/", "_")
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(data)
        html = html.replace(url, f"cdn/{local.name}")
        assets["counted"][url] = len(gzip.compress(data, 6))
    return html, assets


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def measure(browser, url: str, ready: str) -> tuple[float, int, int]:
    """Seconds until `ready` holds, bytes transferred (bodies as sent, plus headers), requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
               else route.abort())
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(ready, polling=10)
    elapsed = time.perf_counter() - start
    page.wait_for_load_state("networkidle")
    sizes = [r.sizes() for r in responses]
    transferred = sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes)
    context.close()
    return elapsed, transferred, len(responses)


def run() -> dict:
    import tempfile

    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    from tests.browsing import launch
    from webmap.store import Store
    from webmap.web import create_app

    import logging

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    app = create_app({"PRELOAD_NETWORK": False})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    mirror = Path(tempfile.mkdtemp(prefix="bench-folium-"))
    html, assets = folium_default_page(Store(ROOT / "geodata").read(SLUG), mirror)
    (mirror / "index.html").write_text(html)
    static = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(mirror)))
    threading.Thread(target=static.serve_forever, daemon=True).start()
    ours_ready = ("() => document.documentElement.dataset.mapReady === 'true' && "
                  "document.querySelectorAll('.leaflet-basemap-pane path').length > 500")
    collection = Store(ROOT / "geodata").read(SLUG)
    points = sum(f["geometry"]["type"] == "Point" for f in collection["features"])
    theirs_ready = (f"() => document.querySelectorAll('.leaflet-overlay-pane path').length >= "
                    f"{len(collection['features']) - points} && "
                    f"document.querySelectorAll('.leaflet-marker-pane img').length >= {points}")
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            ours = [measure(browser, f"http://127.0.0.1:{server.server_port}/stories/{SLUG}", ours_ready)
                    for _ in range(ROUNDS)]
            theirs = [measure(browser, f"http://127.0.0.1:{static.server_port}/index.html", theirs_ready)
                      for _ in range(ROUNDS)]
            browser.close()
    finally:
        server.shutdown()
        static.shutdown()
    folium_bytes = len(gzip.compress(html.encode(), 6)) + sum(assets["counted"].values())
    return {
        "name": "story page (first visit, compressed)",
        "webmap_bytes": ours[0][1],
        "webmap_requests": ours[0][2],
        "webmap_drawn_s": round(statistics.median(t for t, _, _ in ours), 3),
        "baseline": "folium's default output for the same layers, its CDN assets served locally",
        "folium_bytes_at_least": folium_bytes,
        "folium_requests": 1 + len(assets["counted"]) + len(assets["not_on_npm"]),
        "folium_drawn_s": round(statistics.median(t for t, _, _ in theirs), 3),
        "folium_assets_not_counted": assets["not_on_npm"],
        "bytes_ratio": round(ours[0][1] / folium_bytes, 2),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
