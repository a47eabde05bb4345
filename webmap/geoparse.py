"""Find the places an article names, resolve each to one gazetteer entry, and quote it.

1. Spans: runs of capitalised words, joined by spaces, hyphens or the small words of
   place names ("Gulf of Aden", "Bab el-Mandeb", "Rio de Janeiro"), up to eight words.
   A dateline's capitals ("LIMA —") are read in title case. Demonyms ("Peruvian") and
   compounds ("Yemen-based") are mentions of their country.
2. Candidates: every entry each span goes by. The longest span wins its characters, so a
   gulf, strait or cape is never its namesake town or port.
3. Evidence decides between same-named entries: an explicit qualifier ("Arlington,
   Virginia", "Norfolk, Va.", "Santos, Brazil", "Georgia (the country)"), the port words
   around a name ("port of Santos"), the countries and divisions the article names, the
   distance to its other places, then population and the kind of entry as a prior.
4. A weak lone match is refused rather than guessed: a small town nothing in the article
   points to, a town whose name is an English word ("Mobile", "Split"), or a town name
   inside a person's name ("General Laura Richardson").
5. An organisation the curated table lacks is read by the shape of its name (`orgnames.py`:
   "Kenya Ports Authority", "Port of Baku"), at the seat of the place it names (a country's
   capital, a division's where the table has it), less sure than a curated one.
6. So is a bay, strait, river or island the tables lack, by the town its name is built on
   (`featurenames.py`: "Qinzhou Bay", "Gulf of İskenderun", "Geirangerfjord"), drawn at
   that town.

Every place keeps a `confidence` (0-1) and its `candidates`: the runners-up with why each
lost, which is what an editor corrects the map with.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from .article import Article, Span
from .cues import (ALWAYS_CAPITALISED, COUNTRY_BEFORE, FEATURE_KINDS, FLAG_COMPOUNDS, KIND_NOUNS, SEAT_COMPOUNDS,
                   SHORT_NAMES, capitalised_run, end_of, ship_name,
                   WATER_AFTER, english_words, feature_in, in_a_links_name, in_divisions, in_structure_name,
                   is_capitalised, is_person_part, kind_cues, listed_after, listed_before, names_a_speaker,
                   qualifier, reads_as_division, reads_as_water, written_as_port)
from .ellipsis import elided_names
from .featurenames import feature_names
from .gazetteer import SEAT_PORT_KM, Entry, Gazetteer, fold
from .geometry import great_circle_km
from .orgnames import name_end, organisation_names

WORD_RE = re.compile(r"[^\W\d_]+(?:\.(?=[^\W\d_]\.)[^\W\d_])*\.?|\d+")
JOINER_RE = re.compile(r"(?:[ \u00a0]{1,2}|-|\u2013|'|\u2019|\. ?| ?& ?)")  # between two words of one name ("Volga–Don", "Larsen & Toubro")
CONNECTORS = {"of", "de", "del", "da", "do", "dos", "das", "el", "al", "la", "le", "les", "the", "and", "du",
              "y", "upon", "on", "sur", "am", "an", "der", "di", "d", "bin", "ibn", "for", "et", "und"}
LIST_GAPS = (", ", " and ", ", and ", " or ", ", or ")  # between the names of a list
LIST_NEAR_KM = 1000.0  # a seaport this near the other ports of its list is likelier
COMMON_WORD_PENALTY = 5.0  # "Mobile cranes": at a sentence's start a capital says nothing
COMMON_WORD_PENALTY_MID_SENTENCE = 2.0  # "to Shanghai", "at Balboa": a capital mid-sentence marks a name
MAX_NAME_WORDS = 8
MIN_POINT_NAME_LETTERS = 3
NO_EVIDENCE_MIN_POPULATION = 100_000  # a town smaller than this needs the article to point at it
SEAT_KINDS = {"city", "port", "country", "division"}  # places an organisation's name can seat it at
DIVISION_TOWN_MIN = 20_000  # a town this big keeps a division's short name in its country to itself
NAMED_SHARE = 0.8  # an organisation or bay known by its name's shape: its place's confidence times this
NAMED_AFTER_KINDS = {"city", "port"}  # places a bay's, strait's, river's or island's name is built on
NAMED_FEATURE_MIN = 0.5  # a feature known by a town in its name: only when that town is a sure reading
NAMED_AFTER_KM = 500.0  # ... when this near the article's other places (3 times in a country it names)
REFUSE_BELOW = 0.35  # a resolved place less likely than this is left out (an editor can add it)
CAPITAL_BONUS = 1.5  # national capitals are named far more often than their namesakes
DWARFED_BY = 10  # a town this many times smaller than a seaport namesake in its own country ...
DWARFED_PENALTY = 2.0  # ... weighs this much less, unless a qualifier or division names it
FAR_PENALTY = 1.5  # a town far from the article's places, in a country it does not name, called by another name
ALIAS_PENALTY = 1.0  # a town called by another of its names, where another town's own name is that name
PORT_TOWN_BONUS = 1.5  # a seaport town and its port (Rotterdam, not Rotterdam, New York)
KIND_PRIOR = {"organisation": 5.0, "sea": 5.0, "strait": 5.0, "canal": 5.0, "river": 4.5, "cape": 5.0,
              "landform": 4.5, "country": 5.5, "region": 5.0, "division": 3.0, "port": 0.5, "city": 0.0}


@dataclass
class Place:
    """A resolved place with every mention of it and the sentences that hold them."""

    entry: Entry
    mentions: list[Span] = field(default_factory=list)
    stop: int | None = None
    confidence: float = 1.0
    candidates: list[dict] = field(default_factory=list)  # runners-up: id, name, kind, confidence, why

    @property
    def first_offset(self) -> int:
        return self.mentions[0].start


@dataclass
class _Span:
    span: Span
    entries: list[Entry]
    first: int  # index of its first and last word
    last: int
    via: str = "name"  # "name"; "demonym" when the words are an adjective of its country; "ellipsis" when
    # they are a list's member whose whole name the list writes once ("East" in "East and Southeast Asia")
    latent: list[Entry] = field(default_factory=list)  # divisions by a short name nothing here says is one


@dataclass
class _Choice:
    span: _Span
    entry: Entry
    confidence: float
    candidates: list[dict]
    decided_here: bool = False  # by a qualifier or port words around this very mention


def find_places(article: Article, gazetteer: Gazetteer) -> list[Place]:
    """Every place the article names, in order of first mention."""
    text = article.text
    words = list(WORD_RE.finditer(text))
    spans = _spans(text, words, gazetteer)
    context = _Context.of(article, words, [item for item in spans if item.entries], gazetteer)
    spans = _with_named_countries_divisions(spans, context)
    context.listed_with = _lists_of_places(spans, text, context)
    context.seats_at = {}
    context.ships_at = {(item.first, item.last): name for item in spans if (name := ship_name(text, words, item))}
    context.ships = {name for name in context.ships_at.values() if " " in name}
    for item in spans:
        for e in item.entries:
            if e.kind == "organisation" and e.get("seat_source"):
                context.seats_at.setdefault(item.first, set()).add(e.get("seat_source"))
    chosen = _choose(spans, text, words, context)

    places: dict[str, Place] = {}
    for choice in sorted(chosen, key=lambda c: c.span.span.start):
        place = places.get(choice.entry.id)
        if place is None:
            place = places[choice.entry.id] = Place(choice.entry, confidence=choice.confidence,
                                                    candidates=choice.candidates)
        elif choice.confidence > place.confidence:
            place.confidence, place.candidates = choice.confidence, choice.candidates
        place.mentions.append(choice.span.span)
    return sorted(places.values(), key=lambda p: p.first_offset)


def _choose(spans: list[_Span], text: str, words, context: "_Context") -> list[_Choice]:
    """Each span's reading, one sense per name, and the longest (then likeliest) span winning
    its characters."""
    choices = []
    for item in spans:
        choice = _resolve(item, text, words, context)
        if choice is not None:
            choices.append(choice)
    _one_sense_per_article(choices, text)
    choices += _named_organisations(spans, text, words, context)
    choices += _named_features(spans, text, words, context)

    taken = bytearray(len(text))  # characters already claimed by a longer (or likelier) match
    chosen: list[_Choice] = []
    for choice in sorted(choices, key=lambda c: (c.span.span.start - c.span.span.end, -c.confidence, c.span.span.start)):
        start, end = choice.span.span.start, choice.span.span.end
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(choice)
    return chosen


# -- spans ----------------------------------------------------------------------------------

def _dateline_end(text: str) -> int:
    """Where a dateline in capitals ("LIMA, June 24 (Reuters) —") ends, or 0."""
    match = re.match(r"\s*([^\W\d_][^\W\d_ .'\-]*(?:[ .'\-]+[^\W\d_]+)*)(?=[,\s]*(?:\(|—|–|-|,|\n))", text)
    return match.end(1) if match and match.group(1).isupper() else 0  # "SÃO PAULO" too


def _spans(text: str, words, gazetteer: Gazetteer) -> list[_Span]:
    dateline_end = _dateline_end(text)
    found: list[_Span] = []
    lookups: dict[tuple[str, bool], list[Entry]] = {}

    def lookup(name: str, curated_only: bool = False) -> list[Entry]:
        key = (name, curated_only)  # a long article names the same places again and again
        if key not in lookups:
            lookups[key] = (list(gazetteer.curated_names.get(fold(name), ())) if curated_only
                            else gazetteer.lookup(name))
        return lookups[key]

    def as_written(i: int, j: int) -> str:
        name = text[words[i].start() : words[j].end()]
        if words[i].start() < dateline_end and name.isupper():
            name = name.title()
        return name

    lowercase_names = gazetteer.lowercase_names
    for i, word in enumerate(words):
        token = word.group()
        if not is_capitalised(token):
            if token.rstrip(".") in lowercase_names:  # "thyssenkrupp", "sub-Saharan Africa"
                found += _lowercase_spans(text, words, i, lowercase_names[token.rstrip(".")], lookup)
            continue
        for n in range(1, min(MAX_NAME_WORDS, len(words) - i) + 1):
            j = i + n - 1
            if n > 1 and not JOINER_RE.fullmatch(text[words[j - 1].end() : words[j].start()]):
                break
            piece = words[j].group()
            if not is_capitalised(piece) and piece.lower() in CONNECTORS:
                continue  # a name does not end on "of"
            # A lower-case piece after an apostrophe is the rest of a word: "Nuku'alofa".
            elided = n > 1 and text[words[j - 1].end() : words[j].start()] in ("'", "\u2019")
            name = as_written(i, j)
            spaced = not text[words[i].end() : words[i + 1].start()].strip() if n > 1 else False
            if spaced and not any(gazetteer.starts_a_name(start) for start in _two_word_starts(as_written(i, i + 1))):
                break  # no name of two or more words starts so: longer runs need no look-up
            # Lower-case words end only curated names ("Peruvian parliament"), never a town's.
            entries = lookup(name, curated_only=not (is_capitalised(piece) or elided))
            end = words[j].end()
            noun = piece.rstrip(".")
            if not entries and noun in KIND_NOUNS:  # "Córdoba province" is the row "Córdoba Province"
                entries = lookup(name[: len(name) - len(piece)] + noun.capitalize(), curated_only=True)
                if entries:
                    end = words[j].start() + len(noun)
            if not entries and name.endswith("."):  # "Va." is an alias, "Rotterdam." is a name and a full stop
                entries, end = lookup(name[:-1]), end - 1
            via = "name"
            country = gazetteer.demonym(name.rstrip(".")) if is_capitalised(piece) else None
            if country is not None and country not in entries:  # "Peruvian", "South African": their country
                if not entries:
                    end = word.start() + len(name.rstrip("."))
                entries, via = [country, *entries], "demonym"  # before any town of that name ("Canadian", Texas)
            bare = gazetteer.bare_names.get(fold(text[word.start() : end])) if (
                is_capitalised(piece) and end >= words[j].end() - 1) else None  # "the Huangpu." too
            if bare and reads_as_water(text, words, i, j, entries, bare):
                entries = [*entries, *(e for e in bare if e not in entries)]
            if j + 1 < len(words) and words[j + 1].group() in WATER_AFTER["sea"] and text[end : words[j + 1].start()] == " " \
                    and not any(e.kind == "sea" for e in entries):  # "the Caribbean coast": the Caribbean Sea's
                entries = [*entries, *(e for e in lookup(f"{name} Sea", curated_only=True) if e.kind == "sea")]
            divisions = gazetteer.bare_divisions.get(fold(name.rstrip("."))) if is_capitalised(piece) else None  # "through Nariño."
            latent = []
            if divisions and reads_as_division(text, words, _Span(Span(word.start(), end), divisions, i, j)):
                entries = [*entries, *(e for e in divisions if e not in entries)]
            elif divisions and not (" " not in name and name.lower() in english_words()):
                latent = [e for e in divisions if e not in entries]  # read if the article names their country
            if entries or latent:
                found.append(_Span(Span(word.start(), end), entries, i, j, via, latent))
    word_starts = [word.start() for word in words]
    found += _short_names(text, words, lookup, word_starts)
    by_words = {(item.first, item.last): item for item in found}
    for first, last, start, end, entries in elided_names(text, words, gazetteer, word_starts):
        item = by_words.get((first, last))  # "Suez" in "the Suez and Panama canals" is the canal, not the town
        if item is not None:
            item.entries, item.via, item.latent = entries, "ellipsis", []
        else:
            found.append(_Span(Span(start, end), entries, first, last, "ellipsis"))
    return found


SHORT_NAME_RE = re.compile(r"\b[Tt]he (?:%s)\b" % "|".join(SHORT_NAMES))


def _short_names(text: str, words, lookup, word_starts: list[int]) -> list[_Span]:
    """Features the press calls by a short name in their setting ("round the Cape", "the Med")."""
    found = []
    for match in SHORT_NAME_RE.finditer(text):
        i = bisect.bisect_left(word_starts, match.start() + 4)  # the word after "the "
        if i >= len(words) or word_starts[i] != match.start() + 4:
            continue
        name, before, after = SHORT_NAMES[words[i].group().rstrip(".")]
        following = words[i + 1].group() if i + 1 < len(words) and not words[i].group().endswith(".") and \
            text[words[i].end() : words[i + 1].start()] == " " else ""
        if following[:1].isupper():
            continue  # "the Cape Verde islands", "the Med Ports conference"
        if not (before or after) or (i >= 2 and words[i - 2].group().lower() in before) or \
                following.lower().rstrip(".") in after:
            found.append(_Span(Span(words[i].start(), end_of(words[i])), lookup(name, curated_only=True), i, i))
    return [item for item in found if item.entries]


def _lowercase_spans(text: str, words, i: int, names: tuple[str, ...], lookup) -> list[_Span]:
    """The longest of `names` written exactly so at word `i`, as a span (none if none is)."""
    start = words[i].start()
    for name in names:
        end = start + len(name)
        if text.startswith(name, start) and not text[end : end + 1].isalnum():
            j = i
            while j + 1 < len(words) and words[j + 1].start() < end:
                j += 1
            entries = lookup(name, curated_only=True)
            return [_Span(Span(start, end), entries, i, j)] if entries else []
    return []


def _lists_of_places(spans: list[_Span], text: str, context: "_Context") -> dict[tuple[int, int], tuple]:
    """For each name in a list of seaports ("Los Angeles, Long Beach and Oakland"), the anchor
    points of the other ports in that list: a list of ports names ports near each other."""
    anchors = set(context.anchors)
    spans = [item for item in spans if any(e.kind == "port" for e in item.entries)]  # only ports gain by it
    by_start: dict[int, list[_Span]] = {}
    for item in spans:
        by_start.setdefault(item.span.start, []).append(item)
    follows: dict[int, list[_Span]] = {}  # a span's id -> the spans listed right after it
    for item in spans:
        for gap in LIST_GAPS:
            if text.startswith(gap, item.span.end):
                follows.setdefault(id(item), []).extend(by_start.get(item.span.end + len(gap), []))
    lists: list[list[_Span]] = []
    placed: dict[int, list[_Span]] = {}
    for item in sorted(spans, key=lambda i: i.span.start):
        group = placed.get(id(item))
        if group is None:
            group = [item]
            lists.append(group)
            placed[id(item)] = group
        for after in follows.get(id(item), []):
            if id(after) not in placed:
                group.append(after)
                placed[id(after)] = group
    out = {}
    for group in lists:
        if len(group) < 2:
            continue
        for item in group:
            points = {(e.lon, e.lat) for other in group if other is not item for e in other.entries
                      if (e.lon, e.lat) in anchors}
            if points:
                out[(item.first, item.last)] = tuple(sorted(points))
    return out


def _with_named_countries_divisions(spans: list[_Span], context: "_Context") -> list[_Span]:
    """The spans, each division's short name also read as that division where the article
    names its country and no town of the name is in it ("Antioquia" in a story on Colombia;
    not "Santander" in one on Spain, nor "Lagos" in one on Nigeria: the cities; nor
    "Socotra", the island); spans that name nothing else are dropped."""
    for item in spans:
        if any(e.kind in FEATURE_KINDS for e in item.entries):
            continue  # "Socotra", "New Ireland": the island a province is named after
        towns = {e.country for e in item.entries if e.kind == "port" or e.kind == "city" and
                 e.population >= DIVISION_TOWN_MIN}  # "Nariño" is the department, not its villages
        named = [e for e in item.latent if e.country in context.countries and e.country not in towns]
        if named:
            item.entries = [*item.entries, *named]
    return [item for item in spans if item.entries]


def _two_word_starts(two_words: str) -> tuple[str, ...]:
    """The forms a name's first two words take: as written, and with a kind noun capitalised
    ("Córdoba province" starts the row "Córdoba Province")."""
    first, _, second = two_words.rpartition(" ")
    noun = second.rstrip(".")  # "Geoje island." ends a sentence
    return (two_words, f"{first} {noun.capitalize()}") if noun in KIND_NOUNS else (two_words,)


# -- evidence -------------------------------------------------------------------------------

@dataclass
class _Context:
    """What the article says about where it is: the countries and divisions it names, and
    anchor points of the places it names without ambiguity."""

    gazetteer: Gazetteer
    countries: set[str]
    divisions: set[str]  # ISO 3166-2 codes
    anchors: list[tuple[float, float]]
    grounds: list[tuple[float, float]]  # the anchors that are not an organisation's seat
    lowercase_words: set[str]
    sentence_starts: set[int]
    dateline_end: int  # a dateline ("LIMA, June 24 —") names a city
    lede_start: int  # where the story starts after its dateline's dash, or -1
    _nearest_km: dict = field(default_factory=dict)
    _inside: dict = field(default_factory=dict)
    resolved: dict = field(default_factory=dict)  # memo of _weigh by everything it reads
    listed_with: dict = field(default_factory=dict)  # (first, last) word -> anchors of the list it is in
    seats_at: dict = field(default_factory=dict)  # first word of an organisation's name -> its seats' sources
    ships_at: dict = field(default_factory=dict)  # (first, last) word of a name inside a ship's name -> the ship's
    ships: set = field(default_factory=set)  # the ships' names of two words or more the article gives

    def in_divisions(self, entry: Entry, divisions: set[str]) -> bool:
        key = (entry.id, frozenset(divisions))
        if key not in self._inside:
            self._inside[key] = in_divisions(entry, divisions, self.gazetteer)
        return self._inside[key]

    def feature_in(self, entry: Entry, countries: set[str], divisions: set[str]) -> bool:
        """A river, sea or landform (no country of its own) whose shape or point reaches into
        one of `countries` or `divisions`: "the Hooghly in West Bengal"."""
        key = (entry.id, frozenset(countries), frozenset(divisions))
        if key not in self._inside:
            self._inside[key] = feature_in(entry, countries, divisions, self.gazetteer)
        return self._inside[key]

    def nearest_km(self, entry: Entry) -> float | None:
        """Distance from an entry to the nearest anchor (memoised: big articles repeat names)."""
        if not self.anchors:
            return None
        if entry.id not in self._nearest_km:
            self._nearest_km[entry.id] = min(great_circle_km(entry.lon, entry.lat, lon, lat) for lon, lat in self.anchors)
        return self._nearest_km[entry.id]

    @classmethod
    def of(cls, article: Article, words, spans: list[_Span], gazetteer: Gazetteer) -> "_Context":
        text = article.text
        countries, divisions, anchors, grounds = set(), set(), [], []
        for item in spans:
            kinds = {e.kind for e in item.entries}
            if kinds == {"country"}:
                countries |= {e.country for e in item.entries}
            elif "country" in kinds and kinds <= {"country", "city", "port"} and \
                    not is_person_part(text, words, item):  # "Colombia", not its namesake towns
                countries |= {e.country for e in item.entries if e.kind == "country"}
            elif item.via == "demonym":  # its country, not the towns that share the word ("Canadian", Texas)
                countries.add(item.entries[0].country)
            # Evidence must not be circular: a name that may be a country or a state ("Georgia")
            # names no division, and is no anchor, until it is resolved.
            others = [e for e in item.entries if e.kind != "city"]
            cities = [e for e in item.entries if e.kind == "city"]
            if len(others) == 1 and others[0].kind == "division" and not is_person_part(text, words, item):
                divisions.add(others[0].get("iso3166_2"))
            if len(others) == 1 and others[0].lon is not None and not cities:
                anchors.append((others[0].lon, others[0].lat))
                if others[0].kind != "organisation":
                    grounds.append((others[0].lon, others[0].lat))
            elif all(e.kind == "port" for e in others) and cities and cities[0].population >= 1_000_000 and (
                    len(cities) == 1 or cities[1].population * 10 < cities[0].population):
                anchors.append((cities[0].lon, cities[0].lat))  # a big city with no rival of its name (or its port)
                grounds.append((cities[0].lon, cities[0].lat))
        return cls(gazetteer, countries, divisions, sorted(set(anchors)), sorted(set(grounds)), {w.group() for w in words if w.group().islower()},
                   {s.start for s in article.sentences}, _dateline_end(text), _lede_start(text))


def _lede_start(text: str) -> int:
    """Where the story's first words follow its dateline's dash ("LIMA, June 24 (Webmap) — "), or -1."""
    match = re.match(r"[^\n\u2014\u2013]{1,120}[\u2014\u2013][ \u00a0]*", text)
    return match.end() if match else -1


def _seat_named_before(text: str, words, item: _Span, context: "_Context") -> frozenset:
    """The seats (GeoNames sources) of an organisation the name is the base of: "Geneva-based
    Mediterranean Shipping Company", "the Denmark-headquartered Maersk"."""
    after = item.last + 1
    if after >= len(words) or text[item.span.end : words[after].start()] not in ("-", "\u2013") or \
            words[after].group().lower().rstrip(".") not in SEAT_COMPOUNDS:
        return frozenset()
    org = after + 1 + (after + 1 < len(words) and words[after + 1].group() == "the")
    return frozenset(context.seats_at.get(org, ()))


