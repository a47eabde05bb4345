"""The newsroom editor's work on a story (issue 15): paste or upload an article, review its
places (reject, choose another reading, search the gazetteer, pin, assign a missed mention),
itinerary and lanes, preview it as readers will see it, publish it as the files `webmap build`
rebuilds byte for byte, and keep its history. Drafts are never public; a stale save is refused.
Accounts, sessions, CSRF and the URL-map walk are tests/test_editor_accounts.py."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browsing import ARTIFACTS, accessibility_problems
from tests.conftest import PROJECT_ROOT, SEED_SLUG
from tests.serving import serve_app

PASSWORD = "a long editor password"
SEED_TEXT = (PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
HOSTILE = ("Cargo from Lima <script>window.__pwned = 1</script> reached Rotterdam. "
           "<img src=x onerror=\"window.__pwned = 2\"> Callao {{ 7*7 }} waited.")


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    """An app with the editor on SQLite, a seeds folder and a geodata folder, and an account."""
    from click.testing import CliRunner

    from webmap.cli import main
    from webmap.web import create_app

    root = tmp_path_factory.mktemp("newsroom")
    (root / "seeds").mkdir()
    (root / "geodata").mkdir()
    shutil.copy(PROJECT_ROOT / "geodata" / "_basemap.geojson", root / "geodata")  # as any build leaves it
    database = f"sqlite:///{root / 'editor.sqlite3'}"
    added = CliRunner().invoke(main, ["user", "add", "ed", "--password-stdin", "--database", database],
                               input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    app = create_app({"GEODATA_DIR": root / "geodata", "SEEDS_DIR": root / "seeds", "EDITOR_DIR": root / "instance",
                      "DATABASE_URL": database, "TESTING": True, "PRELOAD_NETWORK": False})
    app.root = root
    yield app
    analyst = app.extensions.get("webmap-analyst")
    if analyst is not None:
        analyst.close()


def token_of(client, path: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


@pytest.fixture
def client(newsroom):
    client = newsroom.test_client()
    response = client.post("/edit/login", data={"name": "ed", "password": PASSWORD,
                                                 "csrf_token": token_of(client, "/edit/login")})
    assert response.status_code == 302
    return client


def new_story(client, title: str, text: str = SEED_TEXT, **fields) -> str:
    response = client.post("/edit/new", data={"title": title, "text": text, "csrf_token": token_of(client, "/edit/new"),
                                              **fields})
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    return response.headers["Location"].rsplit("/", 1)[-1]


def api(client, method: str, url: str, slug: str, body=None):
    headers = {"X-CSRFToken": token_of(client, f"/edit/{slug}"), "Accept": "application/json"}
    return client.open(url, method=method, json=body, headers=headers)


def analysed(client, slug: str) -> dict:
    response = api(client, "POST", f"/edit/api/drafts/{slug}/analyse", slug, {})
    assert response.status_code == 200, response.json
    return response.json


def by_name(answer: dict) -> dict:
    return {f["properties"]["name"]: f["properties"] for f in answer["features"] if f["properties"]["kind"] != "lane"}


def version_of(client, slug: str) -> int:
    return client.get(f"/edit/api/drafts/{slug}", headers={"Accept": "application/json"}).json["version"]


# -- starting a story -------------------------------------------------------------------------

def test_a_pasted_article_becomes_a_draft_that_no_reader_sees(client, newsroom):
    slug = new_story(client, "Peru's president in China", date="2024-06-24", dateline="Beijing",
                     url="https://example.org/peru-china")
    assert slug == "peru-s-president-in-china"
    draft = client.get(f"/edit/api/drafts/{slug}", headers={"Accept": "application/json"}).json
    assert draft["text"] == SEED_TEXT and draft["date"] == "2024-06-24" and draft["version"] == 1
    reader = newsroom.test_client()  # no session
    assert slug not in reader.get("/").get_data(as_text=True)
    assert slug not in reader.get("/ogc/collections?f=json").get_data(as_text=True)
    for url in (f"/stories/{slug}", f"/stories/{slug}.geojson", f"/embed/{slug}"):
        assert reader.get(url).status_code == 404, url
    assert not (newsroom.root / "seeds" / f"{slug}.txt").exists()


# werkzeug's test client spools a request body over 500 KB to a temporary file it never closes
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_uploaded_txt_is_read_and_a_bad_one_is_refused_with_its_reason(client):
    token = token_of(client, "/edit/new")
    upload = {"title": "Uploaded", "csrf_token": token, "file": (__import__("io").BytesIO("Ships left Santos.".encode()),
                                                                  "story.txt")}
    assert client.post("/edit/new", data=upload, content_type="multipart/form-data").status_code == 303
    for data, reason in ((b"Ships left S\xe3o Paulo.", "not UTF-8"), (b"Lima. " * 400_000, "over the 2,000,000-byte limit"),
                         (b"   \n ", "empty")):
        bad = {"title": "Bad", "csrf_token": token, "file": (__import__("io").BytesIO(data), "story.txt")}
        response = client.post("/edit/new", data=bad, content_type="multipart/form-data")
        assert response.status_code == 400 and reason in response.get_data(as_text=True), reason
    __import__("gc").collect()  # the client's spooled file goes now, inside this test


def test_a_title_is_needed_and_bad_fields_are_named(client):
    response = client.post("/edit/new", data={"title": "", "text": "Ships left Santos.",
                                              "csrf_token": token_of(client, "/edit/new")})
    assert response.status_code == 400 and "a title is needed" in response.get_data(as_text=True)
    response = client.post("/edit/new", data={"title": "Bad link", "text": "Ships left Santos.", "url": "javascript:alert(1)",
                                              "csrf_token": token_of(client, "/edit/new")})
    assert response.status_code == 400 and "'url' must be" in html.unescape(response.get_data(as_text=True))


# -- reviewing the places ----------------------------------------------------------------------

def test_the_analysis_gives_each_place_its_confidence_candidates_and_mentions(client):
    slug = new_story(client, "Analysis")
    places = by_name(analysed(client, slug))
    assert {"Shenzhen", "Shanghai", "Beijing", "Chancay", "Peru", "China"} <= set(places)
    china = places["China"]
    assert 0 < china["confidence"] <= 1 and china["candidates"] and all("why" in c for c in china["candidates"])
    first = china["mentions"][0]
    assert SEED_TEXT[first["start"]:first["end"]] == first["text"]


def test_each_correction_changes_the_map_and_the_audit_log_says_who(client, newsroom):
    from webmap.editor.models import AuditEntry

    slug = new_story(client, "Corrections")
    places = by_name(analysed(client, slug))
    asia = places["Asia"]["id"]
    saved = api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 1, "corrections": {"reject": [asia]}})
    assert saved.status_code == 200 and saved.json["version"] == 2
    answer = analysed(client, slug)
    assert "Asia" not in by_name(answer) and [r["id"] for r in answer["story"]["rejected"]] == [asia]
    # another reading of China: one of its candidates
    china = by_name(answer)["China"]
    other = china["candidates"][0]["id"]
    saved = api(client, "PUT", f"/edit/api/drafts/{slug}", slug,
                {"version": 2, "corrections": {"reject": [asia], "choose": [{"place": china["id"], "use": other}]}})
    assert saved.status_code == 200
    chosen = [p for p in by_name(analysed(client, slug)).values() if p["id"] == other]
    assert chosen and chosen[0]["corrected"] == "chosen" and chosen[0]["confidence"] == 1.0
    # a missed mention assigned by the editor: "Latin American" words pinned to Lima, found by search
    found = client.get("/edit/api/gazetteer?q=lima", headers={"Accept": "application/json"}).json["results"]
    lima = next(r for r in found if r["name"] == "Lima" and r["country"] == "PE")
    at = SEED_TEXT.index("Peruvian")
    saved = api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 3, "corrections": {
        "reject": [asia], "choose": [{"place": china["id"], "use": other}],
        "pin": [{"text": "Peruvian", "at": at, "place": lima["id"]}]}})
    assert saved.status_code == 200
    pinned = by_name(analysed(client, slug))["Lima"]
    assert pinned["corrected"] == "pinned" and {"text": "Peruvian", "start": at, "end": at + 8} in pinned["mentions"]
    with newsroom.app_context():
        from webmap.editor.db import db

        entries = db().query(AuditEntry).filter_by(slug=slug, action="save").order_by(AuditEntry.id).all()
        details = [json.loads(e.detail) for e in entries]
    assert [e.user_name for e in entries] == ["ed"] * 3
    assert details[0]["rejected"] == [asia] and details[1]["chose"] == [{"place": china["id"], "use": other}]
    assert details[2]["pinned"][0]["place"] == lima["id"]


def test_a_correction_the_sidecar_refuses_is_a_400_naming_it_and_nothing_is_saved(client):
    slug = new_story(client, "Bad corrections")
    for corrections, words in (({"reject": "city-1"}, "reject"), ({"pin": [{"text": "Nowhere", "at": 3, "place": "port-pechy"}]},
                                                                "Nowhere"),
                               ({"choose": [{"place": "city-1796236", "use": "city-0"}]}, "city-0")):
        response = api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 1, "corrections": corrections})
        assert response.status_code == 400 and words in response.json["error"]["message"], response.json
    assert version_of(client, slug) == 1
    response = api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 1, "lanes": [{"from": "PECHY", "to": "CNSHA",
                                                                                         "vessel": "ark"}]})
    assert response.status_code == 400 and "unknown vessel 'ark'" in response.json["error"]["message"]


def test_a_stale_save_is_refused_with_the_draft_as_it_now_is(client, newsroom):
    slug = new_story(client, "Two editors")
    other = newsroom.test_client()
    other.post("/edit/login", data={"name": "ed", "password": PASSWORD, "csrf_token": token_of(other, "/edit/login")})
    first = api(other, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 1, "dateline": "Lima"})
    assert first.status_code == 200
    stale = api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 1, "dateline": "Callao"})
    assert stale.status_code == 409 and "reload it" in stale.json["error"]["message"]
    assert stale.json["current"]["dateline"] == "Lima" and stale.json["current"]["version"] == 2
    assert client.get(f"/edit/api/drafts/{slug}", headers={"Accept": "application/json"}).json["dateline"] == "Lima"
    stale_publish = api(client, "POST", f"/edit/api/drafts/{slug}/publish", slug, {"version": 1})
    assert stale_publish.status_code == 409


# -- preview, publish, history --------------------------------------------------------------------

def test_the_preview_is_the_readers_page_of_the_draft_and_writes_nothing(client, newsroom):
    slug = new_story(client, "Preview <em>me</em>")
    page = client.get(f"/edit/{slug}/preview").get_data(as_text=True)
    assert 'id="map_story"' in page and "Preview &lt;em&gt;me&lt;/em&gt;" in page and "<em>me" not in page
    embed = client.get(f"/edit/{slug}/preview?embed=1").get_data(as_text=True)
    assert 'id="map_story"' in embed
    assert not any(newsroom.root.joinpath("geodata").glob(f"{slug}.*"))


def test_publishing_writes_the_files_webmap_build_turns_into_the_same_story(client, newsroom, tmp_path):
    slug = new_story(client, "Published story", date="2024-06-24", dateline="Beijing")
    asia = by_name(analysed(client, slug))["Asia"]["id"]
    assert api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {
        "version": 1, "corrections": {"reject": [asia]}, "itinerary": ["Shenzhen", "Shanghai", "Beijing"],
        "lanes": [{"from": "PECHY", "to": "CNSHA", "speed_kn": 18}]}).status_code == 200
    published = api(client, "POST", f"/edit/api/drafts/{slug}/publish", slug, {"version": 2})
    assert published.status_code == 200 and published.json["published_version"] == 1
    seeds, geodata = newsroom.root / "seeds", newsroom.root / "geodata"
    sidecar = (seeds / f"{slug}.toml").read_text(encoding="utf-8")
    assert f'reject = [\n    "{asia}",\n]' in sidecar or f'reject = ["{asia}"]' in sidecar
    assert (seeds / f"{slug}.txt").read_text(encoding="utf-8") == SEED_TEXT
    story = json.loads((geodata / f"{slug}.geojson").read_text(encoding="utf-8"))
    assert story["story"]["itinerary"] == ["Shenzhen", "Shanghai", "Beijing"]
    assert any(f["properties"]["kind"] == "lane" for f in story["features"])
    # the files are the single source of truth: the CLI rebuilds the very same bytes
    again = tmp_path / "again"
    rebuilt = subprocess.run([sys.executable, "-m", "webmap.cli", "build", "--seeds", str(seeds), "--out", str(again),
                              "--only", slug], capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    for suffix in (".geojson", ".gpkg", ".map.json", ".summary.json", ".thumbnail.svg"):
        assert (again / f"{slug}{suffix}").read_bytes() == (geodata / f"{slug}{suffix}").read_bytes(), suffix
    assert newsroom.test_client().get(f"/stories/{slug}").status_code == 200  # now public
    # a second version, then the history, then a revert to the first
    assert published.json["draft"]["version"] == 2  # publishing is not an edit
    assert api(client, "PUT", f"/edit/api/drafts/{slug}", slug, {"version": 2, "corrections": {}}).status_code == 200
    second = api(client, "POST", f"/edit/api/drafts/{slug}/publish", slug, {"version": 3})
    assert second.json["published_version"] == 2 and [p["id"] for p in second.json["added"]] == [asia]
    history = client.get(f"/edit/{slug}/history").get_data(as_text=True)
    assert "Version 2" in history and "Version 1" in history and "Places added: <span class=\"ed-added\">Asia" in history
    reverted = api(client, "POST", f"/edit/api/drafts/{slug}/revert", slug, {"version": 3, "to": 1})
    assert reverted.status_code == 200 and reverted.json["corrections"] == {"reject": [asia]}


def test_a_story_published_from_files_opens_as_a_draft(client, newsroom):
    seeds = newsroom.root / "seeds"
    shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt", seeds)
    shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.toml", seeds)
    assert SEED_SLUG in client.get("/edit").get_data(as_text=True)
    response = client.post(f"/edit/open/{SEED_SLUG}", data={"csrf_token": token_of(client, "/edit")})
    assert response.status_code == 303
    draft = client.get(f"/edit/api/drafts/{SEED_SLUG}", headers={"Accept": "application/json"}).json
    assert draft["itinerary"] == ["Shenzhen", "Shanghai", "Beijing"] and len(draft["lanes"]) == 3
    assert draft["title"].startswith("Peru's president visits China")


@pytest.mark.parametrize("url", ["/edit/..%2F..%2Fetc", "/edit/api/drafts/..%2Fx", "/edit/api/drafts/UPPER",
                                 "/edit/open/..%2F..%2Fpyproject"])
def test_no_slug_reaches_outside_the_seeds_folder(client, url):
    method = "POST" if "/open/" in url else "GET"
    response = client.open(url, method=method, data={"csrf_token": token_of(client, "/edit")},
                           headers={"Accept": "application/json"})
    assert response.status_code == 404


# -- the review page in Chromium ----------------------------------------------------------------

@pytest.fixture(scope="module")
def live(newsroom):
    with serve_app(newsroom) as url:
        yield url


def logged_in(page, live: str) -> None:
    page.goto(live + "/edit/login")
    page.fill("#login-name", "ed")
    page.fill("#login-password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live + "/edit")


def started_in_the_browser(page, live: str, title: str, text: str = SEED_TEXT) -> None:
    """Log in, paste an article as a new story, and wait for its places on the review page."""
    logged_in(page, live)
    page.goto(live + "/edit/new")
    page.fill("#ed-title", title)
    page.fill("#ed-text", text)
    page.click("text=Find the places")
    page.wait_for_selector("body[data-analysed]", state="attached", timeout=30_000)


def test_the_review_page_draws_the_places_and_a_rejection_leaves_the_map_at_once(screen, live, client):
    page = screen.page
    started_in_the_browser(page, live, f"Review on {screen.size}")
    markers = page.locator("#ed-map path.leaflet-interactive")
    drawn = markers.count()
    assert drawn > 10
    assert page.locator("#ed-article mark").count() > 20
    first = page.locator("#ed-place-list .ed-place").first
    name = first.locator("h3").inner_text()
    first.locator("text=Reject").click()
    started = time.perf_counter()
    while markers.count() >= drawn and time.perf_counter() - started < 2:
        time.sleep(0.01)
    assert time.perf_counter() - started < 0.5, "the rejected place is still on the map after 0.5 s"
    rejected = page.locator("#ed-place-list .ed-rejected h3", has_text=name)
    expect(rejected).to_be_visible()
    expect(page.locator("#ed-status")).to_contain_text("Saved: version 2", timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / f"editor-review-{screen.size}.png"))
    assert accessibility_problems(page, contrast_to_review=False) == []
    assert screen.errors == []


def test_the_itinerary_is_ordered_with_the_keyboard(tab, live):
    page = tab.page
    started_in_the_browser(page, live, "Itinerary by keyboard")
    page.click("#tab-itinerary")
    for stop in ("Shenzhen", "Shanghai", "Beijing"):
        page.select_option("#ed-stop-add", stop)
        page.click("#ed-stop-add-button")
        expect(page.locator("#ed-stops li .ed-stop-name", has_text=stop)).to_be_visible(timeout=10_000)
    page.locator("button[aria-label='Move Beijing up']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#ed-stops .ed-stop-name")).to_have_text(["Shenzhen", "Beijing", "Shanghai"], timeout=10_000)
    assert tab.errors == []


def test_the_details_save_themselves_after_typing(tab, live):
    page = tab.page
    started_in_the_browser(page, live, "Autosave")
    page.click("#tab-details")
    page.locator("#ed-f-dateline").press_sequentially("Lima", delay=40)
    expect(page.locator("#ed-status")).to_contain_text("Unsaved changes")
    expect(page.locator("#ed-status")).to_contain_text("Saved: version 2", timeout=15_000)
    draft = page.request.get(live + "/edit/api/drafts/autosave", headers={"Accept": "application/json"}).json()
    assert draft["dateline"] == "Lima" and draft["version"] == 2
    assert tab.errors == []


def test_a_hostile_article_is_only_text_in_the_editor(tab, live):
    page = tab.page
    started_in_the_browser(page, live, "<script>window.__pwned = 3</script>", HOSTILE)
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator("#ed-article").inner_text()
    assert page.locator("#ed-title-shown").inner_text() == "<script>window.__pwned = 3</script>"


def test_two_saves_of_one_version_cannot_both_land(client, newsroom):
    """The version is checked by the database itself: of two writes made from one version at
    once, the second changes no row (what a race between two app servers comes to)."""
    import sqlalchemy.orm
    from sqlalchemy.orm.exc import StaleDataError

    from webmap.editor.models import Draft

    slug = new_story(client, "Race")
    engine = newsroom.extensions["editor"].database.engine
    with sqlalchemy.orm.Session(engine) as first, sqlalchemy.orm.Session(engine) as second:
        mine, theirs = (session.query(Draft).filter_by(slug=slug).one() for session in (first, second))
        mine.dateline, mine.version = "Lima", 2
        theirs.dateline, theirs.version = "Callao", 2
        first.commit()
        with pytest.raises(StaleDataError):
            second.commit()
    assert client.get(f"/edit/api/drafts/{slug}", headers={"Accept": "application/json"}).json["dateline"] == "Lima"


@pytest.mark.parametrize("path, body, words", [
    ("analyse", {"text": 5}, "'text' must be"),
    ("revert", {"version": 1, "to": {"a": 1}}, "'to' must be"),
    ("", {"version": 1, "lanes": [{"from": "PECLL", "to": "CNSHA", "scenario": None}]}, ""),
])
def test_malformed_editor_requests_are_400_with_a_json_body(client, path, body, words):
    slug = new_story(client, f"Malformed {path or 'save'}")
    method = "PUT" if not path else "POST"
    response = api(client, method, f"/edit/api/drafts/{slug}" + (f"/{path}" if path else ""), slug, body)
    assert response.status_code == 400 and response.is_json and words in response.json["error"]["message"]


EMOJI_ARTICLE = ("🚢🚢 SHANGHAI, June 3 (Webmap) — 🌊 Container ships left Shanghai for Rotterdam on Monday 🐟, "
                 "and a fishing fleet waited off Zorritos for the swell to ease. 🚢 Busan and Singapore reported "
                 "queues.")


def test_after_an_emoji_mentions_are_marked_on_their_words_and_selected_words_are_assigned(tab, live):
    """The server counts offsets in code points, the page in UTF-16 units: each emoji before a
    name would shift its mark by one, and an assigned selection would miss its words."""
    page = tab.page
    started_in_the_browser(page, live, "Emoji", EMOJI_ARTICLE)
    marks = page.locator("#ed-article mark")
    assert marks.count() >= 3
    for mark in marks.all():
        start, words = int(mark.get_attribute("data-start")), mark.inner_text()
        assert EMOJI_ARTICLE[start : start + len(words)] == words, (start, words)
    page.evaluate("""() => {
        const box = document.getElementById("ed-article");
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode()) && !node.data.includes("Zorritos")) {}
        const range = document.createRange();
        range.setStart(node, node.data.indexOf("Zorritos"));
        range.setEnd(node, node.data.indexOf("Zorritos") + "Zorritos".length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        box.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""")
    expect(page.locator("#ed-assign-text")).to_have_text("Zorritos")
    page.locator("#ed-assign-results button", has_text="Zorritos").first.click()
    expect(page.locator("#ed-status")).to_contain_text("Saved: version 2", timeout=15_000)
    slug = page.url.rstrip("/").rsplit("/", 1)[-1]
    draft = page.request.get(live + f"/edit/api/drafts/{slug}", headers={"Accept": "application/json"}).json()
    [pin] = draft["corrections"]["pin"]
    assert (pin["text"], pin["at"]) == ("Zorritos", EMOJI_ARTICLE.index("Zorritos"))
    assert tab.errors == []
