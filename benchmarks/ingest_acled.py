"""``frontline ingest`` on prose nobody here wrote or labelled: the ``notes`` of a real ACLED export.

ACLED's analysts describe each event in a sentence or two ("On 8 May 2020, GNA forces targeted LNA positions
with heavy artillery fire in Wadi al Washka (Sirt)") and code it themselves: who acted (``actor1``), what
kind of event it was and where (``location``, ``latitude``, ``longitude``). That makes the file an
independent check of the extractor's attacks:

* **expected**: every battle or remote-violence row whose ``actor1`` is the GNA or the LNA should give that
  side ``attacked`` (or ``captured``) at a place within 10 km of ACLED's point; an armed clash between the
  two asks for nothing and allows either side (as in the labelled passages, where such clashes are
  optional);
* ``--by-name``: a proposal at the place our geocoder reads ACLED's ``location`` as also counts as at
  ACLED's point (so that a gazetteer point 12 km from ACLED's for the same name is not an extraction error);
* **false**: an ``attacked``/``captured`` proposal (at the default confidence) that is not such a hit – a
  wrong side, a wrong place, or an attack in a row ACLED attributes to nobody. Holds and withdrawals are
  counted apart, since ACLED does not code them.

The file is ACLED's (``../shared/data/acled``; its terms forbid copying it into this repository), so this
script reads it where it lies and prints figures only. Rows dated up to ``--tune-until`` (3 May 2020) are
the part the rules may be tuned on; later rows are kept for measuring.

    python3 benchmarks/ingest_acled.py [--rules-only] [--errors] [--part tune|held|all]
    python3 benchmarks/ingest_acled.py --record --when "after round 24"   # both parts, both pipelines, into
                                                                          # benchmarks/ingest_acled.json
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import haversine_km  # noqa: E402
from geo.ingest import extract_events  # noqa: E402
from geo.ingest_model import using  # noqa: E402

RECORD = ROOT / "benchmarks" / "ingest_acled.json"
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared"))
ACLED = SHARED / "data" / "acled" / "acled_libya_2020-04-27_2020-05-09.csv"
TUNE_UNTIL = dt.date(2020, 5, 3)
ATTACKS = ("Battles", "Explosions/Remote violence")
RADIUS_KM = 10.0


def acled_side(actor: str) -> str | None:
    """GNA or LNA from ACLED's actor name, else None."""
    if "Haftar" in actor:
        return "LNA"
    if "Government of National Accord" in actor:
        return "GNA"
    return None


def read_rows(path: Path = ACLED) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for i, r in enumerate(rows, start=2):
        r["line"] = i
        r["date"] = dt.datetime.strptime(r["event_date"], "%d-%b-%y").date()
    return rows


