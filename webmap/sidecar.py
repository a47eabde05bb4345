"""The optional `<slug>.toml` beside an article: the editor's choices (title, date, the original
article's address, itinerary, lanes, and the corrections made to the places found)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import AmbiguousPort, BadCoordinate, BadSidecar, UnknownPort, UnknownVessel
from .geonames import fold
from .kinds import BY_ID as KIND_IDS
from .network import PASSAGES
from .sealanes import DEFAULT_SPEED_KN, waypoint
from .vessels import registry

LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
TOP_KEYS = {"title", "date", "dateline", "url", "summary", "itinerary", "lanes", "corrections"}
CORRECTION_KEYS = {"reject", "choose", "pin"}
CHOOSE_KEYS = {"place", "use"}
PIN_KEYS = {"text", "at", "place", "lon", "lat", "name", "kind"}
POINT_KEYS = ("lon", "lat", "name", "kind")  # a pin to a point of the editor's own: all four
PLACE_ID_RE = re.compile(r"^[a-z]+-[^\s]{1,200}$")  # as features carry them: "city-1796236", "port-pechy"
MAX_PIN_NAME_CHARS = 200
LANE_KEYS = {"from", "to", "speed_kn", "avoid", "via", "vessel", "id", "scenario", "compare_to",
             "published_days", "sources"}
LANE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
NOT_IN_URLS = set('<>"`{}|\\^') | {chr(c) for c in range(32)} | {"\x7f"}  # RFC 3986 forbids them unescaped
MAX_SUMMARY_CHARS = 300  # one line on the index's card


@dataclass(frozen=True)
class LaneSpec:
    origin: str  # UN/LOCODE
    destination: str  # UN/LOCODE
    speed_kn: float = DEFAULT_SPEED_KN
    avoid: tuple[str, ...] = ()  # passage ids
    via: tuple = ()  # waypoints as `sealanes.waypoint` reads them
    vessel: str | None = None  # a class of `vessels.registry`
    id: str | None = None  # the feature is "lane-<id>"; else "lane-<from>-<to>", lower case
    compare_to: str | None = None  # another lane's id (given or made from its ends)
    extra: dict = field(default_factory=dict)  # scenario, published_days, sources: shown as given

    @property
    def lane_id(self) -> str:
        return self.id or f"{self.origin}-{self.destination}".lower()


@dataclass(frozen=True)
class Choose:
    """Another entry for a place the geoparser found: `place` (its id) becomes `use`."""

    place: str
    use: str


@dataclass(frozen=True)
class Pin:
    """A mention the geoparser missed or misread: the words `text` at offset `at` name the
    gazetteer entry `place`, or a point of the editor's own (lon, lat, name, kind)."""

    text: str
    at: int
    place: str | None = None
    lon: float | None = None
    lat: float | None = None
    name: str | None = None
    kind: str | None = None

    @property
    def end(self) -> int:
        return self.at + len(self.text)

    @property
    def point_id(self) -> str:
        """The id of the editor's own point: its kind, its name and where it is, so that the
        same point pinned twice is one place and the same inputs always give the same id."""
        digest = hashlib.sha256(f"{self.kind}|{self.name}|{self.lon:.5f}|{self.lat:.5f}".encode()).hexdigest()[:8]
        slug = re.sub(r"[^a-z0-9]+", "-", fold(self.name or "").lower()).strip("-")[:60] or "place"
        return f"{self.kind}-pin-{slug}-{digest}"


@dataclass(frozen=True)
class Corrections:
    """The editor's corrections of the places found, applied by the build (story.py)."""

    reject: tuple[str, ...] = ()  # ids of places left off the map
    choose: tuple[Choose, ...] = ()
    pin: tuple[Pin, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.reject or self.choose or self.pin)