def _starts_sentence(text: str, start: int, context: "_Context") -> bool:
    """Whether a word opens a sentence, a quotation in one, a paragraph, or the story after its
    dateline ("LIMA, June 24 (Webmap) — Mobile cranes..."): where English capitalises any word."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0\"\u201c\u2018'(":
        i -= 1
    return i == 0 or text[i - 1] == "\n" or start == context.lede_start or any(
        k in context.sentence_starts for k in range(i, start + 1))  # the sentence's start, before or after a quote


def _resolve(item: _Span, text: str, words, context: _Context, in_name: bool = False) -> _Choice | None:
    """The likeliest entry for a span, its confidence and the runners-up; None if refused.
    `in_name`: the span is read inside an organisation's name, where capitals around it
    are the name's, not a person's."""
    name = text[item.span.start : item.span.end]
    single_word = item.first == item.last
    if item.via == "ellipsis":  # weighed as its whole name: "East" in "East and Southeast Asia" is East Asia
        name, single_word = item.entries[0].name, False
    port_context = written_as_port(text, words, item)
    cues = kind_cues(text, words, item)
    if not in_name and ((item.first, item.last) in context.ships_at or in_structure_name(text, words, item) or
                        in_a_links_name(text, words, item) or _names_a_ship_again(text, words, item, context)):
        return None
    person = not in_name and is_person_part(text, words, item)
    speaker = person and names_a_speaker(text, words, item)
    # A country is never qualified by what follows it: "Chile, Peru and Ecuador" is a list.
    q_countries, q_divisions, q_kind = qualifier(text, words, item, context.gazetteer)
    if any(e.kind in ("country", "region") for e in item.entries):
        q_countries, q_divisions = set(), set()
    if item.span.end <= context.dateline_end and any(e.kind == "city" for e in item.entries):
        q_kind = "city"  # wire datelines name the city the story was filed from
    elif q_kind is None and item.first > 0 and words[item.first - 1].group().lower() in COUNTRY_BEFORE and \
            any(e.kind == "country" for e in item.entries):
        q_kind = "country"  # "landlocked Niger": only a country is landlocked
    elif q_kind is None and not port_context and _names_a_city_state(item, context.gazetteer):
        q_kind = "country" if _reads_as_country(text, words, item, context.gazetteer) else "city"
    at_sentence_start = _starts_sentence(text, item.span.start, context)
    listed = context.listed_with.get((item.first, item.last), ())
    seat_of = _seat_named_before(text, words, item, context)
    key = (name, tuple(e.id for e in item.entries), single_word, port_context, person, speaker, listed, seat_of,
           frozenset(q_countries), frozenset(q_divisions), q_kind, at_sentence_start, cues)
    if key not in context.resolved:  # a long article weighs the same name in the same setting again and again
        context.resolved[key] = _weigh(name, item.entries, single_word, port_context, person, speaker,
                                       listed, seat_of,
                                       q_countries, q_divisions, q_kind, at_sentence_start, cues, context)
    found = context.resolved[key]
    return None if found is None else _Choice(item, *found)


def _names_a_ship_again(text: str, words, item: _Span, context: _Context) -> bool:
    """A name inside a ship's name the article gave before: "the tanker Aegean Star ... The
    Aegean Star, owned by ...": the ship again, not the sea."""
    if not context.ships:
        return False
    first, last = capitalised_run(text, words, item)
    if first == item.first and last == item.last:
        return False
    return text[words[first].start() : end_of(words[last])] in context.ships


