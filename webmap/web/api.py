"""Data and API: story downloads, the offline basemap, route and port queries, oEmbed.

Handlers validate every parameter and raise typed errors; errors.py turns them into 4xx
JSON bodies. Data responses carry an ETag and Cache-Control and are compressed.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from flask import Blueprint, abort, g, make_response, request

from ..errors import AmbiguousPort, BadParameter, UnknownPassage, UnknownPort, UnknownVessel
from ..params import whole_number
from .links import external
from .resources import etag_of, file_stamp, resources, serve_again_while
from .security import replace_policy

bp = Blueprint("api", __name__)
GEOJSON = "application/geo+json"
GPKG = "application/geopackage+sqlite3"
SVG = "image/svg+xml"
SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"  # opened on its own, nothing runs
MAX_PORT_RESULTS = 50


def data_response(body: bytes, mimetype: str, *, max_age: int = 300, download: str | None = None):
    response = make_response(body)
    response.headers["Content-Type"] = mimetype
    response.headers["Cache-Control"] = f"public, max-age={max_age}"
    if download:
        response.headers["Content-Disposition"] = f'attachment; filename="{download}"'
    etag = etag_of(body)
    response.set_etag(etag)
    g.compress_key = etag  # same bytes, same compressed bytes: compress once (see resources.py)
    return response.make_conditional(request)


def only_params(*allowed: str) -> None:
    unknown = sorted(set(request.args) - set(allowed))
    if unknown:
        raise BadParameter(f"unknown parameter {unknown[0]!r} (allowed: {', '.join(allowed)})")


@bp.get("/stories/<slug>.geojson")
def story_geojson(slug: str):
    stamp, body = resources().store.geojson_stamped(slug)  # UnknownStory for a bad slug
    serve_again_while(resources().store.geojson_path(slug), stamp)  # the same answer until a rebuild
    return data_response(body, GEOJSON, download=f"{slug}.geojson")


@bp.get("/stories/<slug>.gpkg")
def story_gpkg(slug: str):
    resources().story(slug)  # UnknownStory for a bad slug
    path = resources().store.gpkg_path(slug)
    if not path.is_file():
        abort(404, f"no GeoPackage for {slug!r}: rebuild the story")
    # As bytes, like the GeoJSON, so it is compressed too (258 KB -> 49 KB gzip) and once per build.
    stamp = file_stamp(path)  # before reading: a rebuild in between is seen by the next request
    serve_again_while(path, stamp)
    return data_response(path.read_bytes(), GPKG, download=f"{slug}.gpkg")


@bp.get("/stories/<slug>/thumbnail.svg")
def story_thumbnail(slug: str):
    thumbnail = resources().store.thumbnail_bytes(slug)  # UnknownStory for a bad slug
    if thumbnail is None:
        abort(404, f"no thumbnail for {slug!r}: rebuild the story")
    replace_policy(SVG_POLICY)
    return data_response(thumbnail, SVG)


@bp.get("/basemap.geojson")
def basemap():
    return data_response(resources().basemap, GEOJSON, max_age=86400)


@bp.get("/api/ports")
def ports():
    from ..portnames import search

    only_params("q", "limit")
    query = request.args.get("q", "").strip()
    if len(query) < 2:
        raise BadParameter("q must have at least 2 characters (a port name or UN/LOCODE)")
    found = search(query, int_param("limit", 20, 1, MAX_PORT_RESULTS))
    return data_response(json.dumps({"ports": found}, ensure_ascii=False).encode(), "application/json",
                         max_age=3600)


@bp.get("/api/route")
def route():
    from ..network import PASSAGES
    from ..sealanes import sea_route

    from ..vessels import registry

    only_params("from", "to", "speed", "avoid", "via", "vessel")
    origin, destination = (endpoint_param(name) for name in ("from", "to"))
    avoid = [name for name in request.args.get("avoid", "").split(",") if name.strip()]
    via = [via_param(stop) for value in request.args.getlist("via") for stop in value.split(";") if stop.strip()]
    vessel = request.args.get("vessel", "").strip() or None
    try:  # sea_route checks the passages, the vessel and the speed, with typed errors
        feature = sea_route(origin, destination, speed_kn=request.args.get("speed"), avoid=avoid, via=via,
                            vessel=vessel and registry().get(vessel), network=resources().network)
    except UnknownPassage as err:
        err.details.update(parameter="avoid", choices=[{"id": id, "name": name} for id, name in PASSAGES.items()])
        raise
    except UnknownVessel as err:
        err.details["parameter"] = "vessel"
        raise
    return data_response(json.dumps(feature, ensure_ascii=False).encode(), GEOJSON, max_age=86400)


@bp.get("/oembed")
def oembed():
    only_params("url", "maxwidth", "maxheight", "format")
    fmt = request.args.get("format", "json")
    if fmt != "json":
        abort(501, f"format {fmt!r} is not supported; use format=json")
    url = request.args.get("url", "")
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[": not a URL at all
        abort(404, "url is not a story on this server")
    segments = parts.path.rstrip("/").split("/")
    if parts.scheme not in ("http", "https") or parts.netloc != request.host or len(segments) != 3 \
            or segments[1] not in ("stories", "embed"):
        abort(404, "url is not a story on this server")
    collection = resources().story(segments[2])
    width = min(640, int_param("maxwidth", 640, 1, 100_000))
    height = min(480, int_param("maxheight", 480, 1, 100_000))
    body = oembed_document(collection["story"]["title"], external("pages.embed", slug=segments[2]),
                           external("pages.index"), width, height)
    return data_response(json.dumps(body, ensure_ascii=False).encode(), "application/json")


def oembed_document(title: str, embed_url: str, provider_url: str, width: int = 640, height: int = 480) -> dict:
    """An oEmbed 1.0 "rich" response whose html is the iframe."""
    from .pages import iframe_html

    return {
        "version": "1.0",
        "type": "rich",
        "provider_name": "webmap",
        "provider_url": provider_url,
        "title": title,
        "width": width,
        "height": height,
        "html": iframe_html(embed_url, title, width, height),
    }


def int_param(name: str, default: int, low: int, high: int) -> int:
    return whole_number(request.args.get(name), name, default, low, high, BadParameter)


def via_param(value: str):
    """One `via` stop (a port, a passage id or lon,lat, read by sealanes.waypoint)."""
    from ..sealanes import waypoint

    try:
        return waypoint(value)
    except (UnknownPort, AmbiguousPort) as err:
        err.details["parameter"] = "via"
        raise


def endpoint_param(name: str):
    """A required route end, read by sealanes.endpoint (a port's UN/LOCODE or name, or lon,lat);
    an unknown or ambiguous port says which parameter it was, with the choices."""
    from ..sealanes import endpoint

    raw = request.args.get(name, "").strip()
    if not raw:
        raise BadParameter(f"{name} is required: a port name, a UN/LOCODE such as PECHY, or lon,lat")
    try:
        return endpoint(raw)
    except (UnknownPort, AmbiguousPort) as err:
        err.details["parameter"] = name
        raise
