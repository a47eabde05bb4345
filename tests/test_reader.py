"""The map at first touch, as readers meet it in Chromium: on a desktop (1400x900) and a phone
(390x844, touch), on the story page and embedded in a page from another origin."""

from __future__ import annotations

import itertools
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browsing import SCREENS, Page, accessibility_problems
from tests.conftest import SEED_SLUG
from tests.serving import serve_folder

STORY = f"/stories/{SEED_SLUG}"
EMBED = f"/embed/{SEED_SLUG}"
DESKTOP, PHONE = SCREENS["desktop"], SCREENS["phone"]


@pytest.fixture
def desktop(browser):
    tab = Page(browser, **DESKTOP)
    yield tab
    tab.page.close()


@pytest.fixture
def phone(browser):
    tab = Page(browser, **PHONE)
    yield tab
    tab.page.close()


@contextmanager
def host_page(html: str):
    """A page on another origin (another port) holding `html`, as a news site would."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "index.html").write_text(html, encoding="utf-8")
        with serve_folder(Path(folder)) as base:
            yield base + "/index.html"


def icon_boxes(page) -> dict[str, dict]:
    """The drawn box of every marker icon on the map, by its title, and whether it is round."""
    return page.evaluate("""() => Object.fromEntries(
        Array.from(document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon'))
             .map(icon => [icon.title, Object.assign(icon.getBoundingClientRect().toJSON(),
                           {round: getComputedStyle(icon.firstElementChild).borderRadius === '50%'})]))""")


def touching(a: dict, b: dict) -> bool:
    """Whether two icons touch: round ones as circles, square ones as the circles around them."""
    def circle(box):
        radius = box["width"] / 2 * (1 if box["round"] else 2 ** 0.5)
        return box["left"] + box["width"] / 2, box["top"] + box["height"] / 2, radius
    (xa, ya, ra), (xb, yb, rb) = circle(a), circle(b)
    return ((xa - xb) ** 2 + (ya - yb) ** 2) ** 0.5 < ra + rb - 0.5


def overlapping(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5 and \
        a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5


# Clicking what is drawn

def point_inside(page, feature_id: str, also: str) -> list[float]:
    """A page point where `feature_id`'s shape is drawn and a shape of `also` lies under it,
    once the map has stopped moving (a popup opened before pans it, animated)."""
    page.wait_for_function("() => !(webmap.map._panAnim && webmap.map._panAnim._inProgress) && !webmap.map._animatingZoom")
    return page.evaluate("""([id, also]) => {
        const map = webmap.map, layer = webmap.layers[id], box = map.getContainer().getBoundingClientRect();
        const b = layer.getBounds(), sw = map.latLngToContainerPoint(b.getSouthWest()), ne = map.latLngToContainerPoint(b.getNorthEast());
        for (let i = 1; i < 30; i++) for (let j = 1; j < 30; j++) {
            const x = box.left + sw.x + (ne.x - sw.x) * i / 30, y = box.top + ne.y + (sw.y - ne.y) * j / 30;
            const under = document.elementsFromPoint(x, y);
            if (under[0] === layer._path && under.includes(webmap.layers[also]._path)) return [x, y];  // on top: the click is its
        }
        return null;
    }""", [feature_id, also])


def test_a_country_inside_a_region_opens_itself_where_it_is_drawn_even_after_the_regions_are_switched_back_on(desktop, live_server):
    page = desktop.open(live_server + STORY)
    for country, region, name in (("country-cn", "region-asia", "China"), ("country-pe", "region-latin-america", "Peru")):
        x, y = point_inside(page, country, region)
        page.mouse.click(x, y)
        expect(page.locator(".leaflet-popup-content h2")).to_have_text(name)
        page.keyboard.press("Escape")
        expect(page.locator(".leaflet-popup")).to_have_count(0)
    # Switching a layer off and on draws it again on top; the regions must still stay under.
    page.locator(".leaflet-control-layers").hover()
    regions = page.locator(".leaflet-control-layers-overlays label", has_text="Regions").locator("input")
    regions.uncheck()
    regions.check()
    x, y = point_inside(page, "country-cn", "region-asia")
    page.mouse.click(x, y)
    expect(page.locator(".leaflet-popup-content h2")).to_have_text("China")
    assert desktop.errors == []


# Popups and sheets

@pytest.mark.parametrize("size", [DESKTOP, {"width": 760, "height": 520}], ids=["1400x900", "760x520"])
def test_a_long_popup_fits_inside_the_map_with_its_title_and_close_button_in_view(browser, live_server, size):
    tab = Page(browser, **size)
    try:
        page = tab.open(live_server + STORY)
        page.locator("button[data-feature='country-cn']").click()  # China: the most quoted place
        popup = page.locator(".leaflet-popup")
        expect(popup.locator("h2")).to_have_text("China")
        page.wait_for_timeout(400)  # the popup's pan into view
        map_box = page.locator(".wm-map").bounding_box()
        box = popup.bounding_box()
        assert box["x"] >= map_box["x"] and box["x"] + box["width"] <= map_box["x"] + map_box["width"]
        assert box["y"] >= map_box["y"] and box["y"] + box["height"] <= map_box["y"] + map_box["height"]
        for part in (popup.locator("h2"), popup.locator(".leaflet-popup-close-button")):
            assert part.is_visible() and part.bounding_box()["y"] >= map_box["y"]
        content = popup.locator(".leaflet-popup-content")
        assert content.evaluate("el => el.scrollHeight > el.clientHeight")  # the rest scrolls inside it
    finally:
        tab.page.close()


def test_on_a_phone_a_place_from_the_list_opens_in_a_bottom_sheet_with_the_map_in_view(phone, live_server):
    page = phone.open(live_server + STORY)
    button = page.locator("button[data-feature='country-cn']")
    button.scroll_into_view_if_needed()
    assert page.locator(".wm-map").bounding_box()["y"] < 0  # the list is below the map
    button.tap()
    sheet = page.locator(".wm-sheet")
    expect(sheet.locator("h2")).to_have_text("China")
    page.wait_for_timeout(800)  # the scroll to the map
    assert page.locator(".leaflet-popup").count() == 0
    box = sheet.bounding_box()
    assert box["x"] == 0 and box["width"] == 390 and round(box["y"] + box["height"]) == 844
    assert box["height"] <= 0.56 * 844
    close = sheet.locator(".wm-sheet-close").bounding_box()
    assert close["y"] >= box["y"] and close["x"] + close["width"] <= 390 and close["width"] >= 44
    map_box = page.locator(".wm-map").bounding_box()
    assert map_box["y"] >= -1 and map_box["y"] < box["y"] - 200  # the map is in view above the sheet
    china = page.evaluate("""() => { const p = webmap.map.latLngToContainerPoint(webmap.layers['city-1816670'].getLatLng());
                                     return p.y + webmap.map.getContainer().getBoundingClientRect().top; }""")  # Beijing
    assert map_box["y"] < china < box["y"]
    page.keyboard.press("Escape")
    expect(sheet).to_have_count(0)
    assert page.evaluate("document.activeElement.getAttribute('data-feature')") == "country-cn"
    assert phone.errors == []


def test_on_a_phone_tapping_a_marker_opens_the_sheet_and_a_tap_on_the_map_closes_it(phone, live_server):
    page = phone.open(live_server + STORY)
    page.locator(".leaflet-marker-icon[title='Shanghai']").tap()
    expect(page.locator(".wm-sheet h2")).to_have_text("Shanghai")
    assert "VISIT STOP 2" in page.locator(".wm-sheet").inner_text().upper()
    expect(page.locator(".leaflet-tooltip")).to_have_count(0)  # the tap's tooltip does not stay over the map
    page.locator(".wm-sheet-close").tap()
    expect(page.locator(".wm-sheet")).to_have_count(0)


# Markers

@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_two_markers_overlap_at_the_opening_zoom_and_numbers_sit_in_the_middle(browser, live_server, size):
    tab = Page(browser, **size)
    try:
        page = tab.open(live_server + STORY)
        boxes = icon_boxes(page)
        assert {"Shenzhen", "Shanghai", "Beijing", "Chancay", "Congress of the Republic of Peru", "Cosco Shipping"} <= set(boxes)
        assert [(a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2) if touching(box_a, box_b)] == []
        for number in page.locator(".wm-stop > span").all():
            digit = number.bounding_box()
            circle = number.locator("xpath=..").bounding_box()
            assert abs((digit["x"] + digit["width"] / 2) - (circle["x"] + circle["width"] / 2)) <= 1
            assert abs((digit["y"] + digit["height"] / 2) - (circle["y"] + circle["height"] / 2)) <= 1
        tab.screenshot(f"reader-markers-{size['width']}.png")
    finally:
        tab.page.close()


def test_a_port_that_is_a_visit_stop_is_one_marker_with_both_roles(desktop, live_server):
    page = desktop.open(live_server + STORY)
    titles = list(icon_boxes(page))
    assert titles.count("Shanghai") == 1 and titles.count("Shenzhen") == 1
    page.locator(".leaflet-marker-icon[title='Shanghai']").click()
    popup = page.locator(".leaflet-popup-content")
    expect(popup).to_contain_text("Visit stop 2")
    expect(popup).to_contain_text("also the port of Shanghai (CNSHA)")
    assert page.evaluate("webmap.layers['port-cnsha'] === webmap.layers['city-1796236']")


def test_where_two_lanes_run_together_a_click_offers_both(desktop, live_server):
    page = desktop.open(live_server + STORY)
    x, y = page.evaluate("""() => {
        const map = webmap.map, a = webmap.layers['lane-pechy-cnsha'], b = webmap.layers['lane-pechy-cnszx'];
        const box = map.getContainer().getBoundingClientRect();
        const line = a.getLatLngs().flat(), ends = [line[0], line[line.length - 1]].map(ll => map.latLngToContainerPoint(ll));
        for (const ll of line) {
            const p = map.latLngToLayerPoint(ll), c = map.latLngToContainerPoint(ll);
            if (c.x < 40 || c.y < 40 || c.x > box.width - 40 || c.y > box.height - 40) continue;
            if (ends.some(end => end.distanceTo(c) < 60)) continue;  // away from the ports' markers
            if (b.closestLayerPoint(p).distance < 2) return [box.left + c.x, box.top + c.y];
        }
    }""")
    page.mouse.click(x, y)
    choices = page.locator(".leaflet-popup-content .wm-choices button")
    expect(choices.filter(has_text="Chancay – Shanghai")).to_have_count(1)
    expect(choices.filter(has_text="Chancay – Shenzhen")).to_have_count(1)
    choices.filter(has_text="Chancay – Shenzhen").click()
    expect(page.locator(".leaflet-popup")).to_have_count(1)  # the choice closed (it fades out)
    expect(page.locator(".leaflet-popup-content h2")).to_have_text("Chancay – Shenzhen")


# Keyboard

def test_focus_moves_into_an_opened_popup_and_escape_from_anywhere_returns_it(desktop, live_server):
    page = desktop.open(live_server + STORY)
    button = page.locator("button[data-feature='city-1796236']")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".leaflet-popup-content h2")).to_be_focused()
    page.evaluate("document.activeElement.blur()")  # focus anywhere else on the page
    page.keyboard.press("Escape")
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    expect(button).to_be_focused()


def test_every_tab_stop_on_the_map_has_a_name_and_a_click_on_a_shape_draws_no_focus_box(desktop, live_server):
    page = desktop.open(live_server + STORY)
    page.locator(".wm-header a").last.focus()
    stops = []
    for _ in range(80):
        page.keyboard.press("Tab")
        stop = page.evaluate("""() => { const el = document.activeElement;
            if (!el.closest('.wm-map')) return null;
            const name = (el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent || '').trim();
            return [el.tagName, name]; }""")
        if stop:
            stops.append(stop)
    assert stops and all(name for _, name in stops), stops
    assert all(tag.lower() not in ("path", "svg", "g") for tag, _ in stops)
    x, y = point_inside(page, "country-pe", "region-latin-america")
    page.mouse.click(x, y)
    expect(page.locator(".leaflet-popup-content h2")).to_have_text("Peru")
    ring = page.evaluate("""() => [...document.querySelectorAll('.leaflet-container, .leaflet-interactive')]
        .filter(el => el === document.activeElement).map(el => getComputedStyle(el).outlineStyle)""")
    assert all(style == "none" for style in ring)


# Embeds

SNIPPET_PAGE = """<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A news site</title><style>body {{ margin: 0 auto; padding: 0 16px; max-width: 1000px; }}</style>
<h1>Our story</h1>{filler}{snippet}{filler}{filler}"""


# Resolves once the map has not moved for 600 ms (the opening view may still be settling).
STILL = """() => new Promise(done => {
    let timer = setTimeout(done, 600);
    webmap.map.on('movestart', () => clearTimeout(timer));
    webmap.map.on('moveend', () => { clearTimeout(timer); timer = setTimeout(done, 600); });
})"""


def touch_drag(page, fingers: list[tuple[float, float]], dy: float, steps: int = 10) -> None:
    """Real touch input (through the browser's input pipeline): `fingers` down, moved by `dy`, up."""
    cdp = page.context.new_cdp_session(page)
    def points(step):
        return [{"x": x, "y": y + dy * step / steps, "id": n} for n, (x, y) in enumerate(fingers)]
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": points(0)})
    for step in range(1, steps + 1):
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points(step)})
        page.wait_for_timeout(16)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def embed_snippet(page) -> str:
    return page.locator("#wm-embed-snippet").input_value()


