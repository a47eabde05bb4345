"""The network's edges over land are repaired and every port's water legs searched once, by
`webmap prepare-network`, and shipped: a route query reads them and never searches."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bench.distances import drawn_line, land_runs
from webmap.config import Paths
from webmap.errors import BadCoordinate
from webmap.gazetteer import load_ports
from webmap.network import MaritimeNetwork
from webmap.prepared import FILE, Prepared, repair_edge, row, search_port, write
from webmap.sealanes import sea_route
from webmap.shoreline import Shoreline

REFERENCE = Paths().reference


@pytest.fixture(scope="module")
def network():
    return MaritimeNetwork(REFERENCE, hierarchies=False)


@pytest.fixture(scope="module")
def gshhg(network):
    """GSHHG's land, whose islands `webmap prepare-network` adds to the port searches."""
    return Shoreline(network.land, REFERENCE)


def same_snap(a, b) -> bool:
    return (a.node == b.node and math.isclose(a.leg_km, b.leg_km, rel_tol=1e-9)
            and math.isclose(a.land_km, b.land_km, abs_tol=1e-9) and same_turns(a.via, b.via))


def same_turns(a, b) -> bool:
    return len(a) == len(b) and all(math.isclose(x, y, abs_tol=2e-6) for p, q in zip(a, b) for x, y in zip(p, q))


def test_the_shipped_file_is_todays_and_holds_every_port_and_repaired_edges():
    prepared = Prepared(REFERENCE / FILE, REFERENCE)
    assert prepared.current, "the code or data the file depends on changed: run `webmap prepare-network`"
    assert set(Prepared(REFERENCE / FILE, REFERENCE).rows()) == set(load_ports())
    assert len(prepared.edges()) > 50


def test_a_repaired_edge_is_the_way_over_water_searched_afresh_and_crosses_less_land(network):
    unrepaired = MaritimeNetwork(REFERENCE, hierarchies=False, prepared=False)
    shipped = {(u, v): (km, turns) for u, v, km, turns in network._prepared.edges()}
    # The edge off Santiago, Cape Verde: searoute's straight line crosses the island's tip.
    (u, v), (km, turns) = min(shipped.items(), key=lambda item: abs(unrepaired.lonlat[item[0][0]] - (-23.0, 15.0)).sum())
    old_km = unrepaired.edges[u][v]
    old_land = unrepaired.land_km_along(unrepaired.lonlat[[u, v]])
    fresh = repair_edge(unrepaired, u, v, old_km, old_land)
    assert fresh is not None and math.isclose(fresh[2], km, rel_tol=1e-9) and same_turns(fresh[3], turns)
    line = [tuple(unrepaired.lonlat[u]), *turns, tuple(unrepaired.lonlat[v])]
    assert old_land > 5 and unrepaired.land_km_along(line) < 1 and km < 1.5 * old_km
    assert network.edges[u][v] == km == network.edges[v][u]  # the network routes on the repaired length


def test_a_route_through_a_repaired_edge_draws_its_turns(network):
    feature = sea_route("BRSSZ", "NLRTM", network=network)  # Santos to Rotterdam, past Cape Verde
    drawn = {tuple(p) for p in feature["geometry"]["coordinates"]}  # rounded to 5 decimals
    # searoute's edge from off Santo Antão north-east crosses the island's 8 km; the repair goes round it
    repaired = [turns for u, v, km, turns in network._prepared.edges()
                if min(abs(network.lonlat[u] - (-25.07, 16.49)).sum(), abs(network.lonlat[v] - (-25.07, 16.49)).sum()) < 0.1]
    assert len(repaired) == 1 and {(round(x, 5), round(y, 5)) for x, y in repaired[0]} <= drawn


# Shanghai (86 ports within reach), Narvik (a fjord: several exits), Port Klang (a strait
# port whose route joins the lane where it passes), Chancay (the seed story's port), Hong Kong
# (whose exit the islands would send across Hong Kong Island: kept from the search without).
@pytest.mark.parametrize("locode", ["CNSHA", "NONVK", "MYPKG", "PECHY", "HKHKG"])
def test_a_port_read_from_the_file_is_the_port_searched_afresh(network, gshhg, locode):
    entry = load_ports()[locode]
    shipped = network._prepared.get(locode)
    fresh = search_port(network, gshhg.islands, locode, entry.lon, entry.lat, entry.name)
    assert len(shipped.exits) == len(fresh.exits) and all(map(same_snap, shipped.exits, fresh.exits))
    assert [s.rivers for s in shipped.exits] == [s.rivers for s in fresh.exits]
    assert shipped.reach.keys() == fresh.reach.keys()
    assert all(same_snap(shipped.reach[node], fresh.reach[node]) for node in fresh.reach)
    assert set(shipped.near) == set(fresh.near)
    for code, (km, turns, passages, rivers) in fresh.near.items():
        shipped_km, shipped_turns, shipped_passages, shipped_rivers = shipped.near[code]
        assert math.isclose(shipped_km, km, rel_tol=1e-9) and same_turns(shipped_turns, turns)
        assert (shipped_passages, shipped_rivers) == (passages, rivers)


