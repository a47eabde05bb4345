"""The seeds folder: each article (`<slug>.txt`) and its optional sidecar (`<slug>.toml`), and
the fingerprint of the two that says whether a stored build is stale. Light on purpose: a
rebuild with nothing changed imports this, not the geoparser."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import __version__


@dataclass(frozen=True)
class Seed:
    """An article file and its optional sidecar, as found in a seeds folder."""

    article_path: Path

    @property
    def slug(self) -> str:
        return self.article_path.stem

    @property
    def sidecar_path(self) -> Path:
        return self.article_path.with_suffix(".toml")

    def fingerprint(self) -> str:
        """SHA-256 over the inputs and the generator version: a change means the build is stale."""
        sidecar = self.sidecar_path.read_bytes() if self.sidecar_path.exists() else None
        return fingerprint_of(self.article_path.read_bytes(), sidecar)


def find_seeds(seeds_dir: Path) -> list[Seed]:
    """Every `*.txt` article in the folder, by slug."""
    return [Seed(path) for path in sorted(Path(seeds_dir).glob("*.txt"))]


def fingerprint_of(article: bytes, sidecar: bytes | None) -> str:
    """SHA-256 over a story's inputs (the article's and the sidecar's bytes as files hold
    them) and the generator version: a change means the build is stale."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(article)
    digest.update(sidecar or b"")
    return digest.hexdigest()
