"""The shape of an organisation's name: a run of capitalised words that names a place and
ends in a head word ("Kenya Ports Authority", "Chilean Navy", "Mozambique Ports and
Railways"), or starts with one and ends in the place ("Port of Baku", "Port Authority of
Jamaica"). This module reads words only; which words are places, and where the
organisation sits, the geoparser and the gazetteer say.
"""

from __future__ import annotations

from dataclasses import dataclass

# The last word of an organisation's name. Not "Port" ("Khalifa Port" is a port), not "Line"
# or "Railway" (a rail line), not "Government" or "Parliament" (read as the country).
END_HEADS = frozenset({
    "Authority", "Authorities", "Ports", "Ministry", "Department", "Agency", "Administration", "Commission",
    "Council", "Association", "Corporation", "Corp", "Company", "Shipping", "Lines", "Railways", "Navy",
    "Coastguard", "Customs", "Terminals", "Group", "Holdings", "Federation", "Union", "Institute", "Bureau",
    "Board", "Service", "Office", "Organisation", "Organization", "Shipowners", "Shipyard", "Shipyards",
    "Shipbuilding", "Industries", "Exchange", "Bank", "Police", "Army", "Alliance", "Consortium", "Airways",
    "Airlines", "Inc", "Ltd", "Limited", "Telecom", "Telecoms", "Ferries", "Logistics"})
# Legal forms end a name only after a word of the organisation's own ("Barbados Port Inc."),
# not straight after its place: "India Inc" is the country's business world.
LEGAL_FORMS = frozenset({"Inc", "Ltd", "Limited"})
GUARDS = frozenset({"Coast", "Border"})  # "Coast Guard", "Border Guard": not "Revolutionary Guard"
# The first word of a name that ends in its place: "Port of Baku", "Union of Greek Shipowners".
START_HEADS = frozenset({"Port", "Ports", "Authority", "Union", "Federation", "Association", "Chamber", "Council",
                         "Ministry", "Bank", "Commission", "Institute", "Corporation", "Agency", "Department",
                         # ... and as Spanish, Portuguese, French and Italian names start: "Autoridad Portuaria
                         # de Valencia", "Sociedad Portuaria Regional de Buenaventura", "Companhia Docas do Pará"
                         "Autoridad", "Autoridade", "Autorité", "Autorità", "Administración", "Administração",
                         "Empresa", "Sociedad", "Sociedade", "Société", "Compañía", "Companhia", "Compagnie",
                         "Agencia", "Agência", "Agence", "Ministerio", "Ministério", "Ministère", "Instituto",
                         "Consejo", "Conselho", "Conseil", "Cámara", "Câmara", "Chambre", "Régie", "Consorcio"})
OF = frozenset({"of", "de", "del", "do", "da", "dos", "das", "du", "des", "di", "della"})  # "Port of", "Autoridad ... de"
PREFIXES = frozenset({"Royal", "National", "Federal"})  # "Royal Malaysian Navy"
OF_TAIL = frozenset({"Department", "Ministry", "Agency", "Administration", "Commission", "Council", "Institute",
                     "Bureau", "Office", "Chamber", "Bank", "Association", "Federation", "Union", "Board"})
# Words before "the Port of X" that make it the port ("at the Port of Baltimore"), not its operator.
LOCATIVES = frozenset({"at", "in", "into", "to", "from", "near", "off", "outside", "inside", "via", "through",
                       "toward", "towards", "around", "within", "leaving", "left", "leave", "leaves", "entering",
                       "enter", "entered", "enters", "reach", "reached", "reaching", "for", "past", "serving"})
CONNECTORS = OF | {"and", "the", "for", "y", "e", "et"}
GAPS = frozenset({" ", "-", "\u2013", "' ", "\u2019 ", " & "})  # "Shipowners' Association"
LEXICON = END_HEADS | START_HEADS | PREFIXES | GUARDS | {"Guard"}  # never the place in the name
MAX_WORDS = 10  # "Office of the United States Trade Representative"


@dataclass(frozen=True)
class OrgName:
    """Words `first`..`last` (indices into the article's words) and the places inside them."""

    first: int
    last: int
    places: tuple[tuple[int, int], ...]  # (first word, last word) of each place name, in order


def organisation_names(text: str, words, places: set[tuple[int, int]], names: set[int]) -> list[OrgName]:
    """Every run of words shaped like an organisation's name that names one of `places`
    ((first, last) word indices of the place names that can seat one), left to right.
    `names`: the words where any name the gazetteer knows starts."""
    by_start: dict[int, list[tuple[int, int]]] = {}
    for first, last in places:
        if not all(word_at(words, i) in LEXICON for i in range(first, last + 1)):
            by_start.setdefault(first, []).append((first, last))
    found = []
    for run in _runs(text, words):
        at = run[0]
        while at <= run[-1]:
            org = next((o for a in range(at, run[-1] + 1)
                        if (o := _name_from(a, min(run[-1], a + MAX_WORDS - 1), words, by_start, names))), None)
            if org is None:
                break
            found.append(org)
            at = org.last + 1
    return found


