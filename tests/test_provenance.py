"""Provenance a reader can follow: the original article's address, each quote linked to its
sentence in a readable article view, place names there linking back to the map, and sources
shown as links. Checked in Debian's Chromium at 1400x900 and at 390x844 (touch)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import expect

from tests.browsing import ARTIFACTS
from tests.conftest import HOSTILE_ARTICLE, HOSTILE_SIDECAR, SEED_SLUG
from tests.repo import ROOT as PROJECT_ROOT
from tests.serving import serve_app, serve_folder
from webmap.cli import main
from webmap.provenance import source_links

ORIGINAL = "https://news.example/2024/06/peru-china?id=7&lang=en"
HOSTILE_ORIGINAL = "https://evil.example/a?q='onmouseover=alert(1)'&x=(1)"
STORY = f"/stories/{SEED_SLUG}"
ARTICLE = f"/stories/{SEED_SLUG}/article"
WASHINGTON = "city-4140963"  # quoted once, late in the article: following its link must scroll
DESKTOP = {"viewport": {"width": 1400, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 2}


def with_url(sidecar: Path, url: str) -> None:
    sidecar.write_text(f"url = {json.dumps(url)}\n" + sidecar.read_text(encoding="utf-8"), encoding="utf-8")


@pytest.fixture(scope="module")
def geodata(tmp_path_factory) -> Path:
    """The seed story and the hostile one, each sidecar giving the original article's address."""
    seeds = tmp_path_factory.mktemp("sourced-seeds")
    for suffix in (".txt", ".toml"):
        shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}{suffix}", seeds)
    (seeds / "hostile.txt").write_bytes(("\ufeff" + HOSTILE_ARTICLE).encode("utf-8"))
    (seeds / "hostile.toml").write_text(HOSTILE_SIDECAR, encoding="utf-8")
    with_url(seeds / f"{SEED_SLUG}.toml", ORIGINAL)
    with_url(seeds / "hostile.toml", HOSTILE_ORIGINAL)
    out = tmp_path_factory.mktemp("sourced-geodata")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def story(geodata) -> dict:
    return json.loads((geodata / f"{SEED_SLUG}.geojson").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def app(geodata):
    from webmap.web import create_app

    return create_app({"GEODATA_DIR": geodata, "TESTING": True})


@pytest.fixture(scope="module")
def server(app):
    with serve_app(app) as url:
        yield url


def open_tab(browser, screen=DESKTOP, **options):
    """A page that may reach loopback addresses only, recording script errors."""
    context = browser.new_context(**screen, **options)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda err: page.errors.append(str(err)))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
               else route.abort())
    return page


@pytest.fixture
def desktop(browser):
    page = open_tab(browser)
    yield page
    page.context.close()


@pytest.fixture
def phone(browser):
    page = open_tab(browser, PHONE)
    yield page
    page.context.close()


def open_map(page, url):
    page.goto(url)
    page.wait_for_selector("html[data-map-ready]")
    return page


def shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def in_viewport(page, selector) -> bool:
    return page.evaluate("""s => { const r = document.querySelector(s).getBoundingClientRect();
                                   return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }""", selector)


# The sidecar's `url`


def test_the_original_articles_address_is_kept_with_the_story(story):
    assert story["story"]["url"] == ORIGINAL


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://news.example/a",
                                 "//news.example/a", "https://news.example/a b", 'https://x.example/"><script>', 42])
