"""Response headers: a Content-Security-Policy that allows only this server's scripts (plus
the hashes of a page's own inline script), framing rules, and the usual hardening headers."""

from __future__ import annotations

import base64
import hashlib
import re

from flask import Flask, current_app, g

INLINE_SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.S)


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions for every inline <script> (without attributes) in a page."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in INLINE_SCRIPT_RE.findall(html)
    ]


def allow_inline_scripts(hashes: list[str]) -> None:
    g.script_hashes = hashes


def replace_policy(value: str) -> None:
    """A response's own policy instead of the page policy (an SVG image: nothing may run)."""
    g.content_policy = value


def allow_framing_from(origins: list[str]) -> None:
    g.frame_ancestors = " ".join(origins)


def policy(script_hashes: list[str]) -> str:
    scripts = " ".join(["'self'", *script_hashes])
    return (
        f"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; "
        # Online tile layers are optional extras the reader switches on.
        "img-src 'self' data: https:; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'"
    )


def page_policy(html: str) -> str:
    """The policy for a <meta> tag in an exported page (where frame-ancestors cannot go)."""
    return policy(inline_script_hashes(html))


def init_app(app: Flask) -> None:
    @app.after_request
    def headers(response):
        frame_ancestors = g.get("frame_ancestors", "'self'")
        response.headers["Content-Security-Policy"] = (
            g.get("content_policy", policy(g.get("script_hashes", []))) + f"; frame-ancestors {frame_ancestors}"
        )
        if frame_ancestors == "'self'":
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        return response


def embed_origins() -> list[str]:
    origins = current_app.config["EMBED_ORIGINS"]
    return ["*"] if origins in ("*", ["*"]) else ["'self'", *origins]
