"""The test both collision lists share (features/collisions.py, divisions/collisions.py): a
name is unsafe to find alone when it names a town of MIN_TOWN inhabitants or more (or three
towns), or, for one word, when Webster's Second lists it in lower case or wordfreq finds it
common in English (Zipf COMMON_ZIPF or more)."""
from wordfreq import zipf_frequency

MIN_TOWN = 5000
COMMON_ZIPF = 3.0


def town_or_word(name, entries, words, forms=None):
    """Why `name` (with its gazetteer `entries`) is a town's or a word, or None. `forms`: the
    spellings to check as words (default: the name itself)."""
    towns = [e for e in entries if e.kind == "city"]
    if towns and (max(t.population for t in towns) >= MIN_TOWN or len(towns) >= 3):
        return f"{len(towns)} towns, up to {max(t.population for t in towns):,} inhabitants"
    if " " not in name and "-" not in name:
        for form in forms or (name,):
            if form.lower() in words:
                return "an English word"
            zipf = zipf_frequency(form, "en")
            if zipf >= COMMON_ZIPF:
                return f"common in English (Zipf {zipf:.1f})"
    return None
