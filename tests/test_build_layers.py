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


def test_offset_places_sit_at_their_stated_distance_and_bearing():
    """Every place of scripts/data/offset_places.csv lies where its statement puts it."""
    import csv
    import json

    from pyproj import Geod

    with open(ROOT / "scripts" / "data" / "offset_places.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    feats = {f["properties"]["name"]: f["properties"]
             for f in json.loads((ROOT / "layers" / "gazetteer.geojson").read_text(encoding="utf-8"))["features"]}
    by_gn = {p.get("geonames_name"): p for p in feats.values() if p.get("geonames_name")}
    geod = Geod(ellps="WGS84")
    for r in rows:
        place, ref = feats[r["name"]], feats.get(r["ref_place"]) or by_gn[r["ref_place"]]
        assert place["precision_km"] == float(r["precision_km"]) >= 2, r["name"]
        assert r["statements"].strip() and r["source_urls"].startswith(("http://", "https://")), r["name"]
        az, _, dist = geod.inv(ref["lon"], ref["lat"], place["lon"], place["lat"])
        want = float(r["distance_km"] or 0)
        assert abs(dist / 1000 - want) < 0.01, (r["name"], dist, want)
        if want:
            assert abs((az - float(r["bearing_deg"]) + 180) % 360 - 180) < 0.5, (r["name"], az)
