#!/usr/bin/env python3
"""Solve the points of ``scripts/data/approximate_places.csv`` from their sourced statements.

Usage::

    python3 scripts/solve_approximate_places.py           # print the solution table
    python3 scripts/solve_approximate_places.py --check   # exit 1 if the CSV disagrees

Inputs (read-only): ``scripts/data/approximate_statements.json`` (per place: names, kind and
its quoted, sourced statements, each turned into one or more models), reference points from
``layers/gazetteer.geojson`` (by name or id) and the land polygon of ``layers/libya.geojson``.
No OpenStreetMap file is read.

Models (distances in km, taken as great-circle although a source may mean road distance;
bearings as compass points or degrees):

* ``["dd", ref, km, bearing]`` – distance and direction: a radial residual (sigma ``sk``,
  default max(2 km, 10 %)) and a cross-track residual at the stated range (sigma
  ``km * tan(sd)``, ``sd`` default 13 degrees)
* ``["d", ref, km]`` – distance only (sigma ``sk``)
* ``["dir", ref, bearing]`` – direction only (sigma ``sd``, widened close to the reference)
* ``["between", A, B]`` – on the segment A-B, uniform along it (perpendicular sigma ``sk``,
  default 10 % of the length + 1 km)
* ``["near", ref, km]`` – within about ``km`` of ref (RMS radius ``km``)

A reference is a place listed earlier in the statements file (its solved point, with its
precision added in quadrature to the sigmas) or else a gazetteer place, taken as exact (every
gazetteer place used so far has source-printed coordinates).

Each place is solved on a 601 x 601 grid in a local plane (equirectangular about the first
reference) that covers all its references plus the longest stated reach. The posterior weight
is ``exp(-chi2/2)``, set to zero off land. The solved point is the weighted mean, ``rms`` the
RMS radial spread of the weight about it, and ``sigma = rms * sqrt(chi2_min/dof)`` when the
statements disagree (``chi2_min > dof > 0``), otherwise ``rms``. The precision the solver
assigns (and passes on to places that use this one as reference) is ``max(2, ceil(sigma))``.

``--check`` compares the CSV with the solution: names, kind, ``near`` and the quoted
statements, titles and URLs must match the statements file; lat/lon must lie within 0.5 km
of the solved point; ``precision_km`` must be at least ``max(2, ceil(sigma))``. A larger
``precision_km`` is allowed: ten rows were widened when the CSV was written, nine so that the
stated uncertainty covers the OpenStreetMap point of the same name (a cross-check done
outside the repo and recorded in each row's ``coord_note``; Khallet Ben Aoun one km further, so
that a point that uncertain anchors no cell) and Airport Road to half the road's length;
widening never moves a point.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = ROOT / "scripts" / "data" / "approximate_statements.json"
CSV_PATH = ROOT / "scripts" / "data" / "approximate_places.csv"
GAZETTEER = ROOT / "layers" / "gazetteer.geojson"
LAND = ROOT / "layers" / "libya.geojson"

EARTH_KM = 6371.0088
GRID_N = 601
TOLERANCE_KM = 0.5
COMPASS = {c: 22.5 * i for i, c in enumerate(
    "N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split())}


def bearing_deg(b) -> float:
    return COMPASS[b] if isinstance(b, str) else float(b)


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


class References:
    """Gazetteer places by name or id, overridden by places already solved."""

    def __init__(self, gazetteer_features, pending_names):
        self.features = gazetteer_features
        self.pending = set(pending_names)
        self.solved: dict[str, tuple[float, float, float]] = {}

    def add(self, name, lat, lon, precision_km):
        self.solved[name] = (lat, lon, float(precision_km))
        self.pending.discard(name)

    def __call__(self, name):
        """(lat, lon, precision_km) of a reference."""
        if name in self.solved:
            return self.solved[name]
        if name in self.pending:
            # the gazetteer copy of a place is itself built from the CSV: never use it
            raise ValueError(f"reference {name!r} is solved later in the statements file")
        hits = [f["properties"] for f in self.features
                if name in (f["properties"]["id"], f["properties"]["name"])]
        hits = [p for p in hits if p["kind"] != "district"] or hits
        if not hits:
            raise KeyError(f"reference {name!r} not in the gazetteer")
        return hits[0]["lat"], hits[0]["lon"], 0.0


def flat_models(place):
    """One dict per model: {'m': model, 'sk'?, 'sd'?} (a statement's sigmas apply to all its models)."""
    out = []
    for s in place["statements"]:
        for m in s["models"]:
            d = {"m": m}
            for k in ("sk", "sd"):
                if k in s:
                    d[k] = s[k]
            out.append(d)
    return out


def residuals(models, X, Y, xy, ref):
    """Normalised residual arrays (one or two per model) over the grid X, Y (km)."""
    out = []
    for s in models:
        m = s["m"]
        kind = m[0]
        if kind in ("dd", "d", "dir", "near"):
            la, lo, pr = ref(m[1])
            cx, cy = xy(la, lo)
            dx, dy = X - cx, Y - cy
            dist = np.hypot(dx, dy)
        if kind == "dd":
            km, b = m[2], bearing_deg(m[3])
            sk = math.hypot(s.get("sk", max(2.0, 0.10 * km)), pr)
            sd = s.get("sd", 13.0)
            da = (np.degrees(np.arctan2(dx, dy)) - b + 180) % 360 - 180
            out.append((dist - km) / sk)
            cross_sigma = math.hypot(km * math.tan(math.radians(sd)), pr)
            out.append(km * np.tan(np.radians(np.clip(da, -80, 80))) / cross_sigma)
        elif kind == "d":
            km = m[2]
            sk = math.hypot(s.get("sk", max(2.0, 0.10 * km)), pr)
            out.append((dist - km) / sk)
        elif kind == "dir":
            b, sd = bearing_deg(m[2]), s.get("sd", 13.0)
            da = (np.degrees(np.arctan2(dx, dy)) - b + 180) % 360 - 180
            near_ref = np.degrees(np.arctan2(pr + 0.5, np.maximum(dist, 1e-6)))
            out.append(da / np.hypot(sd, near_ref))
        elif kind == "near":
            sk = math.hypot(m[2], pr) / math.sqrt(2)
            out.append(dx / sk)
            out.append(dy / sk)
        elif kind == "between":
            la, lo, pa = ref(m[1])
            la2, lo2, pb = ref(m[2])
            a, b = xy(la, lo), xy(la2, lo2)
            ab = b - a
            L2 = float(np.dot(ab, ab))
            sk = math.hypot(s.get("sk", 0.1 * math.sqrt(L2) + 1), max(pa, pb))
            u = np.clip(((X - a[0]) * ab[0] + (Y - a[1]) * ab[1]) / L2, 0, 1)
            out.append(np.hypot(X - (a[0] + u * ab[0]), Y - (a[1] + u * ab[1])) / sk)
        else:
            raise ValueError(f"unknown model {kind!r}")
    return out


def solve_place(models, ref, land, n=GRID_N):
    la0, lo0, _ = ref(models[0]["m"][1])
    kx = math.pi / 180 * EARTH_KM * math.cos(math.radians(la0))
    ky = math.pi / 180 * EARTH_KM

    def xy(la, lo):
        return np.array([(lo - lo0) * kx, (la - la0) * ky])

    # grid: all references plus the longest reach of any statement
    pts, reach = [], 10.0
    for s in models:
        m = s["m"]
        for r in (m[1:3] if m[0] == "between" else m[1:2]):
            pts.append(xy(*ref(r)[:2]))
        if m[0] in ("dd", "d"):
            reach = max(reach, m[2] * 1.6)
        elif m[0] == "near":
            reach = max(reach, m[2] * 4)
        elif m[0] == "dir":
            reach = max(reach, 40.0)
    pts = np.array(pts)
    cx, cy = pts.mean(axis=0)
    span = float(np.max(np.abs(pts - [cx, cy]))) + reach
    g = np.linspace(-span, span, n)
    X, Y = np.meshgrid(cx + g, cy + g)

    res = residuals(models, X, Y, xy, ref)
    chi2 = sum(r ** 2 for r in res)
    on_land = shapely.contains_xy(land, lo0 + X / kx, la0 + Y / ky)
    chi2 = np.where(on_land, chi2, np.inf)
    cmin = float(chi2.min())
    w = np.exp(-(chi2 - cmin) / 2)
    w /= w.sum()
    mx, my = float((w * X).sum()), float((w * Y).sum())
    rms = math.sqrt(float((w * ((X - mx) ** 2 + (Y - my) ** 2)).sum()))
    dof = len(res) - 2
    infl = math.sqrt(cmin / dof) if dof > 0 and cmin > dof else 1.0
    sigma = rms * infl
    return {"lat": la0 + my / ky, "lon": lo0 + mx / kx, "rms": rms, "sigma": sigma,
            "chi2": cmin, "dof": dof, "inflation": infl, "precision_km": max(2, math.ceil(sigma - 1e-3)),  # 16.9994 stays 17 across numpy builds
            "cell_km": 2 * span / (n - 1)}


def load_places(path=STATEMENTS):
    return json.loads(Path(path).read_text(encoding="utf-8"))["places"]


def solve_all(statements=STATEMENTS, gazetteer=GAZETTEER, land=LAND):
    """Solve every place of the statements file in order; returns one dict per place."""
    places = load_places(statements)
    feats = json.loads(Path(gazetteer).read_text(encoding="utf-8"))["features"]
    poly = shape(json.loads(Path(land).read_text(encoding="utf-8"))["features"][0]["geometry"])
    shapely.prepare(poly)
    ref = References(feats, [p["name"] for p in places])
    out = []
    for p in places:
        r = solve_place(flat_models(p), ref, poly)
        ref.add(p["name"], r["lat"], r["lon"], r["precision_km"])
        out.append({"name": p["name"], "statements": len(p["statements"]), **r})
    return out


def check(csv_path=CSV_PATH, statements=STATEMENTS, solution=None):
    """Compare the CSV with the solution. Returns (problems, rows); rows hold per-place figures."""
    places = load_places(statements)
    solution = solution if solution is not None else solve_all(statements)
    sol = {s["name"]: s for s in solution}
    with open(csv_path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    problems, report = [], []
    if [r["name"] for r in rows] != [p["name"] for p in places]:
        problems.append("CSV rows and statement places differ in names or order")
    for p in places:
        row = next((r for r in rows if r["name"] == p["name"]), None)
        if row is None:
            problems.append(f"{p['name']}: no CSV row")
            continue
        s = sol[p["name"]]
        want = {"alt_names": ";".join(p["alt_names"]), "name_ar": p["name_ar"], "kind": p["kind"],
                "near": p["near"],
                "statements": " | ".join('"' + st["quote"] + '"' for st in p["statements"]),
                "source_titles": " | ".join(st["title"] for st in p["statements"]),
                "source_urls": " | ".join(st["url"] for st in p["statements"])}
        for col, v in want.items():
            if row[col] != v:
                problems.append(f"{p['name']}: {col} differs from the statements file")
        off = haversine_km(float(row["lat"]), float(row["lon"]), s["lat"], s["lon"])
        prec = float(row["precision_km"])
        if off > TOLERANCE_KM:
            problems.append(f"{p['name']}: CSV point {off:.2f} km from the solved point")
        if prec < s["precision_km"]:
            problems.append(f"{p['name']}: precision_km {prec:g} < solver's {s['precision_km']}")
        report.append({"name": p["name"], "offset_km": off, "csv_precision_km": prec,
                       "solver_precision_km": s["precision_km"], "sigma": s["sigma"],
                       "widened": prec > s["precision_km"]})
    return problems, report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if scripts/data/approximate_places.csv disagrees with the solution")
    args = ap.parse_args(argv)
    solution = solve_all()
    print(f"{'place':22s} {'lat':>9s} {'lon':>9s} {'rms':>6s} {'infl':>5s} {'chi2/dof':>10s} "
          f"{'sigma':>6s} {'prec':>4s}")
    for s in solution:
        print(f"{s['name']:22s} {s['lat']:9.5f} {s['lon']:9.5f} {s['rms']:6.2f} {s['inflation']:5.2f} "
              f"{s['chi2']:6.2f}/{s['dof']:<3d} {s['sigma']:6.2f} {s['precision_km']:4d}")
    if not args.check:
        return 0
    problems, rows = check(solution=solution)
    print()
    for r in rows:
        note = f"  (widened from {r['solver_precision_km']})" if r["widened"] else ""
        print(f"{r['name']:22s} offset {r['offset_km'] * 1000:6.1f} m  precision_km "
              f"{r['csv_precision_km']:g}{note}")
    for p in problems:
        print("MISMATCH:", p, file=sys.stderr)
    print(f"\n{len(problems)} problem(s)" if problems else f"\nall {len(rows)} rows agree")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
