"""URLs in pages. Served live they are the app's own paths; in a static export (config
STATIC_SITE) they are relative to the page, so the copy works under any path prefix."""

from __future__ import annotations

import posixpath

from flask import Flask, current_app, request, url_for

# Where a page lives in a static export: a folder with an index.html.
PAGE_PATHS = {"pages.index": "/", "pages.index/page": "/page/{number}/", "pages.story": "/stories/{slug}/",
              "pages.embed": "/embed/{slug}/", "pages.article": "/stories/{slug}/article/"}


def static_site() -> bool:
    return bool(current_app.config.get("STATIC_SITE"))


def site_path(endpoint: str, **values) -> str:
    if static_site() and endpoint in PAGE_PATHS:
        if endpoint == "pages.index" and values.get("number", 1) != 1:  # the index's later pages
            endpoint = "pages.index/page"
        return PAGE_PATHS[endpoint].format(**values)
    return url_for(endpoint, **values)


def link(endpoint: str, **values) -> str:
    """A URL for a template: absolute path live, relative to the current page when exported."""
    target = site_path(endpoint, **values)
    if not static_site():
        return target
    here = site_path(request.endpoint, **(request.view_args or {}))
    folder = here if here.endswith("/") else posixpath.dirname(here)
    relative = posixpath.relpath(target, folder)
    return relative + "/" if target.endswith("/") and relative != "." else ("./" if relative == "." else relative)


def external(endpoint: str, **values) -> str | None:
    """An absolute URL (canonical, og:url, oEmbed); None in an export with no base URL."""
    if not static_site():
        return url_for(endpoint, _external=True, **values)
    base = current_app.config.get("SITE_URL")
    return base.rstrip("/") + site_path(endpoint, **values) if base else None


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(link=link, external=external, static_site=static_site)