def _rivals(owner: Entry, entry: Entry, port_towns: set[str]) -> bool:
    """Whether `owner`, a town or port whose own name the article wrote, makes `entry`, called
    by another of its names there, less likely: a port that is not the entry's own, or a town
    at least a tenth its size (not the villages called "Lázaro Cárdenas" against the port city
    GeoNames names "Ciudad Lázaro Cárdenas")."""
    if owner.kind == "port":
        return not (owner.id in port_towns and entry.id in port_towns)
    return owner.population * 10 >= entry.population


def _names_a_city_state(item: _Span, gazetteer: Gazetteer) -> bool:
    """Whether a name is a city-state's and its city's ("Singapore", "Hong Kong")."""
    return any(e.kind == "country" and e.country in gazetteer.city_states for e in item.entries) and \
        any(e.kind == "city" and e.country in gazetteer.city_states for e in item.entries)


def _reads_as_country(text: str, words, item: _Span, gazetteer: Gazetteer) -> bool:
    """Whether a city-state's name is written as its country's: a flag ("Singapore-flagged"),
    or among other countries ("Indonesia, Malaysia and Singapore"). Elsewhere shipping news
    means the port city: "via Singapore", "a Singapore-based trader", "Hong Kong's terminals"."""
    after = words[item.last + 1].group().lower() if item.last + 1 < len(words) else ""
    if text[item.span.end : item.span.end + 1] == "-" and after in FLAG_COMPOUNDS:
        return True
    for neighbour in (listed_before(text, words, item.first), listed_after(text, words, item.last)):
        if neighbour and any(e.kind == "country" for e in gazetteer.lookup(neighbour)):
            return True
    return False


