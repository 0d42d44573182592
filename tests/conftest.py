"""Shared fixtures: the bundled layers and territory (built once), tiny synthetic layers,
and the path of ``../shared`` (tests that need it skip with a reason where it is absent)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared"))
DATA = Path(__file__).resolve().parent / "data"


def load_script(relative: str) -> ModuleType:
    """A script of the repository (``scripts/…``, ``benchmarks/…``) imported as a module, for its functions."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def shared_file(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present: ../shared/ is only available in the project's workspace and CI")
    return p


@pytest.fixture(scope="session")
def layers():
    from geo.layers import load_layers

    return load_layers()


@pytest.fixture(scope="session")
def gazetteer(layers):
    return layers.gazetteer


@pytest.fixture(scope="session")
def territory(layers):
    from geo.zones import Territory

    return Territory(layers)


SIDES_TOML = """
[conflict]
name = "Test"
opposing = [["GNA", "LNA"]]
withdraw_to = "opponent"
contested_days = 7
stale_days = 30
start = "2020-01-01"
end = "2020-12-31"

[sides.GNA]
name = "Government of National Accord"
colour = "#0072B2"
aliases = ["UN-backed government"]

[sides.LNA]
name = "Libyan National Army"
colour = "#E69F00"
aliases = ["Haftar's forces"]

[sides.neutral]
name = "Neutral"
colour = "#999999"

[sides.unknown]
name = "Unknown"
colour = "#DDDDDD"
"""

# Four towns on a 2 x 2 degree square "country" with two districts (west, east).
TINY_PLACES = [
    ("p-a", "Alpha", 10.5, 30.5, "W"),
    ("p-b", "Bravo", 10.5, 31.5, "W"),
    ("p-c", "Charlie", 11.5, 30.5, "E"),
    ("p-d", "Delta", 11.5, 31.5, "E"),
]


def make_tiny_layers(path: Path, *, baseline: dict[str, str] | None = None) -> Path:
    """Write a complete, tiny layers folder to ``path`` and return it."""
    path.mkdir(parents=True, exist_ok=True)
    feats = [{"type": "Feature", "id": pid, "geometry": {"type": "Point", "coordinates": [lon, lat]},
              "properties": {"id": pid, "name": name, "names": [], "kind": "town", "district": d,
                             "population": 1000, "anchor": True, "anchor_id": pid, "source": "test"}}
             for pid, name, lon, lat, d in TINY_PLACES]
    (path / "gazetteer.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    square = [[10, 30], [12, 30], [12, 32], [10, 32], [10, 30]]
    (path / "outline.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Testland"}, "geometry": {"type": "Polygon", "coordinates": [square]}}]}))
    west = [[10, 30], [11, 30], [11, 32], [10, 32], [10, 30]]
    east = [[11, 30], [12, 30], [12, 32], [11, 32], [11, 30]]
    (path / "districts.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"iso_3166_2": "W", "name": "West"}, "geometry": {"type": "Polygon", "coordinates": [west]}},
        {"type": "Feature", "properties": {"iso_3166_2": "E", "name": "East"}, "geometry": {"type": "Polygon", "coordinates": [east]}}]}))
    (path / "sides.toml").write_text(SIDES_TOML)
    baseline = baseline or {"p-a": "GNA", "p-b": "GNA", "p-c": "LNA", "p-d": "LNA"}
    (path / "baseline.csv").write_text("place_id,side,date,source\n" +
                                       "".join(f"{k},{v},2020-01-01,test\n" for k, v in baseline.items()))
    (path / "events").mkdir(exist_ok=True)
    return path


@pytest.fixture
def tiny_layers(tmp_path):
    from geo.layers import Layers

    return Layers(make_tiny_layers(tmp_path / "layers"))
