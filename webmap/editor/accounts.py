"""Accounts: names, passwords (argon2id through argon2-cffi, rehashed when its parameters
change), and the login decision with its limits, counted in the database so that every app
server shares them. No password is ever logged or stored in the clear."""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..errors import WebmapError
from .db import utcnow
from .models import ROLES, LoginAttempt, LoginSession, User

MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # hashing a megabyte of password is work for nothing
MAX_NAME = 64


class BadAccount(WebmapError):
    """A bad user name, role or password, or a user that is (or is not) there."""


@dataclass(frozen=True)
class LoginLimits:
    account_failures: int = 5  # failed logins for one account within `window` lock it...
    window: timedelta = timedelta(minutes=15)
    lock: timedelta = timedelta(minutes=15)  # ...for this long
    address_failures: int = 20  # more failed logins than this from one address within `window`: 429

    @classmethod
    def from_config(cls, config: dict | None) -> LoginLimits:
        values = dict(config or {})
        for key in ("window", "lock"):
            if isinstance(values.get(key), (int, float)):
                values[key] = timedelta(seconds=values[key])
        return cls(**values)


def hasher(parameters: dict | None = None) -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile) unless given."""
    return PasswordHasher(**(parameters or {}))


def check_name(name: str) -> str:
    if not name or len(name) > MAX_NAME or name != name.strip():
        raise BadAccount(f"a user name is 1 to {MAX_NAME} characters, with no space at either end")
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise BadAccount("a user name has no control characters")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadAccount(f"a password has at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise BadAccount(f"a password has at most {MAX_PASSWORD} characters")
    return password


def check_role(role: str) -> str:
    if role not in ROLES:
        raise BadAccount(f"a role is one of {', '.join(ROLES)}, not {role!r}")
    return role


def find_user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.name == name))


def add_user(session: Session, name: str, password: str, *, role: str = "editor",
             password_hasher: PasswordHasher | None = None) -> User:
    check_name(name), check_role(role), check_password(password)
    if find_user(session, name) is not None:
        raise BadAccount(f"there is already a user {name!r}")
    user = User(name=name, role=role, password_hash=(password_hasher or hasher()).hash(password),
                failed_logins=0, created_at=utcnow())
    session.add(user)
    return user


def set_password(session: Session, name: str, password: str, *, password_hasher: PasswordHasher | None = None) -> User:
    """A new password; the user's sessions end (whoever knew the old one is logged out)."""
    check_password(password)
    user = find_user(session, name)
    if user is None:
        raise BadAccount(f"there is no user {name!r}")
    user.password_hash = (password_hasher or hasher()).hash(password)
    for login in user.sessions:
        login.revoked = True
    return user


def remove_user(session: Session, name: str) -> None:
    user = find_user(session, name)
    if user is None:
        raise BadAccount(f"there is no user {name!r}")
    session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
    session.delete(user)


@dataclass
class LoginResult:
    user: User | None  # None: refused
    outcome: str  # "ok", "failed", "locked", "throttled"
    until: datetime | None = None  # when a lock (or the address's limit) ends


class Authenticator:
    """Decides a login: the address's limit, the account's lock, then the password. An unknown
    name and a wrong password get the same answer after the same work (a dummy hash is checked),
    and both count towards the name's lock, so neither tells whether an account exists."""

    def __init__(self, password_hasher: PasswordHasher, limits: LoginLimits):
        self.hasher = password_hasher
        self.limits = limits
        self._dummy_hash = password_hasher.hash(secrets.token_urlsafe(24))

    def address_blocked_until(self, session: Session, address: str, now: datetime) -> datetime | None:
        since = now - self.limits.window
        failures = session.execute(
            select(func.count(), func.min(LoginAttempt.at))
            .where(LoginAttempt.address == address, LoginAttempt.ok.is_(False), LoginAttempt.at > since)).one()
        if failures[0] >= self.limits.address_failures:
            return failures[1] + self.limits.window
        return None

    def locked_until(self, session: Session, name: str, now: datetime) -> datetime | None:
        return session.scalar(select(func.max(LoginAttempt.locks_until))
                              .where(LoginAttempt.name == name, LoginAttempt.locks_until > now))

    def _verify(self, user: User | None, password: str) -> bool:
        try:
            return self.hasher.verify(user.password_hash if user else self._dummy_hash, password) and user is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def login(self, session: Session, name: str, password: str, address: str) -> LoginResult:
        """The caller commits: the attempt is recorded in `session` whatever the outcome."""
        now = utcnow()
        name = name[:MAX_NAME]
        blocked = self.address_blocked_until(session, address, now)
        if blocked is not None:
            return LoginResult(None, "throttled", blocked)
        user = find_user(session, name)
        locked = self.locked_until(session, name, now)
        if locked is not None:
            self._verify(None, password)  # the same work as any answer
            session.add(LoginAttempt(address=address, name=name, at=now, ok=False, outcome="locked"))
            return LoginResult(None, "locked", locked)
        if self._verify(user, password):
            if self.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self.hasher.hash(password)
            user.failed_logins, user.locked_until = 0, None
            session.add(LoginAttempt(address=address, name=name, at=now, ok=True, outcome="ok"))
            return LoginResult(user, "ok")
        attempt = LoginAttempt(address=address, name=name, at=now, ok=False, outcome="failed")
        session.add(attempt)
        session.flush()  # counted below with the earlier ones
        last_ok = session.scalar(select(func.max(LoginAttempt.at)).where(LoginAttempt.name == name, LoginAttempt.ok.is_(True)))
        since = max(now - self.limits.window, last_ok) if last_ok else now - self.limits.window
        failures = session.scalar(select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.name == name, LoginAttempt.outcome == "failed", LoginAttempt.at >= since,
            LoginAttempt.at > now - self.limits.window))
        if user is not None:
            user.failed_logins = failures
        if failures >= self.limits.account_failures:
            attempt.locks_until = now + self.limits.lock
            if user is not None:
                user.locked_until = attempt.locks_until
            return LoginResult(None, "locked", attempt.locks_until)
        return LoginResult(None, "failed")
