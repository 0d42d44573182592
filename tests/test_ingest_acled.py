"""``frontline ingest`` on the notes of the real ACLED export (benchmarks/ingest_acled.py)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import load_script, shared_file

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    return load_script("benchmarks/ingest_acled.py")


def test_what_a_row_asks_for(bench):
    lna = "Military Forces of Libya (2014-) Haftar Faction"
    gna = "Military Forces of Libya (2016-) Government of National Accord"
    row = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "actor1": gna,
           "actor2": "Civilians (Libya)"}
    assert bench.expected_sides(row) == ({"GNA"}, set())
    assert bench.expected_sides({**row, "sub_event_type": "Armed clash", "event_type": "Battles",
                                 "actor2": lna}) == (set(), {"GNA", "LNA"})
    assert bench.expected_sides({**row, "actor1": "Unidentified Armed Group (Libya)"}) == (set(), set())
    assert bench.expected_sides({**row, "event_type": "Protests"}) == (set(), set())


@pytest.mark.shared
def test_the_recorded_figures_are_what_the_current_code_measures(bench, layers):
    shared_file("data", "acled", "acled_libya_2020-04-27_2020-05-09.csv")  # skips where ../shared is absent
    last = json.loads((ROOT / "benchmarks" / "ingest_acled.json").read_text(encoding="utf-8"))["measurements"][-1]
    parts = bench.parts(bench.read_rows())
    assert len(parts["tune"]) + len(parts["held"]) == 122
    got = bench.measure(layers)
    assert set(got) == {f"{part}_{kind}{how}" for part in ("tune", "held") for kind in ("rules", "layer")
                        for how in ("", "_by_name")}
    for key, figures in got.items():
        assert figures == last[key], key


@pytest.mark.shared
def test_no_acled_note_is_copied_into_the_repository(bench):
    path = shared_file("data", "acled", "acled_libya_2020-04-27_2020-05-09.csv")
    notes = [r["notes"] for r in bench.read_rows(path)]
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    for name in tracked.stdout.splitlines():
        f = ROOT / name
        if not f.is_file() or f.suffix in (".png", ".gpkg", ".pyc") or f.stat().st_size > 5_000_000:
            continue
        text = f.read_text(encoding="utf-8", errors="ignore")
        for n in notes:
            # a note's first 60 characters after its date clause would be a copy
            body = n.split(",", 1)[-1].strip()[:60]
            assert len(body) < 40 or body not in text, (name, body)
