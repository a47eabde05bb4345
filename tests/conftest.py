"""Shared fixtures: real files in temporary folders, the real CLI, one gazetteer per session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from webmap.cli import main
from webmap.config import Paths
from tests.repo import ROOT as PROJECT_ROOT
from webmap.gazetteer import Gazetteer

SEED_SLUG = "peru-china-state-visit-2024"
ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(Paths().reference)


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A copy of the project's seeds folder that a test may change."""
    folder = tmp_path / "seeds"
    shutil.copytree(PROJECT_ROOT / "seeds", folder)
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def run(runner):
    """Invoke the webmap CLI in-process; returns the click Result."""

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The project's seeds built once into a fresh folder."""
    out = tmp_path_factory.mktemp("geodata")
    result = CliRunner().invoke(main, ["build", "--seeds", str(PROJECT_ROOT / "seeds"), "--out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def story(built) -> dict:
    return json.loads((built / f"{SEED_SLUG}.geojson").read_text(encoding="utf-8"))


def features_by_name(collection: dict) -> dict[str, dict]:
    """The article's places by name (ports that only a lane names are left out)."""
    return {f["properties"]["name"]: f for f in collection["features"] if f["properties"]["mentions"]}


HOSTILE_ARTICLE = (
    "Ships from Lima <script>window.__pwned = 1</script> reach Rotterdam. "
    "Lima's port </script><img src=x onerror=\"window.__pwned = 2\"> is busy `${window.__pwned = 3}` {{ 7*7 }} {% if %}.\r\n"
    "Rotterdam answered: \u201cLima is welcome\u201d \u2014 \u05e9\u05dc\u05d5\u05dd \u4f60\u597d \U0001f6a2."
)
HOSTILE_SIDECAR = 'title = "<script>window.__pwned = 4</script> Lima `x` {{ y }}"\n'


@pytest.fixture(scope="session")
def hostile_geodata(tmp_path_factory) -> Path:
    """A folder holding the seed story and a hostile one, built for real."""
    seeds = tmp_path_factory.mktemp("hostile-seeds")
    shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt", seeds)
    shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.toml", seeds)
    (seeds / "hostile.txt").write_bytes(("\ufeff" + HOSTILE_ARTICLE).encode("utf-8"))
    (seeds / "hostile.toml").write_text(HOSTILE_SIDECAR, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-geodata")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def app(hostile_geodata):
    from webmap.web import create_app

    return create_app({"GEODATA_DIR": hostile_geodata, "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server(app):
    """The app on a real HTTP server (werkzeug, threaded) on a free loopback port."""
    from tests.serving import serve_app

    with serve_app(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from tests.browsing import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(params=["desktop", "phone"])
def screen(request, browser):
    """A tab at desktop (1400x900) or phone (390x844, touch) size; `screen.size` names which."""
    from tests.browsing import SCREENS, Page

    tab = Page(browser, **SCREENS[request.param])
    tab.size = request.param
    yield tab
    tab.page.close()


@pytest.fixture
def tab(browser):
    """A fresh page that may only reach loopback addresses."""
    from tests.browsing import Page

    tab = Page(browser)
    yield tab
    tab.page.close()


# The editor (issue 15): its database on SQLite and on PostgreSQL, apps on it, accounts.

@pytest.fixture
def postgres_database():
    """The URL of a fresh, empty PostgreSQL database, dropped afterwards, on the server that
    WEBMAP_TEST_DATABASE_URL names (.ci/run starts one; `eval "$(bash .ci/run postgres)"` locally).
    Skipped without it, except in CI, where that is a failure."""
    import os
    import uuid

    import sqlalchemy

    server = os.environ.get("WEBMAP_TEST_DATABASE_URL")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("WEBMAP_TEST_DATABASE_URL is not set: .ci/run starts PostgreSQL and sets it")
        pytest.skip("no PostgreSQL server: set WEBMAP_TEST_DATABASE_URL (eval \"$(bash .ci/run postgres)\")")
    name = f"webmap_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sqlalchemy.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def editor_database(request, tmp_path) -> str:
    """A fresh editor database URL: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'editor-db.sqlite3'}"
    return request.getfixturevalue("postgres_database")


@pytest.fixture
def make_editor_app(editor_database, tmp_path):
    """create_app for the editor on `editor_database` (no stories, no network); extra config
    as keywords. Apps made by one test share the instance folder, and so the secret key."""
    from webmap.web import create_app

    (tmp_path / "geodata").mkdir(exist_ok=True)
    apps = []

    def make(**config):
        app = create_app({"GEODATA_DIR": tmp_path / "geodata", "EDITOR_DIR": tmp_path / "instance",
                          "DATABASE_URL": editor_database, "TESTING": True, "PRELOAD_NETWORK": False, **config})
        apps.append(app)
        return app

    yield make
    for app in apps:  # close their connections before the database is dropped
        state = app.extensions["editor"]
        if state._database is not None:
            state._database.dispose()


@pytest.fixture
def editor_app(make_editor_app):
    return make_editor_app()


@pytest.fixture
def add_editor_user(runner, editor_database):
    """Add an account with the real CLI: add_editor_user(name, password, role="editor")."""

    def add(name: str, password: str, role: str = "editor"):
        result = runner.invoke(main, ["user", "add", name, "--role", role, "--password-stdin",
                                      "--database", editor_database], input=password + "\n", catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    return add
