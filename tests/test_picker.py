"""The route picker: ports by name or UN/LOCODE, the choices of an ambiguous or misspelt name,
errors in plain words; in Chromium, suggestions as one types (few look-ups), end markers, a
legend line, and a failed or cleared route leaving nothing drawn."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.conftest import SEED_SLUG
from webmap.errors import AmbiguousPort, UnknownPort
from webmap.sealanes import endpoint, sea_route

STORY = f"/stories/{SEED_SLUG}"


# The parser of route ends, shared by the API and the CLI.

@pytest.mark.parametrize(("typed", "locode"), [
    ("Rotterdam", "NLRTM"), ("rotterdam", "NLRTM"), ("  ROTTERDAM ", "NLRTM"), ("nlrtm", "NLRTM"),
    ("Chancay", "PECHY"), ("São Sebastião", "BRSSO"), ("Sao Sebastiao", "BRSSO"),
    ("Santos, Brazil", "BRSSZ"),  # a name with its country, not a lon,lat pair
    ("Victoria, Canada", "CAVIC"), ("Portland, US", "USPWM"),  # a country narrows a shared name
    ("Medan", "IDMES"),  # listed as "Medan, Sumatra"
    ("Rotterdam, The Netherlands (NLRTM)", "NLRTM"),  # a suggestion's label
    ("Aratu", "BRARB"), ("ARATU", "ARATU"),  # a name wins over a code spelled alike, unless in capitals
])
def test_a_port_is_found_by_name_in_any_case_and_with_or_without_accents(typed, locode):
    assert endpoint(typed) == locode


def test_a_name_several_ports_share_is_ambiguous_and_lists_them():
    with pytest.raises(AmbiguousPort, match="3 ports are called “Portland”") as raised:
        endpoint("Portland")
    assert [(c["name"], c["country"], c["locode"]) for c in raised.value.details["choices"]] == [
        ("Portland", "AU", "AUPTJ"), ("Portland", "GB", "GBPTL"), ("Portland (Me)", "US", "USPWM")]


def test_an_unknown_port_is_said_in_plain_words():
    with pytest.raises(UnknownPort) as raised:
        endpoint("Xxxxx")
    assert str(raised.value) == "No port called “Xxxxx” is known. Try a UN/LOCODE such as NLRTM."
    with pytest.raises(UnknownPort, match=r"Did you mean Rotterdam, The Netherlands \(NLRTM\)\?"):
        endpoint("Rotterdm")


def test_the_cli_takes_port_names_too(run):
    result = run("route", "Chancay", "rotterdam")
    assert result.exit_code == 0 and "Chancay – Rotterdam" in result.output
    result = run("route", "Chancay", "Victoria")
    assert result.exit_code == 1 and "Victoria, Canada (CAVIC); Victoria, Cameroon (CMVCC)" in result.output


# The API.

def test_the_route_api_takes_port_names(client):
    response = client.get("/api/route?from=Chancay&to=Rotterdam")
    assert response.status_code == 200
    p = response.json["properties"]
    assert (p["from"], p["to"], p["name"]) == ("PECHY", "NLRTM", "Chancay – Rotterdam")


def test_an_ambiguous_name_is_a_400_listing_the_choices(client):
    response = client.get("/api/route?from=Chancay&to=Victoria")
    assert response.status_code == 400 and response.mimetype == "application/json"
    error = response.json["error"]
    assert error["type"] == "AmbiguousPort" and error["parameter"] == "to"
    assert error["message"].startswith("2 ports are called “Victoria”")
    assert {(c["name"], c["country"], c["country_name"], c["locode"]) for c in error["choices"]} == {
        ("Victoria", "CA", "Canada", "CAVIC"), ("Victoria", "CM", "Cameroon", "CMVCC")}
    assert all(c["label"] == f"{c['name']}, {c['country_name']} ({c['locode']})" for c in error["choices"])


def test_an_unknown_port_is_a_404_in_plain_words_with_close_spellings(client):
    response = client.get("/api/route?from=XXXXX&to=Rotterdam")
    assert response.status_code == 404
    error = response.json["error"]
    assert error["message"] == "No port called “XXXXX” is known. Try a UN/LOCODE such as NLRTM."
    assert (error["type"], error["parameter"], error["choices"]) == ("UnknownPort", "from", [])
    typo = client.get("/api/route?from=Chancay&to=Rotterdm").json["error"]
    assert [c["locode"] for c in typo["choices"]] == ["NLRTM"]


def test_an_unknown_passage_lists_the_passages_one_may_avoid(client):
    error = client.get("/api/route?from=Chancay&to=Rotterdam&avoid=panama,atlantis").json["error"]
    assert error["type"] == "UnknownPassage" and error["parameter"] == "avoid"
    assert {"id": "panama", "name": "Panama Canal"} in error["choices"] and len(error["choices"]) >= 14


def test_port_suggestions_read_name_country_and_code_and_their_label_routes(client):
    found = client.get("/api/ports?q=Rotter").json["ports"]
    assert found[0]["label"] == "Rotterdam, The Netherlands (NLRTM)"
    assert client.get("/api/ports?q=são seb").json["ports"][0]["locode"] == "BRSSO"  # accents folded
    assert [p["locode"] for p in client.get("/api/ports?q=tenerife").json["ports"]] == ["ESSCT"]  # a later word
    routed = client.get("/api/route", query_string={"from": "Chancay", "to": found[0]["label"]})
    assert routed.json["properties"]["to"] == "NLRTM"


# In Chromium.

def route(page, origin, destination):
    page.fill("#wm-from", origin)
    page.fill("#wm-to", destination)
    page.locator("#wm-route button[type=submit]").click()


def end_marker_offsets(page) -> list[float]:
    """How far, in pixels, the start and end markers sit from the ends of the drawn route."""
    return page.evaluate("""() => {
        const map = webmap.map, lls = webmap.layers['picked-route'].getLatLngs(), at = map.getContainer().getBoundingClientRect();
        return [[lls[0], 'start'], [lls[lls.length - 1], 'end']].map(([ll, end]) => {
            const marker = document.querySelector(`.wm-route-end[aria-label^="Route ${end}:"]`).getBoundingClientRect();
            const p = map.latLngToContainerPoint(ll);
            return Math.hypot(marker.x + marker.width / 2 - at.x - p.x, marker.y + marker.height / 2 - at.y - p.y);
        });
    }""")


def test_typing_a_name_sends_few_port_lookups_and_offers_the_port(tab, live_server):
    page = tab.open(live_server + STORY)
    lookups = []
    page.on("request", lambda r: lookups.append(r.url) if "/api/ports" in r.url else None)
    page.fill("#wm-to", "")
    page.locator("#wm-to").press_sequentially("Rotter", delay=80)  # a brisk typist
    option = page.get_by_role("option", name="Rotterdam, The Netherlands (NLRTM)")
    expect(option).to_be_visible()
    assert 1 <= len(lookups) <= 2, lookups
    expect(page.locator("#wm-to")).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.locator("#wm-to")).to_have_value("Rotterdam, The Netherlands (NLRTM)")
    expect(option).to_be_hidden()
    page.locator("#wm-route button[type=submit]").click()
    expect(page.locator("#wm-route-result")).to_contain_text("Chancay – Rotterdam")


def test_a_port_name_draws_the_route_with_end_markers_and_a_legend_line(screen, live_server):
    page = screen.open(live_server + STORY)
    route(page, "chancay", "Rotterdam")
    expect(page.locator("path.wm-picked-route")).to_have_count(1)
    lane = sea_route("PECHY", "NLRTM")["properties"]  # what the route API answers, as the page words it
    expect(page.locator("#wm-route-result")).to_contain_text(f"Chancay – Rotterdam: {int(lane['length_km'] + 0.5):,} km")  # rounded half up, as the page does
    expect(page.locator("#wm-route-result")).to_contain_text("Rivers: " + ", ".join(lane["rivers"]))  # the Lek into Rotterdam
    expect(page.get_by_role("img", name="Route start: Chancay")).to_be_visible()
    expect(page.get_by_role("img", name="Route end: Rotterdam")).to_be_visible()
    expect(page.locator(".wm-legend")).to_contain_text("Picked route (A to B): Chancay – Rotterdam")
    for _ in range(30):  # once the map has settled after fitting the route
        if max(end_marker_offsets(page)) < 2:
            break
        page.wait_for_timeout(100)
    assert max(end_marker_offsets(page)) < 2, end_marker_offsets(page)
    expect(page.get_by_role("img", name="Route end: Rotterdam")).to_be_in_viewport()  # a phone scrolls to the map
    page.wait_for_timeout(800)  # the smooth scroll ends
    screen.screenshot(f"picker-route-{screen.size}.png")
    assert screen.errors == [] and screen.blocked == []


def test_a_failed_route_leaves_no_route_drawn(tab, live_server):
    page = tab.open(live_server + STORY)
    route(page, "Chancay", "Rotterdam")
    expect(page.locator("path.wm-picked-route")).to_have_count(1)
    route(page, "Chancay", "Xxxxx")
    expect(page.locator("#wm-route-result")).to_have_text(
        "No port called “Xxxxx” is known. Try a UN/LOCODE such as NLRTM.")
    expect(page.locator("path.wm-picked-route")).to_have_count(0)
    expect(page.locator(".wm-route-end")).to_have_count(0)
    expect(page.locator(".wm-legend")).not_to_contain_text("Picked route")
    expect(page.locator("#wm-route-clear")).to_be_hidden()


def test_an_ambiguous_name_offers_its_ports_as_buttons(screen, live_server):
    page = screen.open(live_server + STORY)
    route(page, "Chancay", "Victoria")
    expect(page.locator("#wm-route-result")).to_contain_text("2 ports are called “Victoria”")
    expect(page.locator("#wm-route-choices")).to_contain_text("Which port did you mean?")
    choice = page.get_by_role("button", name="Victoria, Canada (CAVIC)")
    expect(page.get_by_role("button", name="Victoria, Cameroon (CMVCC)")).to_be_visible()
    screen.screenshot(f"picker-choices-{screen.size}.png")
    choice.tap() if screen.size == "phone" else choice.click()
    expect(page.locator("#wm-route-result")).to_contain_text("Chancay – Victoria")
    expect(page.locator("#wm-to")).to_have_value("Victoria, Canada (CAVIC)")
    expect(page.locator("#wm-route-choices button")).to_have_count(0)


def test_an_unknown_passage_names_the_ones_one_may_avoid(tab, live_server):
    page = tab.open(live_server + STORY)
    page.fill("#wm-avoid", "panama, atlantis")
    route(page, "Chancay", "Rotterdam")
    expect(page.locator("#wm-route-result")).to_contain_text(
        "No passage called “atlantis” is known. Passages you can avoid: Panama Canal (panama), Suez Canal (suez)")


def test_clear_removes_the_route_its_markers_and_its_legend_line(tab, live_server):
    page = tab.open(live_server + STORY)
    route(page, "Chancay", "Rotterdam")
    expect(page.locator(".wm-route-end")).to_have_count(2)
    page.get_by_role("button", name="Clear route").click()
    expect(page.locator("path.wm-picked-route")).to_have_count(0)
    expect(page.locator(".wm-route-end")).to_have_count(0)
    expect(page.locator(".wm-legend")).not_to_contain_text("Picked route")
    expect(page.locator("#wm-route-result")).to_have_text("Route cleared.")
    expect(page.get_by_role("button", name="Clear route")).to_be_hidden()
    assert page.evaluate("'picked-route' in webmap.layers") is False


def test_a_vessel_and_compare_draw_the_alternative_dashed_with_the_difference(tab, live_server):
    page = tab.open(live_server + STORY)
    page.select_option("#wm-vessel", "ulcv_24k")
    page.check("#wm-compare")
    route(page, "Shanghai", "Rotterdam")
    result = page.locator("#wm-route-result")
    from webmap.sealanes import sea_route

    length_km = sea_route("CNSHA", "NLRTM", vessel="ulcv_24k")["properties"]["length_km"]
    expect(result).to_contain_text(f"Shanghai – Rotterdam: {length_km:,.0f} km")  # the route API's own figure
    expect(result).to_contain_text("Vessel: Post-Neopanamax ULCV")
    expect(result).to_contain_text("Avoiding Strait of Malacca, Bab-el-Mandeb, Suez Canal, Strait of Gibraltar")
    expect(result).to_contain_text("nmi, +")  # the alternative's extra miles and days
    expect(page.locator("path.wm-picked-route")).to_have_count(1)
    expect(page.locator("path.wm-picked-alternative")).to_have_attribute("stroke-dasharray", "10 8")
    page.get_by_role("button", name="Clear route").click()
    assert page.evaluate("'picked-alternative' in webmap.layers") is False
    expect(page.locator("path.wm-picked-alternative")).to_have_count(0)


def test_the_picker_routes_via_a_waypoint_and_lists_the_legs(tab, live_server):
    page = tab.open(live_server + STORY)
    page.fill("#wm-via", "Manzanillo, Mexico")
    route(page, "Callao", "Shanghai")
    expect(page.locator("#wm-route-result")).to_contain_text("Legs: Callao – Manzanillo")