def test_an_embed_lets_the_wheel_scroll_its_page_and_zooms_only_with_ctrl(desktop, live_server):
    snippet = embed_snippet(desktop.open(live_server + STORY))
    with host_page(SNIPPET_PAGE.format(filler="<p>Text.</p>" * 40, snippet=snippet)) as url:
        page = desktop.page
        page.goto(url)
        frame = page.frame_locator("iframe")
        frame.locator("html[data-map-ready='true']").wait_for()
        page.locator("iframe").scroll_into_view_if_needed()
        box = page.locator("iframe").bounding_box()
        embedded = page.frames[1]
        embedded.evaluate(STILL)
        zoom, top = embedded.evaluate("webmap.map.getZoom()"), page.evaluate("scrollY")
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        for _ in range(3):
            page.mouse.wheel(0, 100)
            page.wait_for_timeout(100)
        expect(frame.locator(".leaflet-container.leaflet-gesture-handling-scroll-warning")).to_have_count(1)  # the hint
        page.wait_for_timeout(300)
        assert page.evaluate("scrollY") > top + 200 and embedded.evaluate("webmap.map.getZoom()") == zoom
        page.keyboard.down("Control")
        for _ in range(3):
            page.mouse.wheel(0, -120)
            page.wait_for_timeout(100)
        page.keyboard.up("Control")
        page.wait_for_timeout(600)
        assert embedded.evaluate("webmap.map.getZoom()") > zoom
    assert desktop.errors == []


