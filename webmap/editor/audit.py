"""The audit log: who did what, to which story, when. `record(...)` adds an entry to the
request's session (committed with the caller's commit); admins read it at /edit/audit."""

from __future__ import annotations

import json

from flask import render_template, request

from . import bp
from .auth import admin_required, current_user

PAGE_SIZE = 100


def entry(user_name: str | None, action: str, slug: str | None, detail: dict):
    """An AuditEntry, stamped now (the command line adds these to its own session)."""
    from .db import utcnow
    from .models import AuditEntry

    return AuditEntry(at=utcnow(), user_name=user_name, action=action, slug=slug,
                      detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str))


def add_entry(user_name: str | None, action: str, slug: str | None, detail: dict) -> None:
    from .db import db

    db().add(entry(user_name, action, slug, detail))


def record(action: str, slug: str | None = None, **detail) -> None:
    """An entry for the logged-in user (e.g. record("publish", slug, version=3))."""
    user = current_user()
    add_entry(user.name if user is not None else None, action, slug, detail)


@bp.route("/audit")
@admin_required
def audit_log():
    from sqlalchemy import func, select

    from .db import db
    from .models import AuditEntry

    page = request.args.get("page", "1")
    page = int(page) if page.isdigit() and 0 < int(page) < 10**6 else 1
    session = db()
    total = session.scalar(select(func.count()).select_from(AuditEntry))
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                              .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)).all()
    rows = [{"at": entry.at, "user_name": entry.user_name, "action": entry.action, "slug": entry.slug,
             "detail": json.loads(entry.detail or "{}")} for entry in entries]
    pages = max(1, -(-total // PAGE_SIZE))
    return render_template("editor_audit.html", entries=rows, page=page, pages=pages, total=total)
