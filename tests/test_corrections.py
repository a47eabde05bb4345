"""The editor's corrections (sidecar `[corrections]`), applied by the build; gazetteer look-up
by id and by typed name; the in-memory preview, the same bytes as the build of the files."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_SLUG
from tests.repo import ROOT as PROJECT_ROOT
from webmap.cli import main
from webmap.config import Paths
from webmap.errors import BadSidecar
from webmap.gazetteer import NAMED_FEATURE_SOURCE, NAMED_SOURCE
from webmap.lookup import UnknownPlace, entry, search
from webmap.sidecar import Sidecar, parse_sidecar
from webmap.store import geojson_text
from webmap.seeds import Seed, fingerprint_of
from webmap.story import build_story, preview

SEED_TEXT = (PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
EVAL = PROJECT_ROOT / "tests" / "eval" / "articles"
CORRECTED = "corrected"
PLAIN = "plain"


def at(text: str, words: str) -> int:
    assert text.count(words) >= 1, words
    return text.index(words)


CORRECTIONS = f"""title = "Peru's president visits China, corrected"
itinerary = ["Shenzhen", "Shanghai", "Beijing"]

[corrections]
reject = ["region-asia"]

[[corrections.choose]]                       # Washington: the state, not the city
place = "city-4140963"
use = "division-us-wa"

[[corrections.choose]]                       # merged into a place found too
place = "region-latin-america"
use = "region-south-america"

[[corrections.pin]]                          # a word the geoparser does not read
text = "continent"
at = {at(SEED_TEXT, "continent")}
place = "country-pe"