def _weigh(name: str, entries: list[Entry], single_word: bool, port_context: bool, person: bool, speaker: bool,
           listed: tuple, seat_of: frozenset,
           q_countries: set[str], q_divisions: set[str], q_kind: str | None, at_sentence_start: bool,
           cues: frozenset[str], context: _Context) -> tuple | None:
    """(entry, confidence, candidates, decided here) for a name in its setting, or None if refused."""
    common_word = single_word and name.lower() in english_words() and name.lower() != name
    names_a_country = any(e.kind == "country" for e in entries)
    used_lowercase = name.lower() in context.lowercase_words

    # "Crete, Cyprus and Malta", "Ontario, Quebec": when no entry lies in the place after the
    # comma, the words are a list, not a qualifier; only a town or port is then refused by it
    # (a town the gazetteer lacks in that place: "Freeport, Bahamas" is not Freeport, Texas).
    list_not_qualifier = bool(q_countries or q_divisions) and not any(
        e.country in q_countries or context.in_divisions(e, q_divisions) for e in entries)

    ports = [e for e in entries if e.kind == "port"]
    port_towns = set() if common_word or not ports else {  # a town and the port of its name (Gazetteer.seat)
        e.id for c in entries if c.kind == "city" for p in ports
        if great_circle_km(c.lon, c.lat, p.lon, p.lat) <= SEAT_PORT_KM for e in (c, p)}

    biggest = {}  # per country, its biggest seaport town of the name: smaller namesakes there are read as it
    for e in entries:
        if e.kind == "city" and e.id in port_towns and e.population > biggest.get(e.country, 0):
            biggest[e.country] = e.population
    areas_too = any(e.kind in ("division", "region") for e in entries)
    owners = [e for e in entries if e.kind in ("city", "port") and fold(e.name).lower() == fold(name).lower()]
    scored = []
    for entry in entries:
        score = KIND_PRIOR.get(entry.kind, 0.0)
        reasons = []
        point_kind = entry.kind in ("city", "port")
        # A town called by one of GeoNames' other names (a port goes by the press's names too).
        by_other_name = entry.kind == "city" and fold(name).lower() != fold(entry.name).lower()
        if point_kind:
            score += math.log10(entry.population + 10) / 2 if entry.kind == "city" else 1.5
        if entry.kind == "city" and entry.id in context.gazetteer.capital_ids:
            score += CAPITAL_BONUS  # "Washington", "Beijing": the government, more often than not
        if entry.id in port_towns:
            score += PORT_TOWN_BONUS  # a seaport town and its port, over their inland namesakes
        evidence = 0.0
        if q_kind:
            evidence += 6.0 if entry.kind == q_kind else -6.0
        if (q_countries or q_divisions) and not (list_not_qualifier and entry.kind not in ("city", "port")):
            inside = entry.country in q_countries or context.in_divisions(entry, q_divisions) or (
                entry.country is None and entry.kind in FEATURE_KINDS and
                context.feature_in(entry, q_countries, q_divisions))
            evidence += 6.0 if inside else -6.0
            if not inside:
                reasons.append("not in the place the qualifier names")
        if seat_of and entry.source in seat_of:
            evidence += 6.0  # "Geneva-based Mediterranean Shipping Company": the company's seat
        cued = entry.kind in cues
        if cued:
            evidence += 3.0
        if entry.kind == "port":
            if port_context:
                evidence += 3.0
            else:
                score -= 1.0
                reasons.append("not written as a port")
        elif entry.kind == "city" and port_context and not ports:
            evidence += 1.5  # "the port of Saint-Nazaire": a town written as a port no port list names
        if entry.kind in ("city", "port", "division", "organisation"):
            if entry.country in context.countries:
                evidence += 1.5
            elif context.countries and entry.kind in ("city", "port", "division"):
                reasons.append("in a country the article does not name")
            if context.in_divisions(entry, context.divisions):
                evidence += 1.5
            if entry.kind == "division" and any(d.startswith(f"{entry.country}-") for d in context.divisions):
                evidence += 1.5  # "Georgia" beside "South Carolina" is a state too
        # An island or range near the story's places over its namesake town ("Luzon"), but not
        # over a division or region that shares its land ("Prince Edward Island", "the Sahel").
        nearest = context.nearest_km(entry) if point_kind or entry.kind == "division" or (
            entry.kind == "landform" and not areas_too) else None
        if listed and (entry.kind == "port" or entry.id in port_towns) and min(
                great_circle_km(entry.lon, entry.lat, lon, lat) for lon, lat in listed) < LIST_NEAR_KM:
            evidence += 1.5  # "Los Angeles, Long Beach and Oakland": Oakland, California
        if nearest is not None and nearest < 300:
            evidence += 1.5
        elif nearest is not None and nearest < 1500:
            evidence += 0.75
        else:
            if nearest is not None:
                reasons.append(f"{nearest:,.0f} km from the article's other places")
            if by_other_name and context.countries and entry.country not in context.countries:
                score -= FAR_PENALTY  # "Antioquia" in a story on Colombia is not Antakya, by another name
                reasons.append(f"'{name}' is another of its names, far from the article's places")
                by_other_name = False
        if by_other_name and any(_rivals(owner, entry, port_towns) for owner in owners):
            score -= ALIAS_PENALTY  # "Augusta" is the Sicilian port by that name, not Augsburg by its Latin one
            reasons.append(f"'{name}' is another of its names, and another place's own")
        # "General Laura Richardson"; an organisation of one word ("analyst Maria Vale", "Maria Bunge").
        if person and (point_kind or entry.kind == "division" or entry.kind == "organisation" and single_word
                       and not name.isupper()):  # a surname, not an acronym: "MSC Kenya" is MSC's ship
            score -= 12.0 if speaker else 6.0  # "Jordan Lima said": the speaker's, never Lima, Peru
            reasons.append("part of a person's name")
        elif speaker and entry.kind == "country":  # "said Jordan Haque"
            score -= 6.0
            reasons.append("part of a quoted person's name")
        if point_kind or entry.kind == "division":
            if common_word and not (q_kind or q_countries or q_divisions or cued or
                                    (port_context and entry.kind == "port")):
                # "Energy", "Much", "Mobile" opening a sentence: only a qualifier or port words make them
                # places. Mid-sentence the capital itself says "a name" (Webster's lists "shanghai",
                # "geneva" and "balboa" as words too), unless English always capitalises the word.
                score -= (COMMON_WORD_PENALTY if at_sentence_start or name in ALWAYS_CAPITALISED
                          else COMMON_WORD_PENALTY_MID_SENTENCE)
                reasons.append(f"'{name}' is also an English word")
            elif used_lowercase and at_sentence_start and single_word:
                score -= 4.0
                reasons.append(f"the article also uses '{name.lower()}' as a word")
            if names_a_country and point_kind and not (q_kind or q_countries or q_divisions or port_context):
                score -= 3.0  # "Mexico" is the country, not Mexico, Missouri, unless the text says so
                reasons.append("the name is a country's")
            if entry.kind == "city" and entry.population < NO_EVIDENCE_MIN_POPULATION and evidence < 1.0:
                score -= 3.0
                reasons.append("a small town nothing in the article points to")
            elif entry.kind == "city" and entry.population * DWARFED_BY < biggest.get(entry.country, 0) and not (
                    q_countries or q_divisions or context.in_divisions(entry, context.divisions)):
                # "Lázaro Cárdenas" in a story on Mexico: the port city, not the villages of its
                # name, which the country named and the places near speak for no more than for it
                score -= DWARFED_PENALTY
                reasons.append("a much bigger seaport of the name is in the same country")
            if sum(c.isalpha() for c in name) < MIN_POINT_NAME_LETTERS:
                score -= 6.0
        scored.append([score + evidence, entry, reasons])

    # Same-named entries of one kind compete; the best of each kind competes across kinds.
    scored.sort(key=lambda s: (-s[0], entries.index(s[1])))
    top = scored[0][0]
    weights = [math.exp(s[0] - top) for s in scored]
    total = sum(weights)
    best_score, best, _ = scored[0]
    confidence = weights[0] / total
    absolute = 1 / (1 + math.exp(-(best_score - 2.0)))  # how plausible the best is on its own
    confidence = round(min(confidence, absolute), 3)
    candidates = []
    for (score, entry, reasons), weight in list(zip(scored, weights))[1:6]:
        why = reasons[0] if reasons else _lost_because(entry, best)
        candidates.append({"id": entry.id, "name": entry.name, "kind": entry.kind, "country": entry.country,
                           "confidence": round(weight / total, 3), "why": why})
    if confidence < REFUSE_BELOW:
        return None
    decided_here = bool(q_kind or q_countries or q_divisions or (port_context and best.kind == "port")
                        or best.kind in cues)
    return best, confidence, candidates, decided_here


