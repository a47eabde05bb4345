"""Sea lanes and the route query: real routes on searoute's network, right across ±180."""

from __future__ import annotations

import math
import random
from concurrent.futures import ThreadPoolExecutor

import antimeridian
import numpy as np
import pytest
import searoute
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, shape

from tests.conftest import features_by_name
from webmap.config import Paths
from webmap.errors import BadCoordinate, NoRoute, UnknownPassage, UnknownPort
from webmap.gazetteer import load_ports
from webmap.geometry import join_across_antimeridian, split_at_antimeridian
from webmap.network import MaritimeNetwork
from webmap.sealanes import sea_route

GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def network() -> MaritimeNetwork:
    return MaritimeNetwork(Paths().reference)


def lanes(story) -> dict[str, dict]:
    return {f["properties"]["to"]: f for f in story["features"] if f["properties"]["kind"] == "lane"}


def test_the_story_has_a_lane_per_sidecar_lane_with_its_facts(story):
    by_destination = lanes(story)
    assert set(by_destination) == {"CNSHA", "CNSZX"}
    for feature in by_destination.values():
        props = feature["properties"]
        assert props["from"] == "PECHY" and props["from_name"] == "Chancay"
        assert props["length_nmi"] == pytest.approx(props["length_km"] / 1.852, abs=0.1)
        assert props["duration_days"] == pytest.approx(props["length_nmi"] / props["speed_kn"] / 24, abs=0.05)
        assert props["speed_kn"] == 18 and isinstance(props["passages"], list)
        assert "marnet" in props["network"]


def test_lane_ends_are_port_features_of_the_story(story):
    ports = {f["properties"]["source"] for f in story["features"] if f["properties"]["kind"] == "port"}
    assert {"unlocode:PECHY", "unlocode:CNSHA", "unlocode:CNSZX"} <= ports


def test_chancay_shanghai_matches_searoute_within_half_a_percent(story):
    ours = lanes(story)["CNSHA"]["properties"]["length_km"]
    ports = load_ports()
    theirs = searoute.searoute([ports["PECHY"].lon, ports["PECHY"].lat], [ports["CNSHA"].lon, ports["CNSHA"].lat],
                               append_orig_dest=True).properties["length"]
    assert abs(ours / theirs - 1) < 0.005
    assert 17_000 < ours < 17_600  # the network's ~17,230 km plus the legs to the two ports


def test_length_is_geodesic_along_the_drawn_line(story):
    feature = lanes(story)["CNSHA"]
    coords = np.array(join_across_antimeridian(feature["geometry"]))
    geodesic_km = GEOD.line_length(coords[:, 0], coords[:, 1]) / 1000
    assert feature["properties"]["length_km"] == pytest.approx(geodesic_km, rel=1e-4)
    planar_km = LineString(coords).length * 111.32  # what a flat-earth sum would say
    assert abs(planar_km - geodesic_km) > 100


def test_lane_crossing_antimeridian_is_split_in_export(story):
    geometry = lanes(story)["CNSHA"]["geometry"]
    assert geometry["type"] == "MultiLineString"
    for part in geometry["coordinates"]:
        assert all(-180 <= lon <= 180 for lon, _ in part)
    first, second = geometry["coordinates"][0], geometry["coordinates"][1]
    assert abs(first[-1][0]) == 180 and second[0][0] == -first[-1][0] and second[0][1] == first[-1][1]
    west, _, east, _ = lanes(story)["CNSHA"]["bbox"]
    assert west > east  # RFC 7946 §5.2: a bbox across the antimeridian


def test_lane_joined_for_the_map_is_continuous_and_ends_at_its_ports(story):
    coords = join_across_antimeridian(lanes(story)["CNSHA"]["geometry"])
    steps = [abs(b[0] - a[0]) for a, b in zip(coords, coords[1:])]
    assert max(steps) < 180
    places = features_by_name(story)
    chancay = places["Chancay"]["geometry"]["coordinates"]
    assert coords[0] == chancay
    shanghai_port = next(f for f in story["features"] if f["properties"]["source"] == "unlocode:CNSHA")
    end_lon, end_lat = coords[-1]
    assert end_lat == shanghai_port["geometry"]["coordinates"][1]
    assert (end_lon - shanghai_port["geometry"]["coordinates"][0]) % 360 == 0


def test_our_antimeridian_split_agrees_with_the_antimeridian_library():
    rng = random.Random(3)
    for _ in range(200):
        lons = np.cumsum([rng.uniform(-179, 179)] + [rng.uniform(-60, 60) for _ in range(rng.randint(1, 12))])
        lats = [rng.uniform(-80, 80) for _ in lons]
        ours = [LineString(piece) for piece in split_at_antimeridian(np.column_stack([lons, lats]))]
        wrapped = LineString(np.column_stack([(lons + 180) % 360 - 180, lats]))
        theirs = antimeridian.fix_line_string(wrapped, great_circle=False)
        theirs = list(theirs.geoms) if isinstance(theirs, MultiLineString) else [theirs]
        assert len(ours) == len(theirs)
        for a, b in zip(ours, theirs):
            assert np.allclose(a.coords, b.coords, atol=1e-6)