[[corrections.pin]]                          # the editor's own point, taking the words from port-pechy
text = "Chancay Megaport"
at = {at(SEED_TEXT, "Chancay Megaport")}
lon = -77.27
lat = -11.57
name = "Chancay Megaport"
kind = "port"
"""


def cli_build(seeds: Path, out: Path):
    return CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)], catch_exceptions=False)


@pytest.fixture(scope="module")
def corrected_build(tmp_path_factory):
    """The seed article twice, without lanes: as the geoparser reads it, and corrected."""
    seeds = tmp_path_factory.mktemp("corrected-seeds")
    for slug in (PLAIN, CORRECTED):
        (seeds / f"{slug}.txt").write_text(SEED_TEXT, encoding="utf-8")
    (seeds / f"{PLAIN}.toml").write_text('itinerary = ["Shenzhen", "Shanghai", "Beijing"]\n', encoding="utf-8")
    (seeds / f"{CORRECTED}.toml").write_text(CORRECTIONS, encoding="utf-8")
    out = tmp_path_factory.mktemp("corrected-geodata")
    result = cli_build(seeds, out)
    assert result.exit_code == 0, result.output
    stories = {slug: json.loads((out / f"{slug}.geojson").read_text(encoding="utf-8")) for slug in (PLAIN, CORRECTED)}
    return seeds, out, stories


def by_id(collection: dict) -> dict[str, dict]:
    return {feature["id"]: feature["properties"] for feature in collection["features"]}


# -- each correction changes the built map as described ---------------------------------------

def test_a_rejected_place_is_left_off_the_map_and_listed_with_its_mentions(corrected_build):
    _, _, stories = corrected_build
    assert "region-asia" in by_id(stories[PLAIN])
    assert "region-asia" not in by_id(stories[CORRECTED])
    assert "rejected" not in stories[PLAIN]["story"]  # an uncorrected story keeps its form
    [rejected] = stories[CORRECTED]["story"]["rejected"]
    assert rejected["id"] == "region-asia" and rejected["corrected"] == "rejected"
    assert rejected["mentions"] == by_id(stories[PLAIN])["region-asia"]["mentions"]


def test_a_chosen_entry_replaces_the_place_and_keeps_its_mentions_and_quotes(corrected_build):
    _, _, stories = corrected_build
    plain, corrected = by_id(stories[PLAIN]), by_id(stories[CORRECTED])
    assert "city-4140963" not in corrected and "division-us-wa" not in plain
    state = corrected["division-us-wa"]
    assert (state["name"], state["kind"], state["corrected"], state["confidence"]) == (
        "Washington", "division", "chosen", 1.0)
    assert state["mentions"] == plain["city-4140963"]["mentions"]
    assert state["quotes"] == plain["city-4140963"]["quotes"]
    assert state["candidates"][0]["id"] == "city-4140963"  # what the geoparser read, to go back to
    assert "division-us-wa" not in [c["id"] for c in state["candidates"]]
    feature = next(f for f in stories[CORRECTED]["features"] if f["id"] == "division-us-wa")
    assert feature["geometry"]["type"] == "MultiPolygon"  # drawn as the state it now is


def test_choosing_a_place_found_too_merges_their_mentions(corrected_build):
    _, _, stories = corrected_build
    plain, corrected = by_id(stories[PLAIN]), by_id(stories[CORRECTED])
    assert "region-latin-america" not in corrected
    merged = corrected["region-south-america"]
    expected = plain["region-south-america"]["mentions"] + plain["region-latin-america"]["mentions"]
    assert sorted(m["start"] for m in merged["mentions"]) == sorted(m["start"] for m in expected)
    assert merged["mentions"] == sorted(merged["mentions"], key=lambda m: m["start"])
    assert merged["corrected"] == "chosen" and merged["confidence"] == 1.0


def test_a_pin_makes_the_words_a_mention_of_the_entry(corrected_build):
    _, _, stories = corrected_build
    plain, corrected = by_id(stories[PLAIN]), by_id(stories[CORRECTED])
    start = at(SEED_TEXT, "continent")
    peru = corrected["country-pe"]
    assert {"text": "continent", "start": start, "end": start + 9} in peru["mentions"]
    assert len(peru["mentions"]) == len(plain["country-pe"]["mentions"]) + 1
    assert peru["corrected"] == "pinned" and peru["confidence"] == 1.0
    sentence = [q for q in peru["quotes"] if q["start"] <= start < q["end"]]
    assert sentence and "the entire continent" in sentence[0]["text"]


def test_a_pin_to_a_point_makes_a_place_and_takes_the_words_from_what_held_them(corrected_build):
    _, _, stories = corrected_build
    plain, corrected = by_id(stories[PLAIN]), by_id(stories[CORRECTED])
    assert "port-pechy" in plain and "port-pechy" not in corrected  # its only mention was in those words
    [pinned] = [p for p in corrected.values() if p["id"].startswith("port-pin-")]
    assert pinned["id"].startswith("port-pin-chancay-megaport-")
    start = at(SEED_TEXT, "Chancay Megaport")
    assert pinned["mentions"] == [{"text": "Chancay Megaport", "start": start, "end": start + 16}]
    assert (pinned["name"], pinned["kind"], pinned["corrected"], pinned["confidence"]) == (
        "Chancay Megaport", "port", "pinned", 1.0)
    feature = next(f for f in stories[CORRECTED]["features"] if f["id"] == pinned["id"])
    assert feature["geometry"] == {"type": "Point", "coordinates": [-77.27, -11.57]}
    ids = [f["id"] for f in stories[CORRECTED]["features"]]
    firsts = [f["properties"]["mentions"][0]["start"] for f in stories[CORRECTED]["features"]]
    assert firsts == sorted(firsts) and len(set(ids)) == len(ids)


def test_places_not_corrected_are_untouched_and_the_itinerary_still_resolves(corrected_build):
    _, _, stories = corrected_build
    plain, corrected = by_id(stories[PLAIN]), by_id(stories[CORRECTED])
    for place_id in ("city-1816670", "city-1795565", "city-1796236", "organisation-huawei", "country-cn"):
        assert corrected[place_id] == plain[place_id]
        assert "corrected" not in corrected[place_id]
    assert [corrected[i]["stop"] for i in ("city-1795565", "city-1796236", "city-1816670")] == [1, 2, 3]


def test_the_same_corrected_inputs_give_byte_identical_files(corrected_build, tmp_path):
    seeds, out, _ = corrected_build
    again = tmp_path / "again"
    assert cli_build(seeds, again).exit_code == 0
    names = sorted(p.name for p in out.iterdir() if p.name.startswith(CORRECTED))
    assert {f"{CORRECTED}.geojson", f"{CORRECTED}.gpkg"} <= set(names)
    for name in names:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_a_pinned_point_has_the_same_id_whatever_else_changes():
    def pin_id(extra: str) -> str:
        table = parse_sidecar({"corrections": {"pin": [{"text": "Lima", "at": 0, "lon": -77.03, "lat": -12.05,
                                                        "name": "Lima  terminal", "kind": "port"}]}, **extra},
                              Path("x.toml"))
        return table.corrections.pin[0].point_id

    assert pin_id({}) == pin_id({"title": "Another title"}) == "port-pin-lima-terminal-" + pin_id({})[-8:]


# -- every bad correction is one line naming the file, the key and the value -------------------

BAD_TEXT = ("Container ships sail from the port of Callao to Shanghai every week.\n\n"
            "Peru's exports to China grew in 2024.\n")
CALLAO = BAD_TEXT.index("Callao")
BAD = {
    # slug: (sidecar, words the error line must hold besides the file name)
    "not-a-table": ('corrections = "reject"\n', ["'corrections'", "'reject'"]),
    "unknown-key": ('[corrections]\nrename = ["x"]\n', ["corrections", "'rename'"]),
    "reject-not-an-id": ('[corrections]\nreject = ["Callao"]\n', ["corrections.reject", "'Callao'"]),
    "reject-unknown-id": ('[corrections]\nreject = ["city-1"]\n', ["corrections.reject", "'city-1'"]),
    "reject-unknown-port": ('[corrections]\nreject = ["port-zzzzz"]\n', ["corrections.reject", "'port-zzzzz'"]),
    "reject-twice": ('[corrections]\nreject = ["country-pe", "country-pe"]\n', ["corrections.reject", "'country-pe'"]),
    "choose-unknown-key": ('[[corrections.choose]]\nplace = "country-pe"\nuse = "country-cl"\nwhy = "x"\n',
                           ["corrections.choose 1", "'why'", "'x'"]),
    "choose-unknown-use": ('[[corrections.choose]]\nplace = "country-pe"\nuse = "country-zz"\n',
                           ["corrections.choose 1", "'use'", "'country-zz'"]),
    "choose-itself": ('[[corrections.choose]]\nplace = "country-pe"\nuse = "country-pe"\n',
                      ["corrections.choose 1", "'use'", "'country-pe'"]),
    "choose-not-found": ('[[corrections.choose]]\nplace = "country-cl"\nuse = "country-pe"\n',
                         ["corrections.choose 1", "'place'", "'country-cl'", "not among the places found"]),
    "choose-missing-use": ('[[corrections.choose]]\nplace = "country-pe"\n', ["corrections.choose 1", "'use'", "None"]),
    "pin-not-at-offset": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO + 1}\nplace = "port-pecll"\n',
                          ["corrections.pin 1", "'text'", "'Callao'", f"'at' = {CALLAO + 1}", f"at {CALLAO}"]),
    "pin-past-the-end": ('[[corrections.pin]]\ntext = "Callao"\nat = 100000\nplace = "port-pecll"\n',
                         ["corrections.pin 1", "'Callao'", "100000"]),
    "pin-negative-at": ('[[corrections.pin]]\ntext = "Callao"\nat = -1\nplace = "port-pecll"\n',
                        ["corrections.pin 1", "'at'", "-1"]),
    "pin-unknown-place": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nplace = "port-qqqqq"\n',
                          ["corrections.pin 1", "'place'", "'port-qqqqq'"]),
    "pin-bad-lon": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nlon = 200\nlat = -12\nname = "C"\n'
                    'kind = "port"\n', ["corrections.pin 1", "'lon'", "200"]),
    "pin-bad-lat": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nlon = -77\nlat = "south"\nname = "C"\n'
                    'kind = "port"\n', ["corrections.pin 1", "'lat'", "'south'"]),
    "pin-unknown-kind": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nlon = -77\nlat = -12\nname = "C"\n'
                         'kind = "harbour"\n', ["corrections.pin 1", "'kind' = 'harbour'", "port"]),
    "pin-lane-kind": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nlon = -77\nlat = -12\nname = "C"\n'
                      'kind = "lane"\n', ["corrections.pin 1", "'kind' = 'lane'"]),
    "pin-missing-point": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nlon = -77\nlat = -12\n',
                          ["corrections.pin 1", "'name'"]),
    "pin-place-and-point": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nplace = "port-pecll"\nlon = -77\n',
                            ["corrections.pin 1", "'lon'", "-77"]),
    "pin-unknown-key": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nplace = "port-pecll"\nnote = "x"\n',
                        ["corrections.pin 1", "'note'", "'x'"]),
    "pin-overlap": (f'[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\nplace = "port-pecll"\n'
                    f'[[corrections.pin]]\ntext = "allao"\nat = {CALLAO + 1}\nplace = "port-pecll"\n',
                    ["corrections.pin 2", f"'at' = {CALLAO + 1}", "corrections.pin 1"]),
    "itinerary-rejected": ('itinerary = ["Callao"]\n[corrections]\nreject = ["port-pecll"]\n',
                           ["itinerary", "'Callao'", "corrections.reject", "'port-pecll'"]),
}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("bad-corrections")
    for slug, (sidecar, _) in BAD.items():
        (seeds / f"{slug}.txt").write_text(BAD_TEXT, encoding="utf-8")
        (seeds / f"{slug}.toml").write_text(sidecar, encoding="utf-8")
    (seeds / "good.txt").write_text(BAD_TEXT, encoding="utf-8")
    (seeds / "good.toml").write_text(f'itinerary = ["Callao"]\n[[corrections.pin]]\ntext = "Callao"\nat = {CALLAO}\n'
                                     'place = "port-pecll"\n', encoding="utf-8")
    out = tmp_path_factory.mktemp("bad-geodata")
    return seeds, out, cli_build(seeds, out)


def test_the_bad_article_of_the_fixture_builds_without_its_bad_corrections(bad_build):
    seeds, out, result = bad_build
    story = json.loads((out / "good.geojson").read_text(encoding="utf-8"))
    callao = by_id(story)["port-pecll"]
    assert callao["stop"] == 1 and callao["corrected"] == "pinned"
    assert {f["properties"]["kind"] for f in story["features"]} >= {"country", "port"}


@pytest.mark.parametrize("slug", sorted(BAD))
def test_a_bad_correction_is_one_line_naming_the_file_the_key_and_the_value(bad_build, slug):
    seeds, out, result = bad_build
    assert result.exit_code == 1
    assert f"{len(BAD)} of {len(BAD) + 1} stories failed" in result.output
    [line] = [line for line in result.output.splitlines() if f"] {slug}: " in line]
    assert ": error: " in line and str(seeds / f"{slug}.toml") in line, line
    for words in BAD[slug][1]:
        assert words in line, (words, line)
    assert not (out / f"{slug}.geojson").exists()


# -- gazetteer look-up ------------------------------------------------------------------------

def test_entry_round_trips_every_feature_id_of_the_seed_story(story, gazetteer):
    places = [f for f in story["features"] if f["properties"]["kind"] != "lane"]
    assert len(places) > 20
    for feature in places:
        found = entry(gazetteer, feature["id"])
        properties = feature["properties"]
        assert (found.id, found.name, found.kind, found.source, found.country) == (
            properties["id"], properties["name"], properties["kind"], properties["source"], properties["country"])


@pytest.mark.parametrize("name", ["suez-canal-revenue-slump", "black-sea-grain-corridor",
                                  "amazon-drought-manaus-barges", "bangladesh-matarbari-deep-sea-port"])
def test_entry_round_trips_the_places_of_eval_articles(gazetteer, name):
    path = EVAL / f"{name}.txt"
    if not path.exists():
        pytest.skip(f"{path.name} is not in the corpus")
    collection = preview(path.read_text(encoding="utf-8"), Sidecar(), gazetteer, slug=name)
    kinds = set()
    for feature in collection["features"]:
        if feature["properties"]["source"] in (NAMED_SOURCE, NAMED_FEATURE_SOURCE):  # read by its name: no table row
            with pytest.raises(UnknownPlace):
                entry(gazetteer, feature["id"])
            continue
        found = entry(gazetteer, feature["id"])
        assert (found.id, found.name, found.kind, found.source) == tuple(
            feature["properties"][key] for key in ("id", "name", "kind", "source"))
        kinds.add(found.kind)
    assert len(kinds) >= 3, kinds


def sidecar(toml: str) -> Sidecar:
    return parse_sidecar(tomllib.loads(toml), Path("cfm.toml"))


def test_a_bay_read_by_its_towns_name_can_be_rejected_or_replaced(gazetteer):
    text = ("BALIKPAPAN, Indonesia, May 2 (Webmap) - Coal barges waited in Balikpapan Bay on Friday as the "
            "Mahakam fell.")
    found = preview(text, Sidecar(), gazetteer, slug="bay")
    bay = next(f for f in found["features"] if f["properties"]["source"] == NAMED_FEATURE_SOURCE)
    assert (bay["id"], bay["properties"]["kind"], bay["properties"]["precision"]) == (
        "sea-named-balikpapan-bay", "sea", "town")
    assert [link["label"] for link in bay["properties"]["source_links"]][1].startswith("named after: GeoNames ")
    bay_id = bay["id"]
    rejected = preview(text, sidecar(f'[corrections]\nreject = ["{bay_id}"]'), gazetteer, slug="bay")
    assert bay_id not in {f["id"] for f in rejected["features"]}
    with pytest.raises(BadSidecar, match="'use' = 'sea-named-"):  # nothing can be drawn at it: no table's row
        preview(text, sidecar(f'[[corrections.choose]]\nplace = "country-id"\nuse = "{bay_id}"'), gazetteer,
                slug="bay")


def test_an_organisation_read_by_its_name_can_be_rejected_or_replaced(gazetteer):
    text = ("MAPUTO, March 3 (Webmap) - Mozambique Ports and Railways said on Monday that berth 21 at Maputo "
            "would reopen next week.")
    found = preview(text, Sidecar(), gazetteer, slug="cfm")
    named = [f["id"] for f in found["features"] if f["properties"]["source"] == NAMED_SOURCE]
    assert named == ["organisation-named-mozambique-ports-and-railways"]
    rejected = preview(text, sidecar(f'[corrections]\nreject = ["{named[0]}"]'), gazetteer,
                       slug="cfm")
    assert named[0] not in {f["id"] for f in rejected["features"]} and rejected["story"]["rejected"][0]["id"] == named[0]
    chosen = preview(text, sidecar(f'[[corrections.choose]]\nplace = "{named[0]}"\nuse = "country-mz"'), gazetteer, slug="cfm")
    assert "country-mz" in {f["id"] for f in chosen["features"]} and named[0] not in {f["id"] for f in chosen["features"]}
    with pytest.raises(BadSidecar, match="'use' = 'organisation-named-"):  # nothing can be drawn at it: no table's row
        preview(text, sidecar(f'[[corrections.choose]]\nplace = "country-mz"\nuse = "{named[0]}"'), gazetteer, slug="cfm")


def test_entry_of_an_unknown_id_is_unknown_place(gazetteer):
    for bad in ("city-1", "port-zzzzz", "country-zz", "lane-pechy-cnsha", "strait-nowhere", "", "city-", 7):
        with pytest.raises(UnknownPlace):
            entry(gazetteer, bad)
    assert UnknownPlace.status == 404


def test_search_finds_places_by_any_case_accents_and_word_prefix(gazetteer):
    def names(text):
        return [(hit["name"], hit["kind"]) for hit in search(gazetteer, text)]

    assert names("Chancay")[0] == ("Chancay", "port") and ("Chancay", "city") in names("Chancay")
    assert names("chancay") == names("Chancay") == names("CHANÇAY")
    assert names("rio de j")[0] == ("Rio de Janeiro", "city")
    assert ("Rio de Janeiro", "city") in names("Río de J")
    assert ("Strait of Malacca", "strait") in names("malacca")
    assert ("Bab-el-Mandeb", "strait") in names("bab el")
    assert names("lima")[0] == ("Lima", "city") and search(gazetteer, "lima")[0]["country"] == "PE"
    assert names("peru")[0] == ("Peru", "country") and names("huaw")[0] == ("Huawei", "organisation")
    assert names("burm")[0] == ("Myanmar", "country")  # by its other name, before villages named Burm...
    assert ("Chancay", "port") in names("PECHY")  # a port by its UN/LOCODE too
    hit = search(gazetteer, "Chancay")[0]
    assert hit == {"id": "port-pechy", "name": "Chancay", "kind": "port", "country": "PE",
                   "lon": hit["lon"], "lat": hit["lat"]} and -78 < hit["lon"] < -77
    assert search(gazetteer, "peru")[0]["lon"] is not None  # a country at its capital
    assert len(search(gazetteer, "san", limit=5)) == 5
    assert search(gazetteer, "") == search(gazetteer, " -- ") == []
    for hit in search(gazetteer, "sha", limit=50):
        assert entry(gazetteer, hit["id"]).name == hit["name"]  # every suggestion's id reads back


def test_a_search_of_one_or_two_letters_answers_the_same_each_time_with_entries_that_read_back(gazetteer):
    for text in ("s", "sa", "S", "sa"):
        first, again = search(gazetteer, text, limit=50), search(gazetteer, text, limit=50)
        assert first == again and len(first) == 50
        for hit in first:
            assert entry(gazetteer, hit["id"]).name == hit["name"]


# -- the preview is the build -----------------------------------------------------------------

def test_preview_equals_the_build_of_the_seed_byte_for_byte_lanes_included(built, gazetteer):
    from webmap.build import _lanes_builder

    seed = Seed(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt")
    sidecar_text = seed.sidecar_path.read_text(encoding="utf-8")
    fingerprint = fingerprint_of(SEED_TEXT.encode("utf-8"), sidecar_text.encode("utf-8"))
    assert fingerprint == seed.fingerprint()
    sidecar = parse_sidecar(tomllib.loads(sidecar_text), seed.sidecar_path)
    collection = preview(SEED_TEXT, sidecar, gazetteer, _lanes_builder(Paths().reference), slug=SEED_SLUG,
                         fingerprint=fingerprint)
    assert geojson_text(collection).encode("utf-8") == (built / f"{SEED_SLUG}.geojson").read_bytes()


def test_preview_equals_the_build_of_corrected_files_byte_for_byte(corrected_build, gazetteer):
    seeds, out, _ = corrected_build
    seed = Seed(seeds / f"{CORRECTED}.txt")
    collection = preview(SEED_TEXT, Sidecar.for_article(seed.article_path), gazetteer, slug=CORRECTED,
                         fingerprint=seed.fingerprint())
    assert geojson_text(collection).encode("utf-8") == (out / f"{CORRECTED}.geojson").read_bytes()
    assert build_story(seed, gazetteer) == collection


def test_preview_reads_the_text_as_a_file_is_read(gazetteer, tmp_path):
    text = "\ufeffShips from Callao reach Shanghai.\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(text.encode("utf-8"))
    seed = Seed(path)
    assert preview(text, Sidecar(), gazetteer, slug="bom", fingerprint=seed.fingerprint(),
                   article_path=path) == build_story(seed, gazetteer)
    assert preview(text, Sidecar(), gazetteer, slug="bom")["story"]["article"] == text[1:]
    from webmap.errors import BadArticle

    for bad in ("   \n", "a\x00b", "x" * 2_000_001, "\ud800"):
        with pytest.raises(BadArticle, match=r"preview\.txt"):
            preview(bad, Sidecar(), gazetteer)
    with pytest.raises(BadArticle):
        preview("Ships from Callao.", Sidecar(), gazetteer, slug="Not A Slug")


def test_a_preview_names_the_sidecar_it_was_given_in_its_errors(gazetteer):
    sidecar = parse_sidecar({"corrections": {"reject": ["city-1"]}}, Path("seeds/draft.toml"))
    with pytest.raises(BadSidecar, match=r"^seeds/draft\.toml: corrections\.reject 'city-1': "):
        preview("Ships from Callao reach Shanghai.", sidecar, gazetteer, slug="draft")
    with pytest.raises(BadSidecar, match=r"^draft\.toml: itinerary place 'Lima'"):
        preview("Ships from Callao reach Shanghai.", Sidecar(itinerary=("Lima",)), gazetteer, slug="draft")