@dataclass(frozen=True)
class Sidecar:
    title: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    url: str | None = None  # the original article, http(s) only
    summary: str | None = None  # one line for the index; else the article's first sentence
    itinerary: tuple[str, ...] = ()
    lanes: tuple[LaneSpec, ...] = field(default_factory=tuple)
    corrections: Corrections = field(default_factory=Corrections)
    path: Path | None = field(default=None, compare=False)  # the file, for messages (None: made in memory)

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
        lanes.append(LaneSpec(ends[0], ends[1], float(speed), **lane_options(lane, f"lane {number}", fail)))
    ids = [lane.lane_id for lane in lanes]
    for number, lane in enumerate(lanes, start=1):
        if ids.count(lane.lane_id) > 1:
            raise fail(f"lane {number}: two lanes have the id {lane.lane_id!r}; give each an 'id'")
        if lane.compare_to is not None and lane.compare_to not in ids:
            raise fail(f"lane {number} ({lane.lane_id!r}): 'compare_to' {lane.compare_to!r} is not a lane of this "
                       f"sidecar (lanes: {', '.join(ids)})")
        if lane.compare_to == lane.lane_id:
            raise fail(f"lane {number}: 'compare_to' names the lane itself")
    return Sidecar(
        title=table.get("title"),
        date=date,
        dateline=table.get("dateline"),
        url=url,
        summary=summary,
        itinerary=tuple(itinerary),
        lanes=tuple(lanes),
        corrections=parse_corrections(table.get("corrections", {}), fail),
        path=Path(path) if path is not None else None,
    )


def parse_corrections(table, fail) -> Corrections:
    """The `[corrections]` table, checked for its form (keys, types, ranges); what needs the
    article and the gazetteer (ids, offsets) is checked by `check_corrections`."""
    if not isinstance(table, dict):
        raise fail(f"'corrections' must be a table ([corrections]), got {table!r}")
    unknown = sorted(set(table) - CORRECTION_KEYS)
    if unknown:
        raise fail(f"corrections: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(CORRECTION_KEYS))})")
    reject = table.get("reject", [])
    if not isinstance(reject, list):
        raise fail(f"corrections.reject must be a list of place ids, got {reject!r}")
    for value in reject:
        if not (isinstance(value, str) and PLACE_ID_RE.match(value)):
            raise fail(f"corrections.reject: {value!r} is not a place id such as 'city-1796236'")
    if len(set(reject)) != len(reject):
        twice = next(v for v in reject if reject.count(v) > 1)
        raise fail(f"corrections.reject: {twice!r} is listed twice")

    choose = []
    choose_in = table.get("choose", [])
    if not isinstance(choose_in, list):
        raise fail("corrections.choose must be an array of tables ([[corrections.choose]])")
    for number, item in enumerate(choose_in, start=1):
        where = f"corrections.choose {number}"
        if not isinstance(item, dict):
            raise fail(f"{where} must be a table with 'place' and 'use', got {item!r}")
        extra = sorted(set(item) - CHOOSE_KEYS)
        if extra:
            raise fail(f"{where}: unknown key {extra[0]!r} = {item[extra[0]]!r} (allowed: place, use)")
        for key in ("place", "use"):
            value = item.get(key)
            if not (isinstance(value, str) and PLACE_ID_RE.match(value)):
                raise fail(f"{where}: {key!r} must be a place id such as 'city-1796236', got {value!r}")
        if item["place"] == item["use"]:
            raise fail(f"{where}: 'use' = {item['use']!r} is the place itself")
        if item["place"] in reject:
            raise fail(f"{where}: 'place' = {item['place']!r} is also in corrections.reject")
        if item["use"] in reject:
            raise fail(f"{where}: 'use' = {item['use']!r} is in corrections.reject")
        if any(c.place == item["place"] for c in choose):
            raise fail(f"{where}: 'place' = {item['place']!r} is chosen for twice")
        choose.append(Choose(item["place"], item["use"]))

    pins = []
    pin_in = table.get("pin", [])
    if not isinstance(pin_in, list):
        raise fail("corrections.pin must be an array of tables ([[corrections.pin]])")
    for number, item in enumerate(pin_in, start=1):
        where = f"corrections.pin {number}"
        if not isinstance(item, dict):
            raise fail(f"{where} must be a table with 'text', 'at' and 'place' (or lon, lat, name, kind), got {item!r}")
        extra = sorted(set(item) - PIN_KEYS)
        if extra:
            raise fail(f"{where}: unknown key {extra[0]!r} = {item[extra[0]]!r} "
                       f"(allowed: {', '.join(sorted(PIN_KEYS))})")
        text, at = item.get("text"), item.get("at")
        if not (isinstance(text, str) and text.strip() and text == text.strip() and len(text) <= 500):
            raise fail(f"{where}: 'text' must be the mention's words, verbatim, without white space around "
                       f"them, got {text!r}")
        if isinstance(at, bool) or not isinstance(at, int) or at < 0:
            raise fail(f"{where}: 'at' must be the character offset of the mention in the article, got {at!r}")
        point = [key for key in POINT_KEYS if key in item]
        if "place" in item:
            if point:
                raise fail(f"{where}: give 'place' or a point (lon, lat, name, kind), not both "
                           f"({point[0]!r} = {item[point[0]]!r})")
            if not (isinstance(item["place"], str) and PLACE_ID_RE.match(item["place"])):
                raise fail(f"{where}: 'place' must be a place id such as 'port-pechy', got {item['place']!r}")
            if item["place"] in reject:
                raise fail(f"{where}: 'place' = {item['place']!r} is in corrections.reject")
            pin = Pin(text, at, place=item["place"])
        else:
            missing = [key for key in POINT_KEYS if key not in item]
            if missing:
                raise fail(f"{where}: needs 'place' (a gazetteer id) or a point with lon, lat, name and kind "
                           f"(missing {missing[0]!r})")
            for key, low, high in (("lon", -180, 180), ("lat", -90, 90)):
                value = item[key]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                    raise fail(f"{where}: {key!r} must be a number from {low} to {high}, got {value!r}")
            name = item["name"]
            if not (isinstance(name, str) and name.strip() and len(name) <= MAX_PIN_NAME_CHARS):
                raise fail(f"{where}: 'name' must be a non-empty string of at most {MAX_PIN_NAME_CHARS} "
                           f"characters, got {name!r}")
            kind = item["kind"]
            kinds = [k for k in KIND_IDS if k != "lane"]
            if kind not in kinds:
                raise fail(f"{where}: 'kind' = {kind!r} is not a kind of place (choices: {', '.join(kinds)})")
            pin = Pin(text, at, lon=round(float(item["lon"]), 5), lat=round(float(item["lat"]), 5),
                      name=" ".join(name.split()), kind=kind)
        for other_number, other in enumerate(pins, start=1):
            if pin.at < other.end and other.at < pin.end:
                raise fail(f"{where}: 'at' = {at!r}: its words overlap those of corrections.pin {other_number}")
        pins.append(pin)
    return Corrections(tuple(reject), tuple(choose), tuple(pins))


