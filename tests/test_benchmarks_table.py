"""The README's benchmark table is the committed benchmarks/results.json, row for row."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_shows_the_committed_results():
    spec = importlib.util.spec_from_file_location("bench_table", ROOT / "benchmarks" / "table.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    results = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    for r in results:
        assert {"name", "value", "baseline", "ratio", "target", "unit", "met", "machine", "date"} <= r.keys()
    assert mod.table(results) in (ROOT / "README.md").read_text(encoding="utf-8")
