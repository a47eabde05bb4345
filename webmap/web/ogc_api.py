"""Flask adapter for webmap.ogc_features: routes under /ogc, JSON or HTML by `f` or the Accept header.

A document depends only on the request and on the files in the geodata folder, so each
answer is given again from memory until a build changes the folder (resources.SavedAnswers)."""

from __future__ import annotations

import json

from flask import Blueprint, current_app, render_template, request, url_for
from markupsafe import Markup

from .. import ogc_features as ogc
from .api import data_response
from .resources import file_stamp, resources, serve_again_while

bp = Blueprint("ogc", __name__, url_prefix="/ogc")


def base_url() -> str:
    return url_for("ogc.landing", _external=True).rstrip("/")


def wanted_format(json_type: str = ogc.JSON) -> str:
    fmt = request.args.get("f")
    if fmt is not None:
        if fmt not in ("json", "html"):
            raise ogc.InvalidParameterValue(f"f must be json or html, got {fmt!r}")
        return fmt
    best = request.accept_mimetypes.best_match([json_type, ogc.JSON, ogc.HTML])
    return "html" if best == ogc.HTML else "json"


@bp.before_request
def same_answer_until_a_build():
    """Every answer here is read from the geodata folder: the same until a build renames a
    file into it, which changes the folder's stamp (taken before anything is read)."""
    folder = resources().store.folder
    serve_again_while(folder, file_stamp(folder))


def respond(handler, title: str, json_type: str = ogc.JSON):
    """Call `handler(fmt)` with the format asked for, and encode its payload in that format."""
    fmt = wanted_format(json_type)
    payload = handler(fmt)
    if fmt == "html":
        body = render_template("ogc.html", title=title, payload=payload,
                               pretty=Markup.escape(json.dumps(payload, indent=2, ensure_ascii=False)))
        return data_response(body.encode("utf-8"), "text/html; charset=utf-8", max_age=60)
    return data_response(json.dumps(payload, ensure_ascii=False).encode("utf-8"), json_type, max_age=60)


def only(*allowed: str) -> None:
    unknown = sorted(set(request.args) - set(allowed))
    if unknown:
        raise ogc.InvalidParameterValue(f"unknown parameter {unknown[0]!r}")


@bp.get("")
@bp.get("/")
def landing():
    only("f")
    return respond(lambda fmt: ogc.landing(resources().store, base_url(), fmt), "webmap: OGC API – Features")


@bp.get("/conformance")
def conformance():
    only("f")
    return respond(lambda fmt: ogc.conformance(), "Conformance")


@bp.get("/api")
def api():
    only("f")
    body = json.dumps(ogc.openapi(base_url()), ensure_ascii=False).encode("utf-8")
    return data_response(body, "application/vnd.oai.openapi+json;version=3.0", max_age=60)


@bp.get("/collections")
def collections():
    params = request.args.to_dict()
    default_limit = current_app.config["OGC_COLLECTIONS_LIMIT"]
    return respond(lambda fmt: ogc.collections_document(resources().store, base_url(), fmt, params, default_limit),
                   "Collections")


@bp.get("/collections/<collection_id>")
def collection(collection_id: str):
    only("f")
    found = ogc.find_collection(resources().store, collection_id)
    return respond(lambda fmt: ogc.collection_document(found, base_url(), fmt), collection_id)


@bp.get("/collections/<collection_id>/items")
def items(collection_id: str):
    params = request.args.to_dict()
    return respond(lambda fmt: ogc.items(resources().store, collection_id, params, base_url(), fmt),
                   f"{collection_id}: items", ogc.GEOJSON)


@bp.get("/collections/<collection_id>/items/<feature_id>")
def item(collection_id: str, feature_id: str):
    only("f")
    return respond(lambda fmt: ogc.item(resources().store, collection_id, feature_id, base_url(), fmt), feature_id,
                   ogc.GEOJSON)
