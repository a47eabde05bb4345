"""Errors at the edge: typed errors and HTTP errors become a 4xx with a JSON body naming the
problem, or a short HTML page for a browser asking for a page."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ..errors import WebmapError


def wants_html() -> bool:
    if request.blueprint == "api":
        return False
    return request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html"


def error_response(status: int, kind: str, message: str, details: dict | None = None):
    if request.blueprint == "ogc":  # OGC API exception body
        code = {400: "InvalidParameterValue", 404: "NotFound"}.get(status, kind)
        return jsonify({"code": code, "description": message}), status
    if wants_html():
        return render_template("error.html", status=status, message=message), status
    return jsonify({"error": {"type": kind, "message": message, "status": status, **(details or {})}}), status


def init_app(app: Flask) -> None:
    @app.errorhandler(WebmapError)
    def typed_error(err: WebmapError):
        return error_response(err.status, type(err).__name__, str(err), err.details)

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException):
        return error_response(err.code or 500, type(err).__name__, err.description or err.name)