# Natural Earth 1:50m leaves these out; searched on it alone, each line crossed them
# (7, 13.5 and 10.8 km of GSHHG's land, more than 15 km from either port).
@pytest.mark.parametrize("origin, destination, avoid, land", [
    ("SGSIN", "NLRTM", ("suez", "panama"), "the Riau islands, south of Singapore"),
    ("CNYTN", "TWKHH", (), "the Dapeng peninsula, east of Yantian"),
    ("CNZOS", "CNSHA", (), "the islands of the Zhoushan archipelago"),
])
def test_beyond_its_harbour_a_route_keeps_off_islands_and_headlands_the_coarse_land_lacks(
        network, gshhg, origin, destination, avoid, land):
    feature = sea_route(origin, destination, avoid=avoid, network=network)
    runs = land_runs(drawn_line(feature["geometry"]), gshhg, {}, feature["properties"]["rivers"])
    assert not [run for run in runs if run["where"] == "on the way" and run["km"] > 5], (land, runs)


def test_a_port_whose_way_out_the_finer_land_closes_keeps_the_way_the_coarse_land_gives(network, gshhg):
    # Guangzhou: GSHHG fills the Pearl River's channels that 1:50m opens, so with its islands
    # the way out is a straight leg over 30 km of land. The port keeps the way 1:50m gives.
    entry = load_ports()["CNCAN"]
    closed = network.exits(entry.lon, entry.lat, islands=gshhg.islands)
    coarse = network.search_port("CNCAN", entry.lon, entry.lat)
    prepared = search_port(network, gshhg.islands, "CNCAN", entry.lon, entry.lat)
    assert closed[0].land_km > 25 and prepared == coarse
    assert all(map(same_snap, network._prepared.get("CNCAN").exits, coarse.exits))


def test_every_shipped_port_leaves_by_legs_its_reach_holds():
    # A route starts at an exit and may join its path later at a node of its reach: where the
    # legs with and without islands are mixed, an exit's leg is its reach's leg to that node.
    prepared = Prepared(REFERENCE / FILE, REFERENCE)
    for code in sorted(load_ports()):
        try:
            links = prepared.get(code)
        except BadCoordinate:
            continue
        for exit_ in links.exits:
            assert exit_.node in links.reach and links.reach[exit_.node] == exit_, code


def test_a_port_the_searches_refuse_is_refused_from_the_file_in_the_same_words(network):
    entry = load_ports()["ATVIE"]  # Vienna, on the Danube: no sea passage
    with pytest.raises(BadCoordinate) as fresh:
        network.search_port("ATVIE", entry.lon, entry.lat, entry.name)
    with pytest.raises(BadCoordinate) as shipped:
        network._prepared.get("ATVIE")
    assert str(shipped.value) == str(fresh.value) and "inland" in str(fresh.value)


def test_a_route_query_never_searches_the_water_round_a_port(monkeypatch):
    network = MaritimeNetwork(REFERENCE, hierarchies=False)  # nothing remembered yet

    def search_port(*args, **kwargs):
        raise AssertionError("a route query searched the water round a port")

    monkeypatch.setattr(network, "search_port", search_port)
    for origin, destination in [("NONVK", "GBFXT"), ("PECHY", "CNSHA"), ("BRSSZ", "ZADUR")]:
        assert sea_route(origin, destination, network=network)["properties"]["length_km"] > 0


def test_a_stale_file_is_ignored_and_ports_are_searched_as_before(tmp_path):
    path = tmp_path / "prepared.sqlite"
    write(path, REFERENCE, {"CNSHA": Prepared(REFERENCE / FILE, REFERENCE).rows()["CNSHA"]}, [])
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'made-by-older-code' WHERE key = 'fingerprint'")
    db.close()
    stale = Prepared(path, REFERENCE)
    assert not stale.current and stale.get("CNSHA") is None and stale.edges() == []


def test_the_same_legs_make_the_same_file(tmp_path, network):
    entry = load_ports()["MYPKG"]
    rows = {"MYPKG": row(network.search_port("MYPKG", entry.lon, entry.lat, entry.name)),
            **{code: values for code, values in Prepared(REFERENCE / FILE, REFERENCE).rows().items() if code in ("CNSHA", "ATVIE")}}
    edges = Prepared(REFERENCE / FILE, REFERENCE).edges()[:5]
    write(tmp_path / "a.sqlite", REFERENCE, rows, edges)
    write(tmp_path / "b.sqlite", REFERENCE, dict(reversed(rows.items())), edges[::-1])
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_a_port_knows_its_neighbours_whatever_the_length_of_their_codes(network):
    # searoute lists Ras Budran as "EG": a neighbour's code is not always a five-letter UN/LOCODE
    near = network._prepared.get("SARAB").near
    assert "EG" in list(near) and "EG" in near and near["EG"][0] > 0
    assert "EGSOK" not in near or "EGSOK" in list(near)


def test_the_command_that_makes_the_file_is_there_however_webmap_is_run():
    import subprocess
    import sys

    for command in ([sys.executable, "-m", "webmap.cli"], [str(Path(sys.executable).with_name("webmap"))]):
        done = subprocess.run([*command, "prepare-network", "--help"], capture_output=True, text=True)
        assert done.returncode == 0 and "prepared.sqlite" in done.stdout, done.stderr


def test_searching_some_ports_again_needs_a_file_of_todays_for_the_rest(tmp_path):
    import shutil

    from webmap.errors import WebmapError
    from webmap.prepared import prepare

    reference = tmp_path / "geodata"
    shutil.copytree(REFERENCE / "naturalearth", reference / "naturalearth")
    with pytest.raises(WebmapError, match="without --only"):  # not a file of only these ports
        prepare(reference, codes=["NLRTM"])
    assert not (reference / "network" / "prepared.sqlite").exists()
