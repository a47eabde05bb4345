"""The newsroom editor (issue 15): accounts, sessions, CSRF, the audit log and the editor's
database, all under /edit. `init_app(app)` wires it in; nothing here touches the database,
imports SQLAlchemy or writes a file until the first request under /edit (or a `webmap user`/
`webmap db` command), so reader requests and reader-only processes never do."""

from __future__ import annotations

import os
import secrets
import threading
from datetime import timedelta
from pathlib import Path

from flask import Blueprint, Flask

bp = Blueprint("editor", __name__, url_prefix="/edit")

SECRET_KEY_FILE = "secret-key"
DATABASE_FILE = "editor.sqlite3"


def instance_folder(editor_dir: str | os.PathLike | None) -> Path:
    """The editor's instance folder (default `instance/` in the working directory), made 0700."""
    folder = Path(editor_dir or "instance")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def default_database_url(editor_dir: str | os.PathLike | None) -> str:
    return f"sqlite:///{(instance_folder(editor_dir) / DATABASE_FILE).resolve()}"


def database_url(configured: str | None, editor_dir: str | os.PathLike | None = None) -> str:
    """The configured URL, else the `DATABASE_URL` environment variable, else the SQLite file."""
    return configured or os.environ.get("DATABASE_URL") or default_database_url(editor_dir)


def read_or_make_secret_key(editor_dir: str | os.PathLike | None) -> str:
    """A random key made once and kept in EDITOR_DIR/secret-key (0600), so sessions and CSRF
    tokens outlive a restart and every worker on the machine signs alike."""
    path = instance_folder(editor_dir) / SECRET_KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another worker may be writing it this very moment
            key = path.read_text().strip()
            if key:
                return key
            threading.Event().wait(0.05)
        raise RuntimeError(f"{path} is empty: remove it and start again")
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w") as f:
        f.write(key + "\n")
    return key


class EditorState:
    """What init_app keeps per app: the database (made on first use) and the set-up lock."""

    def __init__(self, app: Flask):
        self.app = app
        self._lock = threading.Lock()
        self._database = None

    @property
    def database(self):
        if self._database is None:
            with self._lock:
                if self._database is None:
                    from .db import Database

                    config = self.app.config
                    self._database = Database(database_url(config.get("DATABASE_URL"), config.get("EDITOR_DIR")))
        return self._database

    def ensure_secret_key(self) -> None:
        if not self.app.secret_key:
            with self._lock:
                if not self.app.secret_key:
                    self.app.secret_key = read_or_make_secret_key(self.app.config.get("EDITOR_DIR"))


def init_app(app: Flask) -> None:
    """Defaults for the editor's config keys, CSRF protection, the session check for every path
    under /edit, the editor's headers and error pages, and its views."""
    from flask_wtf.csrf import CSRFProtect

    from . import audit, auth  # noqa: F401 (their views register on bp)

    app.config.setdefault("EDITOR_DIR", None)
    app.config.setdefault("DATABASE_URL", None)
    app.config.setdefault("EDITOR_SESSION_IDLE", timedelta(hours=8))
    app.config.setdefault("EDITOR_PASSWORD_HASHER", {})
    app.config.setdefault("EDITOR_LOGIN_LIMITS", {})
    # Flask's own (signed) session cookie holds only the CSRF secret, and only for the editor
    # (Flask's defaults for these keys are replaced; a value the caller gave is kept).
    for key, flask_default, ours in (("SESSION_COOKIE_SAMESITE", None, "Lax"), ("SESSION_COOKIE_PATH", None, "/edit"),
                                     ("SESSION_COOKIE_NAME", "session", "webmap_csrf")):
        if app.config.get(key) == flask_default:
            app.config[key] = ours
    # A token stays good as long as an editor's session may stay idle (an open page still saves).
    idle = app.config["EDITOR_SESSION_IDLE"]
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", int(idle.total_seconds() if isinstance(idle, timedelta) else idle))
    app.extensions["editor"] = EditorState(app)
    auth.init_app(app)  # before CSRFProtect: a request without a session is turned away first
    CSRFProtect(app)

    import importlib.util

    if importlib.util.find_spec(f"{__name__}.views") is not None:  # the editor's pages (the lead's)
        importlib.import_module(f"{__name__}.views")
    app.register_blueprint(bp)
