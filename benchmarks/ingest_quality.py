"""Precision and recall of ``frontline ingest`` on the labelled passages, per action.

Usage::

    python benchmarks/ingest_quality.py                 # every passage
    python benchmarks/ingest_quality.py --split holdout # passages kept out of the first tuning
    python benchmarks/ingest_quality.py --split fresh --errors

The passages (``tests/data/ingest_passages.jsonl``) were written for the tests from cited 2019-2020
reports; see that file for outlet, title, URL and date of each. Splits: ``tune`` (the rules were
written against them), ``holdout`` (kept out of the first tuning), ``fresh`` (written after it;
their misses then led to general rules, so they are seen now), ``blind`` (written after those
rules and measured once – do not tune on them; write new passages to measure again).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.ingest import evaluate, quality_table  # noqa: E402
from geo.layers import load_layers  # noqa: E402

PASSAGES = ROOT / "tests" / "data" / "ingest_passages.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["tune", "holdout", "fresh", "blind", "all"], default="all")
    ap.add_argument("--min-confidence", type=float, default=0.5)
    ap.add_argument("--errors", action="store_true", help="List every false positive and negative.")
    args = ap.parse_args(argv)
    passages = [json.loads(ln) for ln in PASSAGES.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if args.split != "all":
        passages = [p for p in passages if p["split"] == args.split]
    res = evaluate(passages, layers=load_layers(), min_confidence=args.min_confidence)
    sys.stdout.write(f"{len(passages)} passages ({args.split}), min confidence {args.min_confidence}\n\n")
    sys.stdout.write(quality_table(res) + "\n")
    if args.errors:
        sys.stdout.write("\n" + "\n".join(res["errors"]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