def _named_organisations(spans: list[_Span], text: str, words, context: _Context) -> list[_Choice]:
    """Organisations the curated table lacks, by the shape of their names ("Kenya Ports
    Authority", "Port of Baku"), each at the seat the first place in its name that has one
    gives. That place is then a runner-up, not a place of its own there."""
    by_words = {(item.first, item.last): item for item in spans}
    companies = [key for key, item in by_words.items() if any(e.kind == "organisation" for e in item.entries)]
    choices = []
    for org in organisation_names(text, words, _seat_names(by_words), {first for first, _ in by_words}):
        span = Span(words[org.first].start(), name_end(words, org.last))
        known = context.gazetteer.lookup(text[span.start : span.end])
        if known:  # a name the gazetteer has ("Port of Spain", "Shipowners' Association") is read as such
            choice = _resolve(_Span(span, known, org.first, org.last), text, words, context)
        elif any(org.first <= first and last <= org.last for first, last in companies):
            continue  # "Chinese Cosco Shipping": the organisation the table has, and its country
        else:
            choice = _seated(_Span(span, [], org.first, org.last), [by_words[p] for p in org.places], text, words,
                             context)
        if choice is not None:
            choices.append(choice)
    return choices


def _seat_names(by_words: dict[tuple[int, int], _Span]) -> set[tuple[int, int]]:
    """The spans (first, last word) that may seat an organisation: a town, port, country or
    division, not inside a longer name that is none ("Indian Ocean Commission")."""
    seats = {key for key, item in by_words.items()
             if item.via == "demonym" or any(e.kind in SEAT_KINDS for e in item.entries)}
    longest_other: dict[int, int] = {}  # first word -> last word of the longest name there that seats none
    for first, last in by_words:
        if (first, last) not in seats:
            longest_other[first] = max(last, longest_other.get(first, last))
    return {(first, last) for first, last in seats if not any(
        longest_other.get(start, -1) >= last for start in range(max(0, first - MAX_NAME_WORDS), first + 1))}


