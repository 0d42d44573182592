"""The committed layers are exactly what scripts/build_layers.py makes from the raw sources."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, shared_file

BUILT = ["gazetteer.geojson", "districts.geojson", "libya.geojson", "basemap.geojson", "baseline.csv"]


@pytest.mark.shared
def test_build_script_reproduces_the_committed_layers(tmp_path):
    raw = shared_file("data", "raw", "SOURCES.md").parent
    out = tmp_path / "layers"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_layers.py"), "--raw", str(raw), "--out", str(out)],
                   check=True, capture_output=True, text=True)
    for name in BUILT:
        assert (out / name).read_bytes() == (ROOT / "layers" / name).read_bytes(), name
