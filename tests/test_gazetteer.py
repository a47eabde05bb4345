"""The gazetteer's curated tables: every row cites where it comes from, and every name a
row gives can be looked up."""

from __future__ import annotations

import csv
import re

import pytest

from tests.repo import ROOT
from webmap.geoparse import _english_words

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
            assert not [e for e in others if e.kind == "port"] or re.search(r"Island|Atoll", name), name


def test_the_shipped_feature_shapes_stay_small():
    assert (ROOT / "geodata" / "naturalearth" / "features-50m.geojson").stat().st_size < 4_000_000