def _seated(item: _Span, places: list[_Span], text: str, words, context: _Context) -> _Choice | None:
    """The organisation `item` names, at the seat of the first of its `places` that has one."""
    name = text[item.span.start : item.span.end]
    for place in places:
        inner = _resolve(place, text, words, context, in_name=True)
        seat = context.gazetteer.seat(inner.entry) if inner is not None else None
        seats = [e for e in place.entries if e.kind in SEAT_KINDS]
        if seat is None and seats and len(seats) < len(place.entries):
            # "Ports of the Balearic Islands": the islands alone, but in a body's name the division
            inner = _resolve(_Span(place.span, seats, place.first, place.last, place.via), text, words, context,
                             in_name=True)
            seat = context.gazetteer.seat(inner.entry) if inner is not None else None
        if seat is not None:
            return _read_inside(item, inner, context.gazetteer.named_organisation(name, seat),
                                f"read as part of the organisation's name '{name}'")
    return None


def _named_features(spans: list[_Span], text: str, words, context: _Context) -> list[_Choice]:
    """Bays, straits, rivers and islands the tables lack, by a town's name in theirs
    ("Qinzhou Bay", "Gulf of İskenderun", "Geirangerfjord"), each drawn at that town. The
    town is then a runner-up there, not a place of its own."""
    by_words = {(item.first, item.last): item for item in spans}
    towns = {key for key, item in by_words.items()
             if item.via == "name" and any(e.kind in NAMED_AFTER_KINDS for e in item.entries)}
    choices = []
    for feature in feature_names(text, words, towns):
        span = Span(words[feature.first].start(), name_end(words, feature.last))
        name = text[span.start : span.end]
        if context.gazetteer.lookup(name):
            continue  # the gazetteer's own ("Gulf of Aden"): read as such among the spans
        if feature.place is not None:
            town = by_words[feature.place]
            if town.first == town.last and text[town.span.start : town.span.end].lower() in english_words():
                continue  # "Bay Islands", "Can Island": a word, not a town's name
        else:  # "Geirangerfjord": the town is the word's start
            start = words[feature.first].start()
            entries = [e for e in context.gazetteer.lookup(text[start : start + feature.stem])
                       if e.kind in NAMED_AFTER_KINDS]
            if not entries:
                continue
            town = _Span(Span(start, start + feature.stem), entries, feature.first, feature.first)
        inner = _resolve(town, text, words, context, in_name=True)
        if inner is None or inner.entry.kind not in NAMED_AFTER_KINDS or not _where_the_story_is(inner.entry, context):
            continue
        entry = context.gazetteer.named_feature(name, feature.kind, inner.entry)
        choice = _read_inside(_Span(span, [], feature.first, feature.last), inner, entry,
                              f"read as part of the name '{name}'")
        if choice is not None and choice.confidence >= NAMED_FEATURE_MIN:
            choices.append(choice)
    return choices


