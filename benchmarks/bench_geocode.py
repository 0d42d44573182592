#!/usr/bin/env python3
"""Geocoding benchmark: Frontline's staged geocoder vs a naive rapidfuzz scan, side by side.

The query set mixes, in fixed proportions, exact gazetteer names, real spelling variants
(tests/data/spelling_variants.csv), Arabic names, misspellings (one random edit of a name) and
foreign place names, drawn with a fixed seed to N queries (default 100,000). Both methods run
on the same queries in the same process:

* baseline: ``rapidfuzz.process.extractOne(q, all_names, scorer=WRatio)`` per query, accepted
  at score >= 85 (the usual "naive fuzzy scan over all gazetteer names");
* Frontline: ``Gazetteer.geocode_many`` (exact → normalised → kind → skeleton → fuzzy, cached).

Accuracy is measured on the queries with a known answer (within 10 km of the expected place)
and on foreign names (must be unresolved). Prints a table and returns a dict for results.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOREIGN = ["Cairo", "Geneva", "Ankara", "Moscow", "Abu Dhabi", "Tunis", "Istanbul", "Berlin", "Paris",
           "Rome", "Algiers", "Khartoum", "Niamey", "Sfax", "Alexandria", "Doha", "Athens", "Valletta",
           "Marseille", "Beirut", "Amman", "Madrid", "Lisbon", "Baghdad", "Casablanca", "N'Djamena"]


def make_queries(gz, n: int, seed: int = 7) -> list[tuple[str, tuple[float, float] | None]]:
    rnd = random.Random(seed)
    places = [p for p in gz.places if p.get("kind") != "district"]
    with open(ROOT / "tests" / "data" / "spelling_variants.csv", encoding="utf-8") as fh:
        variants = [(r["variant"], (float(r["lat"]), float(r["lon"]))) for r in csv.DictReader(fh)]
    arabic = [(p["name_ar"], (p["lat"], p["lon"])) for p in places if p.get("name_ar")]
    exact = [(p["name"], (p["lat"], p["lon"])) for p in places]

    def misspell(name: str) -> str:
        if len(name) < 6:
            return name
        i = rnd.randrange(1, len(name) - 1)
        op = rnd.choice("dsi")
        c = rnd.choice("aeiouy")
        return name[:i] + name[i + 1:] if op == "d" else name[:i] + c + name[i + 1:] if op == "s" else name[:i] + c + name[i:]

    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.30:
            out.append(rnd.choice(exact))
        elif r < 0.60:
            out.append(rnd.choice(variants))
        elif r < 0.75:
            out.append(rnd.choice(arabic))
        elif r < 0.90:
            name, pt = rnd.choice(exact)
            out.append((misspell(name), pt))
        else:
            out.append((rnd.choice(FOREIGN), None))
    return out


def accuracy(results, queries) -> tuple[float, float]:
    from geo.gazetteer import haversine_km

    ok = tot = fok = ftot = 0
    for (q, pt), r in zip(queries, results):
        if pt is None:
            ftot += 1
            fok += r is None
        else:
            tot += 1
            ok += r is not None and haversine_km(r[0], r[1], pt[0], pt[1]) <= 10
    return ok / max(tot, 1), fok / max(ftot, 1)


def run(n: int = 100_000, baseline_sample: int | None = None) -> dict:
    from rapidfuzz import fuzz, process

    from geo.layers import Layers

    layers = Layers()
    t0 = time.perf_counter()
    gz = layers.gazetteer
    load_s = time.perf_counter() - t0
    queries = make_queries(gz, n)
    names, coords = [], []
    for p in gz.places:
        for nm in [p["name"], *p["names"]]:
            names.append(nm)
            coords.append((p["lat"], p["lon"]))

    # Frontline
    gz._cache.clear()
    t0 = time.perf_counter()
    res = gz.geocode_many([q for q, _ in queries])
    ours_s = time.perf_counter() - t0
    ours = [(r["lat"], r["lon"]) if r["status"] != "unresolved" else None for r in res]

    # naive baseline (on a sample if asked, scaled to n; the sample is a prefix of the same queries)
    m = baseline_sample or n
    t0 = time.perf_counter()
    base = []
    for q, _ in queries[:m]:
        hit = process.extractOne(q, names, scorer=fuzz.WRatio, score_cutoff=85)
        base.append(coords[hit[2]] if hit else None)
    base_s = (time.perf_counter() - t0) * (n / m)

    acc_ours, foreign_ours = accuracy(ours[:m], queries[:m])
    acc_base, foreign_base = accuracy(base, queries[:m])
    return {"queries": n, "baseline_measured_on": m, "gazetteer_names": len(names), "load_s": load_s,
            "frontline_s": ours_s, "baseline_s": base_s, "speedup": base_s / ours_s,
            "frontline_accuracy": acc_ours, "baseline_accuracy": acc_base,
            "frontline_foreign_rejected": foreign_ours, "baseline_foreign_rejected": foreign_base}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--baseline-sample", type=int, default=None,
                    help="time the baseline on this many queries and scale (default: all)")
    a = ap.parse_args()
    r = run(a.n, a.baseline_sample)
    print(json.dumps(r, indent=2))


if __name__ == "__main__":
    main()
