"""Vessel classes and the passages each cannot use, from the sourced tables in
`geodata/vessels/` (`vessel_classes.csv`, `passage_limits.csv`; see NOTES.md there).

Plain data (csv only): the route API reads it without the GIS stack. A passage's limit on a
dimension is the most permissive published figure (Panama: the Neopanamax locks; Suez: the
draught allowed at beams up to 50 m), so a class is kept out only where no lock or rule of
that passage admits it. A dimension a class does not publish (a feeder's draught, most air
draughts) is not checked.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from .errors import UnknownVessel

DIMENSIONS = {"length_m": "length", "beam_m": "beam", "draught_m": "draught", "air_draught_m": "air draught"}


@dataclass(frozen=True)
class Limit:
    passage: str
    name: str
    dimension: str  # a key of DIMENSIONS
    value: float
    applies_to: str
    source_url: str


@dataclass(frozen=True)
class VesselClass:
    id: str
    name: str
    kind: str
    dimensions: dict  # DIMENSIONS key -> metres, only those published
    source_url: str
    closed: tuple[tuple[str, str], ...]  # (passage id, reason), in table order

    @property
    def closed_passages(self) -> frozenset:
        return frozenset(passage for passage, _ in self.closed)

    def summary(self) -> dict:
        """The class as the API and the lanes show it."""
        return {"id": self.id, "name": self.name, "kind": self.kind, **self.dimensions,
                "closed": [{"passage": p, "reason": r} for p, r in self.closed]}


@dataclass(frozen=True)
class Registry:
    classes: dict  # id -> VesselClass, in table order
    limits: tuple[Limit, ...]

    def get(self, vessel_id: str) -> VesselClass:
        """The class with this id (case ignored); UnknownVessel lists the choices."""
        found = self.classes.get(str(vessel_id).strip().lower())
        if found is None:
            raise UnknownVessel(f"unknown vessel class {vessel_id!r}; known: {', '.join(self.classes)}",
                                choices=self.choices())
        return found

    def choices(self) -> list[dict]:
        return [{"id": v.id, "name": v.name} for v in self.classes.values()]


def binding_limits(limits) -> dict:
    """(passage, dimension) -> the most permissive published Limit."""
    best: dict = {}
    for limit in limits:
        key = (limit.passage, limit.dimension)
        if key not in best or limit.value > best[key].value:
            best[key] = limit
    return best


def closed_to(dimensions: dict, limits) -> tuple[tuple[str, str], ...]:
    """(passage, reason) for each passage these dimensions exceed, e.g.
    ("panama", "length 399.9 m > 370.33 m Neopanamax locks; beam 61.3 m > 51.25 m Neopanamax locks")."""
    closed: dict = {}
    for (passage, dimension), limit in binding_limits(limits).items():
        size = dimensions.get(dimension)
        if size is not None and size > limit.value:
            closed.setdefault(passage, []).append(
                f"{DIMENSIONS[dimension]} {size:g} m > {limit.value:g} m {limit.applies_to}")
    return tuple((passage, "; ".join(reasons)) for passage, reasons in closed.items())


@functools.lru_cache(maxsize=4)
def registry(reference_dir: Path | None = None) -> Registry:
    """The vessel classes of a reference folder (default: webmap's own), read once."""
    if reference_dir is None:
        from .config import reference_dir as default

        reference_dir = default()
    folder = Path(reference_dir) / "vessels"
    with open(folder / "passage_limits.csv", encoding="utf-8", newline="") as f:
        limits = tuple(Limit(row["passage"], row["name"], row["limit"], float(row["value"]), row["applies_to"],
                             row["source_url"]) for row in csv.DictReader(f) if row["value"].strip())
    classes = {}
    with open(folder / "vessel_classes.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            dims = {d: float(row[d]) for d in DIMENSIONS if row[d].strip()}
            classes[row["id"]] = VesselClass(row["id"], row["name"], row["kind"], dims, row["source_url"],
                                             closed_to(dims, limits))
    return Registry(classes, limits)
