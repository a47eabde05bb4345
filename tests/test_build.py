"""`webmap build` and `webmap export`: outputs, determinism, atomic writes, bad input."""

from __future__ import annotations

import json
import shutil

import pyogrio
import pytest

from tests.conftest import ARTICLES, SEED_SLUG
from tests.repo import ROOT as PROJECT_ROOT
from webmap.store import atomic_path


def all_coordinates(geometry):
    if geometry["type"] == "Point":
        yield geometry["coordinates"]
    else:
        stack = [geometry["coordinates"]]
        while stack:
            item = stack.pop()
            if isinstance(item[0], (int, float)):
                yield item
            else:
                stack.extend(item)


def test_build_writes_an_rfc7946_feature_collection_and_a_geopackage_per_story(built, story):
    assert story["type"] == "FeatureCollection"
    assert "crs" not in story  # RFC 7946: WGS 84 lon/lat only
    for feature in story["features"]:
        for lon, lat in all_coordinates(feature["geometry"]):
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    layers = dict(pyogrio.list_layers(built / f"{SEED_SLUG}.gpkg"))
    assert {"cities", "ports", "countries", "regions", "organisations"} <= set(layers)


def test_geopackage_layers_hold_every_feature_with_its_attributes(built, story):
    import geopandas

    total = 0
    for layer, geometry_type in pyogrio.list_layers(built / f"{SEED_SLUG}.gpkg"):
        if geometry_type is None:  # the story's own attribute table
            table = pyogrio.read_dataframe(built / f"{SEED_SLUG}.gpkg", layer=layer)
            assert table.loc[0, "title"] == story["story"]["title"]
            assert table.loc[0, "article"] == story["story"]["article"]
            continue
        frame = geopandas.read_file(built / f"{SEED_SLUG}.gpkg", layer=layer)
        assert frame.crs.to_epsg() == 4326
        total += len(frame)
        for cell in frame["quotes"]:
            for quote in json.loads(cell):
                assert quote["text"] == story["story"]["article"][quote["start"] : quote["end"]]
    assert total == len(story["features"])


def test_geopackage_lanes_keep_their_scenario_legs_and_comparison(built):
    lanes = pyogrio.read_dataframe(built / f"{SEED_SLUG}.gpkg", layer="lanes").set_index("id")
    before = lanes.loc["lane-before-chancay"]
    assert before["compare_to"] == "lane-pechy-cnsha" and before["scenario"].startswith("Before Chancay")
    assert json.loads(before["comparison"])["lane"] == "lane-pechy-cnsha"
    assert [leg["to"] for leg in json.loads(before["legs"])] == ["MXZLO", "CNSHA"]


def test_build_reports_progress_per_article(run, seeds, tmp_path):
    shutil.copy(ARTICLES / "rotterdam-lima-trade.txt", seeds)
    result = run("build", "--seeds", seeds, "--out", tmp_path / "out")
    assert result.exit_code == 0
    assert "[1/2] peru-china-state-visit-2024:" in result.output
    assert "[2/2] rotterdam-lima-trade:" in result.output


