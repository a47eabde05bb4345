"""The editor's database: engine, the request's session, migrations (Alembic, shipped in the
package). SQLite by default (a file in the instance folder), PostgreSQL when `DATABASE_URL` says
so (`postgresql+psycopg://`). Imported only by editor code paths: reader requests never load it."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy
from sqlalchemy import event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import DateTime, TypeDecorator

MIGRATIONS = Path(__file__).parent / "migrations"


class Base(DeclarativeBase):
    pass


class UTCDateTime(TypeDecorator):
    """A moment in UTC: stored without a zone (SQLite keeps none), always read back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive datetime cannot be stored: give it a time zone")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def normalise_url(url: str) -> str:
    """`postgres://` and `postgresql://` (as hosting services write them) use psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> sqlalchemy.Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = sqlalchemy.create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def sqlite_pragmas(connection, _record):
            # Several workers share the file: readers never wait for a writer (WAL), and a
            # writer waits for another instead of failing at once.
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return sqlalchemy.create_engine(url, pool_pre_ping=True)


def alembic_config(engine: sqlalchemy.Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def revisions(engine: sqlalchemy.Engine) -> tuple[str | None, str]:
    """(the database's revision, the package's head): equal when the schema is up to date."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, head


def upgrade(engine: sqlalchemy.Engine) -> None:
    """Run the migrations to the head revision (`webmap db upgrade`; the app on a new database).
    Two processes upgrading at once: PostgreSQL serialises them with an advisory lock (env.py);
    on SQLite the loser's error is forgiven once the winner has reached the head."""
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except sqlalchemy.exc.OperationalError:
        for _ in range(50):
            current, head = revisions(engine)
            if current == head:
                return
            time.sleep(0.2)
        raise


class SchemaBehind(RuntimeError):
    """The database is older than this webmap: the operator runs `webmap db upgrade`."""


class Database:
    """One engine and session factory, made on first use (never by a reader request)."""

    def __init__(self, url: str, *, migrate_new: bool = True):
        self.url = normalise_url(url)
        self.migrate_new = migrate_new
        self._lock = threading.Lock()
        self._sessions: sessionmaker | None = None
        self._engine: sqlalchemy.Engine | None = None

    @property
    def engine(self) -> sqlalchemy.Engine:
        self.sessions  # noqa: B018 (made and checked on first use)
        return self._engine

    @property
    def sessions(self) -> sessionmaker:
        if self._sessions is None:
            with self._lock:
                if self._sessions is None:
                    engine = make_engine(self.url)
                    current, head = revisions(engine)
                    if current is None and self.migrate_new:
                        upgrade(engine)
                    elif current != head:
                        engine.dispose()
                        raise SchemaBehind(
                            f"the editor's database is at revision {current}, this webmap needs {head}: "
                            "run `webmap db upgrade` (with the same DATABASE_URL)")
                    self._engine = engine
                    self._sessions = sessionmaker(engine, expire_on_commit=False)
        return self._sessions

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def db() -> Session:
    """The request's session: one per request, closed at teardown; the caller commits."""
    from flask import current_app, g

    session = g.get("editor_db")
    if session is None:
        session = g.editor_db = current_app.extensions["editor"].database.session()
    return session