def _runs(text: str, words) -> list[list[int]]:
    """Runs of capitalised words, with lower-case connectors inside. A possessive ends one:
    "Egypt's Suez Canal Authority" is the authority, of Egypt."""
    runs, run = [], []
    for i, word in enumerate(words):
        token = word.group()
        joined = bool(run) and text[words[i - 1].end() : word.start()] in GAPS and not ends_sentence(words[i - 1])
        if joined and (token[:1].isupper() or token in CONNECTORS):
            run.append(i)
            continue
        runs.append(run)
        run = [i] if token[:1].isupper() else []
    runs.append(run)
    return [r for r in (_trim(r, words) for r in runs) if r]


def ends_sentence(word) -> bool:
    """"Authority." ends a sentence; "U.S." and "St." do not."""
    token = word.group()
    return token.endswith(".") and "." not in token[:-1] and len(token) > 4


def _trim(run: list[int], words) -> list[int]:
    while run and not words[run[-1]].group()[:1].isupper():
        run = run[:-1]
    return run


def _name_from(a: int, end: int, words, places: dict[int, list[tuple[int, int]]], names: set[int]) -> OrgName | None:
    """The longest organisation's name starting at word `a` and ending by word `end`
    (`places`: the place names by their first word)."""
    word = word_at(words, a)
    if not (a in places or word in START_HEADS or word in PREFIXES):
        return None
    end = _before_a_second_name(a, _before_a_loose_of(a, end, words), words, names)
    for b in range(end, a, -1):
        inside = tuple(sorted(p for i in range(a, b + 1) for p in places.get(i, ()) if p[1] <= b))
        if not inside or not _ends_name(a, b, words, inside):
            continue
        if word_at(words, a) == "Port" and word_at(words, b) not in END_HEADS and _in_place_position(a, words):
            return None  # "ships queued at the Port of Baltimore": the port, not its operator
        b = _of_tail(b, end, words)
        return OrgName(a, b, tuple(p for p in inside if not any(q != p and q[0] <= p[0] and p[1] <= q[1]
                                                                for q in inside)))
    return None


def _in_place_position(a: int, words) -> bool:
    """Whether the words before a name put it where a place goes: "at the", "into the"."""
    before = a - 1 - (a >= 1 and words[a - 1].group() == "the")
    return before >= 0 and words[before].group().lower() in LOCATIVES


def _ends_name(a: int, b: int, words, places: tuple[tuple[int, int], ...]) -> bool:
    """An end head ("... Authority", "... Coast Guard"), or a place after "of" in a name that
    starts with a head ("Port of Baku")."""
    word = word_at(words, b)
    if word in LEGAL_FORMS and any(p[1] == b - 1 for p in places):
        return False
    if word in END_HEADS or word == "Guard" and word_at(words, b - 1) in GUARDS:
        return True
    return word_at(words, a) in START_HEADS and any(p[1] == b and p[0] > a + 1 and _after_of(p[0], a, words)
                                                     for p in places)


def _after_of(first: int, a: int, words) -> bool:
    """A place's name follows "of", or "of the", inside a name starting at word `a`: "Port of
    Baku", "Ports of the Balearic Islands"."""
    before = first - 1
    if words[before].group() == "the" and before - 1 > a:
        before -= 1
    return words[before].group() in OF


def _before_a_second_name(a: int, end: int, words, names: set[int]) -> int:
    """Where a name must end: before an "and" that starts another one ("Kenya Ports
    Authority and Tanzania Ports Authority"), not in "Mozambique Ports and Railways"."""
    for i in range(a + 1, end):
        if words[i].group() != "and":
            continue
        j = i + 1 + (words[i + 1].group() == "the")  # "... and the Chilean Navy"
        if word_at(words, j) in START_HEADS | PREFIXES or j in names:
            return i - 1
    return end


def _before_a_loose_of(a: int, end: int, words) -> int:
    """Where a name must end: before an "of" or "for" that follows no head word ("Port of
    Baku", "Union of Greek Shipowners"; not "Rina Hartono of the ... Association")."""
    for i in range(a + 1, end):
        if words[i].group() in ("of", "for") and word_at(words, i - 1) not in END_HEADS | START_HEADS:
            return i - 1
    return end


def _of_tail(b: int, end: int, words) -> int:
    """'US Department of Transportation': a head that takes "of" keeps the words after it."""
    if word_at(words, b) not in OF_TAIL or b + 2 > end or words[b + 1].group() != "of":
        return b
    last = b
    for i in range(b + 2, end + 1):
        if words[i].group() == "and":
            break
        if words[i].group()[:1].isupper():
            last = i
    return last


def name_end(words, last: int) -> int:
    """Where a name ending at word `last` ends in the text: before a full stop ("... Authority.")."""
    token = words[last].group()
    return words[last].end() - (token.endswith(".") and "." not in token[:-1])


def word_at(words, i: int) -> str:
    """Word `i` of the article without a full stop after it, or "" outside the words."""
    return words[i].group().rstrip(".") if 0 <= i < len(words) else ""
