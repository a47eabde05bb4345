"""Where things are. Passed around explicitly; nothing here reads the environment at import.

Reference data (gazetteer tables, Natural Earth shapes) and the web assets ship inside the
package (`webmap.reference`, `webmap.static`; in the source tree they are `geodata/` and
`static/`), so an installed webmap runs from any folder. Articles and built stories are
the user's: by default `seeds/` and `geodata/` in the working directory.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path


def package_folder(name: str) -> Path:
    """The folder of a data package shipped with webmap, wherever it is installed (or, in an
    editable install, where the source tree keeps it)."""
    spec = importlib.util.find_spec(name)
    return Path(next(iter(spec.submodule_search_locations)))


def reference_dir() -> Path:
    return package_folder("webmap.reference")


def static_dir() -> Path:
    return package_folder("webmap.static")


@dataclass(frozen=True)
class Paths:
    seeds: Path = Path("seeds")  # articles and sidecars
    geodata: Path = Path("geodata")  # built stories
    reference: Path = field(default_factory=reference_dir)  # gazetteer tables, Natural Earth shapes
