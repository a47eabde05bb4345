"""What the index and the OGC collections read of a story, worked out once at build time:
its card (title, date, summary line, counts, place names, thumbnail text) and its layers
(counts, extents, per-feature boxes). Plain data, stored beside the story by store.py, so
listing stories never parses their GeoJSON."""

from __future__ import annotations

from .geonames import fold

SUMMARY_CHARS = 160


def story_summary(collection: dict) -> dict:
    """The story's summary, JSON-ready (the store adds the build's fingerprint)."""
    from .ogc_features import layer_summaries

    meta = collection["story"]
    features = [f["properties"] for f in collection["features"]]
    return {
        "slug": meta["slug"],
        "title": meta["title"],
        "date": meta.get("date"),
        "summary": meta.get("summary") or first_sentence(meta.get("article") or ""),
        "description": description_of(collection),
        "places_count": sum(1 for p in features if p["kind"] != "lane" and p.get("mentions")),
        "lanes_count": sum(1 for p in features if p["kind"] == "lane"),
        # every place on the map (ports a lane ends at included), folded as the filter compares
        "places": sorted({folded(p["name"]) for p in features if p["kind"] != "lane"}),
        "layers": layer_summaries(collection),
    }


def folded(text: str) -> str:
    """Case- and accent-free text, as the filter compares it (static/webmap/index.js folds alike)."""
    return fold(text.lower()).strip()


def first_sentence(article: str) -> str:
    """The article's first sentence, cut at a word near SUMMARY_CHARS with an ellipsis."""
    from .article import split_sentences

    head = article[:2000]  # the first sentence is in here, and pysbd is slow on long text
    spans = split_sentences(head) if head.strip() else []
    sentence = " ".join(head[spans[0].start:spans[0].end].split()) if spans else ""
    if len(sentence) <= SUMMARY_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, SUMMARY_CHARS + 1)
    cut = cut if cut > SUMMARY_CHARS * 2 // 3 else SUMMARY_CHARS  # no space near: cut inside the word
    return sentence[:cut].rstrip(" ,;:-\u2013\u2014") + "\u2026"


def description_of(collection: dict) -> str:
    """The map in words: the thumbnail's alternative text and the page's description."""
    stops = sorted((f["properties"] for f in collection["features"] if f["properties"].get("stop")),
                   key=lambda props: props["stop"])
    places = [props["name"] for props in stops]
    lanes = [f["properties"]["name"] for f in collection["features"] if f["properties"]["kind"] == "lane"]
    text = f"Map of the places in “{collection['story']['title']}”"
    if places:
        text += ": visit stops " + ", ".join(places)
    if lanes:
        text += "; sea lanes " + ", ".join(lanes)
    return text + "."
