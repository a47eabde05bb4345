"""The story as a Leaflet map, built with folium. The only module that knows folium and
Leaflet's [lat, lon] order; everything it draws comes from the story's FeatureCollection.

Article text never enters folium: branca renders an element's output again as a Jinja
template, so "{{ ... }}" in an article would be evaluated on the server. folium gets
geometry, ids and kinds only; every property (quotes, names, facts) travels in a JSON
data island of the page, from which static/webmap.js builds popups, tooltips and the side
panel with DOM text nodes, never from HTML strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import folium
from folium.utilities import JsCode

from .geometry import central_meridian, great_circle_km, join_across_antimeridian, near_meridian, shape_of
from .kinds import KINDS, kind

# Layer groups in drawing order (bottom first): one per kind, from the registry, then the stops.
LAYERS = tuple((kind.layer, kind.title) for kind in KINDS) + (("stops", "Visit stops"),)
ITINERARY_STYLE = {"color": "#1d3557", "weight": 2, "dash_array": "6 6", "opacity": 0.8}
MAX_POPUP_QUOTES = 20
BROAD_KINDS = frozenset({"region", "sea", "landform"})
FRAMING_CONFIDENCE = 0.6
SAME_PLACE_KM = 60  # a port this close to a visit stop of its name is drawn as one marker with it
ONLINE_TILES = ("OpenStreetMap.Mapnik", "Esri.OceanBasemap")  # xyzservices names; no API keys


@dataclass(frozen=True)
class MapParts:
    """What a page needs from the map: the container element and the script that fills it."""

    map_name: str  # the JavaScript variable folium binds the L.Map to
    html: str
    script: str
    centre_lon: float
    properties: dict[str, dict]  # feature id -> properties, for the page's data island


def layer_of(feature: dict) -> str:
    props = feature["properties"]
    return "stops" if props.get("stop") else kind(props["kind"]).layer


_last_recentred: list = [None, None]  # the collection last recentred, and the result (see below)


def recentred(collection: dict) -> tuple[list[dict], float]:
    """Features with longitudes moved onto one world copy around the story's centre.

    Lanes become one continuous line (longitudes may pass ±180) and markers sit on the
    same world copy as the lane ends, so nothing streaks across the map. The map and the
    thumbnail of one build ask for the same collection: it is worked out once (the result
    is shared, not to be modified).
    """
    if _last_recentred[0] is collection:
        return _last_recentred[1]
    made = _recentred(collection)
    _last_recentred[:] = [collection, made]
    return made


def _recentred(collection: dict) -> tuple[list[dict], float]:
    anchors = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        if geometry and geometry["type"] == "Point":
            anchors.append(geometry["coordinates"][0])
        elif geometry and feature["properties"]["kind"] == "lane":
            anchors += [lon for lon, _ in join_across_antimeridian(geometry)]
    centre = central_meridian(anchors) if anchors else 0.0
    features = [dict(feature, geometry=near_meridian(feature["geometry"], centre,
                                                     continuous=feature["properties"]["kind"] == "lane"))
                for feature in collection["features"] if feature["geometry"]]
    return features, centre


def bounds_of(features: list[dict], centre: float = 0.0) -> list[list[float]]:
    """[[south, west], [north, east]] (Leaflet order) of every feature's geometry; the
    whole world around `centre` when there is none (a story that names no place)."""
    if not features:
        return [[-60.0, centre - 180.0], [75.0, centre + 180.0]]
    # Broad areas (a continent, an ocean) frame the view only when nothing narrower is named,
    # and a doubtful reading of a name never pulls the view out to the other side of the world.
    narrow = [f for f in features if f["properties"]["kind"] not in BROAD_KINDS
              and f["properties"].get("confidence", 1.0) >= FRAMING_CONFIDENCE] or features
    boxes = [shape_of(feature["geometry"]).bounds for feature in narrow]
    return [[min(b[1] for b in boxes), min(b[0] for b in boxes)], [max(b[3] for b in boxes), max(b[2] for b in boxes)]]


def build_map(collection: dict) -> MapParts:
    """The folium map for a story, with deterministic element names. The page links Leaflet
    itself (from this server), so folium's own asset lists are emptied."""
    features, centre = recentred(collection)
    fmap = folium.Map(location=[0, centre], zoom_start=2, tiles=None, control_scale=True,
                      world_copy_jump=False, min_zoom=1, max_zoom=12)
    fmap._id = "story"
    # folium links eleven CDN assets by default; none of them is wanted.
    fmap.default_js = []
    fmap.default_css = []

    for number, name in enumerate(ONLINE_TILES):
        tiles = folium.TileLayer(tiles=name, name=f"Online: {name.replace('.', ' ')}", overlay=True,
                                 show=False, control=True)
        tiles._id = f"online{number}"
        tiles.add_to(fmap)

    merged = ports_at_stops(features)
    properties = {f["properties"]["id"]: for_popup(f["properties"]) for f in features}
    for stop_id, port_ids in merged.items():
        properties[stop_id] = dict(properties[stop_id], ports=[properties[port_id] for port_id in port_ids])
    hidden = {port_id for port_ids in merged.values() for port_id in port_ids}
    for key, title in LAYERS:
        layer_features = [_geometry_only(f, merged.get(f["properties"]["id"])) for f in features
                          if layer_of(f) == key and f["properties"]["id"] not in hidden]
        if not layer_features:
            continue
        group = folium.FeatureGroup(name=title, show=True)
        group._id = key
        layer = folium.GeoJson(
            {"type": "FeatureCollection", "features": layer_features},
            name=title,
            style_function=lambda f: kind(f["properties"]["kind"]).style,
            on_each_feature=JsCode("webmap.onEachFeature"),
            point_to_layer=JsCode("webmap.pointToLayer"),
            control=False,
        )
        layer._id = f"{key}_data"
        layer.add_to(group)
        if key == "stops":
            stops = sorted(layer_features, key=lambda f: f["properties"]["stop"])
            line = folium.PolyLine([[f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0]] for f in stops],
                                   tooltip=None, **ITINERARY_STYLE)
            line._id = "itinerary"
            line.add_to(group)
        group.add_to(fmap)

    control = folium.LayerControl(collapsed=True, position="topright")
    control._id = "layers"
    control.add_to(fmap)
    fmap.fit_bounds(bounds_of(features, centre), padding=(20, 20))

    figure = fmap.get_root()
    figure.render()
    return MapParts(map_name=fmap.get_name(), html=figure.html.render(), script=figure.script.render(),
                    centre_lon=centre, properties=properties)


