"""The editor's accounts and security (issue 15): accounts made only by the CLI, argon2
passwords, login limits counted in the database, server-side sessions, CSRF, the session
check on every route under /edit, the audit log. Each runs on a real database, SQLite and
PostgreSQL (WEBMAP_TEST_DATABASE_URL; .ci/run starts one), through the real Flask test client."""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import time
from datetime import timedelta

import pytest
import sqlalchemy
from sqlalchemy import select

from webmap.cli import main
from webmap.editor.auth import SESSION_COOKIE
from webmap.editor.models import AuditEntry, LoginAttempt, LoginSession, User

PASSWORD = "correct horse battery staple"
ADMIN_PASSWORD = "admin password, long enough"
# Cheap argon2 parameters for the tests that only count failures (most keep the real defaults).
FAST_HASHER = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}
HOSTILE_NAME = '<script>window.__pwned = 1</script>"&'


def engine_of(app) -> sqlalchemy.Engine:
    return app.extensions["editor"].database.engine


def rows(app, model, *where):
    with sqlalchemy.orm.Session(engine_of(app)) as session:
        return session.scalars(select(model).where(*where).order_by(model.id)).all()


def csrf_token(client, path="/edit/login") -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)


def log_in(client, name, password, *, address="192.0.2.10", headers=None, **fields):
    token = csrf_token(client)
    return client.post("/edit/login", data={"name": name, "password": password, "csrf_token": token, **fields},
                       environ_base={"REMOTE_ADDR": address}, headers=headers or {})


def session_token(client) -> str | None:
    cookie = client.get_cookie(SESSION_COOKIE, path="/edit")
    return cookie.value if cookie else None


def set_cookies(response) -> list[str]:
    return response.headers.getlist("Set-Cookie")


def move_back(app, delta: timedelta) -> None:
    """Every recorded moment `delta` earlier: as if that much time had passed."""
    with sqlalchemy.orm.Session(engine_of(app)) as session:
        for attempt in session.scalars(select(LoginAttempt)):
            attempt.at -= delta
            if attempt.locks_until is not None:
                attempt.locks_until -= delta
        for login in session.scalars(select(LoginSession)):
            login.last_seen -= delta
        session.commit()


@pytest.fixture
def admin(add_editor_user):
    add_editor_user("ada", ADMIN_PASSWORD, "admin")
    return "ada"


@pytest.fixture
def editor(add_editor_user):
    add_editor_user("ed", PASSWORD)
    return "ed"


# Storage: migrations, SQLite and PostgreSQL

def test_a_new_database_is_migrated_to_the_head_with_every_table_of_the_models(editor_app, run, editor_database):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from webmap.editor.db import Base, revisions

    assert editor_app.test_client().get("/edit/login").status_code == 200  # the first editor request migrates
    engine = engine_of(editor_app)
    current, head = revisions(engine)
    assert current == head == "0001"
    assert {"users", "login_sessions", "login_attempts", "audit_log", "drafts", "publications"} <= set(
        sqlalchemy.inspect(engine).get_table_names())
    with engine.connect() as connection:  # the migration builds exactly what the models declare
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    again = run("db", "upgrade", "--database", editor_database)
    assert again.exit_code == 0 and "at revision 0001" in again.output


def test_webmap_db_upgrade_makes_a_new_database(run, editor_database):
    from webmap.editor.db import make_engine, revisions

    result = run("db", "upgrade", "--database", editor_database)
    assert result.exit_code == 0, result.output
    assert "revision 0001 (was empty)" in result.output
    engine = make_engine(editor_database)
    assert revisions(engine) == ("0001", "0001")
    engine.dispose()


def test_a_database_behind_the_code_is_not_migrated_behind_the_operators_back(make_editor_app, run, editor_database):
    assert run("db", "upgrade", "--database", editor_database).exit_code == 0
    from webmap.editor.db import make_engine

    engine = make_engine(editor_database)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("UPDATE alembic_version SET version_num = '0000'"))
    engine.dispose()
    response = make_editor_app().test_client().get("/edit/login")
    assert response.status_code == 503 and b"webmap db upgrade" in response.data
    result = run("user", "add", "someone", "--password-stdin", "--database", editor_database)
    assert result.exit_code == 1 and "webmap db upgrade" in result.output


