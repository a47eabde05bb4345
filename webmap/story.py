"""Assemble a story: an article's places (and lanes) as one RFC 7946 FeatureCollection."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from shapely.geometry import Point

from . import __version__
from .article import Article, Span
from .errors import BadSidecar, WebmapError
from .gazetteer import Gazetteer
from .geometry import to_geojson
from .geoparse import Place, find_places, number_stops, quotes_for
from .provenance import source_links
from .sidecar import Sidecar


@dataclass(frozen=True)
class Seed:
    """An article file and its optional sidecar, as found in a seeds folder."""

    article_path: Path

    @property
    def slug(self) -> str:
        return self.article_path.stem

    @property
    def sidecar_path(self) -> Path:
        return self.article_path.with_suffix(".toml")

    def fingerprint(self) -> str:
        """SHA-256 over the inputs and the generator version: a change means the build is stale."""
        digest = hashlib.sha256(__version__.encode())
        for path in (self.article_path, self.sidecar_path):
            digest.update(path.read_bytes() if path.exists() else b"")
        return digest.hexdigest()


def find_seeds(seeds_dir: Path) -> list[Seed]:
    """Every `*.txt` article in the folder, by slug."""
    return [Seed(path) for path in sorted(Path(seeds_dir).glob("*.txt"))]


def build_story(seed: Seed, gazetteer: Gazetteer, lanes_builder=None) -> dict:
    """Read, geoparse and assemble one story. Raises BadArticle / BadSidecar on bad input."""
    article = Article.from_path(seed.article_path)
    sidecar = Sidecar.for_article(seed.article_path)
    # A place nothing can draw is left out before the itinerary is checked against the places.
    places = [place for place in find_places(article, gazetteer) if gazetteer.geometry(place.entry)[0] is not None]
    missing = number_stops(article, places, sidecar.itinerary)
    if missing:
        raise BadSidecar(f"{seed.sidecar_path}: itinerary place {missing[0]!r} is not named in the article")
    for number, lane in enumerate(sidecar.lanes, start=1):
        for code in (lane.origin, lane.destination):
            if code not in gazetteer.ports:
                raise BadSidecar(f"{seed.sidecar_path}: lane {number}: unknown port {code!r} (not in the UN/LOCODE port list)")
    features = [place_feature(article, place, gazetteer) for place in places]
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
            raise BadSidecar(f"{seed.sidecar_path}: {err}") from None
    return {
        "type": "FeatureCollection",
        "story": {
            "fingerprint": seed.fingerprint(),  # first, so a staleness check reads only the file's head
            "slug": seed.slug,
            "title": sidecar.title or seed.slug.replace("-", " ").capitalize(),
            "date": sidecar.date.isoformat() if sidecar.date else None,
            "dateline": sidecar.dateline,
            "url": sidecar.url,
            "summary": sidecar.summary,
            "itinerary": list(sidecar.itinerary),
            "article": article.text,
            "generator": f"webmap {__version__}",
        },
        "features": features,
    }


def place_feature(article: Article, place: Place, gazetteer: Gazetteer) -> dict:
    entry = place.entry
    geometry, precision = gazetteer.geometry(entry)
    properties = {
        "id": entry.id,
        "name": entry.name,
        "kind": entry.kind,
        "country": entry.country,
        "source": entry.source,
        "source_links": source_links(entry.source, entry.get("seat_source")),
    }
    if place.stop is not None:
        properties["stop"] = place.stop
    if entry.population:
        properties["population"] = entry.population
    properties.update((key, value) for key, value in entry.extra if key != "shape")  # a key of ours, not data
    if precision:
        properties["precision"] = precision
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
