"""Voyage playback in Chromium: a vessel sails a lane at the lane's speed with a day counter;
play, pause and a slider work from the keyboard; reduced motion stops everything moving on its
own; the Chancay–Shanghai vessel crosses 180° without a jump; a picked route plays too."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.conftest import SEED_SLUG

STORY = f"/stories/{SEED_SLUG}"
LANE = "lane-pechy-cnsha"  # Chancay – Shanghai: 21.7 days at 18 kn, across the Pacific


def vessel(page) -> dict:
    return page.evaluate("webmap.playback.state()")


def day_shown(page) -> float:
    text = page.locator(".wm-voyage-day").inner_text()
    found = re.fullmatch(r"Day ([\d.]+) of 21\.7", text)
    assert found, text
    return float(found[1])


def test_each_lane_has_a_play_voyage_button_in_the_panel(tab, live_server):
    page = tab.open(live_server + STORY)
    for name in ("Chancay – Shanghai", "Chancay – Shenzhen"):
        expect(page.get_by_role("button", name=f"Play voyage: {name}")).to_be_visible()


def test_playing_a_lane_moves_the_vessel_and_the_day_counter_rises(screen, live_server):
    page = screen.open(live_server + STORY)
    play = page.get_by_role("button", name="Play voyage: Chancay – Shanghai")
    play.tap() if screen.size == "phone" else play.click()
    player = page.get_by_role("region", name=re.compile("Voyage: Chancay – Shanghai at 18 kn"))
    expect(player).to_be_in_viewport()  # on a phone the map is scrolled into view
    expect(page.get_by_role("img", name="Vessel on Chancay – Shanghai")).to_be_in_viewport()
    samples = []
    for _ in range(4):
        time.sleep(0.6)
        samples.append((vessel(page), day_shown(page)))
    fractions = [s["fraction"] for s, _ in samples]
    assert fractions == sorted(fractions) and fractions[-1] > fractions[0]
    assert samples[-1][1] > samples[0][1] and samples[-1][1] >= 2  # the counter rises, a day at a time
    assert len({(s["lat"], s["lng"]) for s, _ in samples}) == 4  # the vessel moves
    screen.screenshot(f"playback-{screen.size}.png")
    pause = page.get_by_role("button", name="Pause")
    pause.tap() if screen.size == "phone" else pause.click()
    stopped = vessel(page)
    time.sleep(0.5)
    assert vessel(page) == stopped and stopped["playing"] is False
    expect(page.get_by_role("button", name="Play", exact=True)).to_be_visible()
    assert screen.errors == [] and screen.blocked == []


def test_the_whole_voyage_plays_in_10_to_20_seconds(tab, live_server):
    page = tab.open(live_server + STORY)
    page.get_by_role("button", name="Play voyage: Chancay – Shanghai").click()
    first, started = vessel(page)["fraction"], time.monotonic()
    time.sleep(2)
    rate = (vessel(page)["fraction"] - first) / (time.monotonic() - started)  # of the voyage per second
    assert 10 <= 1 / rate <= 20, 1 / rate


def test_play_pause_and_the_slider_work_from_the_keyboard(tab, live_server):
    page = tab.open(live_server + STORY)
    page.get_by_role("button", name="Play voyage: Chancay – Shanghai").focus()
    page.keyboard.press("Enter")
    pause = page.get_by_role("button", name="Pause")
    pause.focus()
    page.keyboard.press("Space")
    expect(page.get_by_role("button", name="Play", exact=True)).to_be_focused()
    slider = page.get_by_label("Progress")  # a visible label
    expect(slider).to_be_visible()
    slider.focus()
    page.keyboard.press("Home")  # day 0 (or still there, if paused within half a day)
    start = vessel(page)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert day_shown(page) == 2 and vessel(page)["lng"] < start["lng"]  # sailing west
    expect(slider).to_have_attribute("aria-valuetext", "Day 2 of 21.7")
    page.keyboard.press("ArrowLeft")
    assert day_shown(page) == 1
    page.keyboard.press("Home")
    assert vessel(page)["fraction"] == 0 and day_shown(page) == 0
    page.keyboard.press("End")
    assert day_shown(page) == 21.7 and vessel(page)["fraction"] == 1
    shanghai = page.evaluate(f"webmap.layers['{LANE}'].getLatLngs().slice(-1)[0]")
    assert (vessel(page)["lat"], vessel(page)["lng"]) == pytest.approx((shanghai["lat"], shanghai["lng"]))
    page.get_by_role("button", name="Close the voyage player").click()
    expect(page.locator(".wm-voyage")).to_have_count(0)
    expect(page.locator(".wm-vessel")).to_have_count(0)


def test_with_reduced_motion_nothing_moves_on_its_own(screen, live_server):
    screen.page.emulate_media(reduced_motion="reduce")
    page = screen.open(live_server + STORY)
    page.get_by_role("button", name="Play voyage: Chancay – Shanghai").click()
    expect(page.locator(".wm-voyage")).to_be_visible()
    before = vessel(page)
    time.sleep(1.5)
    assert vessel(page) == before and before["fraction"] == 0 and before["playing"] is False
    expect(page.get_by_role("button", name="Play", exact=True)).to_have_count(0)
    page.get_by_role("button", name="Next day").click()  # Play is replaced by a step
    assert day_shown(page) == 1 and vessel(page)["fraction"] > 0
    time.sleep(0.5)
    assert day_shown(page) == 1
    screen.screenshot(f"playback-reduced-{screen.size}.png")


def test_the_chancay_shanghai_vessel_crosses_180_degrees_without_a_jump(tab, live_server):
    page = tab.open(live_server + STORY)
    page.get_by_role("button", name="Play voyage: Chancay – Shanghai").click()
    page.evaluate("webmap.playback.pause()")
    track = page.evaluate("""() => {
        const map = webmap.map, line = webmap.layers['lane-pechy-cnsha'];
        const drawn = line.getLatLngs().map(ll => map.project(ll));  // unrounded pixels
        const out = [];
        for (let i = 0; i <= 500; i++) {
            webmap.playback.seek(i / 500);
            const s = webmap.playback.state();
            const p = map.project([s.lat, s.lng]);
            let off = Infinity;  // pixels from the drawn line
            for (let j = 1; j < drawn.length; j++) off = Math.min(off, L.LineUtil.pointToSegmentDistance(p, drawn[j - 1], drawn[j]));
            out.push({lng: s.lng, off: off});
        }
        return out;
    }""")
    lngs = [s["lng"] for s in track]
    assert max(abs(b - a) for a, b in zip(lngs, lngs[1:])) < 30
    assert lngs[0] == pytest.approx(-77.26, abs=0.1) and lngs[-1] < -180  # Shanghai, past 180° westwards
    assert max(s["off"] for s in track) < 1  # on the line as drawn


def test_a_picked_route_can_be_played_and_clearing_it_stops_the_voyage(tab, live_server):
    page = tab.open(live_server + STORY)
    page.fill("#wm-to", "Rotterdam")
    page.locator("#wm-route button[type=submit]").click()
    expect(page.locator("path.wm-picked-route")).to_have_count(1)
    page.get_by_role("button", name="Play voyage on the picked route").click()
    expect(page.get_by_role("region", name=re.compile("Voyage: Chancay – Rotterdam at 18 kn"))).to_be_visible()
    time.sleep(0.5)
    assert vessel(page)["id"] == "picked-route" and vessel(page)["fraction"] > 0
    page.get_by_role("button", name="Clear route").click()
    expect(page.locator(".wm-voyage")).to_have_count(0)
    assert vessel(page) is None
