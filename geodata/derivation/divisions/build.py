import csv, json, os, sys, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geopandas as gpd, shapely, shapely.geometry.polygon
from shapely.geometry import shape, mapping, Point, MultiPolygon, Polygon
from shapely.ops import polylabel
import antimeridian
from table import ALL, WIKI, COASTAL
from coastal import COARSER

TOL = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
# The maritime countries of issue 12 are simplified further (about 1 km), so the file stays small.
COASTAL_TOL = 0.01
COASTAL_IDS = {row[0] for row in COASTAL}
# Russia's and Kazakhstan's inland units and the Philippines' provinces more still (coastal.COARSER), so the shipped
# shapes stay under 4 MB (tests/test_gazetteer.py).
OUT = os.environ.get('DIVISIONS_OUT', '/work/main/geodata')  # another folder to compare a fresh build
OUT_CSV = f'{OUT}/gazetteer/divisions.csv'
OUT_GJ = f'{OUT}/naturalearth/admin1-50m.geojson'

ne50 = gpd.read_file('/tmp/ne50m_states.geojson')
q = gpd.read_file('/tmp/debs/q/usr/share/qgis/resources/data/world_map.gpkg', layer='states_provinces')
QTAG = "Natural Earth 10m admin_1 4.1.0 as generalized in QGIS resources/data/world_map.gpkg"

def polygonal(g):
    g = shapely.make_valid(g)
    parts = []
    for p in getattr(g, 'geoms', [g]):
        if p.geom_type == 'Polygon' and not p.is_empty:
            parts.append(p)
        elif p.geom_type in ('MultiPolygon', 'GeometryCollection'):
            parts.extend(x for x in polygonal(p).geoms)
    return MultiPolygon(parts)

def get_shape(iso, spec):
    cc = iso.split('-')[0]
    kind, _, arg = spec.partition(':')
    if kind == '50':
        sub = ne50[(ne50.iso_a2 == cc) & (ne50['name'] == arg)]
        assert len(sub) == 1, (iso, spec, len(sub))
        return sub.geometry.iloc[0], f"Natural Earth 50m admin_1 (adm1_code {sub.adm1_code.iloc[0]})"
    qc = q[q.iso_a2 == cc]
    if kind == 'fips':  # France's departments by their former region, dissolved into the regions of 2016
        sub = qc[qc.fips.isin(arg.split('+'))]
        assert len(sub) >= 1, (iso, arg)
        return shapely.union_all(list(sub.geometry)), f"{QTAG} (dissolved from {len(sub)} departments, FIPS {arg})"
    if kind in ('q', 'g'):
        geoms, fips = [], []
        for name in arg.split('+'):
            name, _, gn_name = name.partition('~')  # "Cebu~Cebu City": a name two units share, and its GeoNames name
            sub = qc[qc['gn_name' if kind == 'g' else 'name'] == name]
            if gn_name:
                sub = sub[sub.gn_name == gn_name]
            assert len(sub) == 1, (iso, name, len(sub))
            geoms.append(sub.geometry.iloc[0]); fips.append(sub.fips.iloc[0] if isinstance(sub.fips.iloc[0], str) and sub.fips.iloc[0] else 'none')
        return shapely.union_all(geoms), f"{QTAG} ({arg}; fips {'+'.join(fips)})"
    if kind == 'gnall':  # every unit with this GeoNames name: Hungary's county and its cities of county rights
        sub = qc[qc.gn_name == arg]
        assert len(sub) >= 1, (iso, arg)
        return shapely.union_all(list(sub.geometry)), f"{QTAG} (dissolved from {len(sub)} units named {arg} in GeoNames: {', '.join(sorted(sub['name']))})"
    if kind == 'es':
        if arg == 'Canary':
            sub = qc[qc['name'].isin(['Santa Cruz de Tenerife', 'Las Palmas'])]
        else:
            sub = qc[qc.woe_label.fillna('').str.split(',').str[0] == arg]
        assert len(sub) >= 1, (iso, arg)
        return shapely.union_all(list(sub.geometry)), f"{QTAG} (dissolved from {len(sub)} provinces: {', '.join(sorted(sub['name']))})"
    if kind == 'it':
        lig = qc['name'].isin(['Genova', 'La Spezia', 'Savona', 'Imperia'])
        f = qc.fips.where(~lig, 'IT08')
        sub = qc[f == arg]
        assert len(sub) >= 1, (iso, arg)
        return shapely.union_all(list(sub.geometry)), f"{QTAG} (dissolved from {len(sub)} provinces, FIPS region {arg})"
    if kind == 'gb':
        sub = qc[qc.gu_a3 == arg]
        return shapely.union_all(list(sub.geometry)), f"{QTAG} (dissolved from {len(sub)} units of geounit {arg})"
    raise ValueError(spec)

def clean(g, tol):
    g = polygonal(g)
    a0 = g.area
    if tol:
        g = polygonal(shapely.simplify(g, tol, preserve_topology=True))
    g = MultiPolygon([shapely.geometry.polygon.orient(p, 1.0) for p in g.geoms])
    g = shape(antimeridian.fix_shape(mapping(g), fix_winding=False))
    g = polygonal(shapely.set_precision(g, 0.001))
    g = polygonal(g)
    assert g.is_valid and not g.is_empty
    if abs(g.area - a0) > 0.01 * a0 + 0.001: print('AREA CHANGE', a0, g.area)
    return g

def rnd(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 3), round(coords[1], 3)]
    return [rnd(c) for c in coords]

rows, feats = [], []
for iso, name, aliases, spec in ALL:
    cc = iso.split('-')[0]
    spec, _, note = spec.partition('!')  # why a point or a dissolved shape stands for the division
    if spec.startswith('pt:'):
        lon, lat = map(float, spec[3:].split(','))
        rows.append([iso, name, aliases, cc, f"{lon:.4f}", f"{lat:.4f}", "", WIKI[iso] + (f" ({note})" if note else "")])
        continue
    g, src = get_shape(iso, spec)
    if note:
        src = f"{src}: {note}"
    g = clean(g, max(TOL, COARSER.get(iso, COASTAL_TOL)) if iso in COASTAL_IDS else TOL)
    biggest = max(g.geoms, key=lambda p: p.area)
    pt = polylabel(biggest, tolerance=0.01)
    if not g.contains(pt):
        pt = biggest.representative_point()
    rows.append([iso, name, aliases, cc, f"{pt.x:.4f}", f"{pt.y:.4f}", iso, src])
    geom = mapping(g)
    geom = {"type": geom["type"], "coordinates": rnd(json.loads(json.dumps(geom["coordinates"])))}
    feats.append({"type": "Feature", "properties": {"key": iso, "name": name}, "geometry": geom})

ids = [r[0] for r in rows]
assert len(ids) == len(set(ids))
rows.sort(key=lambda r: r[0])
feats.sort(key=lambda f: f["properties"]["key"])
with open(OUT_CSV, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['id', 'name', 'aliases', 'country', 'lon', 'lat', 'shape', 'source'])
    w.writerows(rows)
txt = json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":"), ensure_ascii=False)
open(OUT_GJ, 'w', encoding='utf-8').write(txt)
print(len(rows), 'rows', len(feats), 'features', len(txt.encode()), 'bytes')
