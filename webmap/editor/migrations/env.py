"""Alembic's environment for the editor's database, run programmatically (`webmap db upgrade`,
and the app on a new database): the engine comes in through the config's attributes."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from webmap.editor import models  # noqa: F401 (the tables, for autogenerate)
from webmap.editor.db import Base

# Any fixed number: the key of the advisory lock that keeps two upgrades apart on PostgreSQL.
UPGRADE_LOCK = 0x7765626D6170

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Taken before Alembic reads the current revision, so the second upgrade waits and then
            # finds nothing to do; released when the transaction ends.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
        context.run_migrations()
