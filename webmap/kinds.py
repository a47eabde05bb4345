"""The one registry of place kinds: what a kind is called, which layer holds it, how it is
drawn and in which order. The build, the GeoPackage, the OGC API, the page and the JS (via
the page's config island) all read it, so adding a kind touches this file only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kind:
    id: str  # the `kind` property of a feature
    layer: str  # GeoPackage layer and OGC collection suffix
    title: str  # plural, for legends, layer control and collection titles
    label: str  # singular, for popups and the side panel
    shape: str  # "area", "line" or "point": how its places are drawn when a shape is shipped
    style: dict = field(default_factory=dict)  # Leaflet path options (areas and lines)

    @property
    def is_area(self) -> bool:
        return self.shape == "area"


# Drawing order, bottom first: large areas under small ones, lines over areas, points on top.
KINDS: tuple[Kind, ...] = (
    Kind("region", "regions", "Regions", "Region", "area",
         {"color": "#5b7f95", "weight": 1.5, "dashArray": "4 4", "fillColor": "#9cc3d5", "fillOpacity": 0.16}),
    Kind("sea", "seas", "Seas and oceans", "Sea", "area",
         {"color": "#2b6f9e", "weight": 1, "fillColor": "#6fa8dc", "fillOpacity": 0.22}),
    Kind("country", "countries", "Countries", "Country", "area",
         {"color": "#8a6d3b", "weight": 1, "fillColor": "#e6b655", "fillOpacity": 0.18}),
    Kind("division", "divisions", "States and provinces", "State or province", "area",
         {"color": "#7a5230", "weight": 1, "dashArray": "2 3", "fillColor": "#d9a066", "fillOpacity": 0.20}),
    Kind("landform", "landforms", "Landforms", "Landform", "area",
         {"color": "#6b8e23", "weight": 1, "fillColor": "#a9c46c", "fillOpacity": 0.20}),
    Kind("river", "rivers", "Rivers", "River", "line", {"color": "#1f78b4", "weight": 3, "opacity": 0.8}),
    Kind("canal", "canals", "Canals", "Canal", "line", {"color": "#0b4f8a", "weight": 4, "opacity": 0.9}),
    Kind("lane", "lanes", "Sea lanes", "Sea lane", "line", {"color": "#c0392b", "weight": 3, "opacity": 0.9}),
    Kind("strait", "straits", "Straits", "Strait", "point", {"color": "#0b4f8a", "fillColor": "#6fa8dc"}),
    Kind("cape", "capes", "Capes", "Cape", "point", {"color": "#4d6b1f", "fillColor": "#a9c46c"}),
    Kind("organisation", "organisations", "Organisations", "Organisation", "point"),
    Kind("city", "cities", "Cities", "City", "point"),
    Kind("port", "ports", "Ports", "Port", "point"),
)
BY_ID: dict[str, Kind] = {kind.id: kind for kind in KINDS}
LAYER_NAMES: dict[str, str] = {kind.id: kind.layer for kind in KINDS}
AREA_KINDS = frozenset(kind.id for kind in KINDS if kind.is_area)


def kind(kind_id: str) -> Kind:
    return BY_ID[kind_id]


def for_page() -> dict:
    """What the browser needs of each kind (labels, titles, styles), in drawing order."""
    return {k.id: {"label": k.label, "title": k.title, "shape": k.shape, "style": k.style} for k in KINDS}