def check_corrections(sidecar: "Sidecar", text: str, gazetteer, where) -> dict:
    """The corrections checked against the article and the gazetteer: every id an entry's
    (lookup.entry; a rejected or replaced place may also be an organisation or a bay read by
    the shape of its name, which no table has), every pin's words at its offset. Returns id -> Entry for every id named
    (and for the editor's own points). BadSidecar names the file, the key and the value."""
    from .gazetteer import NAMED_ID_RE, Entry
    from .lookup import UnknownPlace, entry

    def fail(message: str) -> BadSidecar:
        return BadSidecar(f"{where}: {message}")

    corrections = sidecar.corrections
    entries: dict = {}

    def known(place_id: str, key: str, drawn: bool = True):
        if not drawn and isinstance(place_id, str) and NAMED_ID_RE.fullmatch(place_id):
            return  # an organisation or bay read by its name's shape: no table row, found in the article or not at all
        try:
            found = entry(gazetteer, place_id)
        except UnknownPlace as err:
            raise fail(f"{key}: {err}") from None
        if drawn and gazetteer.geometry(found)[0] is None:
            raise fail(f"{key}: {place_id!r} ({found.name}) has no shape or point to draw")
        entries[place_id] = found

    for place_id in corrections.reject:
        known(place_id, f"corrections.reject {place_id!r}", drawn=False)
    for number, choice in enumerate(corrections.choose, start=1):
        known(choice.place, f"corrections.choose {number}: 'place' = {choice.place!r}", drawn=False)
        known(choice.use, f"corrections.choose {number}: 'use' = {choice.use!r}")
    for number, pin in enumerate(corrections.pin, start=1):
        found = text[pin.at : pin.end]
        if found != pin.text:
            elsewhere = [m.start() for m in re.finditer(re.escape(pin.text), text)][:5]
            hint = (f"these words are at {', '.join(map(str, elsewhere))}" if elsewhere
                    else "the article does not have these words")
            raise fail(f"corrections.pin {number}: 'text' = {pin.text!r} is not at 'at' = {pin.at} "
                       f"(found {found!r} there; {hint})")
        if pin.place is not None:
            known(pin.place, f"corrections.pin {number}: 'place' = {pin.place!r}")
        else:
            entries[pin.point_id] = Entry(id=pin.point_id, name=pin.name, kind=pin.kind, source=PIN_SOURCE,
                                          lon=pin.lon, lat=pin.lat)
    return entries


