"""Precision and recall of the geoparser on the team's annotated corpus (`make eval`).

Each article in tests/eval/articles has a hand annotation (<slug>.toml) written before the
geoparser first ran on it: every place a reader expects, its kind and a reference point.
A found place matches an annotated one when their kinds agree (a city and its port count
as one kind, and so do seas and straits: the press names a channel either way) and it is
where the annotation says (an annotation that lists one place twice counts once): the
reference point inside or within 50 km of an area or line,
within 50 km of a point (150 km for capes, straits and canals, drawn at one point of a
long feature; 30 km for an organisation's seat city), or the same id. Seas, rivers and
landforms may be 150 km off: the annotators' reference points for a mountain range or a
river are rough, and Natural Earth draws some of them narrow. And a named feature (water,
landform, region, organisation) also matches when the place was found at the very words
the annotation quotes, within 500 km: those names are not shared by distant namesakes.

    python -m tests.eval.evaluate [--split dev|held-out|unseen-2|...|unseen-9] [--show-errors]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from webmap.geometry import great_circle_km

CORPUS = Path(__file__).parent / "articles"
# dev: tuned on; held-out: kept out of tuning; unseen-2: written blind on 2026-11-28, measured once per change that lands
SPLITS = ["dev", "held-out", "unseen-2", "unseen-3", "unseen-4", "unseen-5", "unseen-6", "unseen-7", "unseen-8", "unseen-9"]
SAME_KIND = {"port": "city", "strait": "sea"}  # kinds that count as one for matching
POINT_KM = {"cape": 150.0, "strait": 150.0, "canal": 150.0, "organisation": 30.0}
DEFAULT_POINT_KM = 50.0
AREA_KM = {"sea": 150.0, "river": 150.0, "landform": 150.0}
DEFAULT_AREA_KM = 50.0


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0


def group(kind: str) -> str:
    return SAME_KIND.get(kind, kind)


NAMED_FEATURES = {"sea", "strait", "canal", "river", "cape", "landform", "region", "organisation"}
NAMED_FEATURE_KM = 500.0


def matches(found, gold: dict, gazetteer, text: str) -> bool:
    """Whether a found place (a geoparse Place) is the annotated place `gold`."""
    from shapely.geometry import Point

    entry = found.entry
    if group(entry.kind) != group(gold["kind"]):
        return False
    at_its_words = any(text[m.start : m.end].lower() == gold["name"].lower() for m in found.mentions)
    hint = gold.get("id") or ""
    if hint and (hint == entry.source or hint.lower() == f"iso:{entry.country}".lower() and entry.kind == "country"
                 or hint.lower() == f"iso:{entry.get('iso3166_2') or ''}".lower()):
        return True
    geometry, _ = gazetteer.geometry(entry)
    if geometry is None:
        return False
    lon, lat = gold["lon"], gold["lat"]
    named = at_its_words and entry.kind in NAMED_FEATURES
    if geometry.geom_type == "Point":
        limit = NAMED_FEATURE_KM if named else POINT_KM.get(entry.kind, DEFAULT_POINT_KM)
        return great_circle_km(geometry.x, geometry.y, lon, lat) <= limit
    if geometry.contains(Point(lon, lat)):
        return True
    nearest = geometry.interpolate(geometry.project(Point(lon, lat))) if "Line" in geometry.geom_type else None
    if nearest is None:
        from shapely.ops import nearest_points

        nearest = nearest_points(geometry, Point(lon, lat))[0]
    limit = NAMED_FEATURE_KM if named else AREA_KM.get(entry.kind, DEFAULT_AREA_KM)
    return great_circle_km(nearest.x, nearest.y, lon, lat) <= limit


def distinct(places: list[dict]) -> list[dict]:
    """The annotated places, each once: an annotator sometimes lists a place twice (a port and
    its town, "Peru" and "Peruvian"), and the counting here treats those as one kind."""
    kept: list[dict] = []
    for place in places:
        same = [k for k in kept if group(k["kind"]) == group(place["kind"]) and (
            (place.get("id") and k.get("id") == place["id"]) or great_circle_km(k["lon"], k["lat"], place["lon"], place["lat"]) < 5)]
        if not same:
            kept.append(place)
    return kept


def evaluate(split: str | None = None, show_errors: bool = False, out=sys.stdout) -> dict[str, Score]:
    """Scores per kind and overall ("all"), for one split or the whole corpus."""
    from webmap.article import Article
    from webmap.config import Paths
    from webmap.gazetteer import Gazetteer
    from webmap.geoparse import find_places

    gazetteer = Gazetteer(Paths().reference)
    scores: dict[str, Score] = {}

    def score(kind: str) -> Score:
        return scores.setdefault(kind, Score())

    for annotation in sorted(CORPUS.glob("*.toml")):
        spec = tomllib.loads(annotation.read_text(encoding="utf-8"))
        if split and spec.get("split") != split:
            continue
        text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
        found = find_places(Article(annotation.stem, text), gazetteer)
        gold = distinct(spec.get("places", []))
        matched_gold: set[int] = set()
        for place in found:
            said = {text[m.start : m.end].lower() for m in place.mentions}
            hits = [i for i, g in enumerate(gold) if i not in matched_gold and matches(place, g, gazetteer, text)]
            # The annotation of the very words found, if one matches; else the first that does.
            hit = next((i for i in hits if gold[i]["name"].lower() in said), hits[0] if hits else None)
            if hit is None and any(matches(place, gold[i], gazetteer, text) for i in matched_gold):
                continue  # the town of a port already counted (or the port of a town): one place, as in `distinct`
            for kind in (group(place.entry.kind), "all"):
                score(kind).predicted += 1
                score(kind).true_positives += hit is not None
            if hit is not None:
                matched_gold.add(hit)
            elif show_errors:
                print(f"  extra   {annotation.stem}: {place.entry.kind} {place.entry.name} ({place.entry.id}, "
                      f"confidence {place.confidence})", file=out)
        for i, g in enumerate(gold):
            for kind in (group(g["kind"]), "all"):
                score(kind).expected += 1
            if i not in matched_gold and show_errors:
                print(f"  missed  {annotation.stem}: {g['kind']} {g['name']!r} {g.get('note', '')}", file=out)
    return scores


def table(scores: dict[str, Score]) -> str:
    lines = ["| kind | precision | recall | found | expected |", "|---|---|---|---|---|"]
    for kind in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[kind]
        lines.append(f"| {kind} | {s.precision:.3f} | {s.recall:.3f} | {s.predicted} | {s.expected} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    splits = [args.split] if args.split else [*SPLITS, None]
    for split in splits:
        print(f"\n### {split or 'whole corpus'} (cities and ports count as one kind, and so do seas and straits)\n")
        print(table(evaluate(split, args.show_errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
