"""Hardening: traversal attempts, hostile articles, concurrent route queries against a
running server, builds killed at each moment of a write, and the headers on every response."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import HOSTILE_ARTICLE, SEED_SLUG
from tests.repo import ROOT as PROJECT_ROOT

CITIES = f"{SEED_SLUG}-cities"
TRAVERSALS = ["..", "../..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5C..%5Cwindows",
              "%252e%252e%252fetc", "....%2F%2F", "%00", "a%00b", "etc%2Fpasswd", "x" * 5000, "%2Fetc%2Fpasswd",
              "PERU-CHINA-STATE-VISIT-2024", "peru-china-state-visit-2024%00.geojson"]
ROUTES = ["/stories/{}", "/embed/{}", "/stories/{}.geojson", "/stories/{}.gpkg", "/ogc/collections/{}",
          "/ogc/collections/{}/items", f"/ogc/collections/{CITIES}/items/{{}}", "/static/{}",
          "/static/vendor/{}/leaflet.js"]


@pytest.mark.parametrize("route", ROUTES)
@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attack=st.one_of(st.sampled_from(TRAVERSALS), st.text(max_size=40).map(lambda s: quote(s, safe=""))))
def test_path_traversal_and_junk_path_segments_are_404_and_serve_no_file_outside(client, route, attack):
    response = client.get(route.format(attack))
    assert response.status_code == 404, (route, attack)
    assert b"root:" not in response.data


# -- hostile articles ----------------------------------------------------------------------

def big_article() -> str:
    base = (PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    return "\n\n".join([base] * (1_900_000 // (len(base.encode()) + 2)))


def capitalised_words() -> str:
    rng = random.Random(5)
    return " ".join(rng.choice(["Lima", "Paris", "Tokyo", "Chancay", "Shanghai", "Richardson", "Peru", "Asia"])
                    for _ in range(50_000)) + "."


HOSTILE = {
    "markup": HOSTILE_ARTICLE,
    "big": big_article,
    "capitalised": capitalised_words,
    "international": "\u05de\u05e4\u05ea \u05e9\u05dc\u05d5\u05dd. Ships from Lima \U0001f6a2 reach Shanghai "
                     "\u4f60\u597d\u4e16\u754c\u3002 The port of Chancay is \u202eevil\u202c. Lima \U0001f600 again.",
    "crlf": lambda: (PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8").replace("\n", "\r\n"),
    "bom": lambda: "\ufeffLima and Callao trade with Shanghai.",
}


def test_an_article_of_two_megabytes_is_cut_into_sentences_at_their_punctuation():
    """pysbd would take about 8 s on it: past PYSBD_MAX_ARTICLE_CHARS a plain pattern cuts it."""
    from webmap.article import Article

    text = big_article()
    sentences = Article("big", text).sentences
    assert len(sentences) > 9000
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() != "" for s in sentences)
    assert all(text[s.end - 1] in ".!?\"\u201d)" for s in sentences)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_article_builds_and_its_quotes_match_the_text(run, tmp_path, name):
    text = HOSTILE[name]() if callable(HOSTILE[name]) else HOSTILE[name]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / f"{name}.txt").write_bytes(text.encode("utf-8"))
    result = run("build", "--seeds", seeds, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    story = json.loads((tmp_path / "out" / f"{name}.geojson").read_text(encoding="utf-8"))
    article = story["story"]["article"]
    assert article == text.removeprefix("\ufeff")
    assert story["features"], "no place found"
    for feature in story["features"]:
        for span in feature["properties"]["quotes"] + feature["properties"]["mentions"]:
            assert article[span["start"] : span["end"]] == span["text"]
            assert len(span["text"]) <= 2000


# -- concurrency ---------------------------------------------------------------------------

def test_concurrent_route_requests_match_sequential_ones(live_server):
    avoid_sets = ["", "panama", "suez", "panama,chili", "suez,babalmandab", "malacca", "suez,south_africa"]
    pairs = [("PECHY", "NLRTM"), ("NLRTM", "SGSIN"), ("PECHY", "CNSHA"), ("USNYC", "JPTYO")]
    rng = random.Random(11)
    queries = [(rng.choice(pairs), rng.choice(avoid_sets)) for _ in range(200)]

    def fetch(query) -> bytes:
        (origin, destination), avoid = query
        url = f"{live_server}/api/route?" + urllib.parse.urlencode({"from": origin, "to": destination, "avoid": avoid})
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                return response.read()
        except urllib.error.HTTPError as err:  # e.g. no route under that avoid set: a 4xx is an answer too
            return f"{err.code} ".encode() + err.read()

    expected = {query: fetch(query) for query in set(queries)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(fetch, queries))
    assert answers == [expected[query] for query in queries]


# -- crash safety --------------------------------------------------------------------------

KILL_POINTS = {  # audit event, a text its first argument holds, which occurrence: where the build dies
    "before the GeoPackage is renamed into place": ("os.rename", ".tmp.gpkg", 1),
    "between the GeoPackage and the GeoJSON": ("open", ".tmp.geojson", 1),
    "before the GeoJSON is renamed into place": ("os.rename", ".tmp.geojson", 1),
    "while the temporary GeoPackage is created": ("tempfile.mkstemp", "", 1),
}
KILLER = """
import os, signal, sys
event, needle, nth = sys.argv.pop(1), sys.argv.pop(1), int(sys.argv.pop(1))
seen = 0
def kill_at(name, args):
    global seen
    if name == event and needle in str(args[0] if args else ""):
        seen += 1
        if seen == nth:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(kill_at)
