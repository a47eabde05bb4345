# -*- coding: utf-8 -*-
"""Named features of Natural Earth 1:10m that the 1:50m layers lack: islands, island groups,
peninsulas, ranges, deserts, plateaus and plains (ne_10m_geography_regions_polys), islands and
capes drawn as points (ne_10m_geography_regions_points), and passes, depressions and
mountains (ne_10m_geography_regions_elevation_points).

`candidates()` reads the layers (v4 geometry joined to v5 attributes, nelib.load_joined) and
gives each feature its English name; build.py decides, with the lists in curated.py, which are
new and under which names they are found.
"""
import re

import shapely
from shapely.geometry import shape
from shapely.ops import unary_union

from nelib import load_joined, load_zipped, norm

POLYS = "ne_10m_geography_regions_polys"
POINTS_10M = "ne_10m_geography_regions_points"
ELEVATION = "ne_10m_geography_regions_elevation_points"
LABEL = {POLYS: "10m geography_regions_polys", POINTS_10M: "10m geography_regions_points",
         ELEVATION: "10m geography_regions_elevation_points"}

# Natural Earth class -> the generic word a name takes when it must be written whole ("Rota Island")
GENERIC = {"Island": "Island", "island": "Island", "Island group": "Islands", "island group": "Islands",
           "Range/mtn": "Mountains", "Desert": "Desert", "Peninsula": "Peninsula", "Pen/cape": "Peninsula",
           "Plateau": "Plateau", "Plain": "Plain", "plain": "Plain", "Delta": "Delta", "Basin": "Basin",
           "Valley": "Valley", "Lowland": "Lowland", "Depression": "Depression", "depression": "Depression",
           "mountain": "", "pass": "", "cape": "", "Coast": "", "Geoarea": "", "Foothills": "", "Wetlands": "",
           "Isthmus": "", "Gorge": "", "Tundra": "", "Lake": ""}
# words that already say what a name is: a name holding one needs no generic word
GENERIC_WORDS = {"island", "islands", "isle", "isles", "atoll", "archipelago", "group", "peninsula", "mountains",
                 "mountain", "range", "ranges", "ridge", "hills", "highlands", "highland", "alps", "desert",
                 "plateau", "plain", "plains", "delta", "basin", "valley", "lowland", "upland", "depression",
                 "cape", "pass", "mount", "mont", "monte", "massif", "peak", "volcano", "sands", "tableland",
                 "shoals", "reef", "reefs", "coast", "land", "steppe", "pan", "pans", "pinnacles", "rock",
                 "lakes", "sound", "sounds", "downs", "karoo", "gebergte", "cordillera", "serra", "sierra",
                 "jabal", "jebel", "gunung", "erg", "hamada", "dasht", "salar", "isla", "islas", "ile", "iles",
                 "ilha", "ilhas", "pico", "cerro", "gora", "vulkan", "doi", "phou", "kuh", "pik", "puncak"}

# abbreviations of NE names, expanded ("Mts." -> "Mountains")
_ABBREV = [(r"\s+Mts\s*\.?$", " Mountains"), (r"\s+Ra\.$", " Range"), (r"\s+Is\.$", " Islands"),
           (r"\s+I\.$", " Island"), (r"\s+Pen\.$", " Peninsula"), (r"\s+Plat\.$", " Plateau"),
           (r"\s+Arch\.$", " Archipelago"), (r"^Cord\.\s+", "Cordillera "), (r"^Pt\.\s+", "Point "),
           (r"^Mt\.\s+", "Mount ")]


def expand(name):
    name = " ".join(name.replace("\u2019", "'").replace("\u2018", "'").split())
    for pattern, repl in _ABBREV:
        name = re.sub(pattern, repl, name)
    if name.isupper():
        small = {"of", "the", "de", "del", "la", "des", "du", "da", "do", "dos"}
        name = " ".join(w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(name.split()))
    return name


def is_generic(name):
    """Whether a name holds a word that says what it is ("Adak Island", "Mount Etna")."""
    return any(w.lower().strip(".,'") in GENERIC_WORDS for w in re.split(r"[\s\-/]+", name))


def _group(items):
    """Same-named polygons of one class within 12 degrees of each other are one feature (an
    island group's islands, a range drawn in pieces); farther apart, two. Points stay apart."""
    clusters = []
    for it in items:
        for c in clusters:
            if c[0]["key"] == it["key"] and it["geom"].geom_type != "Point" and \
                    c[0]["geom"].centroid.distance(it["geom"].centroid) < 12:
                c.append(it)
                break
        else:
            clusters.append([it])
    return clusters


