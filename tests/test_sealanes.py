"""Sea lanes and the route query: real routes on searoute's network, right across ±180."""

from __future__ import annotations

import json
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
from webmap.errors import BadCoordinate, BadParameter, NoRoute, UnknownPassage, UnknownPort
from webmap.gazetteer import load_ports
from webmap.geometry import join_across_antimeridian, split_at_antimeridian
from webmap.network import MaritimeNetwork, load_network
from webmap.sealanes import endpoint, sea_route

GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def network() -> MaritimeNetwork:
    return load_network(Paths().reference)


def land_along(feature: dict) -> tuple[np.ndarray, np.ndarray]:
    """(km from the start, km on land) for every 250 m of a route's drawn line, by an
    independent 1 km land mask (global_land_mask), not the one we route with."""
    from global_land_mask import globe

    coords = join_across_antimeridian(feature["geometry"])
    points = [coords[0]]
    for (lon0, lat0), (lon1, lat1) in zip(coords, coords[1:]):
        km = GEOD.inv(lon0, lat0, lon1, lat1)[2] / 1000
        points += [*GEOD.npts(lon0, lat0, lon1, lat1, int(km * 4)), (lon1, lat1)]
    points = np.array(points)
    steps_km = GEOD.inv(points[:-1, 0], points[:-1, 1], points[1:, 0], points[1:, 1])[2] / 1000
    on_land = globe.is_land(points[1:, 1], (points[1:, 0] + 180) % 360 - 180)
    return np.cumsum(steps_km), steps_km * on_land


def searoute_km(origin: str, destination: str) -> float:
    ports = load_ports()
    return searoute.searoute([ports[origin].lon, ports[origin].lat], [ports[destination].lon, ports[destination].lat],
                             append_orig_dest=True).properties["length"]


def lanes(story) -> dict[str, dict]:
    """The story's lanes from Chancay, by destination (the scenario lane from Callao is tests/test_routes.py's)."""
    return {f["properties"]["to"]: f for f in story["features"]
            if f["properties"]["kind"] == "lane" and f["properties"]["from"] == "PECHY"}


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
    assert abs(ours / searoute_km("PECHY", "CNSHA") - 1) < 0.005
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
    snap = network.port_exits(code, port.lon, port.lat)[0]
    node_lon, node_lat = network.lonlat[snap.node]
    points = np.array(GEOD.npts(port.lon, port.lat, node_lon, node_lat, max(int(snap.leg_km), 2)))
    along_km = np.linspace(0, snap.leg_km, len(points) + 2)[1:-1]
    offshore = points[along_km > 10]  # the first 10 km: the quay, the harbour, the river mouth
    assert not globe.is_land(offshore[:, 1], offshore[:, 0]).any()


def test_narvik_to_rotterdam_never_crosses_norway(network):
    # Narvik lies up Ofotfjord. With the land mask broken north of 60°N, the route began with a
    # 158 km straight leg over mainland Norway (176 km of its line on land). Now it sails out of
    # the fjord and down Vestfjorden (44 km on land in all, measured).
    feature = sea_route("NONVK", "NLRTM", network=network)
    along_km, land_km = land_along(feature)
    total_km = along_km[-1]
    # Two approaches are narrower than the 1:50m coastline we route on resolves: Ofotfjord's
    # first 60 km (about 14 km of islands and narrows) and the last 35 km, the Nieuwe Waterweg,
    # a 500 m wide canal the network itself follows into Rotterdam (27 km).
    open_sea = (along_km > 60) & (along_km < total_km - 35)
    assert land_km[open_sea].sum() < 5
    assert land_km[along_km <= 60].sum() < 20
    assert feature["properties"]["legs_km"][0] < 250


def test_chancay_to_huacho_sails_along_the_coast_not_out_to_a_far_node(network):
    # The ports are 66 km apart; Huacho joined the network 290 km out to sea (689.5 km in all)
    # because a headland stood between it and the nearer node. Now it goes round the headland.
    ours = sea_route("PECHY", "PEHCO", network=network)["properties"]["length_km"]
    assert ours < 2 * searoute_km("PECHY", "PEHCO")  # 164.5 km on the same network


