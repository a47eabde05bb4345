"""Shared fixtures: real files in temporary folders, the real CLI, one gazetteer per session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from webmap.cli import main
from webmap.config import PROJECT_ROOT, Paths
from webmap.gazetteer import Gazetteer

SEED_SLUG = "peru-china-state-visit-2024"
ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer(Paths().reference)


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A copy of the project's seeds folder that a test may change."""
    folder = tmp_path / "seeds"
    shutil.copytree(PROJECT_ROOT / "seeds", folder)
    return folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def run(runner):
    """Invoke the webmap CLI in-process; returns the click Result."""

    def invoke(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The project's seeds built once into a fresh folder."""
    out = tmp_path_factory.mktemp("geodata")
    result = CliRunner().invoke(main, ["build", "--seeds", str(PROJECT_ROOT / "seeds"), "--out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def story(built) -> dict:
    return json.loads((built / f"{SEED_SLUG}.geojson").read_text(encoding="utf-8"))


def features_by_name(collection: dict) -> dict[str, dict]:
    """The article's places by name (ports that only a lane names are left out)."""
    return {f["properties"]["name"]: f for f in collection["features"] if f["properties"]["mentions"]}