def test_on_a_touch_screen_one_finger_on_an_embed_scrolls_the_page_and_two_move_the_map(phone, live_server):
    snippet = embed_snippet(phone.open(live_server + STORY))
    with host_page(SNIPPET_PAGE.format(filler="<p>Text.</p>" * 40, snippet=snippet)) as url:
        page = phone.page
        page.goto(url)
        page.frame_locator("iframe").locator("html[data-map-ready='true']").wait_for()
        page.locator("iframe").scroll_into_view_if_needed()
        embedded = page.frames[1]
        embedded.evaluate(STILL)
        box = page.locator("iframe").bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.8
        centre, top = embedded.evaluate("webmap.map.getCenter()"), page.evaluate("scrollY")
        touch_drag(page, [(x, y)], -150)
        page.wait_for_timeout(500)
        assert page.evaluate("scrollY") > top + 100
        assert embedded.evaluate("webmap.map.getCenter()") == centre
        box = page.locator("iframe").bounding_box()
        top = page.evaluate("scrollY")
        touch_drag(page, [(box["x"] + 120, box["y"] + 60), (box["x"] + 220, box["y"] + 60)], 80)
        page.wait_for_timeout(800)
        assert embedded.evaluate("webmap.map.getCenter()") != centre and page.evaluate("scrollY") == top


