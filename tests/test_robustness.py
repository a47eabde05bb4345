"""Every article builds and every page serves: the crashes found by trying ordinary
articles, and a property test that keeps them out for good."""

from __future__ import annotations

import re
import shutil

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import shape

from webmap.build import build_all
from webmap.config import Paths
from webmap.errors import UnknownStory
from webmap.naturalearth import COUNTRIES_FOR_BASEMAP, COUNTRIES_FOR_PLACES, countries
from webmap.store import Store
from webmap.web import create_app
from tests.conftest import SEED_SLUG
from tests.repo import ROOT


def build(tmp_path, articles: dict[str, str]):
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for slug, text in articles.items():
        (seeds / f"{slug}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "geodata"
    report = build_all(Paths(seeds=seeds, geodata=out), progress=lambda line: None)
    return report, out


def story_urls(slug: str, story: dict) -> list[str]:
    urls = [f"/stories/{slug}", f"/embed/{slug}", f"/stories/{slug}.geojson", f"/stories/{slug}.gpkg",
            f"/oembed?url=http://localhost/stories/{slug}"]
    layers = {f["properties"]["kind"] for f in story["features"]}
    from webmap.kinds import LAYER_NAMES

    for kind in layers:
        collection = f"/ogc/collections/{slug}-{LAYER_NAMES[kind]}"
        urls += [collection, f"{collection}/items", f"{collection}/items?f=html"]
    return urls


def serve_all(geodata) -> dict[str, int]:
    """Every page and endpoint of every built story, with its status."""
    app = create_app({"GEODATA_DIR": geodata, "PRELOAD_NETWORK": False, "TESTING": True})
    client = app.test_client()
    store = Store(geodata)
    statuses = {url: client.get(url).status_code for url in ("/", "/ogc", "/ogc/collections", "/ogc/api")}
    for slug in store.slugs():
        try:
            story = store.read(slug)
        except UnknownStory:  # unreadable: its own pages answer 404, the others must not mind
            story = {"features": []}
        for url in story_urls(slug, story):
            statuses[url] = client.get(url).status_code
    return statuses


@pytest.mark.parametrize("filename", [COUNTRIES_FOR_PLACES, COUNTRIES_FOR_BASEMAP])
def test_every_shipped_country_shape_is_valid_and_within_180_degrees(filename):
    shapes = countries(Paths().reference, filename)
    assert len(shapes) > 170
    for _, name, area in shapes:
        assert area.is_valid, (name, shapely.is_valid_reason(area))
        west, _, east, _ = area.bounds
        assert -180 <= west and east <= 180, name


def test_an_article_naming_russia_and_europe_builds_with_their_shapes(tmp_path):
    report, out = build(tmp_path, {"russia": "Tankers sailed from Russia to Europe.\n"})
    assert report.failed == []
    features = {f["properties"]["name"]: f for f in Store(out).read("russia")["features"]}
    russia = shape(features["Russia"]["geometry"])
    assert russia.is_valid and russia.contains(shapely.Point(37.6, 55.75))  # Moscow
    assert russia.contains(shapely.Point(170.0, 67.0))  # Chukotka, west of 180°
    assert russia.contains(shapely.Point(-175.0, 67.0))  # and its part east of 180°
    assert not russia.contains(shapely.Point(-100, 40))  # no band round the world


def test_an_article_naming_no_place_builds_a_story_whose_page_shows_its_text(tmp_path):
    text = "The committee met on Tuesday and agreed to meet again.\n"
    report, out = build(tmp_path, {"no-places": text})
    assert report.failed == [] and report.built == ["no-places"]
    assert Store(out).read("no-places")["features"] == []
    client = create_app({"GEODATA_DIR": out, "PRELOAD_NETWORK": False}).test_client()
    page = client.get("/stories/no-places").get_data(as_text=True)
    assert "No places found" in page and "agreed to meet again" in page
    assert client.get("/stories/no-places.gpkg").status_code == 200


def test_stories_of_only_areas_serve_their_pages(tmp_path):
    report, out = build(tmp_path, {
        "regions-only": "Trade between Asia and Latin America grew, and Africa followed.\n",
        "countries-only": "Peru and China signed the deal.\n",
    })
    assert report.failed == []
    statuses = serve_all(out)
    assert {url: code for url, code in statuses.items() if code != 200} == {}


def test_small_states_are_drawn_with_their_own_shapes(tmp_path):
    report, out = build(tmp_path, {"odd-shapes": "Tankers sailed from Russia to Singapore, Bahrain and Malta.\n"})
    assert report.failed == []
    features = {f["properties"]["name"]: f for f in Store(out).read("odd-shapes")["features"]}
    for name, (lon, lat) in {"Singapore": (103.82, 1.35), "Bahrain": (50.55, 26.07), "Malta": (14.4, 35.9)}.items():
        area = shape(features[name]["geometry"])
        assert area.geom_type == "MultiPolygon" and area.distance(shapely.Point(lon, lat)) < 0.2, name
    assert all(code == 200 for code in serve_all(out).values())


def test_a_country_with_no_shipped_shape_is_drawn_at_its_capital_and_says_so(gazetteer):
    gibraltar = gazetteer.countries["GI"]  # a territory too small for Natural Earth 1:50m
    geometry, precision = gazetteer.geometry(gibraltar)
    assert geometry.geom_type == "Point" and precision == "capital"
    assert abs(geometry.x - -5.35) < 0.1 and abs(geometry.y - 36.14) < 0.1


def test_a_failure_in_one_article_fails_it_alone_with_one_line(tmp_path, run):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a-first", "b-blocked", "c-last"):
        (seeds / f"{name}.txt").write_text("Ships sailed from Lima to Rotterdam.\n", encoding="utf-8")
    out = tmp_path / "geodata"
    (out / "b-blocked.gpkg").mkdir(parents=True)  # a folder where its GeoPackage must go: a real OSError
    result = run("build", "--seeds", seeds, "--out", out)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith("[2/3] b-blocked: error: ") for line in lines), result.output
    assert "Traceback" not in result.output
    assert (out / "a-first.geojson").is_file() and (out / "c-last.geojson").is_file()
    assert not (out / "b-blocked.geojson").exists()


