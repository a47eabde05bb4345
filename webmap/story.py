"""Assemble a story: an article's places (and lanes) as one RFC 7946 FeatureCollection."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry import Point

from . import __version__
from .article import SLUG_RE, Article, Span, decode_article
from .errors import BadArticle, BadSidecar, WebmapError
from .gazetteer import Gazetteer, fold
from .geometry import to_geojson
from .geoparse import Place, find_places, number_stops, quotes_for
from .kinds import AREA_KINDS
from .provenance import source_links
from .seeds import Seed, fingerprint_of
from .sidecar import PIN_SOURCE, Corrections, Sidecar, check_corrections


def build_story(seed: Seed, gazetteer: Gazetteer, lanes_builder=None) -> dict:
    """Read, geoparse and assemble one story. Raises BadArticle / BadSidecar on bad input.
    The files are read here; everything else is `preview`, so that the editor's preview of a
    draft and the published build of its files are the same bytes."""
    path = seed.article_path
    if not SLUG_RE.match(seed.slug):
        Article.from_path(path)  # raises: the file name is not a slug
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")  # as read; preview normalises it as a file's text (BOM, size, NUL)
    except UnicodeDecodeError:
        decode_article(raw, path)  # raises the one message for a file that is not UTF-8
        raise
    sidecar = Sidecar.for_article(path)
    return preview(text, sidecar, gazetteer, lanes_builder, slug=seed.slug, fingerprint=seed.fingerprint(),
                   article_path=path)


def preview(text: str, sidecar: Sidecar, gazetteer: Gazetteer, lanes_builder=None, *, slug: str = "preview",
            fingerprint: str | None = None, article_path: Path | None = None) -> dict:
    """The story's FeatureCollection, built in memory from an article's text and its sidecar:
    what `build_story` makes of the same files. The text goes through what a file's does
    (`article.decode_article`: a leading byte-order mark dropped; empty, binary or too long
    refused). `fingerprint` is the story's (`fingerprint_of` the bytes the files will hold, for
    a preview byte-identical to their build; else that of the text alone). Errors name
    `article_path` and the sidecar's path (else `<slug>.txt` and `<slug>.toml`)."""
    article_path = Path(article_path) if article_path is not None else Path(f"{slug}.txt")
    if not SLUG_RE.match(slug):
        raise BadArticle(f"{article_path}: {slug!r} is not a slug (lower-case letters, digits and dashes)")
    try:
        raw = text.encode("utf-8")
    except (UnicodeEncodeError, AttributeError):
        raise BadArticle(f"{article_path}: not text that UTF-8 can hold") from None
    article = Article(slug, decode_article(raw, article_path))
    where = sidecar.path or article_path.with_suffix(".toml")
    # A place nothing can draw is left out before the itinerary is checked against the places.
    places = [place for place in find_places(article, gazetteer) if gazetteer.geometry(place.entry)[0] is not None]
    corrected: dict[str, str] = {}
    rejected: list[dict] = []
    if sidecar.corrections:
        entries = check_corrections(sidecar, article.text, gazetteer, where)
        places, corrected, rejected = apply_corrections(article, places, sidecar.corrections, entries, where)
    missing = number_stops(article, places, sidecar.itinerary)
    if missing:
        name = fold(missing[0])
        for place in rejected:  # named, but the editor took it off the map
            if name == fold(place["name"]) or any(name == fold(m["text"]) for m in place["mentions"]):
                raise BadSidecar(f"{where}: itinerary place {missing[0]!r} is a place corrections.reject "
                                 f"takes off the map ({place['id']!r})")
        raise BadSidecar(f"{where}: itinerary place {missing[0]!r} is not named in the article")
    for number, lane in enumerate(sidecar.lanes, start=1):
        for code in (lane.origin, lane.destination):
            if code not in gazetteer.ports:
                raise BadSidecar(f"{where}: lane {number}: unknown port {code!r} (not in the UN/LOCODE port list)")
    features = [place_feature(article, place, gazetteer, corrected.get(place.entry.id)) for place in places]
    if lanes_builder is not None and sidecar.lanes:
        named_ports = {p.entry.id for p in places}
        for lane in sidecar.lanes:  # the ports a lane joins, when the article does not name them
            for code in (lane.origin, lane.destination):
                entry = gazetteer.ports[code]
                if entry.id not in named_ports:
                    named_ports.add(entry.id)
                    features.append(lane_end_feature(entry))
        try:
            features += lanes_builder(sidecar.lanes)
        except WebmapError as err:  # e.g. a river port the sea network cannot reach
            raise BadSidecar(f"{where}: {err}") from None
    story = {
        "fingerprint": fingerprint or fingerprint_of(raw, None),  # first: a staleness check reads only the head
        "slug": slug,
        "title": sidecar.title or slug.replace("-", " ").capitalize(),
        "date": sidecar.date.isoformat() if sidecar.date else None,
        "dateline": sidecar.dateline,
        "url": sidecar.url,
        "summary": sidecar.summary,
        "itinerary": list(sidecar.itinerary),
    }
    if rejected:  # only in a corrected story, so that others keep their bytes
        story["rejected"] = rejected
    story["article"] = article.text
    story["generator"] = f"webmap {__version__}"
    return {"type": "FeatureCollection", "story": story, "features": features}