@pytest.mark.parametrize("width", [320, 1000])
def test_the_embed_snippet_keeps_its_shape_and_never_overflows_its_column(browser, live_server, width):
    tab = Page(browser, width=width, height=800, touch=width < 600)
    try:
        snippet = embed_snippet(tab.open(live_server + STORY))
        with host_page(SNIPPET_PAGE.format(filler="<p>Text.</p>", snippet=snippet)) as url:
            tab.page.goto(url)
            tab.page.frame_locator("iframe").locator("html[data-map-ready='true']").wait_for()
            box = tab.page.locator("iframe").bounding_box()
            column = min(width, 1000) - 32
            assert box["width"] == min(640, column)
            assert abs(box["height"] - box["width"] * 480 / 640) <= 1
            assert tab.page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        tab.page.close()


def test_a_small_frame_shows_its_link_back_legend_and_attribution_whole_and_apart(desktop, live_server):
    frame_html = f'<!doctype html><title>Small</title><iframe src="{live_server}{EMBED}" width="320" height="240" style="border:0" title="map"></iframe>'
    with host_page(frame_html) as url:
        page = desktop.page
        page.goto(url)
        frame = page.frame_locator("iframe")
        frame.locator("html[data-map-ready='true']").wait_for()
        frame_box = page.locator("iframe").bounding_box()
        parts = {name: frame.locator(selector).bounding_box() for name, selector in (
            ("link back", ".wm-embed-link"), ("legend", ".wm-legend summary"), ("attribution", ".leaflet-control-attribution"),
            ("zoom", ".leaflet-control-zoom"), ("layers", ".leaflet-control-layers"))}
        for name, box in parts.items():
            assert box["x"] >= frame_box["x"] and box["y"] >= frame_box["y"], name
            assert box["x"] + box["width"] <= frame_box["x"] + 320 and box["y"] + box["height"] <= frame_box["y"] + 240, name
        for (a, box_a), (b, box_b) in itertools.combinations(parts.items(), 2):
            assert not overlapping({"left": box_a["x"], "right": box_a["x"] + box_a["width"], "top": box_a["y"], "bottom": box_a["y"] + box_a["height"]},
                                   {"left": box_b["x"], "right": box_b["x"] + box_b["width"], "top": box_b["y"], "bottom": box_b["y"] + box_b["height"]}), (a, b)
        desktop.screenshot("reader-embed-320x240.png")


# Accessibility

@pytest.mark.parametrize("path", [STORY, EMBED, "/"], ids=["story", "embed", "index"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_violations_and_no_contrast_to_review(browser, live_server, path, size):
    tab = Page(browser, **size)
    try:
        if path == "/":
            tab.page.goto(live_server + path)
        else:
            tab.open(live_server + path)
        assert accessibility_problems(tab.page) == []
    finally:
        tab.page.close()


def test_an_embed_plays_a_voyage_from_the_lane_popup(desktop, live_server):
    page = desktop.open(live_server + EMBED)
    page.evaluate("webmap.layers['lane-pechy-cnsha'].openPopup()")
    page.locator(".leaflet-popup-content .wm-popup-play").click()
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    first = page.evaluate("webmap.playback.state()")
    page.wait_for_timeout(1500)
    later = page.evaluate("webmap.playback.state()")
    assert first["id"] == "lane-pechy-cnsha" and later["day"] > first["day"]