from webmap.cli import main
main()
"""


@pytest.mark.parametrize("moment", KILL_POINTS)
def test_a_build_killed_at_each_moment_of_a_write_leaves_the_previous_geodata(tmp_path, moment):
    seeds, out = tmp_path / "seeds", tmp_path / "geodata"
    seeds.mkdir()
    shutil.copy(PROJECT_ROOT / "seeds" / f"{SEED_SLUG}.txt", seeds)  # no lanes: the writes are what is tested
    build = ["build", "--seeds", str(seeds), "--out", str(out)]
    subprocess.run([sys.executable, "-m", "webmap.cli", *build], check=True, capture_output=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    killed = subprocess.run([sys.executable, "-c", KILLER, *map(str, KILL_POINTS[moment]), *build],
                            capture_output=True)
    assert killed.returncode == -signal.SIGKILL  # it died at that moment, not before or after
    stories = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert stories == before  # every story file is whole: the old one, or the same new one
    json.loads(stories[f"{SEED_SLUG}.geojson"])
    assert "cities" in dict(pyogrio.list_layers(out / f"{SEED_SLUG}.gpkg"))
    subprocess.run([sys.executable, "-m", "webmap.cli", *build], check=True, capture_output=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # and the leftovers are cleared


# -- headers -------------------------------------------------------------------------------

EVERY_KIND_OF_RESPONSE = ["/", "/healthz", f"/stories/{SEED_SLUG}", f"/stories/{SEED_SLUG}.geojson",
                          f"/stories/{SEED_SLUG}.gpkg", "/basemap.geojson", "/api/ports?q=lima",
                          "/api/route?from=PECHY&to=CNSHA", "/api/route", f"/oembed?url=http://localhost/stories/{SEED_SLUG}",
                          "/oembed?format=xml", "/ogc", "/ogc/collections", f"/ogc/collections/{CITIES}/items",
                          "/ogc/api", "/static/webmap.js", "/static/vendor/leaflet/leaflet.css", "/no/such/page",
                          "/stories/nope"]


@pytest.mark.parametrize("path", EVERY_KIND_OF_RESPONSE)
def test_every_response_has_csp_nosniff_referrer_policy_and_no_framing_by_others(client, path):
    with client.get(path) as response:
        headers = response.headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_a_post_is_refused_with_the_same_headers(client):
    response = client.post(f"/stories/{SEED_SLUG}")
    assert response.status_code == 405 and response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.get_json()["error"]["type"] == "MethodNotAllowed"