def expected_sides(row: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Sides whose attack the row reports, and sides whose attack it allows without asking for one.

    A clash between the GNA and the LNA is both sides' fight: like the labelled passages ("heavy clashes
    between GNA and LNA forces were reported in Ain Zara"), it asks for no event and allows either side's."""
    if row["event_type"] not in ATTACKS:
        return set(), set()
    first, second = acled_side(row["actor1"]), acled_side(row["actor2"])
    if first is None:
        return set(), set()
    if row["sub_event_type"] == "Armed clash" and second is not None:
        return set(), {first, second}
    return {first}, set()


def score(rows: list[dict[str, Any]], layers: Any, *, min_confidence: float = 0.5,
          by_name: bool = False) -> dict[str, Any]:
    """True, false and missed attacks; with ``by_name`` a proposal at the place our geocoder reads ACLED's own
    ``location`` string as also counts as at ACLED's point (a gazetteer that places the name otherwise than
    ACLED – al-Watiya airbase against the village 12 km off – is then not held against the extractor)."""
    gz = layers.gazetteer
    tp = fp = fn = other = 0
    errors: list[str] = []
    for r in rows:
        sides, allowed = expected_sides(r)
        lat, lon = float(r["latitude"]), float(r["longitude"])
        named = gz.geocode(r["location"])["id"] if by_name else None
        recs = [x for x in extract_events(r["notes"], article_date=r["date"], layers=layers)
                if x["confidence"] >= min_confidence]
        hit = False
        for x in recs:
            if x["action"] not in ("attacked", "captured"):
                other += 1
                continue
            p = gz.by_id[x["place_id"]]
            near = haversine_km(p["lat"], p["lon"], lat, lon) <= RADIUS_KM or x["place_id"] == named
            if x["side"] in sides and near:
                hit = True
            elif x["side"] in allowed and near:
                continue
            else:
                fp += 1
                errors.append(f"line {r['line']}: false {x['side']} {x['action']} {x['place']} "
                              f"(ACLED: {'/'.join(sorted(sides | allowed)) or 'nobody'} at {r['location']})")
        if sides:
            if hit:
                tp += 1
            else:
                fn += 1
                errors.append(f"line {r['line']}: missed {'/'.join(sorted(sides))} at {r['location']}: "
                              f"{r['notes'][:160]}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"rows": len(rows), "expected": tp + fn, "tp": tp, "fp": fp, "fn": fn, "precision": precision,
            "recall": recall, "holds_or_withdrawals": other, "errors": errors}


def parts(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {"tune": [r for r in rows if r["date"] <= TUNE_UNTIL], "held": [r for r in rows if r["date"] > TUNE_UNTIL]}


def measure(layers: Any) -> dict[str, dict[str, int]]:
    """The figures (no ACLED text) of both parts, both pipelines, both ways of scoring, keyed as recorded
    ("held_layer_by_name", …)."""
    from geo.ingest_model import load_model

    split = parts(read_rows())
    out: dict[str, dict[str, int]] = {}
    for kind, model in (("rules", None), ("layer", load_model())):
        with using(model):
            for name, rows in split.items():
                for suffix, by_name in (("", False), ("_by_name", True)):
                    res = score(rows, layers, by_name=by_name)
                    out[f"{name}_{kind}{suffix}"] = {k: res[k] for k in ("rows", "expected", "tp", "fp", "fn")}
    return out


def record(when: str, layers: Any) -> dict[str, Any]:
    """Measure (:func:`measure`) and append the figures to ingest_acled.json."""
    from geo._io import write_text_atomic

    rec = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {
        "source": f"ACLED notes, {ACLED.name} (../shared; not copied); tune part up to {TUNE_UNTIL}",
        "measurements": []}
    entry: dict[str, Any] = {"when": when, "measured": dt.date.today().isoformat(), **measure(layers)}
    rec["measurements"].append(entry)
    write_text_atomic(RECORD, json.dumps(rec, ensure_ascii=False, indent=1) + "\n", overwrite=True)
    return entry


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("tune", "held", "all"), default="all",
                    help=f"rows up to {TUNE_UNTIL} (tune), after it (held) or all")
    ap.add_argument("--rules-only", action="store_true", help="switch off the statistical layer")
    ap.add_argument("--errors", action="store_true", help="list every false and missed attack")
    ap.add_argument("--by-name", action="store_true",
                    help="also count a proposal at the place our geocoder reads ACLED's location name as")
    ap.add_argument("--record", action="store_true",
                    help="measure both parts both ways and append the figures to benchmarks/ingest_acled.json")
    ap.add_argument("--when", help="with --record: at which point of the work (e.g. 'after round 24')")
    args = ap.parse_args(argv)
    if args.record and not args.when:
        ap.error("--record needs --when")
    if not ACLED.exists():
        print(f"no ACLED file at {ACLED} (set FRONTLINE_SHARED to the shared folder)", file=sys.stderr)
        return 2
    from geo.layers import load_layers

    layers = load_layers()
    if args.record:
        entry = record(args.when, layers)
        print(json.dumps(entry))
        return 0
    rows = read_rows()
    if args.part != "all":
        rows = parts(rows)[args.part]
    with using(None) if args.rules_only else contextlib.nullcontext():
        res = score(rows, layers, by_name=args.by_name)
    print(f"{res['rows']} ACLED rows ({args.part}), {res['expected']} attributed attacks; "
          f"{'rules only' if args.rules_only else 'with the statistical layer'}")
    print(f"true {res['tp']}, false {res['fp']}, missed {res['fn']}: precision {res['precision']:.2f}, "
          f"recall {res['recall']:.2f}; holds and withdrawals proposed (not scored): "
          f"{res['holds_or_withdrawals']}")
    if args.errors:
        print("\n".join(res["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