def candidates():
    """Every named 10m feature, one per place: dicts with layer, cla, ne_name, name_en, ne_ids,
    geom (a polygon or a point), region, subregion, scalerank, and i (its order among its
    namesakes elsewhere: 0, 1...)."""
    out = []
    for layer in (POLYS, POINTS_10M, ELEVATION):
        items = []
        for ft, row in (load_joined(layer) if layer == POLYS else load_zipped(layer)):
            if row is None or not (row.get("name") or "").strip() or ft["geometry"] is None:
                continue
            g = shape(ft["geometry"])
            if layer == POLYS:
                g = shapely.make_valid(g)
            items.append({"layer": layer, "cla": row["featurecla"], "ne_name": row["name"].strip(),
                          "name_en": (row.get("name_en") or "").strip(), "ne_ids": [int(row["ne_id"])],
                          "geom": g, "region": row.get("region") or "", "subregion": row.get("subregion") or "",
                          "scalerank": int(float(row.get("scalerank") or 0)),
                          "key": (row["featurecla"], norm(row["name"]))})
        seen = {}
        for cluster in _group(items):
            first = cluster[0]
            merged = dict(first)
            if len(cluster) > 1:
                merged["geom"] = unary_union([c["geom"] for c in cluster])
                merged["ne_ids"] = sorted({i for c in cluster for i in c["ne_ids"]})
            merged["i"] = seen.get(first["key"], 0)
            seen[first["key"]] = merged["i"] + 1
            out.append(merged)
    return out


# ------------------------------------------------------------------ which features, under which names
_APOSTROPHES = str.maketrans({"\u02bb": "'", "\u2018": "'", "\u2019": "'", "\u02bc": "'"})


def plain(name):
    return " ".join((name or "").translate(_APOSTROPHES).split())


def kept(c, curated):
    """None if the feature is taken, else why it is left out."""
    nm, cla, layer = c["ne_name"], c["cla"], c["layer"]
    if (nm, c["i"]) in curated.R10_SKIP or nm in curated.R10_SKIP:
        return curated.R10_SKIP.get((nm, c["i"])) or curated.R10_SKIP[nm]
    classes = {POLYS: curated.R10_POLY_CLASSES, POINTS_10M: curated.R10_POINT_CLASSES,
               ELEVATION: curated.R10_ELEVATION_CLASSES}[layer]
    if cla not in classes and nm not in curated.R10_KEEP:
        return f"class {cla} not taken"
    if c["region"] == "Antarctica" and cla not in ("Island", "island", "Island group", "cape"):
        return "Antarctic lands, coasts, ranges and plateaus are not news places (as at 1:50m)"
    if cla == "mountain" and nm not in curated.R10_KEEP and not any(
            w in curated.R10_MOUNTAIN_WORDS for w in re.split(r"[\s\-]+", display_name(c, curated))):
        return "a peak without a word that says so (Mount, Volcano, Peak...)"
    return None


def display_name(c, curated):
    over = curated.R10_NAME.get((c["ne_name"], c["i"])) or curated.R10_NAME.get(c["ne_name"])
    return plain(over or c["name_en"] or expand(c["ne_name"]))


def forms(c, curated):
    """(display name, other forms in order, the display name with its generic word) before any
    is checked: the curated or English name, the expanded NE name, curated aliases, and spellings
    without the 'okina or apostrophes ("Vava'u", "Vavau")."""
    display = display_name(c, curated)
    over = curated.R10_NAME.get((c["ne_name"], c["i"])) or curated.R10_NAME.get(c["ne_name"])
    raw = [expand(c["ne_name"])] + ([] if over else [c["name_en"]])
    raw += [a for a in curated.R10_ALIASES.get(display, "").split("|") if a]
    out = []
    for f in raw:
        f = plain(f)
        variants = [f] + ([f.replace("'", "")] if "'" in f and " " not in f else [])
        for v in variants:
            if not v or v == display or v in out or v in curated.R10_BAD_FORMS or v.lower().startswith("the ") \
                    or re.search(r"[/()]|\.\s|\.$|^\w\.", v):
                continue
            out.append(v)
    if "'" in display and " " not in display and display.replace("'", "") not in out:
        out.append(display.replace("'", ""))
    generic = GENERIC.get(c["cla"], "")
    synth = f"{display} {generic}" if generic and not is_generic(display) else None
    return display, out, synth