def _where_the_story_is(entry: Entry, context: _Context) -> bool:
    """Whether a town is near the article's other places (farther, when in a country the
    article names), or, in an article without such places, in a country it names (or, when
    it names none, is a port or big town): "Puná Island" in a story on Ecuador is not built
    on Pune, India, which GeoNames also calls "Puna". Organisations' seats do not count as
    the article's places (CMA CGM's would put a story on Seattle near Marseille)."""
    named_country = entry.country in context.countries
    distances = [great_circle_km(entry.lon, entry.lat, lon, lat) for lon, lat in context.grounds]
    nearest = min((km for km in distances if km > 1.0), default=None)  # not the town itself: "Puná" is an anchor
    if nearest is not None:
        return nearest <= NAMED_AFTER_KM * (3 if named_country else 1)
    if context.countries:
        return named_country  # "Puná Island" in a story on Ecuador is not built on Pune ("Puna"), India
    return entry.kind == "port" or entry.population >= NO_EVIDENCE_MIN_POPULATION


def _read_inside(item: _Span, inner: _Choice, entry: Entry, why: str) -> _Choice | None:
    """`entry`, known by the name `item` spans, which holds the place `inner` read there: as
    sure as that reading, less a share, with that place as its runner-up."""
    confidence = round(NAMED_SHARE * inner.confidence, 3)
    if confidence < REFUSE_BELOW:
        return None
    lost = {"id": inner.entry.id, "name": inner.entry.name, "kind": inner.entry.kind,
            "country": inner.entry.country, "confidence": round(inner.confidence - confidence, 3), "why": why}
    return _Choice(_Span(item.span, [entry], item.first, item.last), entry, confidence, [lost], decided_here=True)


