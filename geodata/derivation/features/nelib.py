"""Load Natural Earth v4 geometries (martynafford mirror) joined to v5 attributes (Raysphere24 CSV of the DBFs)."""
import collections
import re
import csv
import json
import unicodedata

D = "/tmp/ne"

SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i", "ł": "l", "Ł": "L",
                         "đ": "d", "Đ": "D", "‘": "'", "’": "'", "–": "-", "—": "-"})


def ascii_fold(s):
    s = (s or "").translate(SPECIAL)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def norm(s):
    s = ascii_fold(s).lower()
    return " ".join(s.replace("-", " ").replace(".", " ").split())


def slug(s):
    s = ascii_fold(s).lower().replace("'", "").replace("&", " and ")
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


# v4 name -> v5 name, where Natural Earth renamed a feature between 4.0 and 5.x
RENAMES = {
    "gulf of st. lawrence": "Gulf of Saint Lawrence",
    "ross  sea": "Ross Sea",
    "st. lawrence": "Saint Lawrence",
    "selenge (selenga)": "Selenga",
    "nmai": "N'Mai",
    "genala": "Genale",
    "la grande rivière": "La Grande",
    "n. fork kuskokwim": "North Fork Kuskokwim",
    "bratul sfintu gheorghe": "Bratul Sfântu Gheorghe",
    "marshall isands": "MARSHALL ISLANDS",
    "ryükyü isands": "RYÜKYÜ ISLANDS",
    "balearic is.": "Balearic Islands",
    "new schawbenland": "New Swabia",
    "queen charlotte islands": "Haida Gwaii",
    "pén. de gaspé": "Gaspé Peninsula",
    "b. inutil": "Bay Inútil",
    "cumberland sd.": "Cumberland Sound",
    "eskimo lakes": "Husky Lakes",
    "golfo san mat’as": "Golfo San Matías",
    "wynniat bay": "Wynniatt Bay",
    "bransfield str.": "Bransfield Strait",
}


def load_rows(name):
    with open(f"{D}/{name}.csv", encoding="utf-8") as f:
        return [{k.lower(): v for k, v in r.items()} for r in csv.DictReader(f)]


def load_joined(name):
    """[(v4 feature, v5 row or None)] in v4 order."""
    feats = json.load(open(f"{D}/{name}.json", encoding="utf-8"))["features"]
    rows = load_rows(name)
    groups = collections.defaultdict(list)
    for r in rows:
        groups[(norm(r["featurecla"]), norm(r["name"]))].append(r)
    out = []
    for ft in feats:
        p = ft["properties"]
        nm = p.get("name") or ""
        nm = RENAMES.get(nm.lower(), nm)
        cands = [nm, re.sub(r"^L\. ", "Lake ", nm), re.sub(r" L\.$", " Lake", nm), re.sub(r" I\.$", " Island", nm)]
        hit = None
        for c in cands:
            key = (norm(p.get("featurecla")), norm(c))
            if groups.get(key):
                hit = groups[key].pop(0)
                break
        if hit is None:  # featurecla changed between versions (Lake -> Alkaline Lake)
            for c in cands:
                keys = [k for k in groups if k[1] == norm(c) and groups[k]]
                if len(keys) == 1:
                    hit = groups[keys[0]].pop(0)
                    break
        out.append((ft, hit))
    return out


def load_zipped(name):
    """[(v4 feature, v5 row)] for a layer whose v4 GeoJSON and v5 table list the same features in
    the same order (the 1:10m regions and elevation points: their v4 names are abbreviated or lost
    letters, "Mt. Kenya", "Grmsey", so load_joined cannot match them by name)."""
    feats = json.load(open(f"{D}/{name}.json", encoding="utf-8"))["features"]
    rows = load_rows(name)
    assert len(feats) == len(rows), name
    for ft, row in zip(feats, rows):
        assert norm(ft["properties"].get("featurecla")) == norm(row["featurecla"]), (name, ft["properties"], row["name"])
    return list(zip(feats, rows))