def test_reader_pages_set_up_no_editor_state(tmp_path):
    from webmap.web import create_app

    (tmp_path / "geodata").mkdir()
    app = create_app({"GEODATA_DIR": tmp_path / "geodata", "EDITOR_DIR": tmp_path / "instance", "TESTING": True,
                      "PRELOAD_NETWORK": False})
    client = app.test_client()
    for url in ("/", "/healthz", "/basemap.geojson", "/ogc"):
        response = client.get(url)
        assert "Set-Cookie" not in response.headers, url
    assert not (tmp_path / "instance").exists()
    assert app.extensions["editor"]._database is None


def test_the_instance_folder_is_private_and_the_secret_key_is_made_once(make_editor_app, tmp_path):
    make_editor_app().test_client().get("/edit/login")
    folder = tmp_path / "instance"
    assert folder.stat().st_mode & 0o777 == 0o700
    key = folder / "secret-key"
    assert key.stat().st_mode & 0o777 == 0o600
    first = key.read_text()
    second = make_editor_app()
    second.test_client().get("/edit/login")
    assert key.read_text() == first and second.secret_key == first.strip()


# Accounts: the command line

def test_there_is_no_default_account_and_no_sign_up(editor_app):
    client = editor_app.test_client()
    for name, password in (("admin", "admin"), ("admin", "password"), ("root", "root"), ("editor", "editor")):
        assert log_in(client, name, password).status_code == 401
    assert rows(editor_app, User) == []
    for path in ("/edit/signup", "/edit/register", "/edit/users/new"):
        assert client.get(path).status_code == 302  # no session: to the login page, whatever the path


