"""Drafts, publishing and history: the editor's work on a story, kept in the database until it
is published as the two files every story is made of (`seeds/<slug>.txt` and its TOML sidecar).

A draft holds the article's text and its sidecar as a table (title, date, dateline, url,
itinerary, lanes, corrections: what the TOML file will say), checked by the sidecar's own
parser, so a draft that saves is a story that builds. Saving carries the version the editor
started from: a save from an older version is refused (StaleDraft), never applied over
another editor's. Publishing writes the files atomically, builds that one story in a process
of its own (readers' workers never run the geoparser), and keeps the published version, so
the history can list what changed and revert to any version.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from ..article import MAX_ARTICLE_BYTES, SLUG_RE, decode_article
from ..errors import BadArticle, BadSidecar, WebmapError

SIDECAR_KEYS = ("summary", "itinerary", "lanes", "corrections")  # kept in Draft.extra, written to the sidecar
DRAFT_ONLY_KEYS = ("reviewed",)  # kept in Draft.extra only: places an editor has accepted
MAX_TITLE_CHARS = 200
BUILD_TIMEOUT_S = 300


class DraftError(WebmapError):
    """Input an editor gave that cannot be saved: says what and where (400)."""


class StaleDraft(WebmapError):
    """A save or publish from a version that is no longer the draft's latest (409)."""

    status = 409


class UnknownDraft(WebmapError):
    status = 404


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def slug_for(title: str, taken) -> str:
    """A slug from a title (ASCII letters, digits and dashes), made unique against `taken`."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:80].strip("-") or "story"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def article_text(raw: bytes | str) -> str:
    """Text pasted or uploaded, checked as an article file is (UTF-8, at most 2 MB, not empty)."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if len(data) > MAX_ARTICLE_BYTES:
        raise DraftError(f"the article is {len(data):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit")
    try:
        return decode_article(data, Path("article")).replace("\r\n", "\n")
    except BadArticle as err:
        raise DraftError(str(err).removeprefix("article: ")) from None


def sidecar_table(fields: dict) -> dict:
    """The TOML table a draft's fields make: what `seeds/<slug>.toml` will hold."""
    table = {}
    if fields.get("title"):
        table["title"] = fields["title"]
    if fields.get("date"):
        table["date"] = fields["date"] if isinstance(fields["date"], dt.date) else _date(fields["date"])
    for key in ("dateline", "url"):
        if fields.get(key):
            table[key] = fields[key]
    for key in SIDECAR_KEYS:
        value = fields.get(key)
        if value not in (None, [], {}, ""):
            table[key] = value
    return table


def checked_sidecar(slug: str, fields: dict):
    """The Sidecar a draft's fields make, checked by the sidecar's parser (DraftError naming
    the key at fault otherwise)."""
    from ..sidecar import parse_sidecar

    title = fields.get("title")
    if not (isinstance(title, str) and title.strip() and len(title) <= MAX_TITLE_CHARS):
        raise DraftError(f"a title is needed, of at most {MAX_TITLE_CHARS} characters")
    try:
        return parse_sidecar(sidecar_table(fields), Path(f"{slug}.toml"))
    except BadSidecar as err:
        raise DraftError(str(err).removeprefix(f"{slug}.toml: ")) from None


def sidecar_toml(slug: str, fields: dict) -> str:
    """The sidecar file's text: the draft's table as TOML, with a first line saying who made it."""
    import tomli_w

    checked_sidecar(slug, fields)
    try:
        body = tomli_w.dumps(sidecar_table(fields))
    except TypeError as err:  # a null somewhere: TOML has none
        raise DraftError(f"a value the sidecar cannot hold: {err}") from None
    return "# Written by the webmap editor; `webmap build` makes the published story from it.\n" + body


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise DraftError(f"'date' must be a date such as 2024-06-24, got {text!r}") from None


def draft_fields(draft) -> dict:
    """A Draft row as the JSON the editor's page reads."""
    extra = json.loads(draft.extra or "{}")
    return {
        "slug": draft.slug,
        "title": draft.title,
        "date": draft.date,
        "dateline": draft.dateline,
        "url": draft.url,
        "text": draft.text,
        **{key: extra.get(key, [] if key in ("itinerary", "lanes") else {} if key == "corrections" else None)
           for key in SIDECAR_KEYS},
        "reviewed": extra.get("reviewed", []),
        "version": draft.version,
        "updated_at": draft.updated_at.isoformat() if draft.updated_at else None,
        "updated_by": draft.updated_by,
        "published_version": draft.published_version,
    }


