"""The gazetteer's curated tables: every row cites where it comes from, and every name a
row gives can be looked up."""

from __future__ import annotations

import csv
import re

import pytest
from shapely.geometry import Point

from tests.repo import ROOT
from webmap.cues import english_words as _english_words
from webmap.geometry import great_circle_km

TABLES = sorted((ROOT / "geodata" / "gazetteer").glob("*.csv"))


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.name)
def test_every_curated_row_cites_its_source(table):
    for row in rows(table):
        source = row["source"].strip()
        assert source, row
        if table.name in ("organisations.csv", "demonyms.csv"):
            assert "http" in source, row  # a page where the seat or the form can be checked


def test_every_curated_name_and_alias_finds_its_row(gazetteer):
    for table, prefix in (("organisations.csv", "organisation-"), ("regions.csv", "region-")):
        for row in rows(ROOT / "geodata" / "gazetteer" / table):
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                assert f"{prefix}{row['id']}" in {e.id for e in gazetteer.lookup(name)}, (table, name)


def natural_earth_10m_rows():
    return [row for row in rows(ROOT / "geodata" / "gazetteer" / "features.csv")
            if row["source"].startswith("Natural Earth 10m geography_regions")]


def test_natural_earth_10m_landforms_cite_their_layer_and_ne_id_and_find_their_row(gazetteer):
    added = natural_earth_10m_rows()
    assert len(added) > 400  # islands, island groups, peninsulas, ranges... that 1:50m lacks
    for row in added:
        assert re.fullmatch(r"Natural Earth 10m geography_regions_(polys|points|elevation_points) ne_id \d+( \d+)*"
                            r"(;.*)?", row["source"]), row
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert f"{row['kind']}-{row['id']}" in {e.id for e in gazetteer.lookup(name)}, name


def test_no_natural_earth_10m_name_is_an_english_word_a_towns_a_ports_or_a_countrys(gazetteer):
    # The geoparser prefers a landform to a namesake town (KIND_PRIOR): such a name would start winning.
    words = _english_words()
    for row in natural_earth_10m_rows():
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert " " in name or name.lower() not in words, name
            others = [e for e in gazetteer.lookup(name) if e.id != f"{row['kind']}-{row['id']}"]
            assert not [e for e in others if e.kind in ("country", "division", "region", "organisation")], name
            assert not [e for e in others if e.kind == "city" and e.population >= 5000], name
            far_ports = [e for e in others if e.kind == "port" and  # an island's own port ("Bora-Bora") is no rival
                         great_circle_km(e.lon, e.lat, float(row["lon"]), float(row["lat"])) > 50]
            assert not far_ports or re.search(r"Island|Atoll", name), name


def test_the_shipped_feature_shapes_stay_small():
    assert (ROOT / "geodata" / "naturalearth" / "features-50m.geojson").stat().st_size < 4_000_000


def test_every_division_name_and_alias_finds_its_row(gazetteer):
    for row in rows(ROOT / "geodata" / "gazetteer" / "divisions.csv"):
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert f"division-{row['id'].lower()}" in {e.id for e in gazetteer.lookup(name)}, name


# The maritime countries whose divisions were added for issue 12 (derivation/divisions/coastal.py).
COASTAL = set("JP FR PH VN TH TR EG GH CI KE TZ MZ AO SN CM CO PE EC VE PA PG PL NL BE SE NO FI DK GR PT IR IQ OM "
               "YE BD LK MM KH TW MA DZ TN".split())