def test_user_add_passwd_remove_with_the_cli(editor_app, runner, editor_database):
    def cli(*args, input=None):
        return runner.invoke(main, [*args, "--database", editor_database], input=input, catch_exceptions=False)

    assert cli("user", "add", "ed", "--password-stdin", input="too short\n").exit_code == 1
    prompted = cli("user", "add", "ed", "--role", "admin", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert prompted.exit_code == 0 and "added admin ed" in prompted.output
    assert PASSWORD not in prompted.output  # the prompt does not echo it
    assert cli("user", "add", "ed", "--password-stdin", input=f"{PASSWORD}\n").exit_code == 1  # taken
    assert cli("user", "add", "ed2", input=f"{PASSWORD}\nsomething else entirely\n").exit_code != 0  # mismatch
    [user] = rows(editor_app, User)
    assert user.role == "admin" and user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash

    client = editor_app.test_client()
    assert log_in(client, "ed", PASSWORD).status_code == 302
    assert client.get("/edit/audit").status_code == 200

    new_password = "a brand new passphrase"
    assert cli("user", "passwd", "ed", "--password-stdin", input="short\n").exit_code == 1
    assert cli("user", "passwd", "ed", "--password-stdin", input=f"{new_password}\n").exit_code == 0
    assert client.get("/edit/audit").status_code == 302  # a new password ends the open sessions
    other = editor_app.test_client()
    assert log_in(other, "ed", PASSWORD).status_code == 401
    assert log_in(other, "ed", new_password).status_code == 302

    assert cli("user", "remove", "nobody").exit_code == 1
    assert cli("user", "remove", "ed").exit_code == 0
    assert other.get("/edit/audit").status_code == 302
    assert log_in(editor_app.test_client(), "ed", new_password).status_code == 401
    assert rows(editor_app, User) == []
    actions = [entry.action for entry in rows(editor_app, AuditEntry)]
    assert {"user added", "password changed", "user removed"} <= set(actions)


def test_a_password_is_rehashed_when_the_hash_parameters_change(make_editor_app, editor):
    app = make_editor_app(EDITOR_PASSWORD_HASHER={"time_cost": 2, "memory_cost": 19456, "parallelism": 1})
    [before] = rows(app, User)
    assert "m=19456" not in before.password_hash
    assert log_in(app.test_client(), editor, PASSWORD).status_code == 302
    [after] = rows(app, User)
    assert "m=19456,t=2,p=1" in after.password_hash
    assert log_in(app.test_client(), editor, PASSWORD).status_code == 302  # and the new hash works


# Logging in: wrong passwords, limits

def test_a_wrong_password_and_an_unknown_name_get_the_same_answer_in_similar_time(editor_app, editor, caplog):
    client = editor_app.test_client()
    wrong = log_in(client, editor, "not the password at all")
    unknown = log_in(client, "nobody-here", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    def page(response, name):  # less the name typed and the CSRF tokens (signed with a timestamp)
        text = response.get_data(as_text=True).replace(f'value="{name}"', "")
        return re.sub(r'(content|value)="[\w.-]{60,}"', "TOKEN", text)

    assert page(wrong, editor) == page(unknown, "nobody-here")
    assert "Wrong name or password." in wrong.get_data(as_text=True)
    assert session_token(client) is None

    def timed(name):
        start = time.perf_counter()
        log_in(client, name, "not the password at all", address="192.0.2.99")
        return time.perf_counter() - start

    # Both check one argon2 hash (the unknown name a dummy one): an unknown name is not answered faster.
    wrong_times = [timed(editor) for _ in range(3)]
    move_back(editor_app, timedelta(hours=1))  # keep the account below its lock
    unknown_times = [timed(f"nobody-{i}") for i in range(3)]
    assert statistics.median(unknown_times) > 0.5 * statistics.median(wrong_times)
    assert "not the password at all" not in caplog.text  # never logged
    assert all("not the password" not in entry.detail for entry in rows(editor_app, AuditEntry))


def test_five_failures_lock_an_account_for_fifteen_minutes_with_a_message_saying_until_when(editor_app, editor):
    client = editor_app.test_client()
    for attempt in range(4):
        assert log_in(client, editor, f"wrong password {attempt}").status_code == 401
    locking = log_in(client, editor, "wrong password 5")
    assert locking.status_code == 403
    [attempt] = rows(editor_app, LoginAttempt, LoginAttempt.locks_until.is_not(None))
    until = attempt.locks_until
    assert timedelta(minutes=14, seconds=50) < until - attempt.at <= timedelta(minutes=15)
    message = f"it is locked until {until:%H:%M} UTC"
    assert message in locking.get_data(as_text=True)
    refused = log_in(client, editor, PASSWORD)  # even the right password, while locked
    assert refused.status_code == 403 and message in refused.get_data(as_text=True)
    assert session_token(client) is None
    [user] = rows(editor_app, User)
    assert user.failed_logins == 5 and user.locked_until == until

    move_back(editor_app, timedelta(minutes=15, seconds=1))  # the lock is over
    assert log_in(client, editor, PASSWORD).status_code == 302
    [user] = rows(editor_app, User)
    assert user.failed_logins == 0 and user.locked_until is None
    actions = [entry.action for entry in rows(editor_app, AuditEntry)]
    assert actions[-7:] == ["login failed"] * 4 + ["login locked", "login locked", "login"]


def test_an_unknown_name_locks_like_an_account_so_the_lock_tells_nothing(editor_app):
    client = editor_app.test_client()
    answers = [log_in(client, "nobody", "wrong password here").status_code for _ in range(6)]
    assert answers == [401] * 4 + [403, 403]


def test_more_than_twenty_failures_from_one_address_are_refused_with_429(make_editor_app, editor):
    editor_app = make_editor_app(EDITOR_PASSWORD_HASHER=FAST_HASHER)
    client = editor_app.test_client()
    for attempt in range(20):  # a different name each time: no account reaches its own limit
        assert log_in(client, f"guess-{attempt}", "wrong password here", address="203.0.113.7").status_code == 401
    refused = log_in(client, editor, PASSWORD, address="203.0.113.7")
    assert refused.status_code == 429
    assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60 + 1
    assert "Too many failed logins from your address" in refused.get_data(as_text=True)
    assert session_token(client) is None
    # Another address is not affected, and X-Forwarded-For is no way around it (no trusted proxy).
    assert log_in(client, "guess-x", "wrong", address="203.0.113.7",
                  headers={"X-Forwarded-For": "198.51.100.1"}).status_code == 429
    assert log_in(editor_app.test_client(), editor, PASSWORD, address="203.0.113.8").status_code == 302


def test_the_address_behind_a_trusted_proxy_is_the_one_counted(make_editor_app, editor):
    app = make_editor_app(TRUSTED_PROXIES=1, EDITOR_PASSWORD_HASHER=FAST_HASHER)
    client = app.test_client()
    for attempt in range(20):
        client.post("/edit/login", data={"name": f"g{attempt}", "password": "wrong", "csrf_token": csrf_token(client)},
                    environ_base={"REMOTE_ADDR": "10.0.0.2"}, headers={"X-Forwarded-For": "203.0.113.9"})
    blocked = client.post("/edit/login", data={"name": editor, "password": PASSWORD, "csrf_token": csrf_token(client)},
                          environ_base={"REMOTE_ADDR": "10.0.0.2"}, headers={"X-Forwarded-For": "203.0.113.9"})
    assert blocked.status_code == 429
    other = client.post("/edit/login", data={"name": editor, "password": PASSWORD, "csrf_token": csrf_token(client)},
                        environ_base={"REMOTE_ADDR": "10.0.0.2"}, headers={"X-Forwarded-For": "203.0.113.10"})
    assert other.status_code == 302
    assert {a.address for a in rows(app, LoginAttempt)} == {"203.0.113.9", "203.0.113.10"}


def test_after_login_only_a_local_editor_path_is_followed(editor_app, editor):
    for target, expected in (("/edit/audit?page=1", "/edit/audit?page=1"), ("//evil.example/edit", "/edit"),
                             ("https://evil.example/edit", "/edit"), ("/stories/x", "/edit"),
                             ("/edit\\@evil.example", "/edit")):
        response = log_in(editor_app.test_client(), editor, PASSWORD, next=target)
        assert response.status_code == 302 and response.headers["Location"] == expected, target


# Sessions

@pytest.mark.parametrize("secure", [False, True])
def test_session_cookies_are_httponly_samesite_lax_and_secure_when_configured(make_editor_app, editor, secure):
    app = make_editor_app(SESSION_COOKIE_SECURE=secure)
    client = app.test_client()
    site = "https://localhost" if secure else "http://localhost"  # a Secure cookie comes back over HTTPS only
    login_page = client.get("/edit/login", base_url=site)
    token = re.search(r'name="csrf-token" content="([^"]+)"', login_page.get_data(as_text=True)).group(1)
    response = client.post("/edit/login", base_url=site, headers={"Referer": f"{site}/edit/login"},
                           data={"name": editor, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    session_cookie = next(c for c in set_cookies(response) if c.startswith(f"{SESSION_COOKIE}="))
    csrf_cookie = next(c for c in set_cookies(login_page) if c.startswith("webmap_csrf="))
    for cookie in (session_cookie, csrf_cookie):
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/edit" in cookie, cookie
        assert ("Secure" in cookie) == secure, cookie
        assert "Expires" not in cookie  # a browser session's cookie; the server ends it when idle


def test_login_gives_a_new_session_token_and_stores_only_its_hash(editor_app, editor):
    client = editor_app.test_client()
    client.set_cookie(SESSION_COOKIE, "planted-by-an-attacker", path="/edit")  # session fixation
    assert log_in(client, editor, PASSWORD).status_code == 302
    first = session_token(client)
    assert first and first != "planted-by-an-attacker" and len(first) >= 40
    client.post("/edit/logout", data={"csrf_token": csrf_token(client, "/edit/audit")})
    assert log_in(client, editor, PASSWORD).status_code == 302
    second = session_token(client)
    assert second != first
    stored = [s.token_hash for s in rows(editor_app, LoginSession)]
    assert hashlib.sha256(second.encode()).hexdigest() in stored
    assert first not in stored and second not in stored
    planted = editor_app.test_client()
    planted.set_cookie(SESSION_COOKIE, "planted-by-an-attacker", path="/edit")
    assert planted.get("/edit/audit").status_code == 302


def test_logging_in_again_replaces_the_session_the_browser_had(editor_app, editor):
    client = editor_app.test_client()
    assert log_in(client, editor, PASSWORD).status_code == 302
    before = session_token(client)
    token = csrf_token(client, "/edit/audit")
    again = client.post("/edit/login", data={"name": editor, "password": PASSWORD, "csrf_token": token},
                        environ_base={"REMOTE_ADDR": "192.0.2.10"})
    assert again.status_code == 302 and session_token(client) != before
    copied = editor_app.test_client()
    copied.set_cookie(SESSION_COOKIE, before, path="/edit")
    assert copied.get("/edit/audit").status_code == 302


def test_logout_revokes_the_session_so_a_copied_cookie_stops_working(editor_app, admin):
    client = editor_app.test_client()
    assert log_in(client, admin, ADMIN_PASSWORD).status_code == 302
    token = session_token(client)
    thief = editor_app.test_client()
    thief.set_cookie(SESSION_COOKIE, token, path="/edit")
    assert thief.get("/edit/audit").status_code == 200
    out = client.post("/edit/logout", data={"csrf_token": csrf_token(client, "/edit/audit")})
    assert out.status_code == 302 and out.headers["Location"].startswith("/edit/login")
    assert any(c.startswith(f"{SESSION_COOKIE}=;") for c in set_cookies(out))
    assert thief.get("/edit/audit").status_code == 302
    assert client.get("/edit/audit").status_code == 302
    [login] = rows(editor_app, LoginSession)
    assert login.revoked
    assert [e.action for e in rows(editor_app, AuditEntry)][-2:] == ["login", "logout"]


def test_a_session_idle_for_longer_than_its_limit_ends(make_editor_app, admin):
    app = make_editor_app(EDITOR_SESSION_IDLE=timedelta(hours=8))
    client = app.test_client()
    log_in(client, admin, ADMIN_PASSWORD)
    move_back(app, timedelta(hours=7, minutes=59))
    assert client.get("/edit/audit").status_code == 200  # and that request counts as activity
    move_back(app, timedelta(hours=7, minutes=59))
    assert client.get("/edit/audit").status_code == 200
    move_back(app, timedelta(hours=8, minutes=1))
    assert client.get("/edit/audit").status_code == 302


def test_two_app_instances_on_one_database_share_sessions_and_lockouts(make_editor_app, admin, editor):
    first, second = make_editor_app(), make_editor_app()
    on_first, on_second = first.test_client(), second.test_client()
    assert log_in(on_first, admin, ADMIN_PASSWORD).status_code == 302
    on_second.set_cookie(SESSION_COOKIE, session_token(on_first), path="/edit")  # the balancer sent it there
    assert on_second.get("/edit/audit").status_code == 200
    on_second.post("/edit/logout", data={"csrf_token": csrf_token(on_second, "/edit/audit")})
    assert on_first.get("/edit/audit").status_code == 302  # logged out everywhere

    for attempt in range(5):
        instance = (on_first, on_second)[attempt % 2]
        log_in(instance, editor, f"wrong password {attempt}")
    assert log_in(first.test_client(), editor, PASSWORD).status_code == 403
    assert log_in(second.test_client(), editor, PASSWORD).status_code == 403


# CSRF

def test_a_post_without_a_csrf_token_is_refused_with_400_and_changes_nothing(editor_app, admin):
    client = editor_app.test_client()
    refused_login = client.post("/edit/login", data={"name": admin, "password": ADMIN_PASSWORD},
                                headers={"Accept": "text/html"})
    assert refused_login.status_code == 400 and b"<html" in refused_login.data
    assert session_token(client) is None and rows(editor_app, LoginAttempt) == []

    assert log_in(client, admin, ADMIN_PASSWORD).status_code == 302
    entries = len(rows(editor_app, AuditEntry))
    for data in ({}, {"csrf_token": "forged"}):
        refused = client.post("/edit/logout", data=data)
        assert refused.status_code == 400, data
        assert "security token" in refused.get_data(as_text=True)
    assert client.get("/edit/audit").status_code == 200  # still logged in
    assert len(rows(editor_app, AuditEntry)) == entries
    assert not any(s.revoked for s in rows(editor_app, LoginSession))
    other = editor_app.test_client()  # a token from another browser's page is no good either
    assert client.post("/edit/logout", data={"csrf_token": csrf_token(other)}).status_code == 400


def test_a_json_call_without_a_csrf_header_gets_a_400_json_error(make_editor_app, admin):
    from webmap.editor.audit import record
    from webmap.editor.db import db

    app = make_editor_app()

    def write():  # stands for the editor's JSON API (the lead's routes)
        record("test write", "some-story", note="<b>x</b>")
        db().commit()
        return {"ok": True}

    app.add_url_rule("/edit/api/test-write", "test_write", write, methods=["POST"])
    client = app.test_client()
    log_in(client, admin, ADMIN_PASSWORD)
    before = len(rows(app, AuditEntry))
    refused = client.post("/edit/api/test-write", json={"x": 1})
    assert refused.status_code == 400 and refused.is_json
    assert refused.get_json()["error"]["type"] == "CSRFError"
    assert len(rows(app, AuditEntry)) == before
    token = csrf_token(client, "/edit/audit")
    done = client.post("/edit/api/test-write", json={"x": 1}, headers={"X-CSRFToken": token})
    assert done.status_code == 200 and done.get_json() == {"ok": True}
    [entry] = rows(app, AuditEntry, AuditEntry.action == "test write")
    assert entry.user_name == admin and entry.slug == "some-story" and json.loads(entry.detail) == {"note": "<b>x</b>"}


# Every route under /edit needs a session

SAMPLE_VALUES = {"int": "1", "float": "1.5", "path": "some/path", "uuid": "00000000-0000-0000-0000-000000000000"}


def example_path(rule) -> str:
    return re.sub(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>",
                  lambda m: SAMPLE_VALUES.get(m.group(1) or "", "some-story"), rule.rule)


def test_every_route_under_edit_answers_302_or_401_without_a_session(make_editor_app, admin):
    app = make_editor_app()
    client = app.test_client()
    # Also with a cookie that names no live session: one revoked at logout.
    stale = app.test_client()
    log_in(stale, admin, ADMIN_PASSWORD)
    old_token = session_token(stale)
    stale.post("/edit/logout", data={"csrf_token": csrf_token(stale, "/edit/audit")})
    stale.set_cookie(SESSION_COOKIE, old_token, path="/edit")

    checked = []
    for rule in app.url_map.iter_rules():
        if not (rule.rule == "/edit" or rule.rule.startswith("/edit/")) or rule.endpoint == "editor.login":
            continue
        path = example_path(rule)
        for method in sorted(rule.methods):
            for browser in (client, stale):
                response = browser.open(path, method=method, headers={"Accept": "text/html"})
                if path.startswith("/edit/api/"):
                    assert response.status_code == 401, (method, path)
                    if method != "HEAD":
                        assert response.get_json()["error"]["status"] == 401, (method, path)
                else:
                    assert response.status_code == 302, (method, path)
                    assert response.headers["Location"].startswith("/edit/login"), (method, path)
            checked.append((method, rule.rule))
    assert {("GET", "/edit/audit"), ("POST", "/edit/logout")} <= set(checked)
    assert client.get("/edit/login").status_code == 200  # the one open door
    assert client.get("/edit/audit").headers["Location"] == "/edit/login?next=/edit/audit"


def test_an_unknown_path_under_edit_also_asks_for_a_session(editor_app):
    client = editor_app.test_client()
    assert client.get("/edit/no/such/page").status_code == 302
    assert client.post("/edit/api/no-such-call").status_code == 401


# The audit log

def test_the_audit_log_is_for_admins_newest_first(editor_app, admin, editor):
    as_editor = editor_app.test_client()
    log_in(as_editor, editor, PASSWORD)
    forbidden = as_editor.get("/edit/audit")
    assert forbidden.status_code == 403 and b"Only an admin" in forbidden.data
    log_in(editor_app.test_client(), editor, "a wrong password!!")
    as_admin = editor_app.test_client()
    log_in(as_admin, admin, ADMIN_PASSWORD)
    page = as_admin.get("/edit/audit").get_data(as_text=True)
    actions = re.findall(r"<td>(login(?: failed| locked)?|logout|user added)</td>", page)
    assert actions[:3] == ["login", "login failed", "login"]  # newest first
    assert actions[-2:] == ["user added", "user added"]
    assert "192.0.2.10" in page  # the address each came from
    assert PASSWORD not in page and "a wrong password" not in page


def test_a_hostile_user_name_is_shown_as_text(editor_app, admin, add_editor_user):
    add_editor_user(HOSTILE_NAME, PASSWORD)
    hostile = editor_app.test_client()
    assert log_in(hostile, HOSTILE_NAME, PASSWORD).status_code == 302
    header = hostile.get("/edit/audit")  # 403, but the page still names its user in the header
    as_admin = editor_app.test_client()
    log_in(as_admin, admin, ADMIN_PASSWORD)
    page = as_admin.get("/edit/audit").get_data(as_text=True)
    for body in (page, header.get_data(as_text=True)):
        assert "<script>window.__pwned" not in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;&#34;&amp;" in page


# Headers

def test_editor_pages_are_never_framed_and_never_cached(editor_app, admin):
    client = editor_app.test_client()
    for response in (client.get("/edit/login"), client.get("/edit/audit")):
        policy = response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response.headers["Cache-Control"] == "no-store"
    reader = client.get("/healthz")
    assert "frame-ancestors 'none'" not in reader.headers["Content-Security-Policy"]


def test_the_login_page_is_a_plain_labelled_form(editor_app):
    page = editor_app.test_client().get("/edit/login").get_data(as_text=True)
    assert '<label for="login-name">' in page and 'id="login-name"' in page
    assert '<label for="login-password">' in page and 'type="password"' in page
    assert 'autocomplete="current-password"' in page
    assert 'name="csrf_token"' in page and '<meta name="csrf-token"' in page
    assert "editor.css" in page and "<script" not in page