def test_an_unreadable_story_file_breaks_no_other_story(tmp_path, built):
    geodata = tmp_path / "geodata"
    shutil.copytree(built, geodata)
    (geodata / "broken.geojson").write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    statuses = serve_all(geodata)
    assert statuses["/"] == statuses["/ogc/collections"] == statuses[f"/stories/{SEED_SLUG}"] == 200
    client = create_app({"GEODATA_DIR": geodata, "PRELOAD_NETWORK": False}).test_client()
    broken = client.get("/stories/broken.geojson", headers={"Accept": "application/json"})
    assert broken.status_code == 404 and "rebuild" in broken.get_json()["error"]["message"]


# -- the property test ------------------------------------------------------------------------

def gazetteer_names():
    """Names the gazetteer knows, of every kind, read from the tables the project ships."""
    import csv

    names = ["Peru", "China", "Russia", "Singapore", "Bahrain", "Malta", "Europe", "Asia", "Lima", "Shanghai",
             "Chancay", "Rotterdam", "Washington", "Georgia", "Panama", "Suez Canal", "Fiji", "Antarctica"]
    for table in ("organisations.csv", "regions.csv"):
        with open(ROOT / "geodata" / "gazetteer" / table, encoding="utf-8", newline="") as f:
            names += [row["name"] for row in csv.DictReader(f)][:40]
    return names


WORDS = st.one_of(
    st.sampled_from(gazetteer_names()),
    st.sampled_from(["the", "port", "of", "and", "ships", "sailed", "to", "from", "Cape", "Gulf", "Strait",
                     "General", "Mr", "March", "Mobile", "Inca", "Andes"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12),
)
SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "\n\n", "\n", " — ", "'s ", "-", "; ", "! ", "\u00a0", "\t"])
ARTICLE = st.lists(st.tuples(WORDS, SEPARATORS), min_size=0, max_size=120).map(
    lambda pairs: "".join(word + sep for word, sep in pairs))


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(articles=st.lists(ARTICLE, min_size=1, max_size=3))
def test_any_article_builds_or_fails_alone_and_every_endpoint_answers_2xx_or_a_clean_4xx(tmp_path_factory, articles):
    tmp_path = tmp_path_factory.mktemp("property")
    report, out = build(tmp_path, {f"article-{i}": text for i, text in enumerate(articles)})
    for slug, message in report.failed:
        assert "\n" not in message and message, slug
        assert not re.match(r"[A-Z]\w+: ", message), message  # one_line's mark of an unexpected exception
    assert len(report.built) + len(report.failed) == len(articles)
    for url, code in serve_all(out).items():
        assert code < 500, url


def test_a_country_is_drawn_whole_even_when_a_territory_shares_its_code(gazetteer):
    australia = gazetteer.shape(gazetteer.countries["AU"])  # Ashmore and Cartier Islands are 036 too
    assert australia.contains(shapely.Point(133.8, -25.3)) and australia.area > 600
