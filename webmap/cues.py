"""What the words around a name say about it: whether it is part of a person's, a ship's, a
structure's or a link's name ("General Laura Richardson", "the tanker Golden Irrawaddy", "the
Three Gorges Dam", "the Baku–Tbilisi–Kars railway"), which kind of place its setting asks for
("port of Santos", "on the Paraná", "ports such as Quebec", "northern Quebec"), and the
countries or divisions a qualifier names ("Arlington, Virginia", "Santa Cruz, in Zambales
province"). `geoparse` weighs these readings; this module only reads words and looks names up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import Entry, Gazetteer
from .orgnames import ends_sentence

if TYPE_CHECKING:
    from .geoparse import _Span

PORT_BEFORE = {"port", "ports", "harbour", "harbor", "terminal", "terminals", "seaport", "megaport"}
PORT_AFTER = {"port", "megaport", "harbour", "harbor", "terminal", "seaport", "container", "anchorage", "docks"}
FLAG_COMPOUNDS = {"flagged", "registered"}  # "Singapore-flagged": a ship's flag is its country's
# Nouns that say what kind of place the names beside them are: "Geoje island", "the islands of
# Bali and Lombok", "Córdoba province", "regions such as Poltava", "the city of Reading".
KIND_NOUNS = {"island": "landform", "islands": "landform", "isle": "landform", "peninsula": "landform",
              "archipelago": "landform", "mountains": "landform", "desert": "landform",
              "province": "division", "provinces": "division", "state": "division", "states": "division",
              "oblast": "division", "oblasts": "division", "region": "division", "regions": "division",
              "prefecture": "division", "prefectures": "division", "governorate": "division",
              "governorates": "division", "emirate": "division", "county": "division", "counties": "division",
              "department": "division", "departments": "division", "voivodeship": "division",
              "river": "river", "rivers": "river", "strait": "strait", "straits": "strait", "canal": "canal",
              "channel": "strait",
              "gulf": "sea", "sea": "sea", "bay": "sea", "city": "city", "cities": "city", "town": "city",
              "towns": "city", **{word: "port" for word in ("port", "ports", "harbour", "harbor", "terminal",
                                                             "terminals", "seaport", "megaport")}}
# Short names of rivers and canals ("on the Paraná", "through the Suez", "Panama transits"): the
# words before "the", or the word after the name, that make them water.
WATER_BEFORE_THE = {"on", "along", "up", "down", "upriver", "downriver", "upstream", "downstream", "across",
                    "through", "via", "transit", "transited", "transiting", "transits", "navigate", "navigating",
                    "navigated", "dredge", "dredging", "dredged", "crossing", "crossed", "into", "onto", "using"}
WATER_OF_THE = {"mouth", "banks", "bank", "estuary", "reaches", "stretch", "stretches", "length", "waters",
                "levels", "level", "tributary", "tributaries", "navigability", "delta"}
WATER_AFTER = {"river": {"river", "rivers", "waterway", "waterways", "estuary", "levels", "barge", "barges",
                         "riverbed", "basin"},
               "canal": {"canal", "transit", "transits", "crossing", "crossings", "route", "routing", "passage",
                         "passages", "locks", "tolls", "waterway", "shortcut"},
               "sea": {"coast", "coasts", "coastline", "waters", "shore", "shores", "seaboard"}}
# "the Detroit area": the name is an attribute of the noun after it, not water.
NOT_WATER_AFTER = {"area", "region", "metro", "metropolitan", "city", "office", "offices", "headquarters", "plant",
                   "factory", "refinery", "government", "authorities", "officials", "market", "economy", "company",
                   "firm", "group", "university", "airport", "crisis", "deal", "agreement", "talks", "summit"}
LIST_WORDS = {"and", "or", "of", "the", "such", "as", "like", "including", "in"}  # inside "islands such as X and Y"
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
              "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"}
AREA_KINDS = frozenset({"country", "division", "region"})  # places that hold others
FEATURE_KINDS = {"sea", "strait", "canal", "river", "cape", "landform", "region"}  # "the Elbe", not Elbe the town
TITLES = {"general", "gen", "admiral", "adm", "captain", "capt", "president", "minister", "secretary", "mr", "mrs",
          "ms", "dr", "chief", "analyst", "director", "king", "queen", "prince", "sen", "senator", "rep", "judge",
          "commander", "colonel", "col", "lieutenant", "lt", "sir", "lord", "lady", "saint"}
LINKS = {"railway", "railroad", "pipeline", "highway", "expressway", "motorway", "line"}  # "the Baku–Tbilisi–Kars railway"
LINK_JOINS = ("-", "\u2013", "\u2014")
SEAT_COMPOUNDS = {"based", "headquartered"}  # "Geneva-based MSC": the company's seat
# Short names the shipping press gives a feature, read only after "the" and, where sets are
# given, after one of the first set's words or before one of the second's: "round the Cape",
# "the Cape route"; with none, wherever "the" is before them ("the Med").
SHORT_NAMES = {"Cape": ("Cape of Good Hope", frozenset({"round", "around", "rounding", "via"}),
                        frozenset({"route", "routes", "routing", "diversion", "diversions", "detour"})),
               "Med": ("Mediterranean Sea", frozenset(), frozenset()),
               "Antarctic": ("Antarctica", frozenset(), frozenset())}  # "the Antarctic", not "Antarctic krill"
COUNTRY_BEFORE = {"landlocked"}  # a word that makes a name a country
NAME_RUN = 6  # words a ship's or a link's name runs to on either side of a place's: walks stay short
VESSELS = {"tanker", "vessel", "ship", "bulker", "freighter", "boxship", "containership", "ferry", "tug",
           "pushboat", "trawler", "dredger", "yacht", "liner", "reefer", "barge", "icebreaker", "frigate", "destroyer"}
SHIP_WORDS = tuple(sorted(VESSELS | FLAG_COMPOUNDS))  # looked for in the few words before a name
STRUCTURES = {"Dam", "Bridge", "Tunnel", "Barrage", "Airport"}  # "the Three Gorges Dam": the structure
ROLES = {"analyst", "economist", "spokesman", "spokeswoman", "spokesperson", "director", "manager", "pilot",
         "captain", "skipper", "chairman", "chairwoman", "researcher", "professor", "consultant", "adviser",
         "advisor", "official", "lawyer", "attorney", "engineer", "mayor", "governor", "envoy", "strategist"}
SPEECH_VERBS = {"said", "says", "told", "added", "warned", "noted", "explained", "wrote", "asked"}
# Words English always capitalises: capitals there say nothing about a name ("in March").
ALWAYS_CAPITALISED = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                      "Saturday", "Sunday"}
CLICKS = "ǀǁǂǃ"  # letters of Khoekhoe names that have no case: "ǁKaras" is capitalised by its second


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1] in CLICKS and word[1:2].isupper())


def reads_as_water(text: str, words, i: int, j: int, entries: list[Entry], bare: list[Entry]) -> bool:
    """Whether the words around a river's or canal's short name ("Paraná" for the Paraná River,
    "Suez" for the Suez Canal) make it that water: "on the Paraná", "the mouth of the Congo",
    "Panama transits", "the Suez route"; or "the Hooghly" where the name is no country's (a
    country may take "the": "the Congo", "the Gambia")."""
    name = text[words[i].start() : words[j].end()]
    after = words[j + 1] if j + 1 < len(words) else None
    gap_after = text[words[j].end() : after.start()] if after is not None else ""
    if gap_after in ("-", "\u2013") or (gap_after == " " and is_capitalised(after.group())):
        return False  # "the Panama-flagged tanker", "the Red Cross": a longer word or name
    next_word = after.group().lower() if after is not None and gap_after == " " else ""
    if any(next_word in WATER_AFTER[e.kind] for e in bare):
        return True
    if i == 0 or words[i - 1].group() != "the" or text[words[i - 1].end() : words[i].start()] != " ":
        return False
    before = words[i - 2].group().lower() if i >= 2 else ""
    if before in WATER_BEFORE_THE or (before == "of" and i >= 3 and words[i - 3].group().lower() in WATER_OF_THE):
        return True
    common_word = " " not in name and name.lower() in english_words()  # "the Red", "the West": words first
    return next_word not in NOT_WATER_AFTER and not common_word and not any(e.kind == "country" for e in entries)


def reads_as_division(text: str, words, item: _Span) -> bool:
    """Whether a division's short name ("Poltava" for Poltava Oblast) is written as one:
    "regions such as Poltava", "the Lagos and Ogun states"; never a word ("Eastern")."""
    name = text[item.span.start : item.span.end]
    common_word = " " not in name and name.lower() in english_words()
    return not common_word and "division" in cued_kinds(text, words, item)


def is_person_part(text: str, words, item: _Span) -> bool:
    """A name inside a longer run of capitalised words, or after a title: a person's name."""
    before = words[item.first - 1] if item.first > 0 else None
    after = words[item.last + 1] if item.last + 1 < len(words) else None
    if before is not None and before.group().lower().rstrip(".") in TITLES and \
            text[before.end() : item.span.start] in (" ", ". "):
        return True
    for neighbour, gap in ((before, text[before.end() : item.span.start] if before else ""),
                           (after, text[item.span.end : after.start()] if after else "")):
        if neighbour is None or gap != " " or not is_capitalised(neighbour.group()):
            continue
        if neighbour is before and before.group().endswith("."):  # "… at Savannah. Georgia officials"
            continue
        if neighbour is before and before.group().lower() in english_words() and opens_a_sentence(text, before.start()):
            continue  # "Meanwhile Laem Chabang": a sentence's first word, not a given name
        if neighbour.group().lower() in PORT_BEFORE | PORT_AFTER or neighbour.group().isupper():
            continue
        return True
    return False


