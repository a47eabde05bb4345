"""The optional `<slug>.toml` beside an article: the editor's choices (title, date, the original
article's address, itinerary, lanes)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import BadSidecar
from .sealanes import DEFAULT_SPEED_KN

LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
TOP_KEYS = {"title", "date", "dateline", "url", "summary", "itinerary", "lanes"}
LANE_KEYS = {"from", "to", "speed_kn"}
NOT_IN_URLS = set('<>"`{}|\\^') | {chr(c) for c in range(32)} | {"\x7f"}  # RFC 3986 forbids them unescaped
MAX_SUMMARY_CHARS = 300  # one line on the index's card


@dataclass(frozen=True)
class LaneSpec:
    origin: str  # UN/LOCODE
    destination: str  # UN/LOCODE
    speed_kn: float = DEFAULT_SPEED_KN


@dataclass(frozen=True)
class Sidecar:
    title: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    url: str | None = None  # the original article, http(s) only
    summary: str | None = None  # one line for the index; else the article's first sentence
    itinerary: tuple[str, ...] = ()
    lanes: tuple[LaneSpec, ...] = field(default_factory=tuple)

    @classmethod
    def for_article(cls, article_path: Path) -> "Sidecar":
        """The sidecar next to an article, or an empty one when there is none."""
        path = Path(article_path).with_suffix(".toml")
        if not path.exists():
            return cls()
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise BadSidecar(f"{path}: not UTF-8") from None
        except tomllib.TOMLDecodeError as err:
            raise BadSidecar(f"{path}: malformed TOML ({err})") from None
        return parse_sidecar(table, path)


def parse_sidecar(table: dict, path: Path) -> Sidecar:
    """Validate a decoded sidecar table, naming the file and key at fault."""

    def fail(message: str) -> BadSidecar:
        return BadSidecar(f"{path}: {message}")

    unknown = sorted(set(table) - TOP_KEYS)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(TOP_KEYS))})")
    for key in ("title", "dateline"):
        if key in table and not (isinstance(table[key], str) and table[key].strip()):
            raise fail(f"{key!r} must be a non-empty string")
    date = table.get("date")
    if date is not None and not (isinstance(date, dt.date) and not isinstance(date, dt.datetime)):
        raise fail("'date' must be a TOML date such as 2024-06-24")
    url = table.get("url")
    if url is not None and not is_web_address(url):
        raise fail(f"'url' must be the original article's http:// or https:// address, got {url!r}")
    summary = table.get("summary")
    if summary is not None:
        if not (isinstance(summary, str) and summary.strip() and len(summary) <= MAX_SUMMARY_CHARS):
            raise fail(f"'summary' must be a non-empty string of at most {MAX_SUMMARY_CHARS} characters")
        summary = " ".join(summary.split())  # one line
    itinerary = table.get("itinerary", [])
    if not (isinstance(itinerary, list) and all(isinstance(s, str) and s.strip() for s in itinerary)):
        raise fail("'itinerary' must be a list of place names")
    if len(set(itinerary)) != len(itinerary):
        raise fail("'itinerary' names a place twice")
    lanes_in = table.get("lanes", [])
    if not isinstance(lanes_in, list):
        raise fail("'lanes' must be an array of tables ([[lanes]])")
    lanes = []
    for number, lane in enumerate(lanes_in, start=1):
        if not isinstance(lane, dict):
            raise fail(f"lane {number} must be a table with 'from' and 'to'")
        extra = sorted(set(lane) - LANE_KEYS)
        if extra:
            raise fail(f"lane {number}: unknown key {extra[0]!r}")
        ends = []
        for key in ("from", "to"):
            code = lane.get(key)
            if not (isinstance(code, str) and LOCODE_RE.match(code)):
                raise fail(f"lane {number}: {key!r} must be a UN/LOCODE such as 'PECHY', got {code!r}")
            ends.append(code)
        if ends[0] == ends[1]:
            raise fail(f"lane {number}: 'from' and 'to' are the same port")
        speed = lane.get("speed_kn", DEFAULT_SPEED_KN)
        if isinstance(speed, bool) or not isinstance(speed, (int, float)) or not 1 <= speed <= 40:
            raise fail(f"lane {number}: 'speed_kn' must be a number of knots between 1 and 40")
        lanes.append(LaneSpec(ends[0], ends[1], float(speed)))
    return Sidecar(
        title=table.get("title"),
        date=date,
        dateline=table.get("dateline"),
        url=url,
        summary=summary,
        itinerary=tuple(itinerary),
        lanes=tuple(lanes),
    )


def is_web_address(url) -> bool:
    """An absolute http(s) URL with a host and nothing RFC 3986 leaves out (white space, quotes,
    angle brackets): never `javascript:` or `data:`, since pages put it in an href."""
    if not isinstance(url, str) or len(url) > 2000 or any(c.isspace() or c in NOT_IN_URLS for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
