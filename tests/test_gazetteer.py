"""The gazetteer's curated tables: every row cites where it comes from, and every name a
row gives can be looked up."""

from __future__ import annotations

import csv

import pytest

from tests.repo import ROOT

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