def apply_corrections(article: Article, places: list[Place], corrections: Corrections, entries: dict,
                      where) -> tuple[list[Place], dict[str, str], list[dict]]:
    """The places found, as the editor corrected them: rejected ones left out (and listed,
    with their mentions), chosen ones replaced by the entry the editor chose (keeping their
    mentions, merged with that entry's place if it was found too), pinned mentions made
    mentions of their entry (taken from whatever place held those words). Returns the
    places in order of first mention, id -> "chosen" | "pinned", and the rejected places."""
    corrected: dict[str, str] = {}
    rejected = []
    by_id = {place.entry.id: place for place in places}
    for place_id in corrections.reject:
        place = by_id.pop(place_id, None)
        if place is not None:  # a place the geoparser no longer finds is rejected already
            rejected.append({"id": place.entry.id, "name": place.entry.name, "kind": place.entry.kind,
                             "country": place.entry.country, "corrected": "rejected",
                             "mentions": [_quote(article, span) for span in place.mentions]})
    for number, choice in enumerate(corrections.choose, start=1):
        place = by_id.pop(choice.place, None)
        if place is None:
            raise BadSidecar(f"{where}: corrections.choose {number}: 'place' = {choice.place!r} is not among the "
                             f"places found in the article (found: {', '.join(by_id) or 'none'})")
        old, new = place.entry, entries[choice.use]
        lost = {"id": old.id, "name": old.name, "kind": old.kind, "country": old.country,
                "confidence": place.confidence, "why": "the editor chose another reading"}
        candidates = [lost, *(c for c in place.candidates if c["id"] != new.id)]
        held = by_id.get(new.id)
        if held is not None:  # the entry chosen was found too: one place with both's mentions
            held.mentions = sorted({*held.mentions, *place.mentions}, key=lambda s: (s.start, s.end))
            held.candidates = [c for c in held.candidates if c["id"] != old.id] + [lost]
            place = held
        else:
            place.entry, place.candidates = new, candidates
            by_id[new.id] = place
        place.confidence = 1.0
        corrected[new.id] = "chosen"
    for number, pin in sorted(enumerate(corrections.pin, start=1), key=lambda item: item[1].at):
        span = Span(pin.at, pin.end)
        try:
            article.sentence_at(pin.at)
        except ValueError:
            raise BadSidecar(f"{where}: corrections.pin {number}: 'at' = {pin.at} is in no sentence of the "
                             "article") from None
        for place in by_id.values():  # the words meant this place, not what the geoparser read
            place.mentions = [m for m in place.mentions if m.end <= span.start or span.end <= m.start]
        target = pin.place or pin.point_id
        place = by_id.get(target)
        if place is None:
            place = by_id[target] = Place(entries[target], mentions=[], confidence=1.0, candidates=[])
        place.mentions = sorted([*place.mentions, span], key=lambda s: (s.start, s.end))
        place.confidence = 1.0
        corrected.setdefault(target, "pinned")
    kept = sorted((place for place in by_id.values() if place.mentions), key=lambda p: (p.first_offset, p.entry.id))
    return kept, corrected, rejected


def place_feature(article: Article, place: Place, gazetteer: Gazetteer, corrected: str | None = None) -> dict:
    entry = place.entry
    if entry.source == PIN_SOURCE:  # the editor's own point: drawn where it was put
        geometry = Point(entry.lon, entry.lat)
        precision = "point" if entry.kind in AREA_KINDS | {"river", "canal"} else None
    else:
        geometry, precision = gazetteer.geometry(entry)
    properties = {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind,
        "country": entry.country,
        "source": entry.source,
        "source_links": source_links(entry.source, entry.get("seat_source"), entry.get("named_after_source")),
    }
    if place.stop is not None:
        properties["stop"] = place.stop
    if entry.population:
        properties["population"] = entry.population
    properties.update((key, value) for key, value in entry.extra if key != "shape")  # a key of ours, not data
    if precision:
        properties["precision"] = precision
    if corrected:
        properties["corrected"] = corrected
    properties["confidence"] = place.confidence
    properties["candidates"] = place.candidates
    properties["mentions"] = [_quote(article, span) for span in place.mentions]
    properties["quotes"] = [_quote(article, span) for span in quotes_for(article, place)]
    return {
        "type": "Feature",
        "id": entry.id,
        "geometry": to_geojson(geometry),
        "properties": properties,
    }


def lane_end_feature(entry) -> dict:
    """A port that only a lane names: no article sentence is about it, so no quotes."""
    properties = {"id": entry.id, "name": entry.name, "kind": "port", "country": entry.country,
                  "source": entry.source,
                  "source_links": source_links(entry.source), "role": "lane end", "mentions": [], "quotes": []}
    return {"type": "Feature", "id": entry.id, "geometry": to_geojson(Point(entry.lon, entry.lat)),
            "properties": properties}


def _quote(article: Article, span: Span) -> dict:
    return {"text": article.text[span.start : span.end], "start": span.start, "end": span.end}
