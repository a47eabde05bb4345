"""Routes like a shipping planner (issue 13): vessel classes close the passages they are too
big for, waypoints split a lane into legs, sidecar lanes carry avoid/via/vessel/speed and
scenarios compared side by side, and the seed story shows the route before Chancay."""

from __future__ import annotations

import csv
from types import SimpleNamespace

import pytest

from webmap.config import Paths
from webmap.errors import BadSidecar, UnknownVessel
from webmap.network import PASSAGES, MaritimeNetwork, load_network
from webmap.sealanes import lane_features, sea_route
from webmap.sidecar import parse_sidecar
from webmap.vessels import registry

SIDECAR = "seeds/example.toml"


@pytest.fixture(scope="module")
def network() -> MaritimeNetwork:
    return load_network(Paths().reference)


# -- vessel classes ---------------------------------------------------------------------------

def test_every_limit_and_vessel_class_cites_a_source():
    folder = Paths().reference / "vessels"
    for name in ("passage_limits.csv", "vessel_classes.csv"):
        with open(folder / name, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert rows and all(row["source_url"].startswith(("http://", "https://")) for row in rows)


def test_the_issue_s_vessel_classes_are_there():
    assert {"feeder", "panamax", "neopanamax", "ulcv_24k", "suezmax", "vlcc", "capesize"} <= set(registry().classes)


def test_a_24000_teu_ship_is_too_wide_for_the_neopanamax_locks_and_says_so():
    closed = dict(registry().get("ulcv_24k").closed)
    assert "beam 61.3 m > 51.25 m Neopanamax locks" in closed["panama"]
    assert "suez" not in closed  # 61.3 m beam, 17 m draught: within Suez's published limits


def test_a_panamax_ship_fits_both_canals_and_a_vlcc_neither_nor_malacca():
    assert not {"panama", "suez", "malacca"} & registry().get("panamax").closed_passages
    assert {"panama", "suez", "malacca"} <= registry().get("vlcc").closed_passages


def test_the_kiel_canal_is_a_passage_closed_to_ships_over_its_published_limits(network):
    assert PASSAGES["kiel"] == "Kiel Canal"
    assert "kiel" in registry().get("panamax").closed_passages  # 294 m > 235 m
    assert "kiel" not in registry().get("feeder").closed_passages
    feeder = sea_route("DEHAM", "PLGDY", vessel="feeder", network=network)["properties"]
    big = sea_route("DEHAM", "PLGDY", vessel="ulcv_24k", network=network)["properties"]
    assert feeder["passages"] == ["kiel"] and "kiel" not in big["passages"]  # round Skagen
    assert big["length_nmi"] - feeder["length_nmi"] > 250


def test_the_kiel_canal_saves_about_the_published_average(network):
    """"An average of 250 nautical miles (460 km) is saved by using the Kiel Canal instead of
    going around the Jutland Peninsula" (https://en.wikipedia.org/wiki/Kiel_Canal)."""
    savings = []
    for west in ("NLRTM", "BEANR", "DEBRV", "DEHAM", "GBFXT", "FRLEH"):
        for east in ("PLGDY", "RULED", "LVRIX", "FIHEL", "SESTO", "LTKLJ", "EETLL"):
            through = sea_route(west, east, network=network)["properties"]
            around = sea_route(west, east, avoid="kiel", network=network)["properties"]
            assert through["passages"] == ["kiel"] and "kiel" not in around["passages"]
            savings.append(around["length_nmi"] - through["length_nmi"])
    assert 0.8 * 250 <= sum(savings) / len(savings) <= 1.2 * 250


def test_an_unknown_vessel_class_lists_the_choices():
    with pytest.raises(UnknownVessel) as caught:
        registry().get("dinghy")
    assert {"id": "ulcv_24k", "name": registry().get("ulcv_24k").name} in caught.value.details["choices"]


# -- sea_route(vessel=..., via=...) ------------------------------------------------------------

def test_avoiding_suez_a_24000_teu_ship_goes_round_the_cape_not_through_panama(network):
    any_size = sea_route("CNSHA", "NLRTM", avoid=["suez"], network=network)["properties"]
    big = sea_route("CNSHA", "NLRTM", avoid=["suez"], vessel="ulcv_24k", network=network)["properties"]
    assert "panama" in any_size["passages"]
    assert "south_africa" in big["passages"] and "panama" not in big["passages"]
    assert big["vessel"] == "ulcv_24k"
    assert [c["passage"] for c in big["closed_for_vessel"]] == ["panama", "kiel"]
    assert set(big["avoided"]) == {"suez", "panama", "kiel"}
    assert big["length_nmi"] > any_size["length_nmi"]


def test_a_vessel_that_fits_everywhere_takes_the_unrestricted_route(network):
    free = sea_route("CNSHA", "NLRTM", network=network)["properties"]
    feeder = sea_route("CNSHA", "NLRTM", vessel="feeder", network=network)["properties"]
    assert feeder["length_km"] == free["length_km"] and feeder["closed_for_vessel"] == []


def test_a_waypoint_splits_the_lane_into_legs_whose_lengths_add_up(network):
    props = sea_route("PECHY", "CNSHA", via=["Manzanillo, Mexico"], network=network)["properties"]
    assert props["via"] == ["Manzanillo"]
    assert [(leg["from"], leg["to"]) for leg in props["legs"]] == [("PECHY", "MXZLO"), ("MXZLO", "CNSHA")]
    assert sum(leg["length_km"] for leg in props["legs"]) == pytest.approx(props["length_km"], abs=0.2)
    direct = sea_route("PECHY", "CNSHA", network=network)["properties"]
    assert props["length_km"] > direct["length_km"]


def test_a_passage_as_a_waypoint_forces_the_route_through_it(network):
    props = sea_route("CNSHA", "NLRTM", via=["south_africa"], network=network)["properties"]
    assert "south_africa" in props["passages"] and "suez" not in props["passages"]
    assert props["via"] == ["Cape of Good Hope"]
    # The waypoint is the passage's node the route goes best through, not its middle node at
    # 45.2°S, ten degrees south of the Cape (that added about 640 nmi): as long as closing
    # the other ways round.
    around = sea_route("CNSHA", "NLRTM", avoid=["suez", "panama"], network=network)["properties"]
    assert props["length_nmi"] == pytest.approx(around["length_nmi"], rel=0.001)
    assert props["legs"][0]["to"] == "south_africa"


def test_a_lon_lat_waypoint_is_called_at(network):
    feature = sea_route("PECHY", "CNSHA", via=["-100,10"], network=network)
    assert [-100.0, 10.0] in feature["geometry"]["coordinates"] or any(
        [-100.0, 10.0] in part for part in feature["geometry"]["coordinates"])


# -- the route API and the CLI -----------------------------------------------------------------

def test_the_api_routes_for_a_vessel_class(client):
    response = client.get("/api/route?from=CNSHA&to=NLRTM&avoid=suez&vessel=ulcv_24k")
    assert response.status_code == 200
    assert "south_africa" in response.get_json(force=True)["properties"]["passages"]


def test_an_unknown_vessel_in_the_api_is_a_400_listing_the_choices(client):
    response = client.get("/api/route?from=CNSHA&to=NLRTM&vessel=dinghy")
    error = response.get_json()["error"]
    assert response.status_code == 400 and error["type"] == "UnknownVessel" and error["parameter"] == "vessel"
    assert "ulcv_24k" in [c["id"] for c in error["choices"]]


def test_the_api_takes_waypoints_separated_by_semicolons(client):
    response = client.get("/api/route?from=PECHY&to=CNSHA&via=Manzanillo, Mexico;panama")
    props = response.get_json(force=True)["properties"]
    assert props["via"] == ["Manzanillo", "Panama Canal"] and len(props["legs"]) == 3


def test_an_unknown_waypoint_in_the_api_names_the_via_parameter(client):
    response = client.get("/api/route?from=PECHY&to=CNSHA&via=Atlantis")
    assert response.status_code == 404 and response.get_json()["error"]["parameter"] == "via"


def test_the_cli_routes_for_a_vessel_and_prints_why_a_passage_is_closed(run):
    result = run("route", "CNSHA", "NLRTM", "--avoid", "suez", "--vessel", "ulcv_24k")
    assert result.exit_code == 0
    assert "Cape of Good Hope" in result.output and "beam 61.3 m > 51.25 m Neopanamax locks" in result.output


def test_the_cli_lists_the_legs_of_a_route_with_waypoints(run):
    result = run("route", "PECLL", "CNSHA", "--via", "MXZLO")
    assert result.exit_code == 0 and "Callao – Manzanillo:" in result.output and "Manzanillo – Shanghai:" in result.output


def test_an_unknown_vessel_in_the_cli_is_one_line_and_exit_1(run):
    result = run("route", "CNSHA", "NLRTM", "--vessel", "dinghy")
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "ulcv_24k" in result.output


# -- the sidecar ---------------------------------------------------------------------------------

def lanes_table(**lane) -> dict:
    return {"lanes": [{"from": "PECHY", "to": "CNSHA", **lane}]}


def test_a_sidecar_lane_takes_avoid_via_vessel_and_speed():
    (lane,) = parse_sidecar(lanes_table(avoid=["panama"], via=["MXZLO", "-100,10"], vessel="neopanamax",
                                        speed_kn=16), SIDECAR).lanes
    assert lane.avoid == ("panama",) and lane.via == ("MXZLO", (-100.0, 10.0))
    assert lane.vessel == "neopanamax" and lane.speed_kn == 16


@pytest.mark.parametrize("lane, words", [
    ({"vessel": "dinghy"}, ["unknown vessel 'dinghy'", "ulcv_24k", "feeder"]),
    ({"avoid": ["suezz"]}, ["unknown passage 'suezz'", "suez", "south_africa"]),
    ({"via": ["Atlantis"]}, ["'via' 'Atlantis'", "Atlanta"]),
    ({"via": ["Manzanillo"]}, ["'via' 'Manzanillo'", "Manzanillo, Mexico (MXZLO)"]),
    ({"id": "a", "compare_to": "b"}, ["'compare_to' 'b'", "lanes: a"]),
])
def test_unknown_names_in_a_sidecar_lane_name_the_file_the_lane_and_the_value(lane, words):
    with pytest.raises(BadSidecar) as caught:
        parse_sidecar(lanes_table(**lane), SIDECAR)
    message = str(caught.value)
    assert message.startswith(f"{SIDECAR}: lane 1")
    for word in words:
        assert word in message


def test_two_lanes_of_the_same_ports_need_ids_of_their_own():
    table = {"lanes": [{"from": "PECHY", "to": "CNSHA"}, {"from": "PECHY", "to": "CNSHA", "avoid": ["panama"]}]}
    with pytest.raises(BadSidecar, match="give each an 'id'"):
        parse_sidecar(table, SIDECAR)


def test_a_published_figure_needs_its_sources():
    with pytest.raises(BadSidecar, match="'published_days' needs its 'sources'"):
        parse_sidecar(lanes_table(published_days=23), SIDECAR)


def test_an_unknown_vessel_in_a_seed_fails_the_build_with_one_line(run, seeds, tmp_path):
    sidecar = seeds / "peru-china-state-visit-2024.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('speed_kn = 18\n', 'speed_kn = 18\nvessel = "dinghy"\n', 1),
                       encoding="utf-8")
    result = run("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "peru-china-state-visit-2024.toml: lane 1: unknown vessel 'dinghy' (choices: feeder" in result.output


# -- scenarios -----------------------------------------------------------------------------------

def test_compared_lanes_both_carry_the_difference(network):
    base = SimpleNamespace(origin="CNSHA", destination="NLRTM", speed_kn=18, lane_id="suez")
    cape = SimpleNamespace(origin="CNSHA", destination="NLRTM", speed_kn=18, avoid=("suez",), via=(),
                           vessel="ulcv_24k", id="cape", lane_id="cape", compare_to="suez",
                           extra={"scenario": "Cape of Good Hope"})
    suez_lane, cape_lane = (f["properties"] for f in lane_features([base, cape], network))
    assert cape_lane["id"] == "lane-cape" and cape_lane["compare_to"] == suez_lane["id"]
    assert cape_lane["scenario"] == "Cape of Good Hope"
    extra = cape_lane["length_nmi"] - suez_lane["length_nmi"]
    assert cape_lane["comparison"]["extra_nmi"] == pytest.approx(extra, abs=0.2) and extra > 3000
    assert suez_lane["comparison"]["extra_nmi"] == -cape_lane["comparison"]["extra_nmi"]
    assert cape_lane["comparison"]["extra_days"] == pytest.approx(extra / 18 / 24, abs=0.1)


def test_the_seed_story_draws_the_route_before_chancay_beside_the_direct_lane(story):
    lanes = {f["properties"]["id"]: f["properties"] for f in story["features"] if f["properties"]["kind"] == "lane"}
    direct, before = lanes["lane-pechy-cnsha"], lanes["lane-before-chancay"]
    assert before["from"] == "PECLL" and before["via"] == ["Manzanillo"] and before["compare_to"] == "lane-pechy-cnsha"
    assert before["published_days"] == [35, 40] and direct["published_days"] == [23]
    assert all(s["url"].startswith("https://") for s in before["sources"] + direct["sources"])
    assert before["comparison"]["extra_nmi"] > 0 and direct["comparison"]["lane"] == "lane-before-chancay"


def test_the_elbe_off_brunsbuttel_is_not_the_kiel_canal(network):
    """The canal's ends lie on the Elbe and the Kiel Fjord: a way along the river past the
    locks is not a passage through the canal, and avoiding the canal leaves it as it is."""
    along = sea_route("DECUX", "DEBRB", network=network)["properties"]  # Cuxhaven up the Elbe to Brunsbüttel
    assert "kiel" not in along["passages"]
    assert sea_route("DECUX", "DEBRB", avoid="kiel", network=network)["properties"]["length_km"] == along["length_km"]
    assert "kiel" not in network.passages_along([(8.7, 53.87), (9.1, 53.88)])
