"""The editor's tables. Accounts, server-side sessions, login attempts and the audit log are
the accounts' (issue 15, "Accounts and security"); drafts and publications are the editor's
own state (never the published story: publishing writes seeds/ and builds)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .db import Base, UTCDateTime, utcnow

ROLES = ("editor", "admin")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="editor")  # "editor" | "admin"
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Kept in step with the login attempts (which decide): what an admin sees of an account.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    sessions: Mapped[list[LoginSession]] = relationship(back_populates="user", cascade="all, delete-orphan",
                                                        passive_deletes=True)

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


class LoginSession(Base):
    """A server-side session: the cookie holds a random token, the database only its SHA-256."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str | None] = mapped_column(String(64), nullable=True)

    user: Mapped[User] = relationship(back_populates="sessions")


class LoginAttempt(Base):
    """Every login attempt, counted by account and by address (so every app server sees them).
    `outcome`: "ok", "failed" (wrong name or password) or "locked" (refused unchecked: the
    account was locked); `locks_until` is set on the failure that locked the account."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_name_at", "name", "at"),
                      Index("ix_login_attempts_address_at", "address", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ok: Mapped[bool] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(16))
    locks_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    slug: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON text


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)  # ISO date text
    dateline: Mapped[str | None] = mapped_column(Text, nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    # JSON text: {"itinerary": [...], "lanes": [...], "corrections": {...}}
    extra: Mapped[str] = mapped_column(Text, default="{}")
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic lock
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    published_version: Mapped[int | None] = mapped_column(Integer, nullable=True)

    # Every UPDATE says "WHERE version = <the version read>": of two saves made from one version
    # at once, the second changes no row and fails (StaleDataError), instead of overwriting.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class Publication(Base):
    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("slug", "version", name="uq_publications_slug_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)  # 1, 2, ... per slug
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    article: Mapped[str] = mapped_column(Text)
    sidecar: Mapped[str] = mapped_column(Text)
    places: Mapped[str] = mapped_column(Text, default="[]")  # JSON text: [{"id", "name", "kind"}]