EDITABLE = ("title", "date", "dateline", "url", "text", *SIDECAR_KEYS, *DRAFT_ONLY_KEYS)


def apply_changes(draft, changes: dict, user: str) -> list[str]:
    """Apply an editor's changes to a draft after checking them all; returns the keys that
    changed. The caller has checked the version."""
    unknown = sorted(set(changes) - set(EDITABLE) - {"version"})
    if unknown:
        raise DraftError(f"unknown field {unknown[0]!r} (fields: {', '.join(EDITABLE)})")
    fields = draft_fields(draft)
    merged = {**fields, **{k: v for k, v in changes.items() if k in EDITABLE}}
    if "text" in changes:
        if not isinstance(changes["text"], str):
            raise DraftError("'text' must be the article's text")
        merged["text"] = article_text(changes["text"])
    for key in ("dateline", "url", "date", "summary"):
        if merged.get(key) == "":
            merged[key] = None
    reviewed = merged.get("reviewed") or []
    if not (isinstance(reviewed, list) and all(isinstance(r, str) and len(r) <= 200 for r in reviewed)):
        raise DraftError("'reviewed' must be a list of place ids")
    checked_sidecar(draft.slug, merged)
    changed = [key for key in EDITABLE if merged.get(key) != fields.get(key)]
    if changed:
        draft.title, draft.date, draft.dateline, draft.url, draft.text = (
            merged["title"].strip(), merged["date"], merged["dateline"], merged["url"], merged["text"])
        draft.extra = json.dumps({key: merged[key] for key in (*SIDECAR_KEYS, *DRAFT_ONLY_KEYS)
                                  if merged.get(key) not in (None, [], {})}, ensure_ascii=False, sort_keys=True)
        draft.version += 1
        draft.updated_at, draft.updated_by = now(), user
    return changed


def check_version(draft, version) -> None:
    if isinstance(version, bool) or not isinstance(version, int):
        raise DraftError("'version' (the draft's version this change starts from) is needed")
    if version != draft.version:
        raise StaleDraft(f"this draft was saved by {draft.updated_by or 'someone'} at "
                         f"{draft.updated_at:%H:%M} UTC since you opened it (your version {version}, "
                         f"now {draft.version}): reload it, or copy your changes and merge them")


def publish_files(seeds: Path, slug: str, fields: dict) -> tuple[str, str]:
    """Write the article and its sidecar into `seeds`, each atomically; returns their texts."""
    from ..store import write_bytes_atomic

    if not SLUG_RE.match(slug):
        raise DraftError(f"bad slug {slug!r}")
    sidecar = sidecar_toml(slug, fields)
    seeds.mkdir(parents=True, exist_ok=True)
    target = (seeds / f"{slug}.txt").resolve()
    if target.parent != seeds.resolve():  # a slug can name no other folder; checked again here
        raise DraftError(f"bad slug {slug!r}")
    write_bytes_atomic(seeds / f"{slug}.toml", sidecar.encode("utf-8"))
    write_bytes_atomic(seeds / f"{slug}.txt", fields["text"].encode("utf-8"))
    return fields["text"], sidecar


def build_story(seeds: Path, geodata: Path, slug: str) -> None:
    """`webmap build --only SLUG` in a process of its own, waited for (BuildFailed with its
    one-line error)."""
    try:
        result = subprocess.run([sys.executable, "-m", "webmap.cli", "build", "--seeds", str(seeds), "--out",
                                 str(geodata), "--only", slug], capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise DraftError(f"the build of {slug!r} took over {BUILD_TIMEOUT_S} s: not published") from None
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if "error" in line]
        raise DraftError(lines[0] if lines else f"the build of {slug!r} failed")


def places_of(collection: dict) -> list[dict]:
    """What the history compares between versions: each place's id, name and kind."""
    return sorted(({"id": f["properties"]["id"], "name": f["properties"]["name"], "kind": f["properties"]["kind"]}
                   for f in collection["features"] if f["properties"]["kind"] != "lane"), key=lambda p: p["id"])


def places_diff(before: list[dict], after: list[dict]) -> dict:
    old, new = {p["id"]: p for p in before}, {p["id"]: p for p in after}
    return {"added": [new[i] for i in sorted(set(new) - set(old))],
            "removed": [old[i] for i in sorted(set(old) - set(new))]}
