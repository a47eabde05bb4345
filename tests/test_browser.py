"""The map in a real browser: Debian's Chromium driven by Playwright, with every request to
a non-loopback address blocked, so the page must work entirely offline."""

from __future__ import annotations


import pytest
from playwright.sync_api import expect

from tests.conftest import SEED_SLUG
from tests.serving import serve_folder

STORY = f"/stories/{SEED_SLUG}"


def test_story_page_loads_offline_with_no_failures_and_shows_stops_ports_and_lanes(tab, live_server):
    page = tab.open(live_server + STORY)
    counts = page.evaluate("""() => {
        const counts = {};
        const props = JSON.parse(document.getElementById('webmap-properties').textContent);
        for (const [id, layer] of Object.entries(webmap.layers)) {
            if (!webmap.map.hasLayer(layer)) continue;
            const kind = props[id].stop ? 'stop' : props[id].kind;
            counts[kind] = (counts[kind] || 0) + 1;
        }
        return counts;
    }""")
    assert counts["stop"] == 3 and counts["port"] == 4 and counts["lane"] == 3  # Callao: the lane before Chancay
    assert page.locator(".wm-stop").count() == 3
    assert page.locator(".leaflet-control-layers").count() == 1
    assert page.locator(".leaflet-control-scale").count() == 1
    assert page.locator(".wm-legend").count() == 1
    sea = page.evaluate("getComputedStyle(webmap.map.getContainer()).backgroundColor")
    assert sea == "rgb(207, 227, 239)"  # the offline basemap's sea, not Leaflet's grey
    tab.screenshot("story.png")
    assert tab.failed == [] and tab.errors == [] and tab.blocked == []


def test_the_story_page_with_everything_it_loads_weighs_under_400_kb(browser, live_server):
    context = browser.new_context()  # nothing cached
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(live_server + STORY)
    page.wait_for_selector("html[data-map-ready='true']")
    page.wait_for_load_state("networkidle")
    transferred = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in finished)
    context.close()
    assert 50_000 < transferred < 400_000, transferred


def test_chancay_shanghai_lane_crosses_the_pacific_and_meets_the_shanghai_marker(tab, live_server):
    page = tab.open(live_server + STORY)
    geometry = page.evaluate("""() => {
        const map = webmap.map;
        const lane = webmap.layers['lane-pechy-cnsha'];
        const lls = lane.getLatLngs();
        const px = lls.map(ll => map.latLngToContainerPoint(ll));
        const steps = px.slice(1).map((p, i) => p.distanceTo(px[i]));
        const port = webmap.layers['port-cnsha'].getLatLng();
        const chancay = webmap.layers['port-pechy'].getLatLng();
        return {
            width: map.getSize().x,
            maxStepPx: Math.max(...steps),
            lngs: lls.map(ll => ll.lng),
            endGapPx: px[px.length - 1].distanceTo(map.latLngToContainerPoint(port)),
            startGapPx: px[0].distanceTo(map.latLngToContainerPoint(chancay)),
        };
    }""")
    # One continuous line across the date line: longitudes run past -180 without a jump back.
    steps = [abs(b - a) for a, b in zip(geometry["lngs"], geometry["lngs"][1:])]
    assert max(steps) < 90 and min(geometry["lngs"]) < -180
    assert geometry["maxStepPx"] < geometry["width"] / 4  # no segment streaks across the map
    assert geometry["endGapPx"] < 2 and geometry["startGapPx"] < 2


def test_clicking_a_visit_stop_opens_its_popup_with_the_article_quote(tab, live_server):
    page = tab.open(live_server + STORY)
    page.locator(".wm-stop", has_text="2").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "VISIT STOP 2" in popup.inner_text().upper() and "Shanghai" in popup.inner_text()
    assert "Shanghai will witness Boluarte’s meeting" in popup.inner_text()
    assert popup.locator("mark", has_text="Shanghai").count() >= 1
    assert "Computed, not from the article" in popup.inner_text()
    tab.screenshot("popup.png")


def test_the_side_panel_opens_the_same_popup_from_the_keyboard(tab, live_server):
    page = tab.open(live_server + STORY)
    target = page.locator("button[data-feature='city-1796236']")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('data-feature')") == "city-1796236":
            break
    else:
        pytest.fail("the Shanghai entry is not reachable with the Tab key")
    assert target.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "VISIT STOP 2" in popup.inner_text().upper()
    assert "Shanghai will witness Boluarte’s meeting" in popup.inner_text()


def test_a_page_on_another_origin_embeds_the_map_in_an_iframe(tab, live_server, tmp_path):
    (tmp_path / "index.html").write_text(
        f'<!doctype html><title>News site</title><h1>Our story</h1>'
        f'<iframe src="{live_server}/embed/{SEED_SLUG}" width="600" height="400" title="map"></iframe>'
    )
    with serve_folder(tmp_path) as other:
        tab.page.goto(f"{other}/index.html")
        frame = tab.page.frame_locator("iframe")
        frame.locator("html[data-map-ready='true']").wait_for()
        frame.locator(".wm-stop").first.wait_for()
        assert frame.locator(".wm-stop").count() == 3
        assert frame.locator(".wm-embed-link").get_attribute("href").endswith(STORY)
        tab.screenshot("embed.png")
    assert tab.errors == [] and tab.failed == []


def test_the_route_picker_draws_a_route_between_two_ports(tab, live_server):
    page = tab.open(live_server + STORY)
    page.fill("#wm-from", "PECHY")
    page.fill("#wm-to", "NLRTM")
    page.click("#wm-route button[type=submit]")
    page.wait_for_selector("path.wm-picked-route")
    expect(page.locator("#wm-route-result")).to_contain_text("days")
    result = page.locator("#wm-route-result").inner_text()
    assert "Chancay – Rotterdam" in result and "Panama Canal" in result
    page.fill("#wm-to", "XXXXX")
    page.click("#wm-route button[type=submit]")
    expect(page.locator("#wm-route-result")).to_have_text("No port called “XXXXX” is known. Try a UN/LOCODE such as NLRTM.")
    expect(page.locator("path.wm-picked-route")).to_have_count(0)  # the failed route leaves none drawn
    tab.screenshot("route.png")


def test_a_hostile_article_runs_nothing_and_shows_its_text_as_text(tab, live_server):
    page = tab.open(live_server + "/stories/hostile")
    page.locator("button[data-feature='city-3936456']").click()  # Lima, Peru
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert "`${window.__pwned = 3}` {{ 7*7 }} {% if %}" in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned = 4</script>" in page.locator("h1").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_organisations_sharing_a_seat_can_each_be_clicked(tab, live_server):
    page = tab.open(live_server + STORY)
    page.locator("button[data-feature='city-1796236']").click()  # zoom to Shanghai
    boxes = [page.locator(f".leaflet-marker-icon[title='{name}']").bounding_box()
             for name in ("Cosco Shipping", "Shanghai University", "Center for Latin American Studies")]
    centres = {(round(b["x"] + b["width"] / 2), round(b["y"] + b["height"] / 2)) for b in boxes}
    assert len(centres) == 3  # fanned out, not stacked
    page.locator(".leaflet-popup-close-button").click()
    page.locator(".leaflet-marker-icon[title='Shanghai University']").click()
    expect(page.locator(".leaflet-popup-content").last).to_contain_text("Center for Latin American Studies at Shanghai University")
