"""Provenance a reader can follow: where a place was found, and the sentence it was quoted from.

`source_links` turns the machine-readable `source` of a place ("geonames:1796236",
"unlocode:CNSHA", "curated:organisations.csv#huawei (https://...)", "searoute:marnet") into
links with readable labels, at build time. `article_paragraphs` lays the article out for
reading, each quoted sentence with the id `sentence_id` gives it (popups link to it) and
each mention of a place linking back to that place on the map.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .article import _paragraphs  # the one definition of a paragraph break (blank lines)

GEONAMES_URL = "https://www.geonames.org/{id}"
UNLOCODE_URL = "https://service.unece.org/trade/locode/{country}.htm"  # UNECE's list for one country
SEAROUTE_URL = "https://pypi.org/project/searoute/"
CURATED_RE = re.compile(r"curated:(?P<table>[^#\s]+)#(?P<row>\S+)(?: \((?P<cited>.*)\))?", re.S)
WEB_ADDRESS_RE = re.compile(r"https?://\S+")  # cited URLs end at white space; "(company)" is part of them


NAMED = dict.fromkeys(("name:organisation", "name:feature"), "read from its name in the article (no table lists it)")


def source_links(source: str, seat_source: str | None = None, named_after_source: str | None = None) -> list[dict]:
    """{label, url} for a place's source (url None when there is nothing to link), then for
    the seat an organisation is drawn at, or the town a bay read by its name is drawn at."""
    links = [_link(source)]
    for role, also in (("seat", seat_source), ("named after", named_after_source)):
        if also:
            link = _link(also)
            links.append({"label": f"{role}: {link['label']}", "url": link["url"]})
    return links


def _link(source: str) -> dict:
    scheme, _, rest = source.partition(":")
    if scheme == "geonames" and rest.isdigit():
        return {"label": f"GeoNames {rest}", "url": GEONAMES_URL.format(id=rest)}
    if scheme == "unlocode" and len(rest) == 5:
        return {"label": f"UN/LOCODE {rest}", "url": UNLOCODE_URL.format(country=rest[:2].lower())}
    if source in NAMED:
        return {"label": NAMED[source], "url": None}
    if source == "searoute:marnet":
        return {"label": "searoute's maritime network (Eurostat marnet)", "url": SEAROUTE_URL}
    curated = CURATED_RE.fullmatch(source)
    if curated:
        label = f"webmap gazetteer: {curated['table']}, row {curated['row']}"
        cited = curated["cited"] or ""
        address = WEB_ADDRESS_RE.search(cited)
        if address:
            return {"label": label, "url": address.group()}
        return {"label": f"{label}, after {cited}" if cited else label, "url": None}
    return {"label": source, "url": None}


def sentence_id(start: int, end: int) -> str:
    """The element id of an article sentence, from its offsets (popup.js builds the same)."""
    return f"q-{start}-{end}"


@dataclass(frozen=True)
class Piece:
    """A run of article text, inside a quoted sentence or not, a mention of `place` or not."""

    text: str
    place: str | None = None  # feature id
    place_name: str | None = None


@dataclass(frozen=True)
class Run:
    """Consecutive pieces of one paragraph, wrapped in an element with `id` when they are a
    quoted sentence (the id goes on the sentence's first run only, should it cross a paragraph)."""

    pieces: tuple[Piece, ...]
    id: str | None = None
    quoted: bool = False


def article_paragraphs(collection: dict) -> list[list[Run]]:
    """The story's article as paragraphs of runs, every quoted sentence and mention marked."""
    text = collection["story"]["article"]
    sentences, mentions = {}, {}
    for feature in collection["features"]:
        props = feature["properties"]
        for quote in props.get("quotes") or []:
            sentences[(quote["start"], quote["end"])] = True
        for mention in props.get("mentions") or []:
            mentions.setdefault(mention["start"], (mention["end"], props["id"], props["name"]))
    quoted = _disjoint(sorted(sentences))
    marked = _disjoint(sorted((start, end) for start, (end, _, _) in mentions.items()))
    named = {start: mentions[start][1:] for start, _ in marked}
    paragraphs, given_ids = [], set()
    for para_start, para_end in _paragraphs(text):
        if not text[para_start:para_end].strip():
            continue
        runs = []
        for start, end, sentence in _cut(para_start, para_end, quoted):
            pieces = tuple(Piece(text[a:b], *(named[mention[0]] if mention else (None, None)))
                           for a, b, mention in _cut(start, end, marked))
            first = sentence is not None and sentence not in given_ids
            given_ids.add(sentence)
            runs.append(Run(pieces, sentence_id(*sentence) if first else None, quoted=sentence is not None))
        paragraphs.append(runs)
    return paragraphs


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, leaving out any that overlaps one kept before it."""
    kept = []
    for start, end in spans:
        if start < end and (not kept or start >= kept[-1][1]):
            kept.append((start, end))
    return kept


def _cut(start: int, end: int, spans: list[tuple[int, int]]):
    """[start, end) cut at the sorted disjoint `spans`: (a, b, span or None) in order."""
    cursor = start
    for index in range(max(bisect.bisect_right(spans, (start, end)) - 1, 0), len(spans)):
        span = spans[index]
        if span[0] >= end:
            break
        a, b = max(span[0], start), min(span[1], end)
        if b <= a:
            continue
        if a > cursor:
            yield cursor, a, None
        yield a, b, span
        cursor = b
    if cursor < end:
        yield cursor, end, None