def test_a_sidecar_url_that_is_not_a_web_address_fails_the_build_naming_the_file_and_key(tmp_path, url):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for suffix in (".txt", ".toml"):
        shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}{suffix}", seeds)
    sidecar = seeds / f"{SEED_SLUG}.toml"
    sidecar.write_text(f"url = {json.dumps(url)}\n" + sidecar.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"{sidecar}: 'url' must be the original article's http:// or https:// address" in result.output


def test_the_story_page_header_links_the_article_view_and_the_original_in_a_new_tab(client_for):
    html = client_for(STORY)
    assert f'<a href="{ARTICLE}">Read the article</a>' in html
    assert '<a href="https://news.example/2024/06/peru-china?id=7&amp;lang=en" target="_blank" rel="noopener">' \
           "Original article ↗</a>" in html


@pytest.fixture
def client_for(app):
    def get(path: str) -> str:
        response = app.test_client().get(path)
        assert response.status_code == 200
        return response.get_data(as_text=True)

    return get


# Sources as readable links


def test_each_kind_of_source_becomes_a_readable_link():
    assert source_links("geonames:1796236") == [{"label": "GeoNames 1796236", "url": "https://www.geonames.org/1796236"}]
    assert source_links("unlocode:CNSHA") == [
        {"label": "UN/LOCODE CNSHA", "url": "https://service.unece.org/trade/locode/cn.htm"}]
    assert source_links("curated:organisations.csv#huawei (https://en.wikipedia.org/wiki/Huawei (headquarters: "
                        "Shenzhen))", seat_source="geonames:1795565") == [
        {"label": "webmap gazetteer: organisations.csv, row huawei", "url": "https://en.wikipedia.org/wiki/Huawei"},
        {"label": "seat: GeoNames 1795565", "url": "https://www.geonames.org/1795565"}]
    # A cited URL may hold parentheses; it ends at white space.
    assert source_links("curated:features.csv#ems (https://en.wikipedia.org/wiki/Ems_(river))")[0]["url"] == \
        "https://en.wikipedia.org/wiki/Ems_(river)"
    # A row citing no address keeps its citation in words.
    assert source_links("curated:regions.csv#asia (GeoNames continent AS)") == [
        {"label": "webmap gazetteer: regions.csv, row asia, after GeoNames continent AS", "url": None}]
    assert source_links("searoute:marnet")[0]["label"] == "searoute's maritime network (Eurostat marnet)"
    # A bay read by the town in its name: no table's row, and the town's own source.
    assert source_links("name:feature", named_after_source="geonames:1650527") == [
        {"label": "read from its name in the article (no table lists it)", "url": None},
        {"label": "named after: GeoNames 1650527", "url": "https://www.geonames.org/1650527"}]


def test_every_feature_keeps_its_source_string_and_gains_its_links(story):
    for feature in story["features"]:
        props = feature["properties"]
        assert isinstance(props["source"], str) and props["source"]
        links = props["source_links"]
        assert links and all(link["url"] is None or link["url"].startswith("https://") for link in links)
    huawei = next(f["properties"] for f in story["features"] if f["id"] == "organisation-huawei")
    assert huawei["source"].startswith("curated:organisations.csv#huawei (")
    assert [link["url"] for link in huawei["source_links"]] == ["https://en.wikipedia.org/wiki/Huawei",
                                                                "https://www.geonames.org/1795565"]


def test_a_popup_shows_sources_as_links_with_readable_text(desktop, server):
    page = open_map(desktop, server + STORY + "#organisation-huawei")
    source = page.locator(".wm-popup dt", has_text="Source").locator("xpath=following-sibling::dd[1]")
    expect(source).to_be_visible()
    links = source.locator("a")
    assert links.count() == 2
    assert links.nth(0).inner_text().startswith("webmap gazetteer: organisations.csv, row huawei")
    assert links.nth(0).get_attribute("href") == "https://en.wikipedia.org/wiki/Huawei"
    assert links.nth(1).inner_text().startswith("seat: GeoNames 1795565")
    assert all(links.nth(i).get_attribute("target") == "_blank" and "noopener" in links.nth(i).get_attribute("rel")
               for i in range(2))
    assert "curated:" not in source.inner_text()
    shot(page, "provenance-sources.png")


# Popups: quotes readable, linked to their sentence, and the original article


def test_quotes_are_upright_at_the_popups_body_size_with_the_mention_marked(desktop, server):
    page = open_map(desktop, server + STORY + "#city-1796236")  # Shanghai
    quote = page.locator(".wm-popup .wm-quote-text").first
    expect(quote).to_contain_text("Shanghai")
    style = quote.evaluate("""q => ({style: getComputedStyle(q).fontStyle, size: getComputedStyle(q).fontSize,
                                     body: getComputedStyle(q.closest('.wm-popup')).fontSize})""")
    assert style["style"] == "normal" and style["size"] == style["body"]
    assert float(style["size"].rstrip("px")) >= 13
    assert quote.locator("mark", has_text="Shanghai").count() == 1
    shot(page, "provenance-popup.png")


def test_every_popup_links_the_original_article_in_a_new_tab(desktop, server, story):
    open_map(desktop, server + STORY)
    links = desktop.evaluate("""() => Object.keys(webmap.layers).map(id => {
        const a = webmap.popupNode({properties: {id: id}}).querySelector('.wm-original a');
        return a && {id: id, href: a.href, target: a.target, rel: a.rel, text: a.textContent};
    })""")
    assert len(links) == len(story["features"])
    for link in links:
        assert link and link["href"] == ORIGINAL and link["target"] == "_blank" and "noopener" in link["rel"], link
        assert link["text"].startswith("Original article")


@pytest.mark.parametrize("screen", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_quotes_link_opens_the_article_view_with_that_sentence_highlighted_in_view(browser, server, story, screen):
    page = open_tab(browser, screen)
    washington = next(f["properties"] for f in story["features"] if f["id"] == WASHINGTON)
    quote = washington["quotes"][0]
    open_map(page, server + STORY + "#" + WASHINGTON)
    link = page.locator(".wm-popup .wm-in-context").first
    assert link.get_attribute("href") == f"{ARTICLE}#q-{quote['start']}-{quote['end']}"
    link.click()
    page.wait_for_url(f"**{ARTICLE}#q-*")
    target = page.locator(":target")
    expect(target).to_have_count(1)
    assert target.inner_text() == quote["text"]
    assert target.evaluate("t => getComputedStyle(t).backgroundColor") == "rgb(253, 230, 138)"
    assert in_viewport(page, ":target")
    shot(page, f"provenance-sentence-{'phone' if screen is PHONE else 'desktop'}.png")
    assert page.errors == []
    page.context.close()


def test_quote_links_in_an_embed_open_a_new_tab(desktop, server):
    open_map(desktop, server + f"/embed/{SEED_SLUG}")
    link = desktop.evaluate("""() => { const a = webmap.popupNode({properties: {id: 'city-1796236'}})
                                                   .querySelector('.wm-in-context');
                                       return {target: a.target, rel: a.rel}; }""")
    assert link == {"target": "_blank", "rel": "noopener"}


# The article view


def test_the_article_view_gives_every_quoted_sentence_an_id_and_marks_every_mention(desktop, server, story):
    desktop.goto(server + ARTICLE)
    found = desktop.evaluate("""() => ({
        sentences: Object.fromEntries([...document.querySelectorAll('.wm-sentence[id]')].map(s => [s.id, s.textContent])),
        mentions: [...document.querySelectorAll('a.wm-mention')].map(a => [a.textContent, a.getAttribute('href')]),
    })""")
    quotes = {f"q-{q['start']}-{q['end']}": q["text"] for f in story["features"] for q in f["properties"]["quotes"]}
    assert quotes and found["sentences"] == quotes
    mentions = sorted((m["start"], m["text"], f"{STORY}#{f['id']}")
                      for f in story["features"] for m in f["properties"]["mentions"])
    assert found["mentions"] == [[text, href] for _, text, href in mentions]
    assert desktop.locator(".wm-reading-text").inner_text().replace("\n\n", "\n") == \
        story["story"]["article"].replace("\n\n", "\n")  # every word, in order


def test_the_article_view_has_title_date_dateline_and_links_to_the_original_and_the_map(desktop, server):
    desktop.goto(server + ARTICLE)
    assert desktop.locator("h1").inner_text() == \
        "Peru's president visits China: Shenzhen, Shanghai, Beijing and the Chancay port"
    assert desktop.locator(".wm-reading-meta").inner_text() == "24 June 2024 · Beijing"
    original = desktop.locator("a", has_text="Original article")
    assert original.get_attribute("href") == ORIGINAL and original.get_attribute("target") == "_blank"
    assert "noopener" in original.get_attribute("rel")
    assert desktop.locator(f"a[href='{STORY}']").first.is_visible()
    assert desktop.locator("script").count() == 0  # a page to read needs no script


@pytest.mark.parametrize("screen", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_article_view_is_comfortable_to_read_with_no_script(browser, server, screen):
    page = open_tab(browser, screen, java_script_enabled=False)
    page.goto(server + ARTICLE + "#q-2616-2895")
    measures = page.evaluate("""() => {
        const text = document.querySelector('.wm-reading-text p');
        const probe = document.createElement('span');
        probe.textContent = 'abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijk';  // 65 characters
        text.appendChild(probe);
        const perLine = text.clientWidth / probe.getBoundingClientRect().width * 65;
        probe.remove();
        return {size: parseFloat(getComputedStyle(text).fontSize), perLine: perLine,
                overflow: document.documentElement.scrollWidth - innerWidth};
    }""")
    assert 17 <= measures["size"] <= 18
    assert measures["overflow"] <= 0  # nothing wider than a phone
    if screen is DESKTOP:
        assert 55 <= measures["perLine"] <= 75, measures  # a measure of about 65 characters
    assert in_viewport(page, ":target")
    shot(page, f"provenance-article-{'phone' if screen is PHONE else 'desktop'}.png")
    page.context.close()


def test_a_place_name_in_the_article_opens_that_place_on_the_map(desktop, server):
    desktop.goto(server + ARTICLE)
    desktop.locator("a.wm-mention", has_text="Chancay").first.click()
    desktop.wait_for_url(f"**{STORY}#port-pechy")
    popup = desktop.locator(".wm-popup").last
    expect(popup).to_be_visible()
    expect(popup.locator("h2")).to_have_text("Chancay")
    assert desktop.errors == []


@pytest.mark.parametrize("screen", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_a_story_url_with_a_place_fragment_opens_that_places_popup(browser, server, screen):
    page = open_tab(browser, screen)
    open_map(page, server + STORY + "#city-1796236")
    popup = page.locator(".wm-popup").last
    expect(popup).to_be_visible()
    expect(popup.locator("h2")).to_have_text("Shanghai")
    page.evaluate("location.hash = '#country-pe'")  # a second link followed on the same page
    expect(page.locator(".wm-popup h2").last).to_have_text("Peru")
    page.evaluate("location.hash = '#nothing-here'")  # an unknown fragment is ignored
    assert page.errors == []
    shot(page, f"provenance-deeplink-{'phone' if screen is PHONE else 'desktop'}.png")
    page.context.close()


def test_the_article_view_of_a_hostile_article_runs_nothing_and_marks_its_places(desktop, server, app):
    html = app.test_client().get("/stories/hostile/article").get_data(as_text=True)
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    desktop.goto(server + "/stories/hostile/article")
    text = desktop.locator(".wm-reading-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "`${window.__pwned = 3}` {{ 7*7 }} {% if %}" in text
    assert "<script>window.__pwned = 4</script>" in desktop.locator("h1").inner_text()
    assert desktop.evaluate("typeof window.__pwned") == "undefined"
    assert desktop.locator("a.wm-mention", has_text="Lima").count() == 3
    assert desktop.locator("a.wm-mention", has_text="Rotterdam").count() == 2
    original = desktop.locator("a", has_text="Original article").get_attribute("href")
    assert original == HOSTILE_ORIGINAL  # one attribute, quotes and all: nothing broke out of it


def test_a_missing_story_has_no_article_view(app):
    response = app.test_client().get("/stories/no-such-story/article")
    assert response.status_code == 404 and response.json["error"]["status"] == 404


# The static export


@pytest.fixture(scope="module")
def site(tmp_path_factory, geodata) -> Path:
    from webmap.site import export_site

    public = tmp_path_factory.mktemp("public")
    export_site(public / "maps", geodata, progress=lambda _: None)
    return public / "maps"


def test_the_static_export_holds_the_article_view_with_relative_links(site, desktop):
    page = site / "stories" / SEED_SLUG / "article" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert 'href="../../../static/webmap.css"' in html and 'href="../#city-1796236"' in html
    with serve_folder(site.parent) as origin:
        base = f"{origin}/maps/"
        open_map(desktop, base + f"stories/{SEED_SLUG}/#{WASHINGTON}")
        desktop.locator(".wm-popup .wm-in-context").first.click()
        desktop.wait_for_url(f"**/maps/stories/{SEED_SLUG}/article/#q-*")
        expect(desktop.locator(":target")).to_contain_text("Washington")
        desktop.locator("a.wm-mention", has_text="Shenzhen").first.click()
        expect(desktop.locator(".wm-popup h2").last).to_have_text("Shenzhen")
        assert desktop.errors == []
