"""The README's benchmark table is the committed benchmarks/results.json, row for row."""

import json
from pathlib import Path

from tests.conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


def test_readme_shows_the_committed_results():
    mod = load_script("benchmarks/table.py")
    results = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    for r in results:
        assert {"name", "value", "baseline", "ratio", "target", "unit", "met", "machine", "date"} <= r.keys()
    assert mod.table(results) in (ROOT / "README.md").read_text(encoding="utf-8")
