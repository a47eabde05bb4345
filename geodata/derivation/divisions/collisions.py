"""Which short names of coastal.py's divisions ("Kagawa" for Kagawa Prefecture) are kept out of
the gazetteer's names, and why: prints UNSAFE for coastal.py. Run by hand when the rows change:

    .venv/bin/python geodata/derivation/divisions/collisions.py > /tmp/unsafe.txt

A short name is unsafe when the gazetteer (webmap.gazetteer, with the divisions.csv it reads)
gives it to a country, region, organisation, water body or landform; to a port; to a town of
5,000 inhabitants or more, or to three towns or more; when another division (of this file or
divisions.csv) has it too ("Amazonas", "Central"); or, for one word, when Webster's Second lists
it in lower case ("Meta" no, "Gulf" yes) or wordfreq finds it common in English (Zipf 3 or more); when it is made of English words
only ("North East", "Southern Highlands"), ends in a word for water ("Milne Bay"), is a
river's short name ("Cauca"), or reads as something else first (BY_HAND: "Silesian").
A division outweighs a namesake town in the geoparser (KIND_PRIOR), so such a name would start
winning over towns, words and countries. Such a division is found by its full name, or by its
short name where the words around it say division (webmap.gazetteer's bare_divisions).
"""
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # unsafe_names.py
sys.path.insert(0, os.path.abspath(os.path.join(HERE, "..", "..", "..")))

import coastal  # noqa: E402

from english_words import get_english_words_set  # noqa: E402
from unsafe_names import town_or_word  # noqa: E402

from webmap.config import Paths  # noqa: E402
from webmap.gazetteer import Gazetteer, fold  # noqa: E402

WATER_WORDS = {"River", "Bay", "Sea", "Gulf", "Lake", "Island", "Islands", "Strait"}
# Short names read as something else in the press, which no table here says.
BY_HAND = {
    "Zaire": "the former name of the DR Congo, and of the Congo river",
    "Limburg": "a province of Belgium too",
    "Saladin": "a person's name first",
    "Kilimanjaro": "the mountain first",
    "Silesian": "an adjective", "Lower Silesian": "an adjective", "Pomeranian": "an adjective",
    "West Pomeranian": "an adjective", "Masovian": "an adjective", "Subcarpathian": "an adjective",
    "Kuyavian-Pomeranian": "an adjective", "Warmian-Masurian": "an adjective",
    "Volta": "the river and the lake first", "Oti": "a river first", "Sofala": "the Sofala Bank and the old port first",
    "Orellana": "a surname, and a town", "Gaza": "the Gaza Strip first",
    "Tanganyika": "the lake first, and the former country",
    "Misiones": "Argentina's Misiones Province first", "Granma": "Cuba's party newspaper first",
    "Saint Andrew": "a saint's name first", "Saint Elizabeth": "a saint's name first",
    "Saint Catherine": "a saint's name first",
    # towns the press spells otherwise than GeoNames ("Veliko Turnovo", "Jarash", "Dar'a", "Tadjoura")
    "Veliko Tarnovo": "the town first", "Jerash": "the town first", "Daraa": "the town first",
    "Quneitra": "the town first", "Tafilah": "the town first", "Tadjourah": "the town first",
    "Ali Sabieh": "the town first",
    "Quirino": "a president's name first (Quirino Avenue, Quirino Grandstand)",
    "Abai": "a poet's name first", "Jambyl": "a poet's name first, and Taraz's former name",
    "Murzuq": "the town and its oil basin first", "Kufra": "the oasis town first",
    # towns GeoNames spells otherwise than the press ("Baukau", "Al Khawr", "Al Jahrā’", "Hlotse")
    "Baucau": "the town first", "Al Khor": "the town first", "Jahra": "the town first",
    "Farwaniya": "the town first", "Umm Salal": "the town first", "Al-Shahaniya": "the town first",
    "Leribe": "the town first",
    "Litoral": "Argentina's Litoral region too", "Atlantique": "the Atlantic in French first",
    "Neftchala": "the town first", "Khachmaz": "the town first", "Shabran": "the town first",
    "Absheron": "the peninsula and its gas field first", "Tibesti": "the mountains first",
    "Sila": "Italy's Sila plateau too", "Chobe": "the river and its national park first",
    "Bagmati": "a river first", "Gandaki": "a river first", "Karnali": "a river first",
    # island provinces of the Philippines: the island first ("ferries to Marinduque")
    **dict.fromkeys(("Marinduque", "Catanduanes", "Biliran", "Basilan", "Guimaras", "Batanes",
                     "Tawi-Tawi"), "the island first"),
}


def why_unsafe(short, iso, gazetteer, words, holders):
    if short in BY_HAND:
        return BY_HAND[short]
    if short.split()[-1] in WATER_WORDS:
        return "names water or an island"
    if gazetteer.bare_names.get(fold(short)):
        return f"short for {gazetteer.bare_names[fold(short)][0].id}"
    if all(word.lower() in words for word in short.replace("-", " ").split()):
        return "English words"
    entries = [e for e in gazetteer.lookup(short) if not (e.kind == "division" and e.get("iso3166_2") == iso)]
    for kind in ("country", "region", "organisation", "sea", "strait", "canal", "river", "cape", "landform", "port"):
        hit = [e for e in entries if e.kind == kind]
        if hit:
            return f"{kind} {hit[0].id}"
    others = sorted(holders[fold(short)] - {iso}) + [e.get("iso3166_2") for e in entries if e.kind == "division"]
    if others:
        return f"division {others[0]}"
    return town_or_word(short, entries, words, dict.fromkeys((short, fold(short))))  # "Falcón" read as "Falcon" too


def main():
    gazetteer = Gazetteer(Paths().reference)
    words = get_english_words_set(["web2"], lower=False)
    holders = defaultdict(set)  # folded short name -> the new divisions that have it
    for iso, full, short, extra, spec in coastal.NEW:
        if short:
            holders[fold(short)].add(iso)
    unsafe = {}
    for iso, full, short, extra, spec in coastal.NEW:
        if short and short != full:
            why = why_unsafe(short, iso, gazetteer, words, holders)
            if why:
                unsafe[short] = f"{iso}: {why}"
    for iso, full, short, extra, spec in coastal.NEW:  # full names and other names: to be looked at by hand
        for name in [full, *filter(None, extra.split("|"))]:
            hits = [e for e in gazetteer.lookup(name) if e.kind != "division"]
            if hits:
                print(f"# check {iso} {name!r}: {', '.join(f'{e.kind} {e.id}' for e in hits[:3])}", file=sys.stderr)
    print("UNSAFE = {")
    for short in sorted(unsafe):
        print(f"    {short!r},  # {unsafe[short]}")
    print("}")


if __name__ == "__main__":
    main()
