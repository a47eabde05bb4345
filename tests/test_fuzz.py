"""Generated requests (hypothesis) against every endpoint that takes parameters: never a
5xx, and every error is a 4xx with a JSON body that names the problem. 5,000+ requests."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_SLUG

def fuzz(examples: int) -> settings:
    """Deterministic (the same requests every run) and without time limits."""
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CITIES = f"{SEED_SLUG}-cities"

junk = st.text(max_size=40)
numberish = st.one_of(
    st.integers(-10**12, 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["", "nan", "inf", "-inf", "1e309", "0x10", "١٢", "1_000", " 7 ", "--1", "3.", ".5"]),
    junk,
)
locode = st.one_of(st.sampled_from(["PECHY", "CNSHA", "NLRTM", "UAODS", "pechy", "XXXXX", ""]),
                   st.from_regex(r"[A-Z]{2}[A-Z2-9]{3}", fullmatch=True))
point = st.tuples(numberish, numberish).map(lambda xy: f"{xy[0]},{xy[1]}")
endpoint = st.one_of(locode, point, junk)
passages = st.lists(st.sampled_from(["panama", "suez", "malacca", "chili", "bogus", "", " SUEZ ", "northwest"]),
                    max_size=4).map(",".join)
bbox = st.one_of(st.lists(numberish, min_size=0, max_size=6).map(",".join), junk)


def query(params: dict) -> str:
    return "&".join(f"{quote(str(k), safe='')}={quote(str(v), safe='')}" for k, v in params.items() if v is not None)


def check(response, also: tuple[int, ...] = ()) -> None:
    assert response.status_code < 500 or response.status_code in also, (
        response.status_code, response.get_data(as_text=True)[:300])
    if response.status_code >= 400:
        body = response.get_json(silent=True)
        assert body is not None, response.get_data(as_text=True)[:200]
        message = body.get("description") or body.get("error", {}).get("message")
        assert isinstance(message, str) and message


@fuzz(1600)
@given(origin=st.one_of(st.none(), endpoint), destination=st.one_of(st.none(), endpoint),
       speed=st.one_of(st.none(), numberish), avoid=st.one_of(st.none(), passages),
       extra=st.dictionaries(st.sampled_from(["form", "x", "speed_kn", ""]), junk, max_size=1))
def test_route_api_never_fails_with_a_5xx(client, origin, destination, speed, avoid, extra):
    params = {"from": origin, "to": destination, "speed": speed, "avoid": avoid, **extra}
    check(client.get("/api/route?" + query(params)))


@fuzz(800)
@given(q=st.one_of(st.none(), junk, locode), limit=st.one_of(st.none(), numberish))
def test_ports_api_never_fails_with_a_5xx(client, q, limit):
    check(client.get("/api/ports?" + query({"q": q, "limit": limit})))


@fuzz(800)
@given(url=st.one_of(st.none(), junk, st.sampled_from([f"http://localhost/stories/{SEED_SLUG}", "http://[",
                                                          "http://localhost/embed/x", "ftp://localhost/stories/a",
                                                          f"http://localhost:99999/stories/{SEED_SLUG}"])),
       maxwidth=st.one_of(st.none(), numberish), maxheight=st.one_of(st.none(), numberish),
       fmt=st.one_of(st.none(), st.sampled_from(["json", "xml", "", "JSON"])))
def test_oembed_never_fails_with_a_5xx(client, url, maxwidth, maxheight, fmt):
    # oEmbed answers an unsupported format with 501 Not Implemented, as its specification says.
    check(client.get("/oembed?" + query({"url": url, "maxwidth": maxwidth, "maxheight": maxheight, "format": fmt})),
          also=(501,))


@fuzz(1200)
@given(params=st.fixed_dictionaries({}, optional={
    "bbox": bbox, "limit": numberish, "offset": numberish, "f": st.sampled_from(["json", "html", "xml", ""]),
    "datetime": st.one_of(junk, st.sampled_from(["2024-06-24", "../2024-06-30", "2024-01-01/..", "a/b/c"])),
    "bbox-crs": st.sampled_from(["http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:3857", ""]),
    "name": junk, "stop": numberish, "colour": junk}))
def test_ogc_items_never_fail_with_a_5xx(client, params):
    check(client.get(f"/ogc/collections/{CITIES}/items?" + query(params)))


@fuzz(300)
@given(height=st.one_of(st.none(), numberish), slug=st.one_of(st.just(SEED_SLUG), junk))
def test_embed_page_never_fails_with_a_5xx(client, height, slug):
    check(client.get(f"/embed/{quote(slug, safe='')}?" + query({"height": height})))
