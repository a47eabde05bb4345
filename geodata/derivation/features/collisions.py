"""Which names of the 1:10m additions (ne10m.py) are left out, and why: prints R10_UNSAFE for
curated.py. Run by hand when the candidates or their names change:

    .venv/bin/python geodata/derivation/features/collisions.py > /tmp/unsafe.py

A name is unsafe when the gazetteer (webmap.gazetteer, without features.csv) gives it to a
country, division, region or organisation; to a port, unless it holds a word that says what
it is ("Easter Island" but not "Majuro"); to a town of 5,000 inhabitants or more, or to
three towns or more; or, for one word, when Webster's Second lists it in lower case ("Rota",
"Pagan") or wordfreq finds it common in English (Zipf 3 or more: "Jarvis", "Brittany").
The geoparser prefers a landform to a namesake town (KIND_PRIOR), so such a name would start
winning over towns and words.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))  # unsafe_names.py
sys.path.insert(0, os.path.abspath(os.path.join(HERE, "..", "..", "..")))

import curated  # noqa: E402
from ne10m import candidates, forms, is_generic, kept  # noqa: E402

from english_words import get_english_words_set  # noqa: E402
from unsafe_names import town_or_word  # noqa: E402

from webmap.config import Paths  # noqa: E402
from webmap.gazetteer import Gazetteer  # noqa: E402

FEATURE_KINDS = {"sea", "strait", "canal", "river", "cape", "landform"}


def why_unsafe(name, gazetteer, words):
    entries = [e for e in gazetteer.lookup(name) if e.kind not in FEATURE_KINDS]
    for kind in ("country", "division", "region", "organisation"):
        hit = [e for e in entries if e.kind == kind]
        if hit:
            return f"{kind} {hit[0].id}"
    ports = [e for e in entries if e.kind == "port"]
    if ports and not is_generic(name):
        return f"port {ports[0].id}"
    return town_or_word(name, entries, words)


def main():
    gazetteer = Gazetteer(Paths().reference)
    words = get_english_words_set(["web2"], lower=False)
    found = {}
    for c in candidates():
        if kept(c, curated):
            continue
        display, others, synth = forms(c, curated)
        for name in [display, *others, *([synth] if synth else [])]:
            if name not in found:
                why = why_unsafe(name, gazetteer, words)
                if why:
                    found[name] = why
    print("R10_UNSAFE = {")
    for name in sorted(found):
        print(f"    {name!r}: {found[name]!r},")
    print("}")


if __name__ == "__main__":
    main()
