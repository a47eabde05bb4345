"""The editor's pages and JSON API: start a story, review its places, set its itinerary and
lanes, preview it as readers will see it, publish it, and browse or revert its history.

Every view needs a session (auth.login_required); every change carries the CSRF token
(CSRFProtect) and the draft's version (drafts.check_version). The geoparser and the map
builder run in the analysis process (analysis.Analyst), never in this one.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from flask import current_app, jsonify, redirect, render_template, request, url_for
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import NotFound

from ..article import SLUG_RE
from ..errors import WebmapError
from . import bp
from .audit import record
from .auth import current_user, login_required
from .db import db
from .drafts import (EDITABLE, SIDECAR_KEYS, DraftError, StaleDraft, UnknownDraft, apply_changes, article_text,
                     build_story, check_version, checked_sidecar, draft_fields, now, places_diff, places_of,
                     publish_files, sidecar_toml, slug_for)
from .models import Draft, Publication

MAX_SEARCH_CHARS = 100


def analyst():
    """The app's analysis process (made on first use)."""
    from .analysis import Analyst

    found = current_app.extensions.get("webmap-analyst")
    if found is None:
        found = current_app.extensions["webmap-analyst"] = Analyst(current_app.config["REFERENCE_DIR"],
                                                                   current_app.config["CACHE_DIR"])
    return found


def seeds_dir() -> Path:
    return Path(current_app.config["SEEDS_DIR"])


def the_draft(slug: str) -> Draft:
    if not SLUG_RE.match(slug):
        raise UnknownDraft(f"no draft {slug!r}")
    draft = db().query(Draft).filter_by(slug=slug).one_or_none()
    if draft is None:
        raise UnknownDraft(f"no draft {slug!r}: start it from the editor's stories list")
    return draft


def user_name() -> str:
    return current_user().name


# -- pages -------------------------------------------------------------------------------

@bp.get("")
@bp.get("/")
@login_required
def dashboard():
    """Drafts, newest first, and published stories with no draft yet (opening one makes it)."""
    analyst().warm()
    drafts = db().query(Draft).order_by(Draft.updated_at.desc()).all()
    with_draft = {d.slug for d in drafts}
    published = sorted(p.stem for p in seeds_dir().glob("*.txt") if SLUG_RE.match(p.stem) and p.stem not in with_draft)
    return render_template("editor_dashboard.html", drafts=drafts, published=published)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new_story():
    """Paste an article or upload a .txt (UTF-8, at most 2 MB), with its title, date, dateline and URL."""
    analyst().warm()
    if request.method == "GET":
        return render_template("editor_new.html", form={}, error=None)
    form = {key: request.form.get(key, "").strip() for key in ("title", "date", "dateline", "url")}
    form["text"] = request.form.get("text", "")
    upload = request.files.get("file")
    try:
        if upload and upload.filename:
            form["text"] = article_text(upload.stream.read(2_000_001))
        else:
            form["text"] = article_text(form["text"])
        taken = {d.slug for d in db().query(Draft.slug)} | {p.stem for p in seeds_dir().glob("*.txt")}
        slug = slug_for(form["title"] or "story", taken)
        fields = {**{k: (v or None) for k, v in form.items()}, "title": form["title"]}
        checked_sidecar(slug, fields)
    except DraftError as err:
        return render_template("editor_new.html", form=form, error=str(err)), 400
    draft = Draft(slug=slug, title=form["title"], date=form["date"] or None, dateline=form["dateline"] or None,
                  url=form["url"] or None, text=form["text"], extra="{}", version=1, created_at=now(),
                  created_by=user_name(), updated_at=now(), updated_by=user_name())
    db().add(draft)
    record("create", slug, title=form["title"])
    if not committed():  # the same title sent twice at once: the first made the draft
        return render_template("editor_new.html", form=form,
                               error=f"a draft {slug!r} was just made: open it from the stories list"), 409
    return redirect(url_for("editor.review", slug=slug), 303)


@bp.post("/open/<slug>")
@login_required
def open_story(slug: str):
    """A draft of a story published from files (by the CLI, or before the editor existed)."""
    from ..sidecar import Sidecar

    article_path = seeds_dir() / f"{slug}.txt"
    if not SLUG_RE.match(slug) or not article_path.is_file():
        raise NotFound(f"no article {slug}.txt in the seeds folder")
    if db().query(Draft).filter_by(slug=slug).one_or_none() is None:
        import tomllib

        sidecar_path = article_path.with_suffix(".toml")
        Sidecar.for_article(article_path)  # a sidecar that does not parse is not opened (BadSidecar: 400)
        table = tomllib.loads(sidecar_path.read_text(encoding="utf-8")) if sidecar_path.exists() else {}
        extra = {key: table[key] for key in SIDECAR_KEYS if key in table}
        text = article_text(article_path.read_bytes())
        draft = Draft(slug=slug, title=table.get("title") or slug.replace("-", " ").capitalize(),
                      date=table["date"].isoformat() if table.get("date") else None, dateline=table.get("dateline"),
                      url=table.get("url"), text=text, extra=json.dumps(extra, ensure_ascii=False, sort_keys=True,
                                                                       default=str),
                      version=1, created_at=now(), created_by=user_name(), updated_at=now(), updated_by=user_name(),
                      published_version=None)
        db().add(draft)
        record("open", slug)
        committed()  # opened twice at once: the first made the draft, which this one opens too
    return redirect(url_for("editor.review", slug=slug), 303)


