"""An installed webmap (a wheel, not the source tree) builds and serves from any folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.repo import ROOT
from tests.conftest import SEED_SLUG
from tests.serving import first_answer, free_port


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv holding the wheel built from this tree. Its dependencies are
    borrowed from the test environment's site-packages (by a .pth line, which does not
    activate that environment's editable install of webmap), so no download is needed."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(work / "dist"), str(ROOT)], check=True, cwd=work)
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # setuptools' scratch folder
    wheel = next((work / "dist").glob("webmap-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                        text=True).strip())
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True)
    return venv


def test_the_wheel_carries_templates_assets_and_reference_data_but_no_built_story(installed):
    wheel = next(installed.parent.glob("dist/webmap-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("webmap/web/templates/story.html", "webmap/static/webmap.js",
                   "webmap/static/vendor/leaflet/leaflet.js", "webmap/reference/gazetteer/organisations.csv",
                   "webmap/reference/naturalearth/countries-50m.json", "webmap/reference/naturalearth/land-50m.json",
                   "webmap/reference/naturalearth/rivers-10m.geojson", "webmap/reference/network/prepared.sqlite"):
        assert needed in names
    assert not [n for n in names if n.endswith((".geojson", ".gpkg")) and "/naturalearth/" not in n]


def test_installed_webmap_builds_and_serves_from_any_folder(installed, tmp_path):
    (tmp_path / "seeds").mkdir()
    for suffix in (".txt", ".toml"):
        shutil.copy(ROOT / "seeds" / f"{SEED_SLUG}{suffix}", tmp_path / "seeds")
    webmap = installed / "bin" / "webmap"
    where = subprocess.check_output([str(installed / "bin" / "python"), "-c", "import webmap; print(webmap.__file__)"],
                                    cwd=tmp_path, text=True)
    assert where.startswith(str(installed)), where  # the wheel's copy, not the source tree

    build = subprocess.run([str(webmap), "build"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "geodata" / f"{SEED_SLUG}.geojson").is_file()
    assert (tmp_path / "geodata" / f"{SEED_SLUG}.gpkg").is_file()

    port = free_port()
    server = subprocess.Popen([str(webmap), "serve", "--port", str(port)], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        page = first_answer(f"http://127.0.0.1:{port}/stories/{SEED_SLUG}", server, 90)
        assert b'id="map_story"' in page
        for asset in ("/static/webmap.js", "/static/vendor/leaflet/leaflet.js", "/basemap.geojson"):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{asset}") as response:
                assert response.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