@pytest.mark.parametrize("code", ["PECHY", "CNSHA", "CNSZX"])
def test_the_legs_from_the_story_ports_to_the_network_stay_at_sea(network, code):
    from global_land_mask import globe  # an independent 1 km land mask, not the one we route with

    port = load_ports()[code]
    snap = network.snap_port(code, port.lon, port.lat)
    node_lon, node_lat = network.lonlat[snap.node]
    points = np.array(GEOD.npts(port.lon, port.lat, node_lon, node_lat, max(int(snap.leg_km), 2)))
    along_km = np.linspace(0, snap.leg_km, len(points) + 2)[1:-1]
    offshore = points[along_km > 10]  # the first 10 km: the quay, the harbour, the river mouth
    assert not globe.is_land(offshore[:, 1], offshore[:, 0]).any()


def test_passages_are_reported_and_avoiding_one_applies_to_that_call_only(network):
    via_panama = sea_route("PECHY", "NLRTM", network=network)
    assert via_panama["properties"]["passages"] == ["panama"]
    around = sea_route("PECHY", "NLRTM", avoid=["panama"], network=network)
    assert "panama" not in around["properties"]["passages"]
    assert around["properties"]["length_km"] > via_panama["properties"]["length_km"] + 5000
    again = sea_route("PECHY", "NLRTM", network=network)
    assert again == via_panama


def test_concurrent_queries_with_different_avoid_sets_match_sequential_ones(network):
    queries = [("PECHY", "NLRTM", avoid) for avoid in ((), ("panama",), ("panama", "chili"))] * 3
    queries += [("NLRTM", "SGSIN", avoid) for avoid in ((), ("suez",), ("suez", "south_africa"))] * 3
    sequential = [sea_route(o, d, avoid=a, network=network) for o, d, a in queries]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(5):
            parallel = list(pool.map(lambda q: sea_route(q[0], q[1], avoid=q[2], network=network), queries))
            assert parallel == sequential


def test_a_coordinate_pair_at_sea_is_a_valid_end(network):
    feature = sea_route((-80.0, -12.0), "CNSHA", network=network)
    assert feature["properties"]["from"] is None and feature["properties"]["length_km"] > 15_000


def test_a_short_trip_is_never_zero_km(network):
    feature = sea_route("PECHY", "PECLL", network=network)
    assert feature["properties"]["length_km"] > 20


@pytest.mark.parametrize(
    ("origin", "destination", "kwargs", "error", "message"),
    [
        ("PEXXX", "CNSHA", {}, UnknownPort, "unknown port 'PEXXX'"),
        ((200.0, 10.0), "CNSHA", {}, BadCoordinate, "longitude must be within"),
        ((math.nan, 10.0), "CNSHA", {}, BadCoordinate, "finite"),
        ((75.0, 45.0), "CNSHA", {}, BadCoordinate, "inland"),
        ("PECHY", "CNSHA", {"avoid": ["atlantis"]}, UnknownPassage, "unknown passage 'atlantis'"),
        ("PECHY", "PECHY", {}, BadCoordinate, "same place"),
        ("PECHY", "CNSHA", {"speed_kn": -3}, BadCoordinate, "outside 1–40 knots"),
        ("UAODS", "CNSHA", {"avoid": ["bosporus"]}, NoRoute, "no sea route from Odessa to Shanghai avoiding bosporus"),
    ],
)
def test_bad_route_requests_raise_typed_errors(network, origin, destination, kwargs, error, message):
    with pytest.raises(error, match=message):
        sea_route(origin, destination, network=network, **kwargs)


def test_route_cli_prints_distance_time_and_passages(run):
    result = run("route", "PECHY", "NLRTM")
    assert result.exit_code == 0
    assert result.output.startswith("Chancay – Rotterdam: ") and "Panama Canal" in result.output


def test_route_cli_prints_a_geojson_feature(run):
    import json

    result = run("route", "PECHY", "CNSHA", "--geojson", "--speed", "20")
    feature = json.loads(result.output)
    assert feature["type"] == "Feature" and feature["properties"]["speed_kn"] == 20
    assert shape(feature["geometry"]).geom_type == "MultiLineString"


@pytest.mark.parametrize("args", [["PECHY", "PEXXX"], ["PECHY", "CNSHA", "--avoid", "suez,atlantis"], ["75,45", "CNSHA"]])
def test_route_cli_bad_input_is_one_line_and_exit_1(run, args):
    result = run("route", *args)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("error: ")


def test_route_has_help(run):
    assert "UN/LOCODE" in run("route", "--help").output
