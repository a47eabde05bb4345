"""Any number of stories (issue 16): the index and the OGC collections are paged, so a request
costs one page whatever the number of stories; the filter still searches every story, with
or without script, live and in a static export; GDAL follows the pages of /collections."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import SEED_SLUG
from tests.serving import serve_app, serve_folder

# Six small stories, built for real: (slug, date, title, article). Newest first: Rotterdam,
# Mombasa, Santos, Busan, Valparaíso, then the undated one last.
STORIES = [
    ("rotterdam-shore-power", "2024-07-02", "Rotterdam plugs container ships into shore power",
     "Rotterdam opened a shore power berth for container ships on Tuesday. Ships calling at Rotterdam "
     "from Hamburg can now switch off their engines at the quay."),
    ("mombasa-dredging", "2024-05-10", "Mombasa deepens its channel",
     "Kenya began dredging the approach channel to Mombasa this week. The Kenya Ports Authority said "
     "larger ships from Singapore would reach Mombasa by next year."),
    ("santos-soy-record", "2024-03-01", "Soy exports through Santos set a record",
     "Soybean exports through Santos reached a record in February, Brazilian officials said. "
     "Most of the cargo loaded at Santos sailed for Shanghai."),
    ("busan-transshipment", "2024-01-15", "Busan's transshipment volumes climb",
     "Transshipment through Busan rose by a tenth last year. Carriers linking Los Angeles and "
     "Busan added calls at the port."),
    ("valparaiso-cranes", "2023-11-20", "New cranes for Valparaíso",
     "Three new cranes arrived in Valparaíso from Shanghai on Monday. The Chilean port expects "
     "faster calls by ships bound for Callao."),
    ("hamburg-undated", None, "Hamburg's rail link to the quays",
     "Hamburg is adding rail sidings at its container terminals. Trains will carry boxes from "
     "Hamburg to Munich."),
]
PAGE_SIZE = 2
NEWEST_FIRST = [title for _, _, title, _ in STORIES]


@pytest.fixture(scope="module")
def many(tmp_path_factory, run_once) -> Path:
    """The six stories built into one folder by the real CLI."""
    seeds = tmp_path_factory.mktemp("paging-seeds")
    for slug, date, title, text in STORIES:
        (seeds / f"{slug}.txt").write_text(text, encoding="utf-8")
        sidecar = f'title = "{title}"\n' + (f'date = {date}\n' if date else "")
        (seeds / f"{slug}.toml").write_text(sidecar, encoding="utf-8")
    out = tmp_path_factory.mktemp("paging-geodata")
    result = run_once("build", "--seeds", seeds, "--out", out)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def run_once():
    from click.testing import CliRunner

    from webmap.cli import main

    return lambda *args: CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def app(many):
    from webmap.web import create_app

    return create_app({"GEODATA_DIR": many, "TESTING": True, "PRELOAD_NETWORK": False,
                       "INDEX_PAGE_SIZE": PAGE_SIZE, "OGC_COLLECTIONS_LIMIT": 4})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def live(app):
    with serve_app(app) as url:
        yield url


def titles(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", t).replace("&#39;", "'") for t in re.findall(r"<h2><a [^>]+>(.*?)</a></h2>", html)]


def next_link(html: str) -> str | None:
    found = re.search(r'<a href="([^"]+)" rel="next">', html)
    return found.group(1).replace("&amp;", "&") if found else None


# The index

def test_the_index_pages_every_story_newest_first_undated_last(client):
    seen, url, pages = [], "/", 0
    while url:
        response = client.get(url)
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        shown = titles(html)
        assert len(shown) <= PAGE_SIZE
        seen += shown
        pages += 1
        assert f"Page {pages} of 3" in html
        url = next_link(html)
    assert seen == NEWEST_FIRST and pages == 3
    first = client.get("/").get_data(as_text=True)
    assert '<link rel="next" href="/page/2">' in first and 'rel="prev"' not in first
    assert "6 stories. Page 1 of 3." in first
    last = client.get("/page/3").get_data(as_text=True)
    assert '<a href="/page/2" rel="prev">' in last and next_link(last) is None


@pytest.mark.parametrize("url", ["/page/4", "/page/0", "/page/99999999999"])
def test_a_page_past_the_last_is_a_404_that_says_how_many_there_are(client, url):
    response = client.get(url, headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert "it has 3" in response.json["error"]["message"]


def test_the_filter_without_script_searches_every_story_and_pages_the_matches(client):
    html = client.get("/?place=shanghai").get_data(as_text=True)  # Santos (page 2), Valparaíso (page 3)
    assert titles(html) == ["Soy exports through Santos set a record", "New cranes for Valparaíso"]
    assert "Places matching “shanghai”: 2 of 6 stories." in html and next_link(html) is None
    html = client.get("/?place=a").get_data(as_text=True)  # every story names a place with an "a"
    assert len(titles(html)) == PAGE_SIZE and next_link(html) == "/page/2?place=a"
    assert titles(client.get("/page/2?place=a").get_data(as_text=True)) == NEWEST_FIRST[2:4]


def test_typing_filters_every_story_not_only_the_page_shown(screen, live):
    page = screen.page
    page.goto(live + "/")
    expect(page.locator(".wm-card:visible")).to_have_count(PAGE_SIZE)
    page.evaluate("window.__samePage = true")
    page.locator("#wm-place").press_sequentially("valpar", delay=30)  # on the last page
    expect(page.locator(".wm-card:visible h2")).to_have_text(["New cranes for Valparaíso"])
    expect(page.locator("#wm-filter-status")).to_have_text("Places matching “valpar”: 1 of 6 stories.")
    expect(page.locator(".wm-pages")).to_be_hidden()  # the pages are of every story, not of matches
    assert page.locator(".wm-card:visible img.wm-thumb").evaluate("i => i.complete && i.naturalWidth") == 400
    page.locator("#wm-place").fill("shanghai")
    expect(page.locator(".wm-card:visible h2")).to_have_text(
        ["Soy exports through Santos set a record", "New cranes for Valparaíso"])
    page.locator(".wm-clear").click()
    expect(page.locator(".wm-card:visible h2")).to_have_text(NEWEST_FIRST[:PAGE_SIZE])
    expect(page.locator(".wm-pages")).to_be_visible()
    expect(page.locator("#wm-filter-status")).to_have_text("6 stories. Page 1 of 3.")
    assert page.evaluate("window.__samePage") is True
    page.locator(".wm-pages a[rel=next]").click()
    expect(page.locator(".wm-card h2")).to_have_text(NEWEST_FIRST[2:4])
    assert screen.errors == [] and screen.failed == []


def test_the_index_rereads_a_story_rebuilt_under_a_new_title(tmp_path, many, run_once):
    from webmap.web import create_app

    folder = tmp_path / "geodata"
    shutil.copytree(many, folder)
    client = create_app({"GEODATA_DIR": folder, "TESTING": True, "PRELOAD_NETWORK": False}).test_client()
    assert "Busan&#39;s transshipment volumes climb" in client.get("/").get_data(as_text=True)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    slug, _, _, text = STORIES[3]
    (seeds / f"{slug}.txt").write_text(text, encoding="utf-8")
    (seeds / f"{slug}.toml").write_text('title = "Busan sets a transshipment record"\n', encoding="utf-8")
    assert run_once("build", "--seeds", seeds, "--out", folder).exit_code == 0
    html = client.get("/").get_data(as_text=True)
    assert "Busan sets a transshipment record" in html and "volumes climb" not in html


def test_letters_typed_before_the_script_arrives_still_filter(screen, live):
    """On a slow line the form is there (the server's) before its script: what was typed counts."""
    page = screen.page
    held = []  # the filter's script, held back until the reader has typed
    page.route("**/webmap/index.js*", lambda route: held.append(route))
    page.goto(live + "/", wait_until="commit")
    page.locator("#wm-place").press_sequentially("valpar")
    for _ in range(250):  # the script's request reaches the handler as the browser's events are read
        if held:
            break
        page.wait_for_timeout(20)
    assert len(held) == 1  # held back: it has not run
    expect(page.locator(".wm-card:visible")).to_have_count(PAGE_SIZE)  # nothing filtered yet
    held[0].continue_()
    expect(page.locator(".wm-card:visible h2")).to_have_text(["New cranes for Valparaíso"])
    expect(page.locator("#wm-filter-status")).to_have_text("Places matching “valpar”: 1 of 6 stories.")


# The static export

@pytest.fixture(scope="module")
def exported(tmp_path_factory, many) -> Path:
    from webmap.site import export_site

    site = tmp_path_factory.mktemp("paging-site") / "site"
    export_site(site, many, progress=lambda _: None, config={"INDEX_PAGE_SIZE": PAGE_SIZE})
    return site


def test_the_export_writes_every_page_and_the_cards_every_page_can_filter_in(exported):
    assert (exported / "page" / "2" / "index.html").is_file() and (exported / "page" / "3" / "index.html").is_file()
    assert not (exported / "page" / "4").exists()
    assert titles((exported / "cards.html").read_text(encoding="utf-8")) == NEWEST_FIRST


def test_the_exported_index_pages_and_filters_across_pages(tab, exported):
    with serve_folder(exported) as base:
        page = tab.page
        page.goto(f"{base}/")
        page.locator(".wm-pages a[rel=next]").click()
        page.locator(".wm-pages a[rel=next]").click()
        expect(page.locator(".wm-card h2")).to_have_text(NEWEST_FIRST[4:])
        assert page.url == f"{base}/page/3/"
        expect(page.locator(".wm-filter")).to_be_visible()  # an export's filter shows once its script runs
        page.locator("#wm-place").press_sequentially("rotterdam")  # a story on the first page
        expect(page.locator(".wm-card:visible h2")).to_have_text([NEWEST_FIRST[0]])
        tab.settle()  # thumbnails the earlier letters showed have come (not cut off by the click below)
        page.locator(".wm-card:visible h2 a").click()  # its link is right from this page too
        expect(page).to_have_url(f"{base}/stories/rotterdam-shore-power/")
    assert tab.errors == [] and tab.failed == [] and tab.blocked == []


# The OGC API's collections

def collection_ids(client, url: str) -> tuple[list[str], int]:
    ids, matched = [], None
    while url:
        page = client.get(url).json
        assert page["numberReturned"] == len(page["collections"]) <= 4
        matched = page["numberMatched"]
        ids += [c["id"] for c in page["collections"]]
        url = next((link["href"].replace("http://localhost", "") for link in page["links"] if link["rel"] == "next"),
                   None)
    return ids, matched


def test_collections_come_a_page_at_a_time_and_the_pages_hold_each_once(client):
    ids, matched = collection_ids(client, "/ogc/collections")
    assert len(ids) == len(set(ids)) == matched > 4
    assert {slug for slug, *_ in STORIES} == {i.rsplit("-", 1)[0] for i in ids}
    assert ids[0].startswith("rotterdam-shore-power-")  # newest story first, as on the index
    explicit, _ = collection_ids(client, "/ogc/collections?limit=3")
    assert explicit == ids
    second = client.get("/ogc/collections?limit=3&offset=3").json
    prev = next(link["href"] for link in second["links"] if link["rel"] == "prev")
    assert prev.endswith("/ogc/collections?limit=3&f=json")


def test_gdal_follows_the_pages_of_collections(live, client):
    listing = subprocess.run([shutil.which("ogrinfo") or "/usr/bin/ogrinfo", "-ro", "-q", f"OAPIF:{live}/ogc"],
                             capture_output=True, text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    listed = re.findall(r"^\d+: (\S+)", listing.stdout, re.M)
    assert listed == collection_ids(client, "/ogc/collections")[0]


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "limit=x", "offset=-1", "page=2"])
def test_bad_paging_of_collections_is_a_400_with_an_ogc_exception(client, query):
    response = client.get(f"/ogc/collections?{query}")
    assert response.status_code == 400 and response.is_json
    assert response.json["code"] == "InvalidParameterValue"


def test_the_api_definition_does_not_grow_with_the_stories(client, app):
    from webmap.web import create_app

    one = create_app({"GEODATA_DIR": Path(__file__).parent.parent / "geodata", "TESTING": True,
                      "PRELOAD_NETWORK": False}).test_client()
    assert client.get("/ogc/api").data == one.get("/ogc/api").data
    assert SEED_SLUG not in one.get("/ogc/api").get_data(as_text=True)
