"""The maritime network: one loader, and how ports join the network by water."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod

from webmap.config import Paths
from webmap.gazetteer import load_ports
from webmap.network import load_network

GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def network():
    return load_network(Paths().reference)


def land_km_on(network, line) -> float:
    """Kilometres of a drawn leg on land by the network's own mask, the first 10 km not counted."""
    line = np.asarray(line)
    points = np.vstack([GEOD.npts(*a, *b, max(int(GEOD.inv(*a, *b)[2] / 250), 1)) for a, b in zip(line, line[1:])])
    steps_km = GEOD.inv(points[:-1, 0], points[:-1, 1], points[1:, 0], points[1:, 1])[2] / 1000
    from_port_km = GEOD.inv(np.full(len(points) - 1, line[0, 0]), np.full(len(points) - 1, line[0, 1]),
                            points[1:, 0], points[1:, 1])[2] / 1000
    return float((steps_km * network.land.on_land(points[1:, 0], points[1:, 1]))[from_port_km > 10].sum())


def test_the_network_is_loaded_once_per_reference_folder_and_kind(network, tmp_path):
    assert load_network(Paths().reference) is network
    (tmp_path / "same").symlink_to(Paths().reference)  # another name for the same folder
    assert load_network(tmp_path / "same") is network
    one_off = load_network(Paths().reference, hierarchies=False)
    assert one_off is not network and one_off.land is network.land  # the land mask is shared too
    assert load_network(Paths().reference, hierarchies=False) is one_off


def test_the_web_app_routes_on_the_loaded_network(app, network):
    assert app.extensions["webmap"].network is load_network(app.config["REFERENCE_DIR"]) is network


def test_a_port_in_open_water_joins_the_nearest_node_by_a_straight_leg(network):
    chancay = load_ports()["PECHY"]
    (exit_,) = network.port_exits("PECHY", chancay.lon, chancay.lat)
    assert exit_.via == () and exit_.leg_km == pytest.approx(65.0, abs=0.1)


def test_a_fjord_port_joins_the_network_by_water_not_over_the_mountains(network):
    narvik = load_ports()["NONVK"]
    exits = network.port_exits("NONVK", narvik.lon, narvik.lat)
    assert exits and all(exit_.via for exit_ in exits)
    for exit_ in exits:
        leg = [(narvik.lon, narvik.lat), *exit_.via, tuple(network.lonlat[exit_.node])]
        assert land_km_on(network, leg) < 1
    # Out of Ofotfjord both ways: north through Tjeldsundet, and south-west down Vestfjorden.
    ends = network.lonlat[[exit_.node for exit_ in exits]]
    assert ends[:, 1].max() > 68.8 and ends[:, 1].min() < 67.5


def test_a_headland_is_sailed_round_to_the_nearer_node(network):
    huacho = load_ports()["PEHCO"]
    nearest = network.port_exits("PEHCO", huacho.lon, huacho.lat)[0]
    assert nearest.via and nearest.leg_km < 110  # the old straight leg to open water was 290 km
    leg = [(huacho.lon, huacho.lat), *nearest.via, tuple(network.lonlat[nearest.node])]
    assert land_km_on(network, leg) == 0


# -- rivers the 1:50m land fills --------------------------------------------------------------


def test_a_port_up_a_river_the_coarse_land_fills_sails_the_river_and_the_lane_names_it(network):
    from webmap.sealanes import sea_route

    savannah = load_ports()["USSAV"]
    (exit_,) = network.port_exits("USSAV", savannah.lon, savannah.lat)
    assert exit_.rivers == ("Savannah",) and exit_.via  # up the river, not a straight leg over land
    leg = np.array([(savannah.lon, savannah.lat), *exit_.via])
    ashore = leg[network.land.on_land(leg[:, 0], leg[:, 1])]
    assert network.land.along_rivers(ashore, ["Savannah"], 3.0).all()  # every turn on land is on the river
    lane = sea_route("USSAV", "NLRTM", network=network)["properties"]
    assert lane["rivers"] == ["Savannah", "Lek"]  # out of Savannah, into Rotterdam by the Nieuwe Waterweg


def test_network_edges_up_a_river_name_it_and_canals_stay_passages(network):
    from webmap.sealanes import sea_route

    assert sea_route("CNSHA", "DEHAM", network=network)["properties"]["rivers"] == ["Elbe"]
    assert sea_route("USMSY", "PACTB", network=network)["properties"]["rivers"] == ["Mississippi"]
    assert not {"Suez Canal", "Panama Canal"} & set(network.river_of.values())
    assert sea_route("CNSHA", "SGSIN", network=network)["properties"]["rivers"] == []


def test_a_way_out_only_by_a_river_that_wanders_far_off_is_not_taken(network):
    guangzhou = load_ports()["CNCAN"]  # the Pearl's channel to Humen is not among the 1:10m lines; the Xi's is 180 km
    assert all(not e.rivers for e in network.port_exits("CNCAN", guangzhou.lon, guangzhou.lat))


def test_a_path_names_each_passage_and_river_once_in_travel_order_and_draws_repaired_edges(network):
    """`path_details` reads every step of a path as the edge tables say, in one search."""
    repaired = next((u, v) for (u, v), (_, turns) in sorted(network._repairs.items()) if turns)
    passage = next(edge for edge in sorted(network.passage_of) if network.passage_of[edge] == "suez")
    river = next(edge for edge in sorted(network.river_of) if network.river_of[edge] == "Elbe")
    paths = [[*repaired, repaired[0]], [*passage, passage[0], *passage], [*river, river[0]], [passage[0]]]
    for starts, ends in (("CNSHA", "DEHAM"), ("USMSY", "PACTB"), ("PECHY", "CNSHA"), ("NLRTM", "SGSIN")):
        exits = network.port_exits(starts, 0, 0), network.port_exits(ends, 0, 0)
        paths.append(network.shortest_route(*exits, frozenset())[1])
    for path in paths:
        steps = list(zip(path, path[1:]))
        turns = [network._repairs.get(step, (0.0, ()))[1] for step in steps]
        line = [tuple(network.lonlat[path[0]])]
        for (_, v), between in zip(steps, turns):
            line += [*between, tuple(network.lonlat[v])]
        passages, rivers, drawn = network.path_details(np.array(path, dtype=np.intp))
        assert passages == list(dict.fromkeys(network.passage_of[s] for s in steps if s in network.passage_of))
        assert rivers == list(dict.fromkeys(network.river_of[s] for s in steps if s in network.river_of))
        assert np.array_equal(drawn, np.array(line, dtype=float))
    assert network.path_details(np.array(paths[1], dtype=np.intp))[0] == ["suez"]
    there_and_back = network.path_details(np.array(paths[0], dtype=np.intp))[2]
    assert len(there_and_back) == 3 + 2 * len(network._repairs[repaired][1])