def for_popup(props: dict) -> dict:
    """Properties as a popup shows them: at most MAX_POPUP_QUOTES sentences (the download has
    them all), and `quotes_total` when some were left out."""
    quotes = props.get("quotes") or []
    if len(quotes) <= MAX_POPUP_QUOTES:
        return props
    kept = quotes[:MAX_POPUP_QUOTES]
    last = kept[-1]["end"]
    return dict(props, quotes=kept, quotes_total=len(quotes),
                mentions=[m for m in props["mentions"] if m["end"] <= last])


def ports_at_stops(features: list[dict]) -> dict[str, list[str]]:
    """Visit stops and the ports that share their name within SAME_PLACE_KM: stop id -> port
    ids. The map draws each such pair as one marker with both roles (Shanghai the stop and
    Shanghai the port would otherwise sit on each other); the data keeps both features."""
    stops = [f for f in features if f["properties"].get("stop") and f["geometry"]["type"] == "Point"]
    merged: dict[str, list[str]] = {}
    for port in (f for f in features if f["properties"]["kind"] == "port"):
        lon, lat = port["geometry"]["coordinates"]
        for stop in stops:
            if (port["properties"]["name"].casefold() == stop["properties"]["name"].casefold()
                    and great_circle_km(lon, lat, *stop["geometry"]["coordinates"]) <= SAME_PLACE_KM):
                merged.setdefault(stop["properties"]["id"], []).append(port["properties"]["id"])
                break
    return merged


def _geometry_only(feature: dict, also: list[str] | None = None) -> dict:
    """What folium may see of a feature: geometry, id, kind, stop number, the ids of ports
    drawn with it; no text."""
    props = feature["properties"]
    kept = {"id": props["id"], "kind": props["kind"]}
    if props.get("stop"):
        kept["stop"] = int(props["stop"])
    if also:
        kept["also"] = also
    return {"type": "Feature", "id": props["id"], "geometry": feature["geometry"], "properties": kept}