@bp.get("/<slug>")
@login_required
def review(slug: str):
    analyst().warm()
    from ..network import PASSAGES
    from ..vessels import registry as vessel_registry

    draft = the_draft(slug)
    return render_template("editor_review.html", draft=draft, fields=draft_fields(draft),
                           vessels=vessel_registry().choices(), passages=sorted(PASSAGES))


@bp.get("/<slug>/history")
@login_required
def history(slug: str):
    draft = the_draft(slug)
    versions = db().query(Publication).filter_by(slug=slug).order_by(Publication.version.desc()).all()
    rows = []
    for index, version in enumerate(versions):
        before = json.loads(versions[index + 1].places) if index + 1 < len(versions) else []
        rows.append({"version": version, "diff": places_diff(before, json.loads(version.places))})
    return render_template("editor_history.html", draft=draft, rows=rows)


@bp.get("/<slug>/preview")
@login_required
def preview(slug: str):
    """The reader's page (or with ?embed=1 the embed) exactly as publishing would make it,
    from the draft as saved; nothing is written."""
    from ..web.pages import cached_html, render_page
    from ..web.resources import RenderedPage

    draft = the_draft(slug)
    fields = draft_fields(draft)
    collection, parts, description = analyst().call("preview", slug, fields["text"], sidecar_toml(slug, fields))
    template = "embed.html" if request.args.get("embed") == "1" else "story.html"
    html = render_page(template, collection, parts=parts, description=description,
                       **({"height": None} if template == "embed.html" else {}))
    response = cached_html(RenderedPage.of(html, current_app.config))
    response.headers["Cache-Control"] = "private, no-store"  # a draft: no cache may keep it
    return response


# -- the JSON API ------------------------------------------------------------------------

@bp.get("/api/drafts/<slug>")
@login_required
def get_draft(slug: str):
    return jsonify(draft_fields(the_draft(slug)))


@bp.put("/api/drafts/<slug>")
@login_required
def save_draft(slug: str):
    """Save changes made from `version` (409 with the draft as it now is when it has moved
    on), once the build's own code has made a story of them (400 naming what it refused);
    answers the draft and that story's places, to redraw without another request."""
    draft = the_draft(slug)
    changes = request.get_json(silent=True)
    if not isinstance(changes, dict):
        raise DraftError("send the changes as a JSON object")
    try:
        check_version(draft, changes.get("version"))
    except StaleDraft as err:
        return stale_answer(slug, str(err))
    before = json.loads(draft.extra or "{}").get("corrections", {})
    changed = apply_changes(draft, changes, user_name())
    fields = draft_fields(draft)
    try:  # what the build would make of it: a draft that saves is a story that builds
        collection = analyst().call("analyse", slug, fields["text"], sidecar_toml(slug, fields))
    except WebmapError:
        db().rollback()
        raise
    if changed:
        record("save", slug, changed=changed, **corrections_made(before, changes.get("corrections")))
        if not committed():  # another save of the same version won the race
            return stale_answer(slug)
    return jsonify({**draft_fields(draft), "analysis": analysis_of(collection)})


def committed() -> bool:
    """Commit; False (rolled back) when another request got there first: the draft's version
    moved (StaleDataError), or the row it would add exists (IntegrityError: the same slug, or
    the same published version)."""
    try:
        db().commit()
        return True
    except (StaleDataError, IntegrityError):
        db().rollback()
        return False


def stale_answer(slug: str, message: str | None = None):
    """409 with the draft as it now is, so the page can offer to load it or merge."""
    draft = the_draft(slug)
    db().refresh(draft)
    text = message or (f"this draft was saved by {draft.updated_by or 'someone'} at {draft.updated_at:%H:%M} UTC "
                       f"while you were saving (now version {draft.version}): reload it, or apply your change on top")
    return jsonify({"error": {"type": "StaleDraft", "message": text, "status": 409},
                    "current": draft_fields(draft)}), 409


def analysis_of(collection: dict) -> dict:
    """What the review page draws: the features, and the story without its text."""
    return {"features": collection["features"],
            "story": {key: value for key, value in collection["story"].items() if key != "article"}}


def corrections_made(before: dict, after) -> dict:
    """What an editor rejected, chose or pinned in one save (the audit log says who, and when)."""
    if not isinstance(after, dict):
        return {}
    made = {}
    rejected = set(after.get("reject", [])) - set(before.get("reject", []))
    if rejected:
        made["rejected"] = sorted(rejected)
    for key in ("choose", "pin"):
        new = [c for c in after.get(key, []) if c not in before.get(key, [])]
        if new:
            made["chose" if key == "choose" else "pinned"] = new
    return made


