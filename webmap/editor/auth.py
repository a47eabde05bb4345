"""Sessions and the gate in front of /edit: every path under it needs a live session (302 to
the login page, or 401 JSON under /edit/api/), except the login page itself. Sessions are
server-side: the cookie holds a random token, the database its SHA-256; a new one at every
login, revoked at logout, expired after EDITOR_SESSION_IDLE without a request.

Importing this module loads no SQLAlchemy: the editor's views may import it at their top."""

from __future__ import annotations

import functools
import hashlib
import secrets
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from flask import (Flask, current_app, g, jsonify, redirect, render_template, render_template_string, request,
                   session as flask_session, url_for)

from flask.sessions import SecureCookieSessionInterface

from ..web.security import allow_framing_from
from . import bp

SESSION_COOKIE = "webmap_editor"
LAST_SEEN_STEP = timedelta(seconds=60)  # last_seen is written at most once a minute per session


def under_edit(path: str) -> bool:
    return path == "/edit" or path.startswith("/edit/")


def is_api(path: str) -> bool:
    return path == "/edit/api" or path.startswith("/edit/api/")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# An error inside the editor keeps its header (who is logged in, log out).
ERROR_PAGE = """{% extends "editor_base.html" %}{% block editor_title %}{{ status }}{% endblock %}
{% block editor_main %}<h1>{{ status }}</h1><p class="wm-editor-error">{{ message }}</p>
<p><a href="/edit">The editor's stories</a></p>{% endblock %}"""


def editor_error(status: int, kind: str, message: str, **headers):
    """JSON under /edit/api/, else the short HTML page (the text says what to do)."""
    if is_api(request.path):
        response = jsonify({"error": {"type": kind, "message": message, "status": status}})
    else:
        response = current_app.make_response(render_template_string(ERROR_PAGE, status=status, message=message))
    response.status_code = status
    response.headers.update(headers)
    return response


def current_user():
    """The logged-in User of this request, or None."""
    if "editor_user" not in g:
        g.editor_user = load_session()
    return g.editor_user


def idle_limit() -> timedelta:
    idle = current_app.config["EDITOR_SESSION_IDLE"]
    return idle if isinstance(idle, timedelta) else timedelta(seconds=idle)


def load_session():
    """The user whose live session the cookie names (touching last_seen), else None."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 200:
        return None
    from sqlalchemy import select

    from .db import db, utcnow
    from .models import LoginSession

    session = db()
    login = session.scalar(select(LoginSession).where(LoginSession.token_hash == token_hash(token)))
    if login is None or login.revoked:
        return None
    now = utcnow()
    if now - login.last_seen > idle_limit():
        login.revoked = True
        session.commit()
        return None
    if now - login.last_seen > LAST_SEEN_STEP:
        login.last_seen = now
        session.commit()
    g.editor_login = login
    return login.user


def start_session(user) -> str:
    """A new session for `user` (never the one the browser came with: no fixation); its token."""
    from .db import db, utcnow
    from .models import LoginSession

    old = g.get("editor_login")
    if old is not None:
        old.revoked = True
    token = secrets.token_urlsafe(32)
    now = utcnow()
    login = LoginSession(token_hash=token_hash(token), user=user, created_at=now, last_seen=now,
                         revoked=False, address=(request.remote_addr or "")[:64])
    db().add(login)
    g.editor_login, g.editor_user = login, user
    return token


def set_session_cookie(response, token: str | None) -> None:
    if token is None:
        response.delete_cookie(SESSION_COOKIE, path="/edit", httponly=True, samesite="Lax",
                               secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")))
        return
    response.set_cookie(SESSION_COOKIE, token, path="/edit", httponly=True, samesite="Lax",
                        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")))


def unauthenticated():
    if is_api(request.path):
        return editor_error(401, "Unauthorized", "Log in first: there is no editor session, or it has expired.")
    target = request.full_path.rstrip("?") if request.method in ("GET", "HEAD") else None
    return redirect(url_for("editor.login", next=target) if target else url_for("editor.login"))


def login_required(view):
    """Without a session: 302 to the login page (HTML) or 401 JSON (under /edit/api/)."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if current_user() is None:
            return unauthenticated()
        return view(*args, **kwargs)

    return wrapped


