"""Names a list writes once for all its members: "East and Southeast Asia" (East Asia too),
"North and South Carolina", "the Suez and Panama canals", "the Red, Black and Caspian seas".

The press elides the word the names share; each member is then read as its whole name, found
among the curated names only (seas, regions, divisions, countries...), never as a town.
"""

from __future__ import annotations

import bisect
import re

from .cues import end_of, is_capitalised, run_end, run_start
from .gazetteer import Entry, Gazetteer, fold

# "North, Central and South America": a compass word whose name shares the rest of the next one's
COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                     "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Inner", "Outer"})
COMPASS_KINDS = frozenset({"region", "sea", "strait", "country", "division", "landform"})
# "the Suez and Panama canals": a plural noun after the list, and the singular each member takes
PLURALS = {"seas": ("Sea", {"sea"}), "oceans": ("Ocean", {"sea"}), "rivers": ("River", {"river"}),
           "canals": ("Canal", {"canal"}), "straits": ("Strait", {"strait", "sea"}),
           "islands": ("Islands", {"landform", "country", "division"})}
MAX_MEMBER_WORDS = 3


# Where such a list may be: a plural noun after a word, or "and" before a compass word (one pass
# over the text, so a long article costs no loop over its words in Python)
TRIGGER = re.compile(r"(?<= )(?:%s)\b|(?<= and )(?:%s)\b" % (
    "|".join(sorted({w for p in PLURALS for w in (p, p.capitalize())})), "|".join(sorted(COMPASS, key=len, reverse=True))))


def elided_names(text: str, words, gazetteer: Gazetteer, word_starts: list[int]) -> list[tuple[int, int, int, int, list[Entry]]]:
    """(first word, last word, start, end, entries) for each member of such a list: the span
    covers the member's own words (the last member's, with the plural noun after it).
    `word_starts`: where each word starts, in order."""
    found = []
    for match in TRIGGER.finditer(text):
        k = bisect.bisect_left(word_starts, match.start())
        if k >= len(words) or word_starts[k] != match.start():
            continue  # inside a word
        plural = PLURALS.get(words[k].group().lower().rstrip("."))
        if plural and k > 0:
            found += _plural_list(text, words, k, plural, gazetteer)
        elif words[k].group() in COMPASS and k >= 2 and words[k - 1].group() == "and":
            found += _compass_list(text, words, k, gazetteer)
    return found


def _member_before(text: str, words, end_word: int) -> int | None:
    """The first word of the capitalised run (a list member) ending at `end_word`, or None."""
    if end_word < 0 or not is_capitalised(words[end_word].group()):
        return None
    return run_start(text, words, end_word, MAX_MEMBER_WORDS - 1)


def _earlier_members(text: str, words, first: int) -> list[tuple[int, int]]:
    """(first, last) of the members listed before the one starting at `first`, nearest first:
    "A, B and C" (an "and" only before the last member, commas before the others)."""
    members, anded = [], False
    while first > 0:
        gap = text[words[first - 1].end() : words[first].start()]
        if words[first - 1].group() == "and" and gap == " " and not anded and first >= 2 and \
                text[words[first - 2].end() : words[first - 1].start()] in (" ", ", "):
            last, anded = first - 2, True
        elif gap in (", ", " & ") and (anded or gap == " & "):
            last, anded = first - 1, True
        else:
            break
        start = _member_before(text, words, last)
        if start is None:
            break
        members.append((start, last))
        first = start
    return members


def _plural_list(text: str, words, k: int, plural: tuple[str, set], gazetteer: Gazetteer) -> list:
    """The members of a list before the plural noun at word `k` ("the Red, Black and Caspian
    seas"), each read as its name with the noun's singular; all of them, or none."""
    singular, kinds = plural
    last_member = _member_before(text, words, k - 1)
    if last_member is None:
        return []
    members = [(last_member, k - 1), *_earlier_members(text, words, last_member)]
    if len(members) < 2:
        return []  # "the Panama canals" is not a list
    found = []
    shared = ""  # "East and South China Seas": a compass word takes the last member's rest
    if words[last_member].group() in COMPASS and last_member < k - 1:
        shared = text[words[last_member].end() : words[k - 1].end()]
    for first, last in members:
        written = text[words[first].start() : words[last].end()]
        names = [f"{written} {singular}"]
        if shared and first == last and written in COMPASS:
            names.insert(0, f"{written}{shared} {singular}")
        entries = next((hits for name in names if (hits := _curated(gazetteer, name, kinds))), [])
        if entries:
            end_word = k if last == k - 1 else last
            found.append((first, end_word, words[first].start(), end_of(words[end_word]), entries))
    return found if len(found) == len(members) else []  # every member, or it is not such a list


def _compass_list(text: str, words, k: int, gazetteer: Gazetteer) -> list:
    """Members before "<Compass> <Rest>" whose own compass word takes the same rest."""
    longest = _member_after(text, words, k)
    if longest is None or any(words[i].group().lower().rstrip(".") in PLURALS for i in range(k, longest + 2)
                              if i < len(words)):
        return []  # "East and South China Seas": a list of seas (`_plural_list`)
    for rest_last in range(longest, k, -1):  # "Southeast Asia Pacific ..." is tried shorter too
        if _curated(gazetteer, text[words[k].start() : end_of(words[rest_last])], COMPASS_KINDS):
            break
    else:
        return []
    rest = text[words[k].end() : end_of(words[rest_last])]  # " Asia", " China Sea"
    found = []
    for first, last in _earlier_members(text, words, k):
        if first != last or words[first].group() not in COMPASS:
            break
        entries = _curated(gazetteer, words[first].group() + rest, COMPASS_KINDS)
        if not entries:
            break
        found.append((first, last, words[first].start(), words[last].end(), entries))
    return found


def _member_after(text: str, words, k: int) -> int | None:
    """The last word of the name run starting at `k` ("South China Sea"), at most a few words."""
    last = run_end(text, words, k, MAX_MEMBER_WORDS)
    return last if last > k else None


def _curated(gazetteer: Gazetteer, name: str, kinds) -> list[Entry]:
    """The curated entries of these kinds that answer to `name` (never a town)."""
    return [e for e in gazetteer.curated_names.get(fold(name), ()) if e.kind in kinds]