def _one_sense_per_article(choices: list[_Choice], text: str) -> None:
    """A name the article uses for one place means that place throughout ("Atlanta, Georgia
    ... Georgia officials"), unless a mention's own words say otherwise ("port of X")."""
    best: dict[str, _Choice] = {}
    inner = _inside_longer(choices)
    for choice in choices:
        if id(choice) in inner:
            continue  # "Greenland" in "the Greenland Sea" says nothing of what "Greenland" alone is
        key = fold(text[choice.span.span.start : choice.span.span.end]).lower()
        held = best.get(key)
        if held is None or (choice.decided_here, choice.confidence) > (held.decided_here, held.confidence):
            best[key] = choice
    for choice in choices:
        leader = best.get(fold(text[choice.span.span.start : choice.span.span.end]).lower(), choice)
        if leader is not choice and not choice.decided_here and leader.entry in choice.span.entries:
            choice.entry, choice.confidence, choice.candidates = leader.entry, leader.confidence, leader.candidates


def _inside_longer(choices: list[_Choice]) -> set[int]:
    """The ids of the choices whose words lie inside another choice's longer words."""
    inside, reach, reach_span = set(), -1, None  # the farthest end of the spans seen so far
    for choice in sorted(choices, key=lambda c: (c.span.span.start, -c.span.span.end)):
        span = (choice.span.span.start, choice.span.span.end)
        if reach >= span[1] and reach_span != span:
            inside.add(id(choice))
        if span[1] > reach:
            reach, reach_span = span[1], span
    return inside


def _lost_because(entry: Entry, winner: Entry) -> str:
    if entry.kind != winner.kind:
        return f"the name reads as a {winner.kind} here"
    if entry.population < winner.population:
        return f"fewer inhabitants ({entry.population:,} against {winner.population:,})"
    return "less evidence in the article"


def quotes_for(article: Article, place: Place) -> list[Span]:
    """The sentences holding the place's mentions, each once, in text order."""
    seen: dict[int, Span] = {}
    for mention in place.mentions:
        sentence = article.sentence_at(mention.start)
        seen.setdefault(sentence.start, sentence)
    return [seen[k] for k in sorted(seen)]


def number_stops(article: Article, places: list[Place], itinerary: tuple[str, ...]) -> list[str]:
    """Mark the itinerary's places with their stop number; return the names not found."""
    missing = []
    for number, name in enumerate(itinerary, start=1):
        key = fold(name)
        matches = [
            place
            for place in places
            if fold(place.entry.name) == key
            or any(fold(article.text[m.start : m.end]) == key for m in place.mentions)
        ]
        # A visit stop is a city before it is a port or an organisation of the same name.
        matches.sort(key=lambda p: (p.entry.kind != "city", p.first_offset))
        if matches:
            matches[0].stop = number
        else:
            missing.append(name)
    return missing