def test_no_name_of_the_maritime_countries_divisions_is_a_word_a_countrys_or_a_big_towns(gazetteer):
    # A division outweighs a namesake town (KIND_PRIOR): "Hiroshima" is in the table only as
    # "Hiroshima Prefecture", "Gulf" only as "Gulf Province". A name that ends in its generic word
    # ("Tokat Province") says division itself.
    words = _english_words()
    generic = re.compile(r" (Prefecture|Province|Region|Governorate|County|Department|District|Division|State|"
                         r"Voivodeship|Municipality)$")
    divisions = [row for row in rows(ROOT / "geodata" / "gazetteer" / "divisions.csv") if row["country"] in COASTAL]
    assert len(divisions) > 900
    for row in divisions:
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert " " in name or "-" in name or name.lower() not in words, name
            others = [e for e in gazetteer.lookup(name) if e.id != f"division-{row['id'].lower()}"]
            assert not [e for e in others if e.kind in ("country", "region", "organisation")], name
            assert generic.search(name) or not [e for e in others if e.kind == "city" and e.population >= 100_000], name


def test_divisions_have_iso_codes_and_a_point_or_a_shape_with_a_source():
    shaped = 0
    for row in rows(ROOT / "geodata" / "gazetteer" / "divisions.csv"):
        assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", row["id"]) and row["id"][:2] == row["country"], row["id"]
        if row["shape"]:
            shaped += 1
            assert row["source"].startswith("Natural Earth"), row["id"]
        else:  # a point: the page that shows where it is
            assert row["source"].startswith("https://"), row["id"]
    assert shaped > 1200


def test_the_shipped_division_shapes_stay_small():
    # 2,482 shapes of 153 countries, simplified (derivation/divisions/coastal.COARSER): shipped in the
    # package and read whole (about 0.3 s) whenever the shapes index is made again
    assert (ROOT / "geodata" / "naturalearth" / "admin1-50m.geojson").stat().st_size < 4_600_000


def test_the_tables_indexes_are_kept_once_made_and_made_again_when_a_table_changes(tmp_path):
    import shutil

    from webmap.gazetteer import KEPT, Gazetteer

    reference, cache = tmp_path / "geodata", tmp_path / "cache"
    shutil.copytree(ROOT / "geodata" / "gazetteer", reference / "gazetteer")
    shutil.copytree(ROOT / "geodata" / "naturalearth", reference / "naturalearth")
    first = Gazetteer(reference, cache)
    assert not any(name in first.__dict__ for name in KEPT)  # nothing kept yet: made when needed
    first.keep_index()
    kept = sorted(cache.glob("gazetteer-*.pickle"))
    assert len(kept) == 1
    again = Gazetteer(reference, cache)
    assert all(name in again.__dict__ for name in KEPT)  # read back, not made
    assert again.lookup("Kagawa Prefecture") == first.lookup("Kagawa Prefecture")
    with open(reference / "gazetteer" / "country_aliases.csv", "a", encoding="utf-8") as f:
        f.write("PE,Perú del Norte,a test row\n")
    edited = Gazetteer(reference, cache)
    assert "countries" not in edited.__dict__ and edited.lookup("Perú del Norte")[0].country == "PE"
    edited.keep_index()
    assert sorted(cache.glob("gazetteer-*.pickle")) != kept and len(list(cache.glob("gazetteer-*.pickle"))) == 1


def test_a_continent_geonames_lists_as_a_country_is_the_region_as_the_other_continents_are(gazetteer):
    found = gazetteer.lookup("Antarctica")
    assert [(e.id, e.kind) for e in found] == [("region-antarctica", "region")]
    assert gazetteer.shape(found[0]).bounds[1] < -89  # drawn as the continent, to the pole
    assert gazetteer.countries["AQ"].name == "Antarctica"  # still a country by its code


def test_patagonia_is_the_region_of_argentina_and_chile_not_natural_earths_southern_andes(gazetteer):
    from webmap.article import Article
    from webmap.geoparse import find_places

    found = find_places(Article("t", "A pipeline will carry gas across Patagonia to the coast."), gazetteer)
    assert [(p.entry.id, p.entry.kind) for p in found] == [("region-patagonia", "region")]
    members = found[0].entry.get("members").split()
    assert {m[:2] for m in members} == {"AR", "CL"}


