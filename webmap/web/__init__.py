"""The Flask application factory: `create_app(config)` wires pages, data and API blueprints.

Nothing is read from the environment at import; configuration comes in as a mapping:
    GEODATA_DIR     folder of built stories (default: geodata/ in the working directory)
    SEEDS_DIR       folder of articles and sidecars the editor publishes into (default: seeds/)
    REFERENCE_DIR   gazetteer and Natural Earth data (default: the copy shipped in the package)
    CACHE_DIR       where indexes built once are kept (default: $XDG_CACHE_HOME/webmap or ~/.cache/webmap)
    EMBED_ORIGINS   origins allowed to frame /embed pages: ["*"] (default) or a list
    PRELOAD_NETWORK load the maritime network now rather than on the first route query
    STATIC_SITE     render pages for a static export (relative links, no server-only parts)
    SITE_URL        the public URL of a static export, for canonical and oEmbed links
    INDEX_PAGE_SIZE stories per page of the index (default 24)
    OGC_COLLECTIONS_LIMIT  collections per page of /ogc/collections unless `limit` says (default 100)
    TRUSTED_PROXIES how many proxies in front set X-Forwarded-For/-Proto/-Host/-Port/-Prefix
                    (default 0: those headers are ignored, as anyone can send them)
The editor under /edit (webmap/editor; nothing of it is set up before its first request):
    EDITOR_DIR      its instance folder, made 0700 (default: instance/ in the working directory)
    DATABASE_URL    its database (default: the DATABASE_URL environment variable, else SQLite
                    in EDITOR_DIR/editor.sqlite3; PostgreSQL as postgresql+psycopg://...)
    SECRET_KEY      signs the CSRF tokens (default: made once, kept in EDITOR_DIR/secret-key)
    SESSION_COOKIE_SECURE  send the editor's cookies over HTTPS only: set it behind HTTPS
    EDITOR_SESSION_IDLE    a session ends after this long without a request (default 8 hours;
                    a timedelta or seconds)
    EDITOR_PASSWORD_HASHER argon2 parameters (argon2.PasswordHasher's keywords; default its
                    own): a password is rehashed at its next login when they change
    EDITOR_LOGIN_LIMITS    {"account_failures": 5, "window": 900, "lock": 900,
                    "address_failures": 20} (seconds): the login limits, any of them
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from .assets import AssetFlask

from ..config import Paths, static_dir


def create_app(config: dict | None = None) -> Flask:
    app = AssetFlask(__name__, static_folder=str(static_dir()), static_url_path="/static")
    app.url_map.merge_slashes = False  # "a//b" is not a page: 404, not a redirect to one
    app.config.from_mapping(
        GEODATA_DIR=Paths().geodata,
        SEEDS_DIR=Paths().seeds,
        REFERENCE_DIR=Paths().reference,
        CACHE_DIR=None,
        EMBED_ORIGINS=["*"],
        PRELOAD_NETWORK=True,
        INDEX_PAGE_SIZE=24,
        MAX_FORM_MEMORY_SIZE=4_200_000,  # an editor's pasted article: 2 MB, its line ends doubled by the form
        MAX_CONTENT_LENGTH=8_000_000,
        OGC_COLLECTIONS_LIMIT=100,
        SEND_FILE_MAX_AGE_DEFAULT=3600,
        JSON_SORT_KEYS=False,
        COMPRESS_MIMETYPES=[
            "text/html", "text/css", "application/javascript", "text/javascript", "application/json",
            "application/geo+json", "application/geopackage+sqlite3", "image/svg+xml",
        ],
        COMPRESS_ALGORITHM=["br", "gzip"],
        COMPRESS_MIN_SIZE=512,
    )
    if config:
        app.config.from_mapping(config)
    app.config["GEODATA_DIR"] = Path(app.config["GEODATA_DIR"])
    app.config["REFERENCE_DIR"] = Path(app.config["REFERENCE_DIR"])

    from flask_compress import Compress

    from . import api, errors, links, ogc_api, pages, resources, security

    app.config.setdefault("COMPRESS_CACHE_BACKEND", lambda: resources.CompressedBodies(4 * 2**20, getsizeof=len))
    app.config.setdefault("COMPRESS_CACHE_KEY", resources.compress_cache_key)
    Compress(app)
    resources.init_app(app)
    links.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    from .. import editor

    editor.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(ogc_api.bp)
    proxies = int(app.config.get("TRUSTED_PROXIES") or 0)
    if proxies:  # absolute links (canonical, oEmbed, OGC) then carry the public scheme and host
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies,
                                x_port=proxies, x_prefix=proxies)
    return app
