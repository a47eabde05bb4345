"""Geometry helpers shared by the build, the export and the map (rounding, GeoJSON mapping)."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from .gazetteer import COORD_DECIMALS


def rounded(geometry: BaseGeometry, decimals: int = COORD_DECIMALS) -> BaseGeometry:
    """Coordinates rounded for stable, compact output (5 decimals is about a metre)."""
    return shapely.transform(geometry, lambda xy: np.round(xy, decimals))


def to_geojson(geometry: BaseGeometry) -> dict:
    """An RFC 7946 geometry object with plain lists (not tuples) for stable JSON."""
    return _listify(mapping(rounded(geometry)))


def _listify(value):
    if isinstance(value, (list, tuple)):
        return [_listify(v) for v in value]
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    if isinstance(value, float) and value == 0:
        return 0.0  # no "-0.0" in output
    return value
