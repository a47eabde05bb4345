"""The shape of a water body's or island's name built on a town's name: "Balikpapan Bay",
"Gulf of İskenderun", "Houston Ship Channel", "Geirangerfjord". The generic word says the
kind; the town says roughly where. This module reads words only; which words are a town,
and whether the gazetteer has the whole name, the geoparser and the gazetteer say.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .orgnames import word_at

# The generic word after the town: "Qinzhou Bay", "Churchill River", "Diomede Islands".
AFTER = {"Bay": "sea", "Gulf": "sea", "Sound": "sea", "Bight": "sea", "Lagoon": "sea", "Fjord": "sea",
         "Strait": "strait", "Straits": "strait", "Channel": "strait", "Passage": "strait", "Narrows": "strait",
         "Canal": "canal", "River": "river", "Island": "landform", "Islands": "landform", "Peninsula": "landform"}
SHIP_CHANNEL = ("Ship", "Channel")  # "Houston Ship Channel": a dredged canal, not a strait
# The generic word before "of" and the town: "Gulf of İskenderun", "Straits of Mackinac".
BEFORE_OF = {"Bay": "sea", "Gulf": "sea", "Strait": "strait", "Straits": "strait"}
# Written as one word with the town: "Geirangerfjord", "Trondheimsfjorden".
SUFFIXES = {"fjorden": "sea", "fjord": "sea"}
SUFFIX_RE = re.compile(f"(?:{'|'.join(sorted(SUFFIXES, key=len, reverse=True))})\\b", re.IGNORECASE)
MIN_STEM_LETTERS = 3


@dataclass(frozen=True)
class FeatureName:
    """Words `first`..`last` (indices into the article's words) name a feature of `kind`,
    after the town written at `place` (first, last word), or at the start of word `first`
    (`stem` letters long) when the two are one word."""

    first: int
    last: int
    kind: str
    place: tuple[int, int] | None = None
    stem: int = 0


def feature_names(text: str, words, places: set[tuple[int, int]]) -> list[FeatureName]:
    """Every name shaped like a feature's built on one of `places` ((first, last) word
    indices of names that may be towns), and every word a town's name and "fjord" make."""
    found = []
    for first, last in sorted(places):
        after = word_at(words, last + 1)
        if _joined(text, words, last) and _capitalised(after):
            if after == SHIP_CHANNEL[0] and _joined(text, words, last + 1) and word_at(words, last + 2) == SHIP_CHANNEL[1]:
                found.append(FeatureName(first, last + 2, "canal", (first, last)))
            elif after in AFTER:
                found.append(FeatureName(first, last + 1, AFTER[after], (first, last)))
        head = word_at(words, first - 2)
        if first >= 2 and head in BEFORE_OF and words[first - 1].group() == "of" and _joined(text, words, first - 2) \
                and _joined(text, words, first - 1):
            found.append(FeatureName(first - 2, last, BEFORE_OF[head], (first, last)))
    starts = None
    for match in SUFFIX_RE.finditer(text):  # rare: found in the text, then placed among the words
        if starts is None:
            starts = [word.start() for word in words]
        i = bisect.bisect_right(starts, match.start()) - 1  # the word the match ends (it lies in one)
        stem = match.start() - words[i].start()
        if words[i].end() == match.end() and _capitalised(words[i].group()) and stem >= MIN_STEM_LETTERS:
            found.append(FeatureName(i, i, SUFFIXES[match.group().lower()], stem=stem))
    return found


def _joined(text: str, words, i: int) -> bool:
    """Whether word `i` and the next are one name's: a single space between them."""
    return 0 <= i < len(words) - 1 and text[words[i].end() : words[i + 1].start()] == " "


def _capitalised(token: str) -> bool:
    return token[:1].isupper()