def opens_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` follows a sentence's end (or the text's start): "... ports.
    Meanwhile", "... said. \u201cMeanwhile". Looks back a few characters only."""
    i, stop = start, max(0, start - 8)
    while i > stop and text[i - 1] in " \t\u00a0\"'\u201c\u201d\u2018\u2019":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n"


def in_structure_name(text: str, words, item: _Span) -> bool:
    """A feature's name inside a structure's ("the Three Gorges Dam", "the Golden Gate Bridge"):
    the structure, not the place."""
    after = words[item.last + 1].group().rstrip(".") if item.last + 1 < len(words) else ""
    return after in STRUCTURES and text[words[item.last].end() : words[item.last + 1].start()] == " " and \
        all(e.kind in FEATURE_KINDS for e in item.entries)


def ship_name(text: str, words, item: _Span) -> str | None:
    """The name of the ship a name is part of, where the words before say it is a ship's ("the
    tanker Golden Irrawaddy", "the Marshall Islands-flagged Benin Star", "the bulker Sounion"),
    else None: the ship, not the place."""
    window = text[words[max(0, item.first - NAME_RUN - 2)].start() : item.span.start].lower()
    if not any(word in window for word in SHIP_WORDS):
        return None  # no vessel's type or flag just before: most names
    first, last = capitalised_run(text, words, item)  # a ship's name long at most
    i = first - 1
    if i >= 0 and words[i].group().lower() == "the" and text[words[i].end() : words[first].start()] == " ":
        i -= 1
    if i < 0:
        return None
    gap = text[words[i].end() : words[i + 1].start()]
    word = words[i].group().lower()
    named = text[words[first].start() : words[last].end()].rstrip(".")
    if word in FLAG_COMPOUNDS and text[words[i].start() - 1 : words[i].start()] in ("-", "\u2013"):
        return named  # "the Liberia-flagged Benin Star"
    # "the tanker Sounion", "One tanker, the Golden Irrawaddy": a vessel's name after its type
    if word in VESSELS and (gap == " " or gap == ", " and (last > item.last or first < item.first)):
        return named
    return None


def capitalised_run(text: str, words, item: _Span) -> tuple[int, int]:
    """The first and last word of the run of capitalised words round a name (NAME_RUN each side at most)."""
    return run_start(text, words, item.first, NAME_RUN), run_end(text, words, item.last, NAME_RUN)


def run_start(text: str, words, i: int, most: int) -> int:
    """The first word of the capitalised run that ends at word `i`, at most `most` words before
    it: a word before a full stop ends another sentence, and a sentence's first word that English
    capitalises anyway ("The", "Both", "Yesterday", "Monday") is not a name's."""
    first = i
    while first > max(0, i - most) and text[words[first - 1].end() : words[first].start()] == " " and \
            is_capitalised(words[first - 1].group()) and not words[first - 1].group().endswith(".") and \
            not _capitalised_anyway(text, words[first - 1]):
        first -= 1
    return first


def run_end(text: str, words, i: int, most: int) -> int:
    """The last word of the capitalised run that starts at word `i`, at most `most` words after it."""
    last = i
    while last + 1 < min(len(words), i + 1 + most) and not words[last].group().endswith(".") and \
            text[words[last].end() : words[last + 1].start()] == " " and is_capitalised(words[last + 1].group()) \
            and words[last + 1].group().rstrip(".") not in ALWAYS_CAPITALISED:
        last += 1
    return last


def _capitalised_anyway(text: str, word) -> bool:
    token = word.group()
    return token in ALWAYS_CAPITALISED or (token.lower() in english_words() and opens_a_sentence(text, word.start()))


def end_of(word) -> int:
    """Where a word ends, less a full stop after it ("... and South America.")."""
    return word.end() - word.group().endswith(".")


def in_a_links_name(text: str, words, item: _Span) -> bool:
    """A name in a chain of names that a railway, pipeline or road is named after: "the
    Baku–Tbilisi–Kars railway", "the Habshan-Fujairah pipeline". The link, not its places."""
    if text[item.span.end : item.span.end + 1] not in LINK_JOINS and text[item.span.start - 1 : item.span.start] \
            not in LINK_JOINS:
        return False  # no dash on either side: most names
    first, last, names = item.first, item.last, 1
    while first > max(0, item.first - NAME_RUN) and text[words[first - 1].end() : words[first].start()] in LINK_JOINS \
            and is_capitalised(words[first - 1].group()):
        first, names = first - 1, names + 1
    while last + 1 < min(len(words), item.last + 1 + NAME_RUN) and \
            text[words[last].end() : words[last + 1].start()] in LINK_JOINS and is_capitalised(words[last + 1].group()):
        last, names = last + 1, names + 1
    after = words[last + 1].group().rstrip(".,").lower() if last + 1 < len(words) else ""
    return names >= 2 and after in LINKS and text[words[last].end() : words[last + 1].start()] == " "


def names_a_speaker(text: str, words, item: _Span) -> bool:
    """A name that is part of the name of a person the article quotes or describes: "said
    Jordan Kessler", "analyst Chad Morris", "Jordan Lima said". Countries that are given names
    (Jordan, Chad, Israel) are refused only then: "Greece Shipping" or "Peru LNG" say nothing of
    a person, nor "Greece Fleet Registry said", whose last word is a word, nor "the pushboat
    Niger Queen, the largest"."""
    first, last = capitalised_run(text, words, item)
    if last - first not in (1, 2):
        return False  # a person's name is two or three words
    before = words[first - 1] if first > 0 else None
    after = words[last + 1] if last + 1 < len(words) else None
    if before is not None and text[before.end() : words[first].start()] == " " and (
            before.group().lower() in SPEECH_VERBS or before.group().lower() in ROLES):
        return True
    surname = words[last].group().lower()
    return after is not None and not surname.endswith(".") and \
        text[words[last].end() : after.start()] in (" ", ", ") and after.group().lower() in SPEECH_VERBS and \
        not {surname, surname.removesuffix("s")} & english_words()


def qualifier(text: str, words, item: _Span, gazetteer: Gazetteer) -> tuple[set[str], set[str], str | None]:
    """Countries and divisions an explicit qualifier names: "Santos, Brazil", "Norfolk, Va.",
    "Manzanillo in Mexico", "Georgia (the country)". Returns (countries, divisions, kind asked for)."""
    tail = text[item.span.end : item.span.end + 40]
    if re.match(r"\s*\((?:the )?(?:country|nation|republic)\)", tail):
        return set(), set(), "country"
    if re.match(r"\s*\((?:the )?(?:US )?state\)", tail):
        return set(), set(), "division"
    match = re.match(r"(, in (?:the )?|, | in (?:the )?)((?:[A-Z][\w'.]*)(?:[ -](?:[A-Z][\w'.]*|of|and|de))*)", tail)
    if not match:
        return set(), set(), None
    words_after = match.group(2).split()
    for n in range(len(words_after), 0, -1):
        entries = qualifying(gazetteer, " ".join(words_after[:n]))
        if not entries:
            continue
        if (match.group(1) != ", " or list_goes_on(tail, match.start(2), words_after[:n])) and \
                not some_inside(item.entries, entries, gazetteer):
            # "X in Y" qualifies X only when some X lies in Y ("Rotterdam in March"), and so does a
            # comma that a list goes on after: "bound for Colombo, Singapore and Port Klang"
            return set(), set(), None
        return ({e.country for e in entries if e.kind == "country"},
                {e.get("iso3166_2") for e in entries if e.kind == "division"}, None)
    return set(), set(), None


def some_inside(entries: list[Entry], qualifying: tuple[Entry, ...], gazetteer: Gazetteer) -> bool:
    """Some of `entries` lies in a country or division of `qualifying`."""
    countries = {q.country for q in qualifying if q.kind == "country"}
    divisions = {q.get("iso3166_2") for q in qualifying if q.kind == "division"}
    return any(e.country in countries or (e.lon is not None and in_divisions(e, divisions, gazetteer)) for e in entries)


def list_goes_on(tail: str, start: int, qualifier_words: list[str]) -> bool:
    """The words after a comma are followed by another name of a list ("Colombo, Singapore and
    Port Klang", "Colombo, Singapore, Port Klang"), not by the rest of a sentence ("Freeport,
    Bahamas, said")."""
    at = tail.find(qualifier_words[-1], start) + len(qualifier_words[-1])
    return re.match(r"(?:,? (?:and|or)|,) [A-Z]", tail[at:] + " " * 8) is not None


@lru_cache(maxsize=4096)
def qualifying(gazetteer: Gazetteer, name: str) -> tuple[Entry, ...]:
    """The countries and divisions a qualifier's words name ("Brazil", "Va.")."""
    entries = [e for e in gazetteer.lookup(name) if e.kind in ("country", "division")]
    if not entries and name.endswith("."):
        entries = [e for e in gazetteer.lookup(name[:-1]) if e.kind in ("country", "division")]
    return tuple(entries)


def written_as_port(text: str, words, item: _Span) -> bool:
    """'port of Santos', 'Santos port', 'Chancay Megaport': the name is used for its port."""
    after = words[item.last + 1] if item.last + 1 < len(words) else None
    if after is not None and after.group().lower() in PORT_AFTER and text[item.span.end : after.start()] in (" ", "'s "):
        return True
    if item.first >= 2:
        port, of = words[item.first - 2].group().lower(), words[item.first - 1].group()
        return port in PORT_BEFORE and of == "of"
    return False


def kind_cues(text: str, words, item: _Span) -> frozenset[str]:
    """The kinds of place a name's own last word or the words around it ask for ("English
    Bay" is water, not the namesake district); a kind noun after it or its list
    ("Geoje island", "Bali and Lombok islands"), or before its list ("the islands of Bali and
    Lombok", "regions such as Poltava"); and water, landforms or regions after a lower-case
    "the" ("the mouth of the Elbe", "along the Mississippi"): towns and states take no article."""
    if len({e.kind for e in item.entries}) < 2:
        return frozenset()  # cues choose between kinds: a name of one kind needs none
    return cued_kinds(text, words, item)


def cued_kinds(text: str, words, item: _Span) -> frozenset[str]:
    """The kinds of place the words in and around a name ask for, whatever its entries."""
    kinds = set()
    last = words[item.last].group().lower()
    if item.last > item.first and last in KIND_NOUNS:  # the name says it: "English Bay", "Khalifa Port"
        kinds.add(KIND_NOUNS[last])
    after = words[item.last + 1].group().lower() if item.last + 1 < len(words) else ""
    if text[item.span.end : item.span.end + 1 + len(after)].lower() == f" {after}":
        kinds |= {kind for kind, nouns in WATER_AFTER.items() if after in nouns}  # "Panama transits"
    before = words[item.first - 1].group() if item.first > 0 else ""
    if before == "the" and text[words[item.first - 1].end() : item.span.start] == " ":
        kinds |= FEATURE_KINDS
    if before.lower() in DIRECTIONS and text[words[item.first - 1].end() : item.span.start] == " " and \
            any(e.kind in ("city", "port") for e in item.entries):
        kinds |= AREA_KINDS | {"landform"}  # "northern Quebec": part of an area, not the town
    holder = holds_the_nouns_before(text, words, item.first)  # "ports in Quebec" holds ports; "ports such as Quebec" is one
    for step, start in ((1, item.last + 1),) if holder else ((-1, item.first - 1), (1, item.last + 1)):
        i = start
        while 0 <= i < len(words) and abs(i - start) < 12:
            word = words[i].group()
            if step == 1 and text[words[i - 1].end() : words[i].start()].strip(" ,") or \
                    step == -1 and (text[words[i].end() : words[i + 1].start()].strip(" ,") or ends_sentence(words[i])):
                break  # a sentence's end, a bracket or a dash ends the list
            noun = word.rstrip(".") if step == 1 else word  # "... Ogun and Lagos states."
            if noun in KIND_NOUNS:
                kinds.add(KIND_NOUNS[noun])
                break
            if not (is_capitalised(word) or word in LIST_WORDS) or step == 1 and word in ("of", "the", "in"):
                break
            i += step
    if after in WATER_AFTER["sea"] and "sea" in kinds:
        kinds -= {"region", "landform"}  # "the Caribbean coast": the sea's coast, not the islands'
    return frozenset(kinds)


def holds_the_nouns_before(text: str, words, first: int) -> bool:
    """A name right after "<plural kind noun> in (the)": "ports in Quebec", "terminals in the
    Gulf"."""
    i = first - 1
    if i >= 0 and words[i].group() == "the":
        i -= 1
    if i < 1 or words[i].group() != "in" or text[words[i - 1].end() : words[i].start()] != " ":
        return False
    noun = words[i - 1].group()
    return noun in KIND_NOUNS and noun.endswith("s")


@lru_cache(maxsize=1)
def english_words() -> set[str]:
    """Webster's Second International (public domain, via the `english-words` package):
    lower-case entries are ordinary words ("mobile", "split"); names are capitalised there."""
    from english_words import get_english_words_set

    return get_english_words_set(["web2"], lower=False)  # "march" is in it; "Paris" only capitalised


# -- resolution -----------------------------------------------------------------------------

def listed_before(text: str, words, first: int) -> str:
    """The capitalised name before word `first` when a list joins them ("Malaysia, Singapore",
    "Malaysia and Singapore", "Malaysia, and Singapore")."""
    end = first - 1
    if end >= 1 and words[end].group() == "and" and text[words[end].end() : words[first].start()] == " ":
        end -= 1
        if text[words[end].end() : words[end + 1].start()] not in (" ", ", "):
            return ""
    elif end < 0 or text[words[end].end() : words[first].start()] != ", ":
        return ""
    i = end
    while i > 0 and is_capitalised(words[i - 1].group()) and text[words[i - 1].end() : words[i].start()] == " ":
        i -= 1
    return text[words[i].start() : words[end].end()] if is_capitalised(words[end].group()) else ""


def listed_after(text: str, words, last: int) -> str:
    """The capitalised name after word `last` when a list joins them ("and Malaysia")."""
    i = last + 1
    if i >= len(words):
        return ""
    gap = text[words[last].end() : words[i].start()]
    if words[i].group() == "and" and gap in (" ", ", "):
        i += 1
    elif gap != ", ":
        return ""
    start = i
    while i + 1 < len(words) and is_capitalised(words[i + 1].group()) and text[words[i].end() : words[i + 1].start()] == " ":
        i += 1
    return text[words[start].start() : words[i].end()] if i < len(words) and is_capitalised(words[start].group()) else ""


def in_divisions(entry: Entry, divisions: set[str], gazetteer: Gazetteer) -> bool:
    if not divisions or entry.country is None:
        return False
    if entry.kind == "division":
        return entry.get("iso3166_2") in divisions
    if gazetteer.divided_countries.get(entry.country or "") in divisions:
        return True  # Saint-Denis (GeoNames: country RE) is in Réunion, FR-RE
    if entry.admin1 and f"{entry.country}-{entry.admin1}" in divisions:  # GeoNames uses ISO codes for the US
        return True
    from shapely import Point

    point = Point(entry.lon, entry.lat)
    return any((area := gazetteer.shapes.get(code)) is not None and area.contains(point)
               for code in divisions if code.startswith(entry.country + "-"))


def feature_in(entry: Entry, countries: set[str], divisions: set[str], gazetteer: Gazetteer) -> bool:
    geometry, _ = gazetteer.geometry(entry)
    if geometry is None:
        return False
    areas = [gazetteer.shapes.get(code) for code in divisions]
    areas += [gazetteer.shape(country) for code in countries if (country := gazetteer.countries.get(code))]
    return any(area is not None and area.intersects(geometry) for area in areas)


# -- quotes and stops -----------------------------------------------------------------------