PIN_SOURCE = "editor:pin"  # the `source` of a point an editor placed (no gazetteer entry)


def lane_options(lane: dict, where: str, fail) -> dict:
    """A lane's routing and scenario keys, checked: unknown passages, vessels and waypoints
    are errors naming the lane and the value, with the valid choices."""
    where = f"{where} ({lane['id']!r})" if isinstance(lane.get("id"), str) else where
    avoid = lane.get("avoid", [])
    if isinstance(avoid, str):
        avoid = [a for a in avoid.split(",") if a.strip()]
    if not (isinstance(avoid, list) and all(isinstance(a, str) for a in avoid)):
        raise fail(f"{where}: 'avoid' must be a list of passage ids")
    for name in avoid:
        if name.strip().lower() not in PASSAGES:
            raise fail(f"{where}: unknown passage {name!r} in 'avoid' (choices: {', '.join(PASSAGES)})")
    via_in = lane.get("via", [])
    if not (isinstance(via_in, list) and all(isinstance(v, str) and v.strip() for v in via_in)):
        raise fail(f"{where}: 'via' must be a list of ports, passage ids or \"lon,lat\" points")
    via = []
    for stop in via_in:
        try:
            via.append(waypoint(stop))
        except (UnknownPort, AmbiguousPort) as err:
            labels = [c.get("label") or c.get("locode") for c in err.details.get("choices", [])]
            raise fail(f"{where}: 'via' {stop!r}: {err}" + (f" (choices: {'; '.join(labels)})" if labels else "")) from None
        except BadCoordinate as err:
            raise fail(f"{where}: 'via' {stop!r}: {err}") from None
    vessel = lane.get("vessel")
    if vessel is not None:
        try:
            vessel = registry().get(vessel if isinstance(vessel, str) else repr(vessel)).id
        except UnknownVessel:
            raise fail(f"{where}: unknown vessel {vessel!r} (choices: {', '.join(registry().classes)})") from None
    for key in ("id", "compare_to"):
        value = lane.get(key)
        if value is not None and not (isinstance(value, str) and LANE_ID_RE.match(value.lower())):
            raise fail(f"{where}: {key!r} must be a lane id of lower-case letters, digits and dashes, got {value!r}")
    extra = {}
    scenario = lane.get("scenario")
    if scenario is not None:
        if not (isinstance(scenario, str) and scenario.strip() and len(scenario) <= 200):
            raise fail(f"{where}: 'scenario' must be a short label")
        extra["scenario"] = " ".join(scenario.split())
    published = lane.get("published_days")
    if published is not None:
        days = published if isinstance(published, list) else [published]
        if not (1 <= len(days) <= 2 and all(isinstance(d, (int, float)) and not isinstance(d, bool) and 0 < d < 400
                                            for d in days)):
            raise fail(f"{where}: 'published_days' must be a number of days or a [low, high] pair")
        extra["published_days"] = [float(d) for d in days]
    sources = lane.get("sources", [])
    if not (isinstance(sources, list) and all(isinstance(s, dict) and set(s) <= {"title", "url"}
                                              and isinstance(s.get("title"), str) and s["title"].strip()
                                              and is_web_address(s.get("url")) for s in sources)):
        raise fail(f"{where}: 'sources' must be a list of {{ title = \"...\", url = \"https://...\" }}")
    if sources:
        extra["sources"] = [{"title": s["title"], "url": s["url"]} for s in sources]
    if "published_days" in extra and not sources:
        raise fail(f"{where}: 'published_days' needs its 'sources'")
    compare_to = lane.get("compare_to")
    return {"avoid": tuple(a.strip().lower() for a in avoid), "via": tuple(via), "vessel": vessel,
            "id": lane["id"].lower() if lane.get("id") else None,
            "compare_to": compare_to.lower() if compare_to else None, "extra": extra}


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
