#!/usr/bin/env python3
"""Synthetic but plausible inputs for scaling runs: a layers folder with N places and an event
file with M events over D days.

Places are scattered over a 10 x 8 degree "country" split into 20 districts, with pronounceable
made-up names (plus two alternate spellings each, so geocoding does real work). Events follow a
front that drifts across the country: each day a few places near the front are attacked, some
change hands; a share of event rows spell their place with a variant. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import random
from pathlib import Path

SYLLABLES = ["ta", "ra", "hu", "na", "si", "ghar", "yan", "mis", "zaw", "iya", "bir", "ain", "qas", "sab",
             "ha", "jaf", "ra", "wad", "dan", "suk", "kuf", "mar", "dj", "za", "lit", "ten", "ban", "wal",
             "id", "ajd", "bi", "ya", "tar", "bul", "us", "kh", "oms", "zin", "tan", "nal", "ut"]
SIDES_TOML = """
[conflict]
name = "Synthetic"
opposing = [["GNA", "LNA"]]
withdraw_to = "opponent"
contested_days = 7
stale_days = 180
start = "{start}"
end = "{end}"

[sides.GNA]
name = "Side A"
colour = "#0072B2"
aliases = ["side a forces"]

[sides.LNA]
name = "Side B"
colour = "#E69F00"
aliases = ["side b forces"]

[sides.neutral]
name = "Neutral"
colour = "#999999"

[sides.unknown]
name = "Unknown"
colour = "#DDDDDD"
"""


def _name(rnd: random.Random, used: set[str]) -> str:
    while True:
        n = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))).capitalize()
        if n not in used and len(n) >= 5:
            used.add(n)
            return n


def _variant(rnd: random.Random, name: str) -> str:
    v = name.replace("u", "ou", 1) if "u" in name and rnd.random() < 0.5 else name
    if rnd.random() < 0.5:
        v = "al-" + v
    if rnd.random() < 0.3 and v.endswith("a"):
        v += "h"
    return v


def make_layers(path: Path, *, places: int, start: dt.date, end: dt.date, seed: int = 1) -> list[dict]:
    rnd = random.Random(seed)
    path.mkdir(parents=True, exist_ok=True)
    (path / "events").mkdir(exist_ok=True)
    x0, y0, w, h = 10.0, 24.0, 10.0, 8.0
    cols, rows = 5, 4
    districts = []
    for i in range(cols):
        for j in range(rows):
            x1, y1 = x0 + i * w / cols, y0 + j * h / rows
            ring = [[x1, y1], [x1 + w / cols, y1], [x1 + w / cols, y1 + h / rows], [x1, y1 + h / rows], [x1, y1]]
            districts.append({"type": "Feature", "properties": {"iso_3166_2": f"D{i}{j}", "name": f"D{i}{j}"},
                              "geometry": {"type": "Polygon", "coordinates": [ring]}})
    outline = [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]]
    used: set[str] = set()
    feats, recs = [], []
    for k in range(places):
        lon, lat = x0 + rnd.random() * w, y0 + rnd.random() * h
        name = _name(rnd, used)
        d = f"D{min(cols - 1, int((lon - x0) / (w / cols)))}{min(rows - 1, int((lat - y0) / (h / rows)))}"
        pid = f"s{k:06d}"
        props = {"id": pid, "name": name, "names": [_variant(rnd, name), _variant(rnd, name)], "kind": "town",
                 "district": d, "population": rnd.randint(500, 50_000), "anchor": True, "anchor_id": pid,
                 "source": "synthetic"}
        feats.append({"type": "Feature", "id": pid, "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                      "properties": props})
        recs.append({**props, "lon": lon, "lat": lat})
    (path / "gazetteer.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    (path / "districts.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": districts}))
    (path / "outline.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Synthland"}, "geometry": {"type": "Polygon", "coordinates": [outline]}}]}))
    (path / "sides.toml").write_text(SIDES_TOML.format(start=start.isoformat(), end=end.isoformat()))
    with open(path / "baseline.csv", "w", newline="") as fh:
        wr = csv.writer(fh)
        wr.writerow(["place_id", "side", "date", "source"])
        for r in recs:
            wr.writerow([r["id"], "GNA" if r["lon"] < x0 + w / 2 else "LNA", start.isoformat(), "synthetic"])
    return recs


def make_events(path: Path, places: list[dict], *, events: int, start: dt.date, days: int, seed: int = 2) -> Path:
    rnd = random.Random(seed)
    lons = [p["lon"] for p in places]
    lo, hi = min(lons), max(lons)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\n")
        wr.writerow(["id", "date", "place", "side", "action", "source", "source_url", "notes"])
        per_day = events / days
        k = 0
        for day in range(days):
            front = lo + (hi - lo) * (0.5 + 0.35 * math.sin(day / max(days, 1) * 2 * math.pi))
            n = int(per_day * (day + 1)) - int(per_day * day)
            for _ in range(n):
                p = places[rnd.randrange(len(places))]
                if abs(p["lon"] - front) > 1.5 and rnd.random() < 0.7:
                    p = min(rnd.sample(places, 5), key=lambda q: abs(q["lon"] - front))
                side = "GNA" if rnd.random() < 0.5 else "LNA"
                action = rnd.choices(["attacked", "captured", "withdrew", "holds"], [0.55, 0.2, 0.1, 0.15])[0]
                name = p["name"] if rnd.random() < 0.7 else rnd.choice(p["names"])
                wr.writerow([f"e{k}", (start + dt.timedelta(days=day)).isoformat(), name, side, action,
                             "synthetic", "https://example.org/synthetic", ""])
                k += 1
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--places", type=int, default=5000)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--days", type=int, default=3650)
    a = ap.parse_args()
    start = dt.date(2010, 1, 1)
    recs = make_layers(a.out, places=a.places, start=start, end=start + dt.timedelta(days=a.days))
    make_events(a.out / "events" / "synthetic.csv", recs, events=a.events, start=start, days=a.days)


if __name__ == "__main__":
    main()
