"""The index page: a card per story with its map thumbnail (an SVG drawn at build time),
title, date, a one-line summary and counts, and a filter by place name that works with no
script and, with script, as the reader types."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browsing import ARTIFACTS, accessibility_problems
from tests.conftest import ARTICLES, SEED_SLUG
from tests.serving import serve_folder

SVG = "{http://www.w3.org/2000/svg}"
DESKTOP = {"viewport": {"width": 1400, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
SEED_TITLE = "Peru's president visits China: Shenzhen, Shanghai, Beijing and the Chancay port"
HOSTILE_TITLE = "<script>window.__pwned = 4</script> Lima `x` {{ y }}"


def thumbnail(folder: Path, slug: str = SEED_SLUG) -> bytes:
    return (folder / f"{slug}.thumbnail.svg").read_bytes()


def path_steps(data: str) -> list[list[tuple[float, float]]]:
    """The points of each subpath of path data as the thumbnail writes it ("Mx y l dx dy ... z")."""
    subpaths = []
    for move, steps in re.findall(r"M([^l]+)l([^Mz]*)", data):
        x, y = map(float, move.split())
        points = [(x, y)]
        numbers = list(map(float, steps.split()))
        for dx, dy in zip(numbers[::2], numbers[1::2]):
            x, y = x + dx, y + dy
            points.append((x, y))
        subpaths.append(points)
    return subpaths


# The thumbnail

def test_thumbnails_are_byte_identical_across_builds(built, hostile_geodata):
    # Two separate builds of the seed story (the session's two build fixtures).
    assert thumbnail(built) == thumbnail(hostile_geodata)


def test_thumbnail_is_small_valid_svg_with_the_land_and_the_storys_places(built):
    data = thumbnail(built)
    assert len(data) < 30_000, len(data)
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 400 240"
    assert root.find(f"{SVG}title").text == f"Map of {SEED_TITLE}"
    land = root.find(f"{SVG}path[@class='land']")
    assert len(path_steps(land.get("d"))) > 50  # coastlines and borders of many countries
    drawn = {element.get("data-id"): element for element in root.iter() if element.get("data-id")}
    assert {"country-cn", "country-pe", "lane-pechy-cnsha", "lane-pechy-cnszx"} <= set(drawn)
    # the three visit stops and the ports, inside the picture
    for place in ("city-1795565", "city-1796236", "city-1816670", "port-pechy", "port-cnsha", "port-cnszx"):
        circle = drawn[place]
        assert 0 <= float(circle.get("cx")) <= 400 and 0 <= float(circle.get("cy")) <= 240


def test_thumbnail_draws_the_pacific_lane_as_one_line_from_chancay(built):
    root = ET.fromstring(thumbnail(built))
    lane = root.find(f"{SVG}path[@data-id='lane-pechy-cnsha']")
    (points,) = path_steps(lane.get("d"))  # one continuous line, not cut at 180°
    steps = [abs(b[0] - a[0]) for a, b in zip(points, points[1:])]
    assert max(steps) < 100  # nothing streaks across the picture
    chancay = root.find(f"{SVG}circle[@data-id='port-pechy']")
    start = points[0]
    assert abs(start[0] - float(chancay.get("cx"))) < 3 and abs(start[1] - float(chancay.get("cy"))) < 3


def test_a_hostile_title_is_escaped_in_the_thumbnail(hostile_geodata):
    data = thumbnail(hostile_geodata, "hostile").decode()
    assert "<script" not in data and "&lt;script&gt;window.__pwned = 4&lt;/script&gt;" in data
    assert ET.fromstring(data).find(f"{SVG}title").text == f"Map of {HOSTILE_TITLE}"


def test_thumbnail_is_served_as_svg_with_etag_cache_and_a_policy_that_runs_nothing(client):
    url = f"/stories/{SEED_SLUG}/thumbnail.svg"
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert response.headers["Cache-Control"].startswith("public, max-age=")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy and "script-src" not in policy
    assert client.get(url, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304
    missing = client.get("/stories/no-such-story/thumbnail.svg")
    assert missing.status_code == 404 and missing.json["error"]["status"] == 404


def test_a_story_built_by_an_older_version_is_left_out_until_the_next_build_adds_its_files(run, seeds, built, tmp_path):
    from webmap.web import create_app

    old = tmp_path / "old"
    old.mkdir()
    for suffix in (".geojson", ".gpkg"):  # a build from an older version: no thumbnail, map or summary
        shutil.copy(built / f"{SEED_SLUG}{suffix}", old)
    client = create_app({"GEODATA_DIR": old, "TESTING": True, "PRELOAD_NETWORK": False}).test_client()
    assert 'class="wm-card"' not in client.get("/").get_data(as_text=True)  # no card leading to a broken page
    page = client.get(f"/stories/{SEED_SLUG}")
    assert page.status_code == 404 and "rebuild it" in page.get_data(as_text=True)
    assert client.get(f"/stories/{SEED_SLUG}.geojson").status_code == 200  # its data still downloads
    # The story's inputs are unchanged, yet `--if-stale` rebuilds it, since it lacks files.
    result = run("build", "--seeds", seeds, "--out", old, "--if-stale")
    assert result.exit_code == 0 and "up to date" not in result.output
    assert thumbnail(old) == thumbnail(built)
    assert "up to date" in run("build", "--seeds", seeds, "--out", old, "--if-stale").output
    html = client.get("/").get_data(as_text=True)
    assert 'class="wm-card"' in html and "Peru&#39;s president visits China" in html and "<img" in html
    assert client.get(f"/stories/{SEED_SLUG}").status_code == 200


# The cards

def cards(page) -> list[dict]:
    """What a reader sees of each visible card."""
    return page.locator(".wm-card:visible").evaluate_all("""cards => cards.map(card => ({
        title: card.querySelector('h2').innerText,
        href: card.querySelector('h2 a').getAttribute('href'),
        date: card.querySelector('time') && card.querySelector('time').innerText,
        summary: card.querySelector('.wm-card-summary').innerText,
        counts: card.querySelector('.wm-card-counts').innerText,
        alt: card.querySelector('img') && card.querySelector('img').alt,
        imageWidth: card.querySelector('img') && card.querySelector('img').naturalWidth,
    }))""")


@pytest.fixture
def no_script(browser):
    context = browser.new_context(java_script_enabled=False, **DESKTOP)
    yield context.new_page()
    context.close()


def test_the_index_shows_a_card_per_story_with_thumbnail_title_date_summary_and_counts(no_script, live_server):
    no_script.goto(live_server + "/")
    no_script.wait_for_load_state("networkidle")
    seed, hostile = cards(no_script)  # newest first; the undated story last
    assert seed["title"] == SEED_TITLE and seed["href"] == f"/stories/{SEED_SLUG}"
    assert seed["date"] == "24 June 2024"
    assert seed["counts"] == "21 places · 3 sea lanes"
    # no sidecar summary: the article's first sentence, cut at a word near 160 characters
    assert seed["summary"].startswith("24th June 2024 – (Beijing) Peruvian President Dina Boluarte’s impending state visit")
    assert seed["summary"].endswith("…") and 120 < len(seed["summary"]) <= 161
    assert seed["alt"].startswith(f"Map of the places in “{SEED_TITLE}”: visit stops Shenzhen, Shanghai, Beijing")
    assert seed["imageWidth"] == 400  # the thumbnail loaded
    assert hostile["title"] == HOSTILE_TITLE and hostile["date"] is None
    assert hostile["counts"] == "2 places · 0 sea lanes"
    assert no_script.locator("#wm-filter-status").inner_text() == "2 stories."


def test_a_sidecar_summary_is_the_cards_summary(run, tmp_path):
    from webmap.web import create_app

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(ARTICLES / "rotterdam-lima-trade.txt", seeds)
    (seeds / "rotterdam-lima-trade.toml").write_text(
        'summary = """A weekly service from Rotterdam\n  to Lima & Callao."""\n', encoding="utf-8")
    assert run("build", "--seeds", seeds, "--out", tmp_path / "out").exit_code == 0
    client = create_app({"GEODATA_DIR": tmp_path / "out", "TESTING": True, "PRELOAD_NETWORK": False}).test_client()
    html = client.get("/").get_data(as_text=True)
    assert '<p class="wm-card-summary">A weekly service from Rotterdam to Lima &amp; Callao.</p>' in html


@pytest.mark.parametrize("summary, message", [
    ("", "'summary' must be a non-empty string"),
    (42, "'summary' must be a non-empty string"),
    ("x" * 301, "at most 300 characters"),
])
def test_a_bad_sidecar_summary_is_refused_naming_the_key(summary, message):
    from webmap.errors import BadSidecar
    from webmap.sidecar import parse_sidecar

    with pytest.raises(BadSidecar, match=re.escape(message)):
        parse_sidecar({"summary": summary}, Path("seeds/x.toml"))


def test_a_hostile_title_is_escaped_in_the_index(client, tab, live_server):
    html = client.get("/").get_data(as_text=True)
    assert "<script>window.__pwned" not in html
    assert "&lt;script&gt;window.__pwned = 4&lt;/script&gt; Lima `x` {{ y }}" in html
    tab.page.goto(live_server + "/")
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.evaluate("window.__pwned") is None


# The filter

def test_the_place_filter_works_with_no_script(no_script, live_server):
    no_script.goto(live_server + "/")
    no_script.fill("#wm-place", "SHÁNG")  # case and accents do not matter
    no_script.press("#wm-place", "Enter")  # the form is sent: the server filters
    no_script.wait_for_url(re.compile(r"\?place=SH%C3%81NG$"))
    assert [card["title"] for card in cards(no_script)] == [SEED_TITLE]  # Shanghai
    assert no_script.locator("#wm-filter-status").inner_text() == "Places matching “SHÁNG”: 1 of 2 stories."
    assert no_script.input_value("#wm-place") == "SHÁNG"
    no_script.goto(live_server + "/?place=rotterdam")
    assert [card["title"] for card in cards(no_script)] == [HOSTILE_TITLE]
    no_script.goto(live_server + "/?place=atlantis")
    assert cards(no_script) == []
    assert no_script.locator("#wm-filter-status").inner_text() == "Places matching “atlantis”: 0 of 2 stories."
    no_script.click("text=Clear")
    no_script.wait_for_url(live_server + "/")
    assert len(cards(no_script)) == 2


def test_an_overlong_filter_is_a_400(client):
    response = client.get("/?place=" + "x" * 101)
    assert response.status_code == 400 and "at most 100 characters" in response.json["error"]["message"]


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_typing_filters_the_cards_in_place_and_announces_the_count(browser, live_server, device):
    context = browser.new_context(**(DESKTOP if device == "desktop" else PHONE))
    page = context.new_page()
    try:
        page.goto(live_server + "/")
        page.wait_for_load_state("networkidle")
        page.evaluate("window.__samePage = true")
        status = page.locator("#wm-filter-status")
        assert status.get_attribute("role") == "status"
        page.locator("#wm-place").press_sequentially("rott", delay=30)  # no Enter: filtered as typed
        expect(page.locator(".wm-card:visible")).to_have_count(1)
        assert [card["title"] for card in cards(page)] == [HOSTILE_TITLE]
        expect(status).to_have_text("Places matching “rott”: 1 of 2 stories.")
        assert page.evaluate("window.__samePage") is True  # no reload
        assert page.url.endswith("/?place=rott")  # the address keeps the filter
        page.locator("#wm-place").fill("shanghái")
        expect(page.locator(".wm-card:visible h2")).to_have_text([SEED_TITLE])
        page.locator(".wm-clear").click()
        expect(page.locator(".wm-card:visible")).to_have_count(2)
        expect(status).to_have_text("2 stories.")
        assert page.evaluate("window.__samePage") is True
    finally:
        context.close()


# Layout and colours

@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_the_index_lays_out_cards_without_overflow_and_passes_axe(browser, live_server, device):
    context = browser.new_context(**(DESKTOP if device == "desktop" else PHONE))
    page = context.new_page()
    try:
        page.goto(live_server + "/")
        page.wait_for_load_state("networkidle")
        boxes = page.locator(".wm-card").evaluate_all("cards => cards.map(c => c.getBoundingClientRect().toJSON())")
        width = page.evaluate("document.documentElement.clientWidth")
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen
        if device == "desktop":
            assert boxes[0]["top"] == boxes[1]["top"] and boxes[0]["width"] < width / 2  # side by side in a grid
        else:
            assert boxes[1]["top"] > boxes[0]["bottom"] and boxes[0]["width"] > width * 0.85  # one column
        page.screenshot(path=str(ARTIFACTS / f"index-{device}.png"), full_page=True)
        assert accessibility_problems(page) == []
    finally:
        context.close()


# The static export

@pytest.fixture(scope="module")
def exported(tmp_path_factory, hostile_geodata) -> Path:
    from webmap.site import export_site

    site = tmp_path_factory.mktemp("index-site") / "site"
    export_site(site, hostile_geodata, progress=lambda _: None)
    return site


def test_the_static_export_carries_the_thumbnails(exported, hostile_geodata):
    for slug in (SEED_SLUG, "hostile"):
        assert (exported / "stories" / slug / "thumbnail.svg").read_bytes() == thumbnail(hostile_geodata, slug)
    html = (exported / "index.html").read_text(encoding="utf-8")
    assert f'src="stories/{SEED_SLUG}/thumbnail.svg"' in html
    assert re.search(r'<form class="wm-filter"[^>]*\shidden[\s>]', html)  # no server: the filter is the script's


def test_the_static_index_filters_with_script_only(tab, exported):
    with serve_folder(exported) as base:
        page = tab.page
        page.goto(f"{base}/")
        expect(page.locator(".wm-filter")).to_be_visible()  # shown by the script
        expect(page.locator("img.wm-thumb")).to_have_count(2)
        assert page.locator("img.wm-thumb").evaluate_all("images => images.map(i => i.naturalWidth)") == [400, 400]
        page.locator("#wm-place").press_sequentially("chancay")
        expect(page.locator(".wm-card:visible h2")).to_have_text([SEED_TITLE])
        page.goto(f"{base}/?place=lima")  # an address with the filter in it
        expect(page.locator(".wm-card:visible h2")).to_have_text([HOSTILE_TITLE])
    assert tab.errors == [] and tab.failed == [] and tab.blocked == []