def admin_required(view):
    """As login_required, and 403 for an editor who is not an admin."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        user = current_user()
        if user is None:
            return unauthenticated()
        if not user.is_admin:
            return editor_error(403, "Forbidden", "Only an admin may see this page.")
        return view(*args, **kwargs)

    return wrapped


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path under /edit on this site, else the dashboard."""
    default = "/edit"
    if not target or "\\" in target or any(ord(c) < 32 for c in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("//") or not under_edit(parts.path):
        return default
    if parts.path in ("/edit/login", "/edit/logout"):
        return default
    return target


def authenticator():
    from .accounts import Authenticator, LoginLimits, hasher

    state = current_app.extensions["editor"]
    if getattr(state, "authenticator", None) is None:
        state.authenticator = Authenticator(hasher(current_app.config["EDITOR_PASSWORD_HASHER"]),
                                            LoginLimits.from_config(current_app.config["EDITOR_LOGIN_LIMITS"]))
    return state.authenticator


def until_text(until: datetime) -> str:
    return f"{until:%H:%M} UTC on {until:%d %B %Y}".replace(" 0", " ")


@bp.route("/login", methods=["GET", "POST"])
def login():
    from .audit import add_entry
    from .db import db

    next_path = safe_next(request.values.get("next"))
    already = current_user()  # a session the browser has is replaced (revoked) by a new login
    if request.method == "GET":
        if already is not None:
            return redirect(next_path)
        return render_template("editor_login.html", next=next_path, name="",
                               message="You are logged out." if request.args.get("out") else None)
    name = request.form.get("name", "")
    password = request.form.get("password", "")
    address = (request.remote_addr or "unknown")[:64]
    session = db()
    result = authenticator().login(session, name, password, address)
    if result.outcome == "ok":
        token = start_session(result.user)
        add_entry(result.user.name, "login", None, {"address": address})
        session.commit()
        flask_session.clear()  # a new CSRF secret with the new session
        response = redirect(next_path)
        set_session_cookie(response, token)
        return response
    if result.outcome == "throttled":
        session.rollback()
        wait = max(1, int((result.until - datetime.now(result.until.tzinfo)).total_seconds()) + 1)
        message = (f"Too many failed logins from your address. Try again after {until_text(result.until)}.")
        response = current_app.make_response(render_template("editor_login.html", next=next_path, name=name,
                                                             error=message))
        response.status_code = 429
        response.headers["Retry-After"] = str(wait)
        return response
    if result.outcome == "locked":
        add_entry(name[:64], "login locked", None, {"address": address, "until": result.until.isoformat()})
        message = (f"Too many failed logins for this account: it is locked until {until_text(result.until)}. "
                   "Try again then, or ask an admin.")
        status = 403
    else:
        add_entry(name[:64], "login failed", None, {"address": address})
        message = "Wrong name or password."
        status = 401
    session.commit()
    return render_template("editor_login.html", next=next_path, name=name, error=message), status


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    from .audit import add_entry
    from .db import db

    g.editor_login.revoked = True
    add_entry(g.editor_user.name, "logout", None, {})
    db().commit()
    flask_session.clear()
    response = redirect(url_for("editor.login", out=1))
    set_session_cookie(response, None)
    return response


@bp.context_processor
def editor_context():
    return {"editor_user": g.get("editor_user")}


def close_request_session(_error=None) -> None:
    login_db = g.pop("editor_db", None)
    if login_db is not None:
        login_db.close()


class EditorSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session (it holds the CSRF secret), with the secret key read or
    made when an editor request first needs it: a reader request never writes the key file."""

    def open_session(self, app: Flask, request):
        if under_edit(request.path):
            app.extensions["editor"].ensure_secret_key()
        return super().open_session(app, request)


def init_app(app: Flask) -> None:
    app.session_interface = EditorSessionInterface()
    @app.before_request
    def editor_gate():
        if not under_edit(request.path):
            return None
        allow_framing_from(["'none'"])  # the editor is never framed
        state = app.extensions["editor"]
        from .db import SchemaBehind

        try:
            state.database.sessions  # noqa: B018 (made, and migrated if new, on the first editor request)
        except SchemaBehind as err:
            app.logger.error("%s", err)
            return editor_error(503, "SchemaBehind", "The editor's database needs an upgrade: "
                                "the operator runs `webmap db upgrade`.")
        if request.endpoint == "editor.login":
            return None
        if current_user() is None:
            return unauthenticated()
        return None

    @app.after_request
    def editor_headers(response):
        if under_edit(request.path):
            response.headers["X-Frame-Options"] = "DENY"
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.teardown_appcontext(close_request_session)

    from flask_wtf.csrf import CSRFError

    @app.errorhandler(CSRFError)
    def csrf_error(err):
        return editor_error(400, "CSRFError", "The form's security token is missing or out of date "
                                              "(nothing was changed): reload the page and try again.")
