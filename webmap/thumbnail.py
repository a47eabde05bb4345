"""A story's map thumbnail for the index: a small SVG drawn at build time, with plain Python,
from the story's FeatureCollection over the offline basemap's land (Natural Earth 1:110m).

It is framed as the story map is (mapview's `recentred` world copy and `bounds_of`, in Web
Mercator), so a lane across the Pacific is one continuous line and the land is drawn in as
many world copies as the frame spans. Coordinates are pixels rounded to a tenth and
everything is drawn in a fixed order, so the same story gives the same bytes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape

import numpy as np
import shapely
from shapely.affinity import translate
from shapely.geometry.base import BaseGeometry

from .geometry import shape_of
from .kinds import KINDS, kind
from .mapview import bounds_of, recentred

WIDTH, HEIGHT = 400, 240  # pixels of the viewBox; the page scales it
PADDING_PX = 14
MIN_SPAN = math.radians(24)  # a story about one city still shows its region, not a blur of coast
MAX_LAT = 85.0  # Web Mercator's edge, as on the map
SIMPLIFY_PX = 0.6
MIN_AREA_PX = 1.5  # islands smaller than this are left out
SEA, LAND, BORDER = "#cfe3ef", "#f1efe4", "#9a9a8c"  # the story map's offline basemap
THUMBNAIL_KINDS = ("country", "division", "river", "canal", "lane")  # areas and lines drawn; broad areas are not
POINTS = {  # kind -> (radius px, fill, stroke), drawn in this order, stops last
    "strait": (2.5, "#6fa8dc", "#0b4f8a"),
    "cape": (2.5, "#a9c46c", "#4d6b1f"),
    "city": (3.0, "#bbbbbb", "#444444"),
    "port": (3.5, "#6fa8dc", "#0b5394"),
    "stop": (5.0, "#1d3557", "#ffffff"),
}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def render_thumbnail(collection: dict, land: Sequence[BaseGeometry]) -> bytes:
    """The story's thumbnail as SVG bytes (UTF-8), about 10-25 KB; `land`: the basemap's
    country shapes, cut at ±180 (`build.basemap_land`)."""
    features, centre = recentred(collection)
    frame = Frame.around(bounds_of(features, centre))
    title = xml_text(collection["story"]["title"])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">',
        f"<title>Map of {title}</title>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{SEA}"/>',
        f'<path class="land" fill="{LAND}" fill-rule="evenodd" stroke="{BORDER}" stroke-width="0.5" '
        f'd="{land_path(frame, land)}"/>',
    ]
    parts += shapes_of(features, frame)
    parts += points_of(features, frame)
    parts.append("</svg>\n")
    return "\n".join(parts).encode("utf-8")


def xml_text(text: str) -> str:
    """Untrusted text for SVG: markup escaped, and characters XML cannot hold at all dropped."""
    return escape(_NOT_XML.sub("", text), {'"': "&quot;"})


class Frame:
    """Web Mercator fitted into the thumbnail: lon/lat degrees to pixels."""

    def __init__(self, west: float, south: float, east: float, north: float):
        x0, x1 = math.radians(west), math.radians(east)
        y0, y1 = mercator_y(south), mercator_y(north)
        width, height = max(x1 - x0, MIN_SPAN), max(y1 - y0, MIN_SPAN)
        self.scale = min((WIDTH - 2 * PADDING_PX) / width, (HEIGHT - 2 * PADDING_PX) / height)
        self.mid_x, self.mid_y = (x0 + x1) / 2, (y0 + y1) / 2
        half_lon = math.degrees(WIDTH / 2 / self.scale)
        self.lons = (math.degrees(self.mid_x) - half_lon, math.degrees(self.mid_x) + half_lon)
        self.box = (-2.0, -2.0, WIDTH + 2.0, HEIGHT + 2.0)  # a little beyond the edges, so no stroke shows

    @classmethod
    def around(cls, bounds: list[list[float]]) -> "Frame":
        (south, west), (north, east) = bounds  # Leaflet's [lat, lon] order, as bounds_of gives it
        return cls(west, south, east, north)

    def pixels(self, lonlat: np.ndarray) -> np.ndarray:
        lon = np.radians(lonlat[:, 0])
        lat = np.radians(np.clip(lonlat[:, 1], -MAX_LAT, MAX_LAT))
        y = np.log(np.tan(np.pi / 4 + lat / 2))
        return np.column_stack([WIDTH / 2 + (lon - self.mid_x) * self.scale,
                                HEIGHT / 2 - (y - self.mid_y) * self.scale])

    def draw(self, geometry: BaseGeometry) -> BaseGeometry:
        """Projected, clipped to the frame and simplified below a pixel."""
        projected = shapely.transform(geometry, self.pixels)
        return shapely.clip_by_rect(projected, *self.box).simplify(SIMPLIFY_PX)


def mercator_y(lat: float) -> float:
    lat = math.radians(max(-MAX_LAT, min(MAX_LAT, lat)))
    return math.log(math.tan(math.pi / 4 + lat / 2))


def land_path(frame: Frame, land: Sequence[BaseGeometry]) -> str:
    """Every country of the basemap, in each world copy the frame shows, as one path."""
    west, east = frame.lons
    data = []
    for offset in (-360.0, 0.0, 360.0):
        if west > 180 + offset or east < -180 + offset:
            continue
        for area in land:
            area_west, _, area_east, _ = area.bounds
            if area_west + offset > east or area_east + offset < west:
                continue  # not in this copy's part of the frame
            drawn = frame.draw(translate(area, xoff=offset))
            data.append(path_data(drawn))
    return "".join(data)


def shapes_of(features: list[dict], frame: Frame) -> list[str]:
    """The story's countries, divisions and lines, in the registry's drawing order."""
    out = []
    for kind_id in (k.id for k in KINDS if k.id in THUMBNAIL_KINDS):
        style = kind(kind_id).style
        for feature in sorted((f for f in features if f["properties"]["kind"] == kind_id),
                              key=lambda f: f["properties"]["id"]):
            if feature["geometry"]["type"] == "Point":
                continue  # an area with no shipped shape: the map marks it, the thumbnail need not
            data = path_data(frame.draw(shape_of(feature["geometry"])))
            if not data:
                continue
            if kind(kind_id).is_area:
                paint = (f'fill="{style["fillColor"]}" fill-opacity="{style["fillOpacity"] * 2:g}" '
                         f'stroke="{style["color"]}" stroke-width="0.8"')
            else:
                paint = (f'fill="none" stroke="{style["color"]}" stroke-width="{style["weight"] * 0.7:g}" '
                         f'stroke-linecap="round" stroke-linejoin="round"')
            out.append(f'<path data-id="{xml_text(feature["properties"]["id"])}" {paint} d="{data}"/>')
    return out


def points_of(features: list[dict], frame: Frame) -> list[str]:
    """Stops, ports, cities, straits and capes as dots (organisations sit at their cities)."""
    marks = []
    for feature in features:
        props = feature["properties"]
        role = "stop" if props.get("stop") else props["kind"]
        if role not in POINTS or feature["geometry"]["type"] != "Point":
            continue
        x, y = frame.pixels(np.array([feature["geometry"]["coordinates"]], dtype=float))[0]
        if 0 <= x <= WIDTH and 0 <= y <= HEIGHT:
            marks.append((list(POINTS).index(role), props.get("stop") or 0, props["id"], x, y))
    out = []
    for order, _, place_id, x, y in sorted(marks):
        radius, fill, stroke = POINTS[list(POINTS)[order]]
        out.append(f'<circle data-id="{xml_text(place_id)}" cx="{number(x)}" cy="{number(y)}" r="{radius:g}" '
                   f'fill="{fill}" stroke="{stroke}" stroke-width="1.2"/>')
    return out


def path_data(geometry: BaseGeometry) -> str:
    """SVG path data of a projected (Multi)Polygon or (Multi)LineString, tenths of a pixel."""
    data = []
    for part in getattr(geometry, "geoms", [geometry]):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon" and part.area >= MIN_AREA_PX:
            data += [ring_data(ring.coords, closed=True) for ring in (part.exterior, *part.interiors)]
        elif part.geom_type == "LineString":
            data.append(ring_data(part.coords, closed=False))
        elif part.geom_type in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
            data.append(path_data(part))
    return "".join(d for d in data if d)


def ring_data(coords, *, closed: bool) -> str:
    """One ring or line: an absolute move, then relative steps (shorter), all in whole tenths
    of a pixel, so the steps add up exactly to the rounded points."""
    tenths = np.round(np.asarray(coords, dtype=float)[:, :2] * 10).astype(np.int64)
    keep = np.ones(len(tenths), dtype=bool)
    keep[1:] = np.any(tenths[1:] != tenths[:-1], axis=1)  # repeats after rounding
    tenths = tenths[keep]
    if closed and len(tenths) > 1 and (tenths[0] == tenths[-1]).all():
        tenths = tenths[:-1]  # "Z" closes the ring
    if len(tenths) < (3 if closed else 2):
        return ""  # smaller than a pixel at this scale
    steps = np.diff(tenths, axis=0).tolist()
    (x, y), rest = tenths[0].tolist(), " ".join(f"{tenth(dx)} {tenth(dy)}" for dx, dy in steps)
    return f"M{tenth(x)} {tenth(y)}l{rest}" + ("z" if closed else "")


def tenth(value: int) -> str:
    """Whole tenths as short decimal text: 12 -> "1.2", -3 -> "-.3", 20 -> "2"."""
    whole, part = divmod(abs(value), 10)
    text = (str(whole) if whole or not part else "") + (f".{part}" if part else "")
    return "-" + text if value < 0 else text


def number(value: float) -> str:
    """A coordinate as short, stable text: whole tenths of a pixel."""
    return tenth(int(round(value * 10)))