@bp.post("/api/drafts/<slug>/analyse")
@login_required
def analyse(slug: str):
    """The places (and lanes) the build would map from the fields sent (unsaved edits
    included), with each place's confidence and candidates: what the review page draws."""
    draft = the_draft(slug)
    sent = request.get_json(silent=True) or {}
    if not isinstance(sent, dict):
        raise DraftError("send the fields as a JSON object")
    fields = {**draft_fields(draft), **{k: v for k, v in sent.items() if k in EDITABLE}}
    if "text" in sent and not isinstance(sent["text"], str):
        raise DraftError("'text' must be the article's text")
    fields["text"] = article_text(fields["text"]) if "text" in sent else fields["text"]
    collection = analyst().call("analyse", slug, fields["text"], sidecar_toml(slug, fields))
    return jsonify(analysis_of(collection))


@bp.get("/api/gazetteer")
@login_required
def search_gazetteer():
    text = request.args.get("q", "").strip()
    if not text or len(text) > MAX_SEARCH_CHARS:
        raise DraftError(f"q must be 1 to {MAX_SEARCH_CHARS} characters")
    return jsonify({"results": analyst().call("search", text, 10)})


@bp.post("/api/drafts/<slug>/publish")
@login_required
def publish(slug: str):
    """Write the story's files from the draft as saved (`version`), build it, keep the version."""
    from ..store import Store

    draft = the_draft(slug)
    sent = request.get_json(silent=True) or {}
    try:
        check_version(draft, sent.get("version") if isinstance(sent, dict) else None)
    except StaleDraft as err:
        return stale_answer(slug, str(err))
    fields = draft_fields(draft)
    with PUBLISHING:  # one publish at a time in this process; the version check guards the rest
        previous = {suffix: read_or_none(seeds_dir() / f"{slug}{suffix}") for suffix in (".txt", ".toml")}
        try:
            article, sidecar = publish_files(seeds_dir(), slug, fields)
            build_story(seeds_dir(), Path(current_app.config["GEODATA_DIR"]), slug)
        except Exception:  # the files go back to what was published, so no later build puts this online
            restore_files(slug, previous)
            raise
    collection = Store(Path(current_app.config["GEODATA_DIR"])).read(slug)
    last = db().query(Publication).filter_by(slug=slug).order_by(Publication.version.desc()).first()
    number = (last.version if last else 0) + 1
    places = places_of(collection)
    db().add(Publication(slug=slug, version=number, published_at=now(), published_by=user_name(), article=article,
                         sidecar=sidecar, places=json.dumps(places, ensure_ascii=False)))
    draft.published_version = number
    diff = places_diff(json.loads(last.places) if last else [], places)
    record("publish", slug, version=number, added=[p["id"] for p in diff["added"]],
           removed=[p["id"] for p in diff["removed"]])
    if not committed():  # another editor saved or published it at the same moment
        return stale_answer(slug, "another editor changed this story while it was being published: reload it")
    return jsonify({"published_version": number, "url": url_for("pages.story", slug=slug),
                    "draft": draft_fields(draft), **diff})


PUBLISHING = threading.Lock()


def read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def restore_files(slug: str, previous: dict) -> None:
    from ..store import write_bytes_atomic

    for suffix, data in previous.items():
        path = seeds_dir() / f"{slug}{suffix}"
        if data is None:
            path.unlink(missing_ok=True)
        else:
            write_bytes_atomic(path, data)


@bp.post("/api/drafts/<slug>/revert")
@login_required
def revert(slug: str):
    """Make the draft what published version `to` was (publish it to put it back online)."""
    import tomllib

    draft = the_draft(slug)
    sent = request.get_json(silent=True) or {}
    if not isinstance(sent, dict):
        raise DraftError("send {version, to} as a JSON object")
    check_version(draft, sent.get("version"))
    if isinstance(sent.get("to"), bool) or not isinstance(sent.get("to"), int):
        raise DraftError("'to' must be the number of a published version")
    old = db().query(Publication).filter_by(slug=slug, version=sent.get("to")).one_or_none()
    if old is None:
        raise UnknownDraft(f"{slug!r} has no published version {sent.get('to')!r}")
    table = tomllib.loads(old.sidecar)
    changes = {"title": table.get("title", draft.title), "date": table["date"].isoformat() if table.get("date") else None,
               "dateline": table.get("dateline"), "url": table.get("url"), "text": old.article,
               **{key: table.get(key) for key in SIDECAR_KEYS}}
    apply_changes(draft, json.loads(json.dumps(changes, default=str)), user_name())
    record("revert", slug, to=old.version)
    if not committed():
        return stale_answer(slug)
    return jsonify(draft_fields(draft))


@bp.errorhandler(WebmapError)
def editor_error(err: WebmapError):
    """Errors of the editor's API as JSON, of its pages as the site's error page."""
    from ..web.errors import error_response

    return error_response(err.status, type(err).__name__, str(err), err.details)
