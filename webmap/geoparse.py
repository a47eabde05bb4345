"""Find the places an article names, resolve each to one gazetteer entry, and quote it.

Matching is by gazetteer name over runs of capitalised words, longest match first. A
city or port name inside a longer run of capitalised words ("General Laura Richardson")
is taken for part of another name and left out; ambiguous names prefer the countries
the article itself names, then the larger population (Lima, Peru over Lima, Ohio).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import Article, Span
from .gazetteer import Entry, Gazetteer, fold

WORD_RE = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")
JOINER_RE = re.compile(r"[ \u00a0]{1,2}|-")  # what may stand between two words of one name
PORT_WORDS = {"port", "megaport", "harbour", "harbor", "terminal", "seaport"}
KIND_PRIORITY = {"organisation": 0, "country": 1, "region": 2, "city": 3, "port": 4}
MAX_NAME_WORDS = 8
MIN_POINT_NAME_LETTERS = 3


@dataclass
class Place:
    """A resolved place with every mention of it and the sentences that hold them."""

    entry: Entry
    mentions: list[Span] = field(default_factory=list)
    stop: int | None = None

    @property
    def first_offset(self) -> int:
        return self.mentions[0].start


@dataclass(frozen=True)
class _Candidate:
    span: Span
    entry: Entry
    forced_kind: bool = False  # "Chancay Megaport": the context says which kind

    @property
    def rank(self):
        length = self.span.end - self.span.start
        return (-length, 0 if self.forced_kind else 1, KIND_PRIORITY[self.entry.kind], self.span.start)


def find_places(article: Article, gazetteer: Gazetteer) -> list[Place]:
    """Every place the article names, in order of first mention."""
    text = article.text
    words = list(WORD_RE.finditer(text))
    sentence_starts = {span.start for span in article.sentences}
    lowercase_words = {w.group() for w in words if w.group().islower()}

    raw: list[tuple[Span, list[Entry], int, int]] = []  # span, entries, first word, last word
    for i, word in enumerate(words):
        if not word.group()[0].isupper():
            continue
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if n > 1 and not JOINER_RE.fullmatch(text[words[i + n - 2].end() : last.start()]):
                continue
            end = last.end()
            entries = gazetteer.lookup(text[word.start() : end])
            if not entries and text[end : end + 1] == ".":  # "U.S." ends with its own dot
                entries = gazetteer.lookup(text[word.start() : end + 1])
                end += 1 if entries else 0
            if entries:
                raw.append((Span(word.start(), end), entries, i, i + n - 1))

    named_countries = {e.country for _, entries, _, _ in raw for e in entries if e.kind == "country"}

    candidates = []
    for span, entries, first, last in raw:
        before = words[first - 1] if first > 0 else None
        after = words[last + 1] if last + 1 < len(words) else None
        port_context = _is_port_context(text, words, first, last)
        ports = [e for e in entries if e.kind == "port"]
        if port_context and ports:
            candidates.append(_Candidate(span, _best(ports, named_countries), forced_kind=True))
            continue
        by_kind = {}
        for entry in entries:
            by_kind.setdefault(entry.kind, []).append(entry)
        for kind, group in by_kind.items():
            if kind in ("city", "port") and not _plausible_point_name(
                text, span, before, after, sentence_starts, lowercase_words
            ):
                continue
            candidates.append(_Candidate(span, _best(group, named_countries)))

    taken = bytearray(len(text))  # characters already claimed by a longer (or better) match
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: c.rank):
        start, end = candidate.span.start, candidate.span.end
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(candidate)

    places: dict[str, Place] = {}
    for candidate in sorted(chosen, key=lambda c: c.span.start):
        place = places.setdefault(candidate.entry.id, Place(candidate.entry))
        place.mentions.append(candidate.span)
    return sorted(places.values(), key=lambda p: p.first_offset)


def _is_port_context(text: str, words, first: int, last: int) -> bool:
    """'Chancay Megaport', 'the port of Chancay': the name is used for its port."""
    after = words[last + 1] if last + 1 < len(words) else None
    if after is not None and after.group().lower() in PORT_WORDS and text[words[last].end() : after.start()] == " ":
        return True
    if first >= 2:
        port, of = words[first - 2].group().lower(), words[first - 1].group()
        return port in PORT_WORDS and of == "of"
    return False


def _plausible_point_name(text, span, before, after, sentence_starts, lowercase_words) -> bool:
    """Reject city/port names that are more likely part of a person's name or a common word."""
    name = text[span.start : span.end]
    if sum(c.isalpha() for c in name) < MIN_POINT_NAME_LETTERS:
        return False
    for neighbour, gap in (
        (before, text[before.end() : span.start] if before else ""),
        (after, text[span.end : after.start()] if after else ""),
    ):
        if neighbour is None or gap != " " or not neighbour.group()[0].isupper():
            continue
        if neighbour.start() in sentence_starts or neighbour.group().lower() in PORT_WORDS:
            continue
        return False  # "Laura Richardson", "Richardson Smith": one name, not a place
    if span.start in sentence_starts and " " not in name and name.lower() in lowercase_words:
        return False  # "March came…" while the article also uses "march" as a word
    return True


def _best(entries: list[Entry], named_countries: set[str | None]) -> Entry:
    """Among same-named entries, prefer the countries the article names, then population."""
    return max(entries, key=lambda e: (e.country in named_countries, e.population, -entries.index(e)))


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