@pytest.mark.parametrize("name", ["Siberia", "Mesopotamia", "Lapland", "Kalimantan", "Pilbara"])
def test_a_macro_region_natural_earth_or_a_page_draws_is_a_region_not_a_landform(gazetteer, name):
    # tests/eval/README.md: a region is a multi-country or macro region; a landform a range,
    # peninsula, island, desert... Natural Earth files Siberia and Lapland as "Geoarea".
    found = [e for e in gazetteer.lookup(name) if e.kind in ("region", "landform")]
    assert [e.kind for e in found] == ["region"], found
    shape = gazetteer.shape(found[0])  # its own polygon where Natural Earth draws one
    assert shape is None or shape.buffer(0.5).contains(Point(found[0].lon, found[0].lat))
    assert (shape is not None) == (name in ("Siberia", "Mesopotamia", "Lapland"))


def test_a_french_overseas_region_is_a_division_of_france_by_its_own_code(gazetteer):
    assert gazetteer.divided_countries["GP"] == "FR-GP" and gazetteer.divided_countries["RE"] == "FR-RE"
    assert [e.id for e in gazetteer.lookup("Réunion") if e.kind in ("country", "division")] == ["division-fr-re"]



@pytest.mark.parametrize("text, expected", [
    # searched_land.py (issue 12): islands and peninsulas the shipping press names
    ("Ferries to Iriomote and Koh Tao were cancelled, and a tanker sheltered off the Yorke Peninsula.",
     [("Iriomote", "landform", 123.81, 24.34, "wikipedia.org/wiki/Iriomote_Island"),  # 24°20′24″N 123°48′36″E
      ("Koh Tao", "landform", 99.8381, 10.09, "wikipedia.org/wiki/Ko_Tao"),  # 10°5′24″N 99°50′17″E
      ("Yorke Peninsula", "landform", 137.6167, -34.35, "wikipedia.org/wiki/Yorke_Peninsula")]),  # 34°21′S 137°37′E
    # searched_water.py (issue 12): rivers, canals and lakes
    ("Grain barges queued on the Kakhovka Reservoir, a tanker left through the Vridi Canal and floods rose along "
     "the Chindwin River.",
     [("Kakhovka Reservoir", "sea", 34.1667, 47.4667, "wikipedia.org/wiki/Kakhovka_Reservoir"),  # 47°28′N 34°10′E
      ("Vridi Canal", "canal", -4.0031, 5.2481, "wikipedia.org/wiki/Canal_de_Vridi"),  # 5°14′53″N 4°00′11″W
      ("Chindwin River", "river", 95.2814, 21.4739, "wikipedia.org/wiki/Chindwin_River")]),  # 21°28′26″N 95°16′53″E
    # ports.csv, second batch from NGA's World Port Index (terminals and harbours searoute's list lacks): a
    # port's entry names its LOCODE, where the WPI gives one, and ports.csv its WPI entry
    ("This month the ships called at Mina Salman, Kårstø and Pulau Sebarok.",
     [("Mina Salman", "port", 50.6333, 26.2, "unlocode:BHMIN"), ("Kårstø", "port", 5.5167, 59.2667, ""),
      ("Pulau Sebarok", "port", 103.8, 1.2, "")]),
])
def test_a_searched_row_is_found_with_its_kind_at_the_point_its_page_gives(gazetteer, text, expected):
    from webmap.article import Article
    from webmap.geoparse import find_places

    found = {text[p.mentions[0].start : p.mentions[0].end]: p.entry for p in find_places(Article("t", text), gazetteer)}
    assert {name: entry.kind for name, entry in found.items()} == {name: kind for name, kind, *_ in expected}
    for name, _, lon, lat, page in expected:
        entry = found[name]
        assert abs(entry.lon - lon) < 0.01 and abs(entry.lat - lat) < 0.01, name
        assert page in entry.source, entry.source
