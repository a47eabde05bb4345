"""OGC API – Features (Part 1: Core, GeoJSON and HTML) over the built stories.

Framework-free, as pygeoapi's handlers are: each handler takes the store, the query
parameters, the service's base URL and the format being served, and returns the payload;
web/ogc_api.py adapts them to Flask and encodes the payload as JSON or HTML. One collection per story layer,
`<slug>-<layer>` (the GeoPackage's layers): one kind each, whose geometries are of one type
except where a place with no shipped shape is drawn at a point (its `precision` says so).
What listing them needs (counts, extents, each feature's box) is worked out at build time
(`layer_summaries`, kept in the story's summary), so no request measures a geometry.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from urllib.parse import urlencode
from dataclasses import dataclass

from .errors import UnknownStory, WebmapError
from .geometry import boxes_meet, extent, intersects_box
from .kinds import KINDS
from .params import whole_number
from .store import Store

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
]
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
DEFAULT_LIMIT, MAX_LIMIT = 10, 1000
# /collections is paged too (as STAC API and OGC API – Common Part 2 page it), so that its cost
# per request stays the same however many stories there are.
COLLECTIONS_LIMIT, MAX_COLLECTIONS_LIMIT = 100, 1000
PAGING_PARAMS = {"f", "bbox", "bbox-crs", "limit", "offset", "datetime"}
GEOJSON, JSON, HTML = "application/geo+json", "application/json", "text/html"


class InvalidParameterValue(WebmapError):
    """A query parameter the API does not accept, or a malformed value."""


class NotFound(WebmapError):
    status = 404


@dataclass(frozen=True)
class Collection:
    id: str
    slug: str
    layer: str  # the kind's layer name
    kind: str
    story: dict  # the story's title and date
    fingerprint: str  # of the build the summary came from
    count: int
    extent: list[float]  # [west, south, east, north]; west > east across the antimeridian
    queryables: tuple[str, ...]
    bboxes: list[list[float]]  # each feature's box, in the story's order (empty when listed)


def layer_summaries(collection: dict) -> list[dict]:
    """Per layer that has features, in drawing order: what a collection document and an
    item query need (the build keeps it in the story's summary)."""
    layers = []
    for kind in KINDS:
        features = _layer_features(collection, kind.id)
        if features:
            layers.append({
                "layer": kind.layer,
                "kind": kind.id,
                "count": len(features),
                "extent": extent([f["geometry"] for f in features]),
                # Properties with simple (text or number) values: what items can be filtered by.
                "queryables": sorted({k for f in features for k, v in f["properties"].items()
                                      if isinstance(v, (str, int, float)) and k != "id"}),
                "bboxes": [extent([f["geometry"]]) for f in features],
            })
    return layers


def _layer_features(collection: dict, kind_id: str) -> list[dict]:
    return [f for f in collection["features"] if f["properties"].get("kind") == kind_id and f.get("geometry")]


def _collection(summary: dict, layer: dict) -> Collection:
    return Collection(f"{summary['slug']}-{layer['layer']}", summary["slug"], layer["layer"], layer["kind"],
                      {"title": summary["title"], "date": summary["date"]}, summary["fingerprint"],
                      layer["count"], layer["extent"],
                      tuple(layer["queryables"]), layer.get("bboxes", []))


_counted: list = [None, []]  # the store listing last counted, and where each story's layers start


def collections(store: Store, offset: int = 0, limit: int | None = None) -> tuple[list[Collection], int]:
    """A page of every story's layers, newest story first (Store.listing: a story whose files
    cannot be read is left out, so it cannot break the others' collections), and how many
    there are in all. Only the page's collections are made."""
    listing = store.listing()
    if _counted[0] is not listing:  # made again when a build changes the folder
        starts = [0]
        for summary in listing:
            starts.append(starts[-1] + len(summary["layers"]))
        _counted[:] = [listing, starts]
    starts = _counted[1]
    total = starts[-1]
    end = total if limit is None else min(total, offset + limit)
    page = []
    story = bisect.bisect_right(starts, offset) - 1
    position = offset
    while position < end:
        summary = listing[story]
        layers = summary["layers"][position - starts[story]:end - starts[story]]
        page += [_collection(summary, layer) for layer in layers]
        position = starts[story + 1]
        story += 1
    return page, total


def find_collection(store: Store, collection_id: str) -> Collection:
    slug, _, layer = collection_id.rpartition("-")  # layer names have no dash; slugs may
    try:
        summary = store.summary(slug)
    except (WebmapError, ValueError, OSError):
        raise NotFound(f"no collection {collection_id!r}") from None
    for found in summary["layers"]:
        if found["layer"] == layer:
            return _collection(summary, found)
    raise NotFound(f"no collection {collection_id!r}")


def features_of(store: Store, collection: Collection) -> list[dict]:
    """The collection's features, from the story as stored (NotFound while the story is
    between two builds: its summary already new, its GeoJSON not yet)."""
    try:
        story = store.read(collection.slug)
    except UnknownStory:
        raise NotFound(f"no collection {collection.id!r}") from None
    if story["story"]["fingerprint"] != collection.fingerprint:
        raise NotFound(f"collection {collection.id!r} is being rebuilt: try again")
    return _layer_features(story, collection.kind)


def links(base: str, path: str, fmt: str, json_type: str = JSON) -> list[dict]:
    """A resource's links in JSON and HTML: `self` is the format served, `alternate` the other."""
    return [
        {"href": f"{base}{path}?f=json", "rel": "self" if fmt == "json" else "alternate", "type": json_type,
         "title": "This document as JSON"},
        {"href": f"{base}{path}?f=html", "rel": "self" if fmt == "html" else "alternate", "type": HTML,
         "title": "This document as HTML"},
    ]


def landing(store: Store, base: str, fmt: str = "json") -> dict:
    return {
        "title": "webmap: story layers",
        "description": "Places, ports and sea lanes from news articles, as OGC API – Features collections.",
        "links": links(base, "", fmt) + [
            {"href": f"{base}/api", "rel": "service-desc", "type": "application/vnd.oai.openapi+json;version=3.0",
             "title": "The API definition (OpenAPI 3.0)"},
            {"href": f"{base}/conformance", "rel": "conformance", "type": JSON, "title": "Conformance classes"},
            {"href": f"{base}/collections", "rel": "data", "type": JSON, "title": "Collections"},
        ],
    }


def conformance() -> dict:
    return {"conformsTo": CONFORMANCE}


def collection_document(collection: Collection, base: str, fmt: str = "json") -> dict:
    west, south, east, north = collection.extent
    story = collection.story
    title = next(kind.title for kind in KINDS if kind.layer == collection.layer).lower()
    document = {
        "id": collection.id,
        "title": f"{story['title']}: {title}",
        "description": f"The {title} of the story '{story['title']}' "
                       f"({collection.count} features).",
        "extent": {"spatial": {"bbox": [[west, south, east, north]], "crs": CRS84}},
        "itemType": "feature",
        "crs": [CRS84],
        "links": links(base, f"/collections/{collection.id}", fmt) + [
            {"href": f"{base}/collections/{collection.id}/items?f=json", "rel": "items", "type": GEOJSON,
             "title": "Items as GeoJSON"},
            {"href": f"{base}/collections/{collection.id}/items?f=html", "rel": "items", "type": HTML,
             "title": "Items as HTML"},
        ],
    }
    if story.get("date"):
        document["extent"]["temporal"] = {"interval": [[f"{story['date']}T00:00:00Z", f"{story['date']}T23:59:59Z"]]}
    return document


def collections_document(store: Store, base: str, fmt: str = "json", params: dict | None = None,
                         default_limit: int = COLLECTIONS_LIMIT) -> dict:
    """A page of the collections (`limit`, `offset`), with `next` and `prev` links."""
    params = params or {}
    unknown = sorted(set(params) - {"f", "limit", "offset"})
    if unknown:
        raise InvalidParameterValue(f"unknown parameter {unknown[0]!r}")
    limit = _int(params, "limit", default_limit, 1, MAX_COLLECTIONS_LIMIT)
    offset = _int(params, "offset", 0, 0, 10**9)
    page, total = collections(store, offset, limit)

    def page_url(at: int, as_fmt: str) -> str:
        query = {**({"limit": limit} if "limit" in params else {}), **({"offset": at} if at else {}), "f": as_fmt}
        return f"{base}/collections?" + urlencode(query)

    page_links = [
        {"href": page_url(offset, "json"), "rel": "self" if fmt == "json" else "alternate", "type": JSON,
         "title": "This document as JSON"},
        {"href": page_url(offset, "html"), "rel": "self" if fmt == "html" else "alternate", "type": HTML,
         "title": "This document as HTML"},
    ]
    if offset + limit < total:
        page_links.append({"href": page_url(offset + limit, fmt), "rel": "next", "type": JSON if fmt == "json" else HTML,
                           "title": "Next page"})
    if offset > 0:
        page_links.append({"href": page_url(max(0, offset - limit), fmt), "rel": "prev",
                           "type": JSON if fmt == "json" else HTML, "title": "Previous page"})
    return {
        "links": page_links,
        "numberMatched": total,
        "numberReturned": len(page),
        "collections": [collection_document(c, base, fmt) for c in page],
    }


def items(store: Store, collection_id: str, params: dict[str, str], base: str, fmt: str = "json") -> dict:
    collection = find_collection(store, collection_id)
    queryables = set(collection.queryables)
    unknown = sorted(set(params) - PAGING_PARAMS - set(queryables))
    if unknown:
        raise InvalidParameterValue(
            f"unknown parameter {unknown[0]!r}; filterable properties: {', '.join(sorted(queryables))}")
    if params.get("bbox-crs", CRS84) != CRS84:
        raise InvalidParameterValue(f"bbox-crs must be {CRS84}")
    limit = _int(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = _int(params, "offset", 0, 0, 10**9)
    selected = features_of(store, collection)
    if "bbox" in params:
        box = _bbox(params["bbox"])
        selected = [f for f, f_box in zip(selected, collection.bboxes)
                    if boxes_meet(box, f_box) and intersects_box(f["geometry"], *box)]
    if "datetime" in params:
        selected = selected if _date_matches(params["datetime"], collection.story.get("date")) else []
    for key in set(params) & set(queryables):
        selected = [f for f in selected if _text(f["properties"].get(key)) == params[key]]
    page = selected[offset : offset + limit]
    kept = {k: v for k, v in params.items() if k not in ("f", "offset")}

    def page_url(at: int, fmt: str) -> str:
        return f"{base}/collections/{collection_id}/items?" + urlencode({**kept, "offset": at, "f": fmt})

    page_links = [
        {"href": page_url(offset, "json"), "rel": "self" if fmt == "json" else "alternate", "type": GEOJSON,
         "title": "This page as GeoJSON"},
        {"href": page_url(offset, "html"), "rel": "self" if fmt == "html" else "alternate", "type": HTML,
         "title": "This page as HTML"},
    ]
    if offset + limit < len(selected):
        page_links.append({"href": page_url(offset + limit, "json"), "rel": "next", "type": GEOJSON,
                           "title": "Next page"})
    if offset > 0:
        page_links.append({"href": page_url(max(0, offset - limit), "json"), "rel": "prev", "type": GEOJSON,
                           "title": "Previous page"})
    page_links.append({"href": f"{base}/collections/{collection_id}?f=json", "rel": "collection", "type": JSON,
                       "title": "The collection"})
    return {
        "type": "FeatureCollection",
        "features": page,
        "numberMatched": len(selected),
        "numberReturned": len(page),
        "links": page_links,
    }


def item(store: Store, collection_id: str, feature_id: str, base: str, fmt: str = "json") -> dict:
    collection = find_collection(store, collection_id)
    for feature in features_of(store, collection):
        if feature["id"] == feature_id:
            path = f"/collections/{collection_id}/items/{feature_id}"
            return dict(feature, links=links(base, path, fmt, json_type=GEOJSON) + [
                {"href": f"{base}/collections/{collection_id}?f=json", "rel": "collection", "type": JSON,
                 "title": "The collection"}])
    raise NotFound(f"no feature {feature_id!r} in collection {collection_id!r}")


def _text(value) -> str:
    return "" if value is None else str(value)


def _int(params: dict, name: str, default: int, low: int, high: int) -> int:
    return whole_number(params.get(name), name, default, low, high, InvalidParameterValue)


def _bbox(raw: str) -> tuple[float, float, float, float]:
    """A CRS84 bbox, checked; west > east means it crosses the antimeridian."""
    try:
        west, south, east, north = (float(v) for v in raw.split(","))
    except ValueError:
        raise InvalidParameterValue(f"bbox must be four numbers west,south,east,north, got {raw!r}") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise InvalidParameterValue("bbox values must be finite numbers")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise InvalidParameterValue("bbox must have longitudes within [-180, 180] and south <= north within [-90, 90]")
    return west, south, east, north


RFC3339_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
RFC3339_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def _date_matches(raw: str, story_date: str | None) -> bool:
    """RFC 3339 date, date-time or interval (`start/end`, `..` or empty for open) against the story's date."""
    def parse(text: str) -> dt.date | None:
        if text in ("", ".."):
            return None
        try:
            if RFC3339_DATE.fullmatch(text):
                return dt.date.fromisoformat(text)
            if RFC3339_DATETIME.fullmatch(text):
                return dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00")).date()
        except ValueError:
            pass
        raise InvalidParameterValue(f"datetime {raw!r} is not an RFC 3339 date, date-time or interval")

    parts = raw.split("/")
    if len(parts) > 2 or all(part in ("", "..") for part in parts):
        raise InvalidParameterValue(f"datetime {raw!r} is not an RFC 3339 date, date-time or interval")
    start, end = parse(parts[0]), parse(parts[-1])
    if story_date is None:
        return False
    day = dt.date.fromisoformat(story_date)
    return (start is None or start <= day) and (end is None or day <= end)


def openapi(base: str) -> dict:
    """An OpenAPI 3.0 description of the endpoints above (the same for 10 stories or 10,000:
    collection ids are described by their pattern, `<story slug>-<layer>`)."""
    f_param = {"name": "f", "in": "query", "required": False,
               "schema": {"type": "string", "enum": ["json", "html"]}}
    layers = "|".join(kind.layer for kind in KINDS)
    collection_param = {"name": "collectionId", "in": "path", "required": True,
                        "schema": {"type": "string", "pattern": f"^[a-z0-9][a-z0-9-]*-({layers})$"}}
    ok = {"200": {"description": "OK"}, "400": {"description": "Bad request"}, "404": {"description": "Not found"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "webmap OGC API – Features", "version": "1.0.0"},
        "servers": [{"url": base}],
        "paths": {
            "/": {"get": {"summary": "Landing page", "parameters": [f_param], "responses": ok}},
            "/conformance": {"get": {"summary": "Conformance classes", "parameters": [f_param], "responses": ok}},
            "/api": {"get": {"summary": "This document", "responses": ok}},
            "/collections": {"get": {"summary": "Collections, a page at a time", "parameters": [
                f_param,
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                             "maximum": MAX_COLLECTIONS_LIMIT,
                                                             "default": COLLECTIONS_LIMIT}},
                {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
            ], "responses": ok}},
            "/collections/{collectionId}": {"get": {"summary": "A collection",
                                                    "parameters": [collection_param, f_param], "responses": ok}},
            "/collections/{collectionId}/items": {"get": {"summary": "Features of a collection", "parameters": [
                collection_param, f_param,
                {"name": "bbox", "in": "query", "style": "form", "explode": False,
                 "schema": {"type": "array", "minItems": 4, "maxItems": 4, "items": {"type": "number"}}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT,
                                                             "default": DEFAULT_LIMIT}},
                {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
                {"name": "datetime", "in": "query", "schema": {"type": "string"}},
            ], "responses": ok}},
            "/collections/{collectionId}/items/{featureId}": {"get": {"summary": "One feature", "parameters": [
                collection_param, f_param, {"name": "featureId", "in": "path", "required": True,
                                            "schema": {"type": "string"}}], "responses": ok}},
        },
    }