@pytest.mark.parametrize("origin, destination, published_nmi, was_nmi", [
    ("CNSHK", "HKHKG", 18, 116.6),  # round Lantau and into Victoria Harbour from the east
    ("MYPKG", "SGSIN", 211, 291.3),  # out to a mid-strait node 80 km north-west, then back
    ("BRTUB", "BRRIO", 285, 397.6),  # out 84 km east, then a node 100 km off Cabo Frio
    ("HKHKG", "TWKHH", 342, 398.3),
])
def test_ports_near_each_other_are_sailed_between_along_the_coast(network, origin, destination, published_nmi, was_nmi):
    # Published distances (geodata/distances/published.csv); the length on searoute's coarse
    # network before ports found each other by water. Shekou-Hong Kong stays long: the
    # 1:50m coast closes the channels north of Lantau, so the way goes round its west end.
    feature = sea_route(origin, destination, network=network)
    props = feature["properties"]
    assert props["length_nmi"] < was_nmi
    assert abs(props["length_nmi"] / published_nmi - 1) < (0.55 if origin == "CNSHK" else 0.08)
    coords = np.array(feature["geometry"]["coordinates"])
    ports = load_ports()
    assert tuple(coords[0]) == (ports[origin].lon, ports[origin].lat)
    assert tuple(coords[-1]) == (ports[destination].lon, ports[destination].lat)
    assert sea_route(destination, origin, network=network)["properties"]["length_km"] == props["length_km"]


def test_a_route_joins_the_network_where_it_passes_the_port_not_back_at_the_exit(network):
    # Port Klang's network node lies on a spur out to a mid-strait node 80 km north-west (at
    # 100.6°E): a route south-east went out there and came back past the port. Now it joins
    # the lane where the lane passes the port, by the port's own way over water.
    feature = sea_route("MYPKG", "IDJKT", network=network)
    coords = np.array(feature["geometry"]["coordinates"])
    assert coords[:, 0].min() > 100.9
    # A route that does go through the Strait of Malacca still names it.
    assert sea_route("MYPKG", "LKCMB", network=network)["properties"]["passages"] == ["malacca"]


def test_a_way_along_the_coast_through_a_strait_names_it_and_avoiding_it_applies(network):
    near = sea_route("ESALG", "MACAS", network=network)["properties"]
    assert near["passages"] == ["gibraltar"] and near["length_nmi"] < 200  # published: 191 nmi
    around = sea_route("ESALG", "MACAS", avoid=["gibraltar"], network=network)["properties"]
    assert "gibraltar" not in around["passages"] and around["length_nmi"] > 5000


def test_routes_are_the_same_bytes_whether_ports_are_prepared_afresh_or_read_back(network, tmp_path):
    fresh = MaritimeNetwork(Paths().reference, hierarchies=False, cache_dir=tmp_path)
    for origin, destination in (("CNSHK", "HKHKG"), ("MYPKG", "SGSIN"), ("PECHY", "CNSHA")):
        ours = json.dumps(sea_route(origin, destination, network=network))
        assert json.dumps(sea_route(origin, destination, network=fresh)) == ours
    again = MaritimeNetwork(Paths().reference, hierarchies=False, cache_dir=tmp_path)  # read from tmp_path
    assert json.dumps(sea_route("CNSHK", "HKHKG", network=again)) == json.dumps(sea_route("CNSHK", "HKHKG", network=network))


def test_new_york_to_san_francisco_round_south_america_names_the_strait_it_takes(network):
    def south_of_50(feature):
        coords = np.array(join_across_antimeridian(feature["geometry"]))
        return coords[coords[:, 1] < -50]

    magellan = sea_route("USNYC", "USSFO", avoid=["panama"], network=network)
    assert magellan["properties"]["passages"] == ["magellan"]
    assert magellan["properties"]["passage_names"] == ["Strait of Magellan"]
    assert south_of_50(magellan)[:, 1].min() > -54.5  # through the strait, north of Tierra del Fuego
    horn = sea_route("USNYC", "USSFO", avoid=["panama", "magellan"], network=network)
    assert horn["properties"]["passages"] == ["chili"] and horn["properties"]["passage_names"] == ["Cape Horn"]
    assert south_of_50(horn)[:, 1].min() < -55.5  # round the Horn
    neither = sea_route("USNYC", "USSFO", avoid=["panama", "chili"], network=network)  # chili closes both
    assert neither["properties"]["avoided"] == ["chili", "magellan", "panama"]
    assert len(south_of_50(neither)) == 0


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
        ("PEXXX", "CNSHA", {}, UnknownPort, "No port called “PEXXX” is known"),
        ((200.0, 10.0), "CNSHA", {}, BadCoordinate, "longitude must be within"),
        ((math.nan, 10.0), "CNSHA", {}, BadCoordinate, "finite"),
        ((75.0, 45.0), "CNSHA", {}, BadCoordinate, "inland"),
        ("PECHY", "CNSHA", {"avoid": ["atlantis"]}, UnknownPassage, "unknown passage 'atlantis'"),
        ("PECHY", "PECHY", {}, BadCoordinate, "same place"),
        ("PECHY", "CNSHA", {"speed_kn": -3}, BadParameter, "outside 1–40 knots"),
        ("PECHY", "CNSHA", {"speed_kn": "fast"}, BadParameter, "not a number of knots"),
        ("-77.3,x", "CNSHA", {}, BadCoordinate, "neither a UN/LOCODE nor a lon,lat pair"),
        ("UAODS", "CNSHA", {"avoid": ["bosporus"]}, NoRoute, "no sea route from Odessa to Shanghai avoiding bosporus"),
    ],
)
def test_bad_route_requests_raise_typed_errors(network, origin, destination, kwargs, error, message):
    with pytest.raises(error, match=message):
        sea_route(origin, destination, network=network, **kwargs)


