"""Natural Earth shapes as shipped in geodata/naturalearth: read once per process, cut at
±180 and repaired, so every shape handed on is valid and within [-180, 180]."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from .geometry import cut_area_at_antimeridian

if TYPE_CHECKING:  # shapely is imported by what reads the shapes, not by what names the files
    from shapely.geometry.base import BaseGeometry

COUNTRIES_FOR_PLACES = "countries-50m.json"  # 1:50m has the small states (Singapore, Malta, Bahrain)
COUNTRIES_FOR_BASEMAP = "countries-110m.json"  # light enough to send to every reader


@functools.lru_cache(maxsize=4)
def countries(reference_dir: Path, filename: str) -> tuple[tuple[int | None, str, BaseGeometry], ...]:
    """(ISO 3166-1 numeric code or None, name, shape) per Natural Earth country (world-atlas TopoJSON)."""
    import pyogrio

    frame = pyogrio.read_dataframe(Path(reference_dir) / "naturalearth" / filename, layer="countries")
    return tuple(
        (int(code) if code is not None and str(code).isdigit() else None, name, cut_area_at_antimeridian(shape))
        for code, name, shape in zip(frame["id"], frame["name"], frame.geometry)
        if shape is not None
    )