def test_rebuilding_gives_byte_identical_outputs(run, seeds, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    assert run("build", "--seeds", seeds, "--out", first).exit_code == 0
    assert run("build", "--seeds", seeds, "--out", second).exit_code == 0
    for name in (f"{SEED_SLUG}.geojson", f"{SEED_SLUG}.gpkg"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_building_stories_in_parallel_gives_the_same_bytes(run, seeds, tmp_path):
    import subprocess
    import sys

    for name in ("rotterdam-lima-trade.txt",):
        shutil.copy(ARTICLES / name, seeds)
    (seeds / "broken.txt").write_bytes(b"\xff\xfe not UTF-8 \xc3")  # fails alone, in its own process too
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("build", "--seeds", seeds, "--out", one).exit_code == 1
    result = subprocess.run([sys.executable, "-m", "webmap.cli", "build", "-j", "2", "--seeds", str(seeds),
                             "--out", str(two)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1 and "broken: error:" in result.stdout and "1 of 3 stories failed" in result.stderr
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in sorted(one.iterdir()):
        assert path.read_bytes() == (two / path.name).read_bytes(), path.name


def test_only_builds_the_story_named(run, seeds, tmp_path):
    shutil.copy(ARTICLES / "rotterdam-lima-trade.txt", seeds)
    out = tmp_path / "out"
    result = run("build", "--seeds", seeds, "--out", out, "--only", "rotterdam-lima-trade")
    assert result.exit_code == 0 and "[1/1] rotterdam-lima-trade:" in result.output
    assert sorted(p.name for p in out.glob("*.geojson")) == ["_basemap.geojson", "rotterdam-lima-trade.geojson"]
    missing = run("build", "--seeds", seeds, "--out", out, "--only", "no-such-story")
    assert missing.exit_code == 1 and "no article no-such-story.txt" in missing.output


def test_committed_geodata_is_in_sync_with_the_seeds(built):
    for path in sorted(built.glob("*.geojson")):
        committed = PROJECT_ROOT / "geodata" / path.name
        assert committed.read_bytes() == path.read_bytes(), f"run `webmap build` and commit {committed}"
    committed_stories = {p.name for p in (PROJECT_ROOT / "geodata").glob("*.geojson")}
    assert committed_stories == {p.name for p in built.glob("*.geojson")}


def test_a_new_article_without_a_sidecar_becomes_a_story(run, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ARTICLES / "rotterdam-lima-trade.txt", seeds)
    assert run("build", "--seeds", seeds, "--out", tmp_path / "out").exit_code == 0
    story = json.loads((tmp_path / "out" / "rotterdam-lima-trade.geojson").read_text())
    found = {(f["properties"]["name"], f["properties"]["kind"], f["properties"]["country"]) for f in story["features"]}
    assert {("Rotterdam", "city", "NL"), ("Lima", "city", "PE"), ("Callao", "port", "PE"),
            ("The Netherlands", "country", "NL")} <= found
    assert not any(name == "Richardson" for name, _, _ in found)
    assert story["story"]["date"] is None and story["story"]["itinerary"] == []


def test_build_if_stale_skips_unchanged_stories(run, seeds, tmp_path):
    out = tmp_path / "out"
    assert run("build", "--seeds", seeds, "--out", out).exit_code == 0
    result = run("build", "--seeds", seeds, "--out", out, "--if-stale")
    assert "up to date" in result.output
    (seeds / f"{SEED_SLUG}.toml").write_text((seeds / f"{SEED_SLUG}.toml").read_text().replace("Beijing\"\n", "Beijing (dateline)\"\n"))
    assert "up to date" not in run("build", "--seeds", seeds, "--out", out, "--if-stale").output


BAD_ARTICLES = {
    "empty": (b"  \n", "empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin1": ("Caf\u00e9 in Lima".encode("latin-1"), "not UTF-8"),
    "oversized": (b"Lima is a city. " * 130_000, "over the 2,000,000-byte limit"),
}


@pytest.mark.parametrize("case", sorted(BAD_ARTICLES))
def test_a_bad_article_fails_with_one_line_and_leaves_the_previous_build(run, seeds, tmp_path, case):
    out = tmp_path / "out"
    assert run("build", "--seeds", seeds, "--out", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    content, message = BAD_ARTICLES[case]
    (seeds / f"{SEED_SLUG}.txt").write_bytes(content)
    result = run("build", "--seeds", seeds, "--out", out)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if "error:" in line]
    assert any(f"{SEED_SLUG}.txt" in line and message in line for line in errors), result.output
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


BAD_SIDECARS = {
    "not toml": ("title = \n", "malformed TOML"),
    "unknown key": ('titel = "x"\n', "unknown key 'titel'"),
    "bad date": ('date = "yesterday"\n', "'date' must be a TOML date"),
    "bad locode": ('[[lanes]]\nfrom = "Chancay"\nto = "CNSHA"\n', "must be a UN/LOCODE"),
    "unknown port": ('[[lanes]]\nfrom = "PEZZZ"\nto = "CNSHA"\n', "unknown port 'PEZZZ'"),
    "bad speed": ('[[lanes]]\nfrom = "PECHY"\nto = "CNSHA"\nspeed_kn = 0\n', "'speed_kn' must be"),
    "itinerary stop not in article": ('itinerary = ["Shenzhen", "Tokyo"]\n', "'Tokyo' is not named"),
    "lane to an inland port": ('[[lanes]]\nfrom = "PECHY"\nto = "ATVIE"\n', "lane PECHY → ATVIE: port Vienna (ATVIE) is inland"),
    "unknown vessel": ('[[lanes]]\nfrom = "PECHY"\nto = "CNSHA"\nvessel = "dinghy"\n', "lane 1: unknown vessel 'dinghy' (choices: feeder,"),
    "unknown passage": ('[[lanes]]\nfrom = "PECHY"\nto = "CNSHA"\navoid = ["suezz"]\n', "lane 1: unknown passage 'suezz' in 'avoid' (choices: panama,"),
    "compare_to no lane": ('[[lanes]]\nfrom = "PECHY"\nto = "CNSHA"\ncompare_to = "cape"\n', "'compare_to' 'cape' is not a lane of this sidecar (lanes: pechy-cnsha)"),
}


@pytest.mark.parametrize("case", sorted(BAD_SIDECARS))
def test_a_bad_sidecar_fails_with_one_line_naming_the_file(run, seeds, tmp_path, case):
    content, message = BAD_SIDECARS[case]
    (seeds / f"{SEED_SLUG}.toml").write_text(content)
    result = run("build", "--seeds", seeds, "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert any(f"{SEED_SLUG}.toml" in line and message in line for line in result.output.splitlines()), result.output
    assert not (tmp_path / "out" / f"{SEED_SLUG}.geojson").exists()


def test_export_writes_geojson_to_stdout_and_geopackage_to_a_file(run, built, tmp_path):
    result = run("export", SEED_SLUG, "--geodata", built)
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads((built / f"{SEED_SLUG}.geojson").read_text())
    target = tmp_path / "story.gpkg"
    assert run("export", SEED_SLUG, "--format", "gpkg", "-o", target, "--geodata", built).exit_code == 0
    assert "cities" in dict(pyogrio.list_layers(target))


def test_export_of_an_unknown_story_is_a_one_line_error(run, built):
    result = run("export", "no-such-story", "--geodata", built)
    assert result.exit_code == 1
    assert result.output.strip() == f"error: unknown story 'no-such-story': no such built story in {built.name}/"


def test_build_of_an_empty_seeds_folder_says_so(run, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("build", "--seeds", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1 and "no articles" in result.output


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "story.geojson"
    target.write_text("previous")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half a fil")
            raise RuntimeError("killed mid-write")
    assert target.read_text() == "previous"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("command", [[], ["build"], ["export"]])
def test_every_command_has_help(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output