def test_route_ends_are_read_by_one_parser_for_the_cli_and_the_api():
    assert endpoint(" pechy ") == "PECHY"
    assert endpoint("-77.26,-11.6") == (-77.26, -11.6) == endpoint((-77.26, -11.6))
    with pytest.raises(BadCoordinate, match="finite"):
        endpoint("nan,1")


def test_a_bad_speed_is_a_bad_parameter_in_the_cli_and_the_api(run, client):
    result = run("route", "PECHY", "CNSHA", "--speed", "0")
    assert result.exit_code == 1 and result.output.startswith("error: speed 0.0 kn is outside 1–40 knots")
    response = client.get("/api/route?from=PECHY&to=CNSHA&speed=41")
    assert response.status_code == 400 and response.json["error"]["type"] == "BadParameter"


def test_route_cli_and_api_read_lon_lat_points_alike(run, client):
    cli = run("route", "--geojson", "--", "-80,-12", "CNSHA")  # "--": the longitude's minus is no option
    api = client.get("/api/route?from=-80,-12&to=CNSHA")
    assert json.loads(cli.output)["properties"]["length_km"] == api.json["properties"]["length_km"]
    assert run("route", "--", "-80,x", "CNSHA").output.startswith("error: '-80,x' is neither a UN/LOCODE nor a lon,lat pair")
    assert client.get("/api/route?from=-80,x&to=CNSHA").json["error"]["type"] == "BadCoordinate"


def test_data_flows_from_the_sidecar_to_sea_lanes_not_back(network):
    import ast
    import inspect
    from types import SimpleNamespace

    import webmap.sealanes
    import webmap.sidecar

    source = ast.parse(inspect.getsource(webmap.sealanes))
    assert "sidecar" not in {node.module for node in ast.walk(source) if isinstance(node, ast.ImportFrom)}
    (lane,) = webmap.sealanes.lane_features([SimpleNamespace(origin="PECHY", destination="PECLL", speed_kn=12)], network)
    assert lane["properties"]["speed_kn"] == 12 and lane["properties"]["quotes"] == []


def test_route_cli_prints_distance_time_and_passages(run):
    result = run("route", "PECHY", "NLRTM")
    assert result.exit_code == 0
    assert result.output.startswith("Chancay – Rotterdam: ") and "Panama Canal" in result.output


def test_route_cli_prints_a_geojson_feature(run):
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


def test_a_vessel_closes_its_passages_through_the_same_avoid_mechanism(network):
    """A VLCC (22 m draught, 58 m beam) is kept out of Panama, Suez and Malacca: the same route
    as avoiding them by name, and concurrent queries with and without it do not mix."""
    by_vessel = sea_route("SAJED", "CNSHA", vessel="vlcc", network=network)["properties"]
    by_name = sea_route("SAJED", "CNSHA", avoid=["panama", "suez", "malacca"], network=network)["properties"]
    assert by_vessel["length_km"] == by_name["length_km"] and "malacca" not in by_vessel["passages"]
    with ThreadPoolExecutor(4) as pool:
        lengths = list(pool.map(lambda v: sea_route("SAJED", "CNSHA", vessel=v, network=network)["properties"]["length_km"],
                                ["vlcc", None, "vlcc", None]))
    assert lengths[0] == lengths[2] == by_vessel["length_km"] and lengths[1] == lengths[3] < by_vessel["length_km"]
