"""Where things are. Passed around explicitly; nothing here reads the environment at import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Paths:
    seeds: Path = PROJECT_ROOT / "seeds"
    geodata: Path = PROJECT_ROOT / "geodata"  # built stories
    reference: Path = PROJECT_ROOT / "geodata"  # gazetteer tables, Natural Earth shapes
