#!/usr/bin/env python3
"""Rebuild the bundled layers in ``layers/`` from the raw sources.

Usage::

    python scripts/build_layers.py [--raw ../shared/data/raw] [--out layers]

Inputs (read-only):

* ``RAW/gazetteer/geonames_cities500_LY.json`` – GeoNames cities500, Libya (CC BY 4.0)
* ``RAW/gazetteer/geonames_cities500_LY_2023_rows.tsv`` – GeoNames feature codes (CC BY 4.0)
* ``RAW/airports/airportsdata_LY.csv`` (MIT) and ``ourairports_medium_large_LY.json`` (public domain)
* ``RAW/boundaries/libya_districts_ne10m.geojson``, ``libya_outline_ne10m.geojson``,
  ``countries_ne10m_worldatlas_region.geojson``, ``ne10m_coastline_region.geojson``
  (Natural Earth, public domain)
* ``scripts/data/manual_places.csv`` – places no registry source covers, one source each
* ``scripts/data/approximate_places.csv`` – places located from several sourced distance and
  direction statements (point and ``precision_km`` solved beforehand by
  ``scripts/solve_approximate_places.py``, statements quoted per row)
* ``scripts/data/offset_places.csv`` – places located from one sourced statement "D km <bearing>
  of <gazetteer place>" or "in <gazetteer place>": the point is computed here, on the WGS 84
  ellipsoid (pyproj.Geod), from the reference place; ``precision_km`` is the row's stated 1-sigma
* ``scripts/data/extra_aliases.csv`` – spellings seen in reporting, one source each
* ``scripts/data/dropped_alternates.csv`` – GeoNames alternates left out, each with its reason
* ``scripts/data/districts_meta.csv`` – district names (English, Arabic) and seats
* ``scripts/data/baseline_rules.csv`` – who held what on 2019-01-01 (district defaults and
  place overrides, one source each), expanded to one row per place in ``layers/baseline.csv``

The OpenStreetMap files in ``RAW/gazetteer/`` are reference only and are never read here.
Outputs are deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import Point

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo._io import write_text_atomic  # noqa: E402
from geo.geojson import dumps, feature_collection  # noqa: E402
from geo.names import is_arabic, light_key  # noqa: E402

EQUAL_AREA = "EPSG:6933"  # WGS 84 / NSIDC EASE-Grid 2.0 Global (equal-area)
GEONAMES_URL = "https://www.geonames.org/{}"
GEONAMES_TITLE = "GeoNames cities500 (CC BY 4.0), geonameid {}"
AIRPORTSDATA_URL = "https://github.com/mborsetti/airportsdata"
OURAIRPORTS_URL = "https://ourairports.com/airports/{}/"

# Airports whose role in the war is military, and the names reporting gives them.
# (ICAO -> kind, display name, extra names). Roles: OurAirports' own "Air Base" names and the
# ICAO/ident comments of airportsdata; display names as used in 2019–2020 reporting.
AIRPORT_ROLES: dict[str, tuple[str, str, list[str]]] = {
    "HL69": ("airbase", "al-Jufra Airbase", ["Al Jufra Airport", "Jufra airbase", "al-Jufra air base", "Jufra air base", "Al Jufra Air Base", "قاعدة الجفرة الجوية"]),
    "HLGD": ("airbase", "Ghardabiya Airbase", ["Gardabya Airport", "Gardabya", "Ghardabiya", "Al Qardabiya airbase", "Qardabiya", "Sirte airport", "Sirt International Airport", "قاعدة القرضابية الجوية"]),
    "HL59": ("airbase", "al-Khadim Airbase", ["Al Khadim Airport", "Al Khadim", "Al-Khadim air base", "Khadim airbase", "al-Khadem airbase", "قاعدة الخادم الجوية"]),
    "HL66": ("airbase", "Tamanhint Airbase", ["Taminhint Airport", "Tamanhint", "Tamenhint", "Tamanhent airbase", "قاعدة تمنهنت الجوية"]),
    "HL56": ("airbase", "Maaten al-Sarra Airbase", ["Matan al-Sarra Air Base", "Maaten al-Sarra", "Matan as Sarra"]),
    "HLGN": ("airbase", "Gamal Abdel Nasser Airbase", ["Gamal Abdel Nasser Airport", "Tobruk airbase", "Nasser airbase"]),
    "HL77": ("airbase", "al-Watiya Airbase", ["Okba Ibn Nafa Air Base", "Uqba Ibn Nafi Air Base", "al-Watiya air base", "Watiya airbase", "Al Wattiya", "Al-Watiya", "al-Wattiya airbase", "قاعدة الوطية الجوية"]),
    "HLLT": ("airport", "Tripoli International Airport", ["Tripoli airport", "Tripoli Intl", "مطار طرابلس الدولي"]),
    "HLLM": ("airport", "Mitiga Airport", ["Mitiga International Airport", "Mitiga", "Maitika", "Wheelus", "مطار معيتيقة"]),
    "HLMS": ("airport", "Misrata Airport", ["Misrata International Airport", "Misurata airport", "مطار مصراتة"]),
    "HLLB": ("airport", "Benina Airport", ["Benina International Airport", "Benina", "Benghazi airport", "مطار بنينا"]),
    "HLLS": ("airport", "Sabha Airport", ["Sebha airport", "مطار سبها"]),
    "HL54": ("airport", "Bani Walid Airport", ["Beni Walid Airport", "مطار بني وليد"]),
    "HLON": ("airport", "Hun Airport", ["Hon Airport"]),
}
OIL_STRIP_RE = re.compile(r"oil|sarir|amal|attifel|nafurah|zella|dahra|beda|waw al|zelten|warehouse|oxy|hamada|matratin|buzanad|nanur|essider|zueitina|zuetina|brega", re.I)

KIND_RANK = {"city": 0, "town": 1, "district": 2, "village": 3, "neighbourhood": 4, "airbase": 5,
             "airport": 6, "oil_terminal": 7, "oil_field": 8, "military_base": 9, "camp": 10,
             "crossing": 11, "airstrip": 12, "other": 13}
ANCHOR_MIN_SEPARATION_M = 1000.0
MAX_ANCHOR_PRECISION_KM = 10.0  # approximate places less certain than this do not anchor cells


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def keep_name(name: str) -> bool:
    """Every non-empty alternate name, in any script (reporting quotes Cyrillic, Tifinagh …)."""
    return bool(name.strip())


def uniq(seq):
    seen, out = set(), []
    for s in seq:
        s = " ".join(str(s).split())
        if s and s.casefold() not in seen:
            seen.add(s.casefold())
            out.append(s)
    return out


def kind_from_population(pop: int | None, code: str | None) -> str:
    if code in ("PPLC", "PPLA"):
        return "city"
    if pop and pop >= 50_000:
        return "city"
    if pop and pop >= 5_000:
        return "town"
    return "village"


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def build_districts(raw: Path, meta: list[dict[str, str]]) -> gpd.GeoDataFrame:
    d = gpd.read_file(raw / "boundaries" / "libya_districts_ne10m.geojson")
    d = d.sort_values("iso_3166_2").reset_index(drop=True)
    meta_by = {m["iso"]: m for m in meta}
    d["geometry"] = shapely.make_valid(shapely.set_precision(d.geometry.values, 1e-5))
    d["area_km2"] = (d.to_crs(EQUAL_AREA).area / 1e6).round(1)
    out = gpd.GeoDataFrame({
        "id": d["iso_3166_2"],
        "iso_3166_2": d["iso_3166_2"],
        "name": d["name"],
        "name_common": [meta_by[c]["name"] for c in d["iso_3166_2"]],
        "name_ar": [meta_by[c]["name_ar"].split(";")[0] for c in d["iso_3166_2"]],
        "geonames_admin1": d["geonames_admin1"].astype(str),
        "area_km2": d["area_km2"],
        "source": "Natural Earth 1:10m admin-1 lines, polygonised (public domain)",
    }, geometry=d.geometry, crs=4326)
    return out


def build_basemap(raw: Path) -> gpd.GeoDataFrame:
    countries = gpd.read_file(raw / "boundaries" / "countries_ne10m_worldatlas_region.geojson")
    coast = gpd.read_file(raw / "boundaries" / "ne10m_coastline_region.geojson")
    box = shapely.box(5.0, 15.0, 30.0, 38.5)
    countries = countries[countries.geometry.notna()].copy()
    countries["geometry"] = countries.geometry.intersection(box)
    countries = countries[~countries.geometry.is_empty]
    countries["geometry"] = countries.geometry.simplify(0.01, preserve_topology=True)
    countries = countries[countries.to_crs(EQUAL_AREA).area > 10e6]  # drop slivers < 10 km²
    coast = coast.copy()
    coast["geometry"] = coast.geometry.intersection(box).simplify(0.01, preserve_topology=True)
    coast = coast[~coast.geometry.is_empty & (coast.to_crs(EQUAL_AREA).length > 2000)]  # drop islets' coasts < 2 km
    coast_merged = shapely.line_merge(shapely.union_all(coast.geometry.values))
    rows = []
    for name, geom in sorted(zip(countries["name"], countries.geometry), key=lambda t: t[0]):
        rows.append({"id": f"country-{slug(name)}", "layer": "country", "name": name, "geometry": geom})
    rows.append({"id": "coastline", "layer": "coastline", "name": "coastline", "geometry": coast_merged})
    g = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    g["source"] = "Natural Earth 1:10m (public domain), simplified to 0.01 degrees"
    return g


def build_gazetteer(raw: Path, districts: gpd.GeoDataFrame, meta: list[dict[str, str]],
                    manual: list[dict[str, str]], aliases: list[dict[str, str]],
                    approximate: list[dict[str, str]] = (), offsets: list[dict[str, str]] = ()) -> gpd.GeoDataFrame:
    gn = json.loads((raw / "gazetteer" / "geonames_cities500_LY.json").read_text(encoding="utf-8"))
    codes = {}
    with open(raw / "gazetteer" / "geonames_cities500_LY_2023_rows.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            codes[int(row["geonameid"])] = row["feature_code"]
    alias_by: dict[str, list[tuple[str, str, str]]] = {}
    for a in aliases:
        alias_by.setdefault(a["match_name"], []).append((a["alias"], a.get("source_title", ""), a.get("source_url", "")))

    display = {d["geonames_name"]: d["display_name"] for d in read_csv(ROOT / "scripts" / "data" / "display_names.csv")}
    # GeoNames alternates that name another place in 2019-2020 reporting, each with its reason
    dropped = {(d["geonames_name"], d["alternate"]) for d in read_csv(ROOT / "scripts" / "data" / "dropped_alternates.csv")}
    places: list[dict] = []
    for r in sorted(gn, key=lambda r: r["geonameid"]):
        gid = int(r["geonameid"])
        shown = display.get(r["name"], r["name"])
        alts = [n for n in r.get("alternatenames", []) if keep_name(n) and (r["name"], n) not in dropped]
        extra = [a for a, _, _ in alias_by.get(r["name"], []) + alias_by.get(display.get(r["name"], ""), [])]
        names = uniq([shown, r["name"], unicodedata.normalize("NFKD", r["name"]).encode("ascii", "ignore").decode(), *extra, *alts])
        arabic = [n for n in names if is_arabic(n)]
        pop = int(r["population"]) if r.get("population") else None
        places.append({
            "id": f"gn-{gid}", "name": shown, "geonames_name": r["name"], "names": [n for n in names if n != shown],
            "name_ar": arabic[0] if arabic else None,
            "kind": kind_from_population(pop, codes.get(gid)), "population": pop or None,
            "lat": float(r["latitude"]), "lon": float(r["longitude"]),
            "source": GEONAMES_TITLE.format(gid), "source_url": GEONAMES_URL.format(gid),
            "alias_sources": sorted({u for _, _, u in alias_by.get(r["name"], []) if u}),
        })

    town_keys = {light_key(n) for p in places for n in [p["name"], *p["names"]]}
    airports: dict[str, dict] = {}
    with open(raw / "airports" / "airportsdata_LY.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            # airportsdata's "city" is the place served: a name of the airport only when it names no
            # town of its own ("Sarir", "Amal V12"); "Sirt" is the town ("Sirte airport" is found by
            # the geocoder's kind hint).
            city = row.get("city") or ""
            alts = [city] if city and light_key(city) not in town_keys else [f"{city} airport"] if city else []
            airports[row["icao"]] = {"name": row["name"], "lat": float(row["lat"]), "lon": float(row["lon"]),
                                     "alts": alts, "iata": row.get("iata") or "",
                                     "source": f"airportsdata (MIT), ICAO {row['icao']}", "source_url": AIRPORTSDATA_URL}
    for row in json.loads((raw / "airports" / "ourairports_medium_large_LY.json").read_text(encoding="utf-8")):
        ident = row["ident"]
        kw = [k.strip() for k in (row.get("keywords") or "").split(",") if k.strip()]
        kw = [k if light_key(k) not in town_keys else f"{k} airport" for k in kw]  # as for "city" above
        entry = airports.get(ident)
        if entry is None:
            airports[ident] = {"name": row["name"], "lat": float(row["latitude_deg"]), "lon": float(row["longitude_deg"]),
                               "alts": kw, "iata": row.get("iata_code") or "",
                               "source": f"OurAirports (public domain), {ident}", "source_url": OURAIRPORTS_URL.format(ident)}
        else:
            entry["alts"] += [row["name"], *kw]
    curated = {light_key(n): icao for icao, (_, shown, extra) in AIRPORT_ROLES.items() for n in [shown, *extra]}
    for icao in sorted(airports):
        a = airports[icao]
        a["alts"] = [n for n in a["alts"] if curated.get(light_key(n), icao) == icao]
        kind, display, extra_names = AIRPORT_ROLES.get(icao, (None, a["name"], []))
        if kind is None:
            if re.search(r"air ?base", a["name"], re.I):
                kind = "airbase"
            elif OIL_STRIP_RE.search(a["name"]):
                kind = "airstrip"
            else:
                kind = "airport"
        extra = [x for x, _, _ in alias_by.get(icao, [])]
        names = uniq([display, a["name"], *extra_names, *extra, *a["alts"], icao, a["iata"]])
        arabic = [n for n in names if is_arabic(n)]
        places.append({
            "id": f"icao-{icao}", "name": display, "names": [n for n in names if n != display],
            "name_ar": arabic[0] if arabic else None, "kind": kind, "population": None,
            "lat": a["lat"], "lon": a["lon"], "source": a["source"], "source_url": a["source_url"],
            "alias_sources": sorted({u for _, _, u in alias_by.get(icao, []) if u}),
        })

    seen_ids = {p["id"] for p in places}

    def hand_added(m: dict[str, str], table: str) -> dict:
        """A place from one of the hand-curated tables (id from its name, names and sources)."""
        pid = f"fl-{slug(m['name'])}"
        if pid in seen_ids:
            raise SystemExit(f"{table}: duplicate id {pid!r} for {m['name']!r}")
        seen_ids.add(pid)
        names = uniq([m["name"], *m.get("alt_names", "").split(";"), *m.get("name_ar", "").split(";"),
                      *[x for x, _, _ in alias_by.get(m["name"], [])]])
        arabic = [n for n in names if is_arabic(n)]
        pop = m.get("population", "")
        return {"id": pid, "name": m["name"], "names": [n for n in names if n != m["name"]],
                "name_ar": arabic[0] if arabic else None, "kind": m["kind"] or "other",
                "population": int(float(pop)) if pop else None, "lat": float(m["lat"]), "lon": float(m["lon"]),
                "alias_sources": sorted({u for _, _, u in alias_by.get(m["name"], []) if u})}

    for m in manual:
        places.append({**hand_added(m, "manual_places.csv"), "source": m["source_title"],
                       "source_url": m["source_url"]})

    def stated(m: dict[str, str], table: str) -> dict:
        """A place located from quoted, sourced statements: sources, the statements and precision_km."""
        titles = [t.strip() for t in m.get("source_titles", "").split(" | ") if t.strip()]
        urls = [u.strip() for u in m.get("source_urls", "").split(" | ") if u.strip()]
        place = hand_added(m, table)
        place.update(source="; ".join(titles) + f" (location derived from: {m.get('statements', '')})",
                     source_url=urls[0] if urls else "", precision_km=float(m["precision_km"]),
                     alias_sources=sorted(set(place["alias_sources"]) | set(urls[1:])))
        return place

    # Approximate places: points derived from sourced distance/direction statements, with an
    # honest uncertainty (precision_km) carried into the gazetteer and shown on maps.
    places += [stated(m, "approximate_places.csv") for m in approximate]
    # Offset places: one sourced statement "D km <bearing> of REF" (or "in REF": no distance),
    # the point computed from the reference place on the ellipsoid (references may be earlier offsets).
    for m in offsets:
        places.append(stated({**m, **offset_point(m, places)}, "offset_places.csv"))

    # District entries: a name for the whole sha'biya, placed at its seat.
    by_name = {p.get("geonames_name", p["name"]): p for p in places}
    for m in meta:
        seat = by_name[m["seat"]]
        names = uniq([m["name"], *m["aliases"].split(";"), *m["name_ar"].split(";")])
        arabic = [n for n in names if is_arabic(n)]
        places.append({
            "id": f"district-{m['iso']}", "name": m["name"], "names": [n for n in names if n != m["name"]],
            "name_ar": arabic[0] if arabic else None, "kind": "district", "population": None,
            "lat": seat["lat"], "lon": seat["lon"], "source": m["source_title"], "source_url": m["source_url"],
            "alias_sources": [], "district": m["iso"],
        })

    g = gpd.GeoDataFrame(places, geometry=[Point(p["lon"], p["lat"]) for p in places], crs=4326)
    # District by point-in-polygon (so a place and its cell agree), nearest district for the
    # few coastal points that fall just outside the Natural Earth coast.
    joined = gpd.sjoin(g[["geometry"]], districts[["iso_3166_2", "geometry"]], how="left", predicate="within")
    joined = joined[~joined.index.duplicated()]
    pip = joined["iso_3166_2"]
    missing = pip.isna()
    if missing.any():
        gm = g[missing].to_crs(EQUAL_AREA)
        dm = districts.to_crs(EQUAL_AREA)
        near = gpd.sjoin_nearest(gm[["geometry"]], dm[["iso_3166_2", "geometry"]], how="left")
        near = near[~near.index.duplicated()]
        pip = pip.copy()
        pip[missing] = near["iso_3166_2"]
    g["district"] = [p.get("district") or d for p, d in zip(places, pip)]
    outside = g[missing]
    far = []
    if len(outside):
        dist = outside.to_crs(EQUAL_AREA).distance(shapely.union_all(districts.to_crs(EQUAL_AREA).geometry.values))
        far = list(outside.loc[dist > 5000, "name"])
    if far:
        raise SystemExit(f"places more than 5 km outside Libya: {far}")

    # Anchors: the places whose cells carry control. Districts never anchor; of points closer
    # than 1 km the higher-ranked (precisely located first, then kind, then population) one anchors.
    # a place located from a statement never displaces one whose coordinates a source prints
    precision = g["precision_km"] if "precision_km" in g.columns else pd.Series([None] * len(g))
    approx = [pk is not None and not pd.isna(pk) for pk in precision]
    g["rank"] = [(a, KIND_RANK.get(k, 99), -(p or 0), i)
                 for i, (a, k, p) in enumerate(zip(approx, g["kind"], g["population"].fillna(0)))]
    order = sorted(range(len(g)), key=lambda i: g["rank"].iloc[i])
    proj = g.to_crs(EQUAL_AREA).geometry
    anchors: list[int] = []
    anchor_flag = [False] * len(g)
    tree_pts = []
    for i in order:
        if g["kind"].iloc[i] == "district":
            continue
        pk = precision.iloc[i]
        if pk is not None and not pd.isna(pk) and float(pk) > MAX_ANCHOR_PRECISION_KM:
            continue  # too uncertain to own a cell: its events go to the nearest anchor
        p = proj.iloc[i]
        if any(p.distance(q) < ANCHOR_MIN_SEPARATION_M for q in tree_pts):
            continue
        tree_pts.append(p)
        anchors.append(i)
        anchor_flag[i] = True
    g["anchor"] = anchor_flag
    # Every place maps to the anchor whose cell carries its control: itself, the anchor that
    # suppressed it (< 1 km away), or, for a district entry, the anchor nearest its seat.
    anchor_pts = [(j, proj.iloc[j]) for j in anchors]
    anchor_of = []
    for i in range(len(g)):
        if anchor_flag[i]:
            anchor_of.append(g["id"].iloc[i])
            continue
        p = proj.iloc[i]
        j = min(anchor_pts, key=lambda t: t[1].distance(p))[0]
        anchor_of.append(g["id"].iloc[j])
    g["anchor_id"] = anchor_of
    g = g.drop(columns=["rank", "lat", "lon"])
    g["lat"] = [round(pt.y, 6) for pt in g.geometry]
    g["lon"] = [round(pt.x, 6) for pt in g.geometry]
    g["names"] = [list(n) for n in g["names"]]
    g["alias_sources"] = [list(a) for a in g["alias_sources"]]
    if "precision_km" not in g.columns:
        g["precision_km"] = None
    cols = ["id", "name", "geonames_name", "names", "name_ar", "kind", "district", "population", "lat", "lon",
            "precision_km", "anchor", "anchor_id", "source", "source_url", "alias_sources", "geometry"]
    g = g[cols].sort_values("id").reset_index(drop=True)
    return g


def offset_point(row: dict[str, str], places: list[dict]) -> dict[str, float]:
    """The point ``distance_km`` along ``bearing_deg`` from the place named ``ref_place``."""
    from pyproj import Geod

    ref_name = row["ref_place"].strip()
    refs = ([p for p in places if p["name"] == ref_name]
            or [p for p in places if p.get("geonames_name") == ref_name])
    if len(refs) != 1:
        raise SystemExit(f"offset_places.csv: {row['name']!r}: reference {ref_name!r} names "
                         f"{len(refs)} gazetteer places (need exactly one)")
    ref = refs[0]
    dist = float(row["distance_km"]) if row.get("distance_km", "").strip() else 0.0
    if dist == 0.0:
        return {"lat": ref["lat"], "lon": ref["lon"]}
    if not row.get("bearing_deg", "").strip():
        raise SystemExit(f"offset_places.csv: {row['name']!r}: a distance needs a bearing")
    lon, lat, _ = Geod(ellps="WGS84").fwd(ref["lon"], ref["lat"], float(row["bearing_deg"]), dist * 1000.0)
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


def build_baseline(gaz: gpd.GeoDataFrame, rules: list[dict[str, str]]) -> list[dict[str, str]]:
    """Expand district defaults and place overrides to one row per anchoring place."""
    if not rules:
        return []
    district_rules = {r["scope"]: r for r in rules if r["scope"].startswith("LY-")}
    place_rules: dict[str, dict[str, str]] = {}
    from geo.gazetteer import Gazetteer  # built from the gazetteer being written

    gz = Gazetteer(gaz)
    for r in rules:
        if r["scope"].startswith("place:"):
            name = r["scope"][len("place:"):].strip()
            res = gz.geocode(name)
            if res["status"] == "unresolved":
                print(f"warning: baseline_rules.csv: place {name!r} not in the gazetteer, rule not applied "
                      f"(nearest: {[c['name'] for c in res['candidates'][:3]]})", file=sys.stderr)
                continue
            place_rules[gz.by_id[res["id"]].get("anchor_id") or res["id"]] = r
    rows = []
    for rec in gaz[gaz["anchor"]].itertuples():
        rule = place_rules.get(rec.id) or district_rules.get(rec.district)
        if rule is None:
            raise SystemExit(f"baseline_rules.csv: no rule for district {rec.district!r} (place {rec.name!r})")
        rows.append({"place_id": rec.id, "place": rec.name, "side": rule["side"],
                     "source": rule["source"], "source_title": rule["source_title"],
                     "source_url": rule["source_url"], "source_date": rule.get("source_date", ""),
                     "rule": rule["scope"], "notes": rule.get("notes", "")})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--raw", type=Path, default=ROOT.parent / "shared" / "data" / "raw")
    ap.add_argument("--out", type=Path, default=ROOT / "layers")
    args = ap.parse_args(argv)
    raw, out = args.raw, args.out
    if not (raw / "SOURCES.md").exists():
        raise SystemExit(f"raw data folder {str(raw)!r} not found (expected SOURCES.md there)")
    data = ROOT / "scripts" / "data"
    meta = read_csv(data / "districts_meta.csv")
    districts = build_districts(raw, meta)
    outline = gpd.GeoDataFrame({"id": ["LY"], "name": ["Libya"], "iso_a2": ["LY"],
                                "area_km2": [round(float(districts.to_crs(EQUAL_AREA).union_all().area / 1e6), 1)],
                                "source": ["Natural Earth 1:10m, union of the 22 districts (public domain)"]},
                               geometry=[shapely.union_all(districts.geometry.values)], crs=4326)
    basemap = build_basemap(raw)
    gaz = build_gazetteer(raw, districts, meta, read_csv(data / "manual_places.csv"), read_csv(data / "extra_aliases.csv"),
                          read_csv(data / "approximate_places.csv"), read_csv(data / "offset_places.csv"))
    out.mkdir(parents=True, exist_ok=True)
    attribution = {"attribution": "Places: GeoNames (CC BY 4.0), airportsdata (MIT), OurAirports (public domain), "
                                  "hand-added places with per-feature sources; boundaries: Natural Earth (public domain)"}
    write_text_atomic(out / "districts.geojson", dumps(feature_collection(districts, ndigits=5, extra=attribution)))
    write_text_atomic(out / "libya.geojson", dumps(feature_collection(outline, ndigits=5, extra=attribution)))
    write_text_atomic(out / "basemap.geojson", dumps(feature_collection(basemap, ndigits=3, extra=attribution)))
    write_text_atomic(out / "gazetteer.geojson", dumps(feature_collection(gaz, ndigits=6, extra=attribution)))
    baseline = build_baseline(gaz, read_csv(data / "baseline_rules.csv"))
    if baseline:
        import io

        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(baseline[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(baseline)
        write_text_atomic(out / "baseline.csv", buf.getvalue())
    print(f"districts: {len(districts)}; gazetteer: {len(gaz)} places ({int(gaz['anchor'].sum())} anchors); "
          f"basemap: {len(basemap)} features; baseline: {len(baseline)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
