"""The data behind the maps, as plain JSON-ready values (no folium, no matplotlib here).

Everything a page shows is computed here from a :class:`geo.zones.Territory`: the cells
simplified as a coverage, zones and front line built from those simplified cells (so the three
agree to the last vertex), place and event records for popups, per-side statistics and the
compact timeline payload. Strings are passed through untouched (only URLs that are not
absolute http(s) are dropped): escaping happens where they meet HTML (Jinja autoescape) or
JavaScript (``tojson``), never here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from geo.geojson import plain_value

__all__ = [
    "ATTRIBUTION", "EVENT_SYMBOLS", "FACILITY_KINDS", "as_date", "safe_url", "plain", "map_cells",
    "zones_of", "fc_of", "front_of", "basemap_fc", "place_records", "event_records", "side_stats",
    "directions", "timeline_dates", "timeline_payload", "region_name", "long_date", "fmt_km2",
    "fmt_people", "side_list",
]

#: Credits shown on every map (plain text; tile credits are added by the tile layer itself).
ATTRIBUTION = ("Frontline · places: GeoNames (CC BY 4.0) and sourced additions · "
               "boundaries and coastline: Natural Earth")

#: Kinds drawn as facilities (ringed markers) rather than settlements.
FACILITY_KINDS = frozenset({"airbase", "airport", "airstrip", "oil_field", "oil_terminal", "camp",
                            "crossing", "other"})
_KIND_RADIUS = {"city": 6.0, "town": 4.5, "village": 3.5, "neighbourhood": 4.0}

#: One SVG path per event action, in a 16 x 16 box; used by the legend, the markers and nothing else.
EVENT_SYMBOLS = {
    "captured": "M8 1.5 L14.5 14 L1.5 14 Z",                        # triangle: took the place
    "withdrew": "M8 2.5 A5.5 5.5 0 1 1 7.99 2.5 Z M8 5 A3 3 0 1 0 8.01 5 Z",  # ring: pulled out
    "attacked": "M2 4 L4 2 L8 6 L12 2 L14 4 L10 8 L14 12 L12 14 L8 10 L4 14 L2 12 L6 8 Z",  # cross
    "holds": "M3 3 H13 V13 H3 Z",                                    # square: still holds
}
_ACTION_LABELS = {"captured": "captured", "withdrew": "withdrew from", "attacked": "attacked",
                  "holds": "holds"}
_URL_RE = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


# ----------------------------------------------------------------------------- small helpers
def as_date(value: dt.date | str, name: str = "date") -> dt.date:
    """A :class:`datetime.date` from a date or an ISO string (raises :class:`DateError`)."""
    from geo.errors import DateError

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from geo.events import parse_date

    try:
        return parse_date(str(value))
    except ValueError as exc:
        msg = str(exc)
        if str(value) not in msg:
            msg = f"{str(value)!r} is not a real date ({msg})"
        raise DateError(f"{name}: {msg}") from None


def safe_url(value: Any) -> str | None:
    """``value`` if it is an absolute http(s) URL, else ``None``.

    Only such URLs may become links: ``javascript:``, ``data:`` and relative URLs stay text.
    """
    if not isinstance(value, str):
        return None
    v = value.strip()
    return v if _URL_RE.match(v) else None


def plain(value: Any) -> Any:
    """A JSON-safe scalar: NaN/NA → ``None``, numpy → Python, dates → ISO text."""
    return plain_value(value)


def _text(value: Any) -> str:
    v = plain(value)
    return "" if v is None else str(v)


def long_date(d: dt.date) -> str:
    """``6 June 2020`` (locale-independent)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def fmt_km2(v: float) -> str:
    """``49,540 km²``."""
    return f"{v:,.0f} km²"


def fmt_people(n: int) -> str:
    """Approximate head count: ``≈ 2.9 million``, ``≈ 41,000``, ``–`` for none."""
    if not n:
        return "–"
    if n >= 1_000_000:
        return f"≈ {n / 1e6:.1f} million"
    if n >= 10_000:
        return f"≈ {round(n, -3):,.0f}"
    return f"≈ {n:,}"


def region_name(territory: Any) -> str:
    """The name of the mapped territory ("Libya"), from the conflict name in ``sides.toml``."""
    name = getattr(territory.sides, "name", "") or ""
    m = re.match(r"\s*(.*?)[\s,:(-]*\d", name)
    head = (m.group(1) if m else name).strip()
    return head or "the territory"


def side_list(sides: Any) -> list[dict[str, str]]:
    """``[{id, name, short, colour}]`` in the order of ``sides.toml``."""
    return [{"id": s.id, "name": s.name, "short": s.short, "colour": s.colour} for s in sides]


# ----------------------------------------------------------------------------- geometry
def map_cells(territory: Any, *, tolerance: float = 0.005, grid: float = 1e-4) -> Any:
    """The territory's cells simplified as one coverage, for drawing.

    The cells are first *noded* (each cell gains the vertices its neighbours have on their
    common border, which clipping to district lines leaves out), so they form a valid polygon
    coverage; :func:`shapely.coverage_simplify` then simplifies every shared border once, for
    both cells, so borders stay shared and no gap or overlap appears. Coordinates are finally
    snapped to a ``grid`` (1e-4° ≈ 11 m, finer than a pixel at zoom 12).

    Parameters
    ----------
    territory
        A :class:`geo.zones.Territory`.
    tolerance
        Simplification tolerance in degrees (0.005° ≈ 500 m, under a pixel at zoom 7).
    grid
        Coordinate precision in degrees.

    Returns
    -------
    GeoDataFrame
        ``cell_id, place_id, name, district, area_km2, population, geometry`` (EPSG:4326); the
        areas are those of the exact cells.
    """
    import shapely

    cells = territory.cells.copy()
    geoms = cells.geometry.values
    noded = _noded(geoms)
    if hasattr(shapely, "coverage_simplify") and shapely.coverage_is_valid(noded):
        simple = shapely.coverage_simplify(noded, tolerance)
    else:  # older GEOS, or a coverage that cannot be repaired: simplify each cell on its own
        simple = shapely.simplify(noded, tolerance, preserve_topology=True)
    simple = shapely.set_precision(simple, grid)
    empty = shapely.is_empty(simple)
    if empty.any():  # a sliver cell vanished: keep its original shape rather than lose it
        simple[empty] = shapely.set_precision(geoms[empty], grid)
    cells["geometry"] = simple
    return cells


def _noded(geoms: Any) -> Any:
    """Insert into each polygon the vertices of other polygons that lie on its boundary."""
    import shapely

    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    pts = shapely.points(coords)
    gi, pi = shapely.STRtree(pts).query(shapely.boundary(geoms), predicate="dwithin", distance=1e-7)
    foreign = owner[pi] != gi
    gi, pi = gi[foreign], pi[foreign]
    out = np.array(geoms, dtype=object)
    for i in np.unique(gi):
        out[i] = shapely.snap(out[i], shapely.multipoints(coords[pi[gi == i]]), 1e-7)
    return out


def zones_of(cells_state: Any, *, sides: Any, total_km2: float) -> Any:
    """Dissolve (simplified) cells with a ``side`` column into zones, as in :mod:`geo.zones`."""
    from geo.zones import zones_from_cells

    return zones_from_cells(cells_state, sides=sides, total_km2=total_km2)


def front_of(zones: Any, *, sides: Any) -> Any:
    """The front line between opposing zones (see :func:`geo.zones.front_line`)."""
    from geo.zones import front_line

    return front_line(zones, sides=sides)


def fc_of(gdf: Any, columns: Sequence[str], *, ndigits: int = 4,
          rename: dict[str, str] | None = None) -> dict[str, Any]:
    """A compact RFC 7946 FeatureCollection of ``gdf`` with only ``columns`` as properties.

    Coordinates are snapped to a ``10**-ndigits`` grid and polygons wound counter-clockwise;
    the geometries are serialised by GEOS in one vectorised call (the page must build fast).
    """
    import json

    import shapely

    if gdf.crs is None:
        raise ValueError("GeoDataFrame has no CRS; refusing to guess (expected EPSG:4326)")
    if gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    geoms = shapely.set_precision(np.array(list(gdf.geometry), dtype=object), 10.0 ** -ndigits)
    if hasattr(shapely, "orient_polygons"):
        geoms = shapely.orient_polygons(geoms, exterior_cw=False)
    else:  # shapely < 2.1
        from shapely.geometry.polygon import orient

        geoms = np.array([g if g.geom_type not in ("Polygon", "MultiPolygon") else
                          (orient(g, 1.0) if g.geom_type == "Polygon" else
                           shapely.multipolygons([orient(p, 1.0) for p in g.geoms])) for g in geoms], dtype=object)
    texts = shapely.to_geojson(geoms)
    names = [(rename or {}).get(c, c) for c in columns]
    feats = []
    for text, row in zip(texts, gdf[list(columns)].itertuples(index=False, name=None)):
        feats.append({"type": "Feature", "geometry": json.loads(text) if text else None,
                      "properties": {k: plain(v) for k, v in zip(names, row)}})
    return {"type": "FeatureCollection", "features": feats}


def basemap_fc(layers: Any, *, tolerance: float = 0.02) -> dict[str, Any] | None:
    """Countries and coastline of the layers' ``basemap.geojson``, lightly simplified (3 decimals)."""
    import shapely

    bm = layers.basemap
    if bm is None or not len(bm):
        return None
    g = bm.copy()
    g["geometry"] = shapely.simplify(g.geometry.values, tolerance, preserve_topology=True)
    cols = [c for c in ("id", "layer", "name") if c in g.columns]
    return fc_of(g, cols, ndigits=3)


# ----------------------------------------------------------------------------- records
def _radius(kind: str | None, population: Any) -> float:
    pop = plain(population) or 0
    base = _KIND_RADIUS.get(kind or "", 3.5)
    return round(base + min(6.0, math.sqrt(max(pop, 0)) / 250), 1)


def place_records(territory: Any, states: Any, *, labels: int = 14) -> list[dict[str, Any]]:
    """One record per anchoring place for markers, popups and the search box.

    ``labels`` of the most populous places get a permanent name label.
    """
    gz = territory.layers.gazetteer
    dnames = _district_names(territory.layers)
    pops = [(plain(p) or 0) for p in states["population"]]
    labelled = _spread_labels(list(states["lat"]), list(states["lon"]), pops, limit=labels)
    out = []
    for i, r in enumerate(states.itertuples(index=False)):
        g = gz.by_id.get(r.place_id, {})
        out.append({
            "id": r.place_id, "name": _text(r.name), "name_ar": _text(r.name_ar), "kind": _text(r.kind),
            "facility": (r.kind or "") in FACILITY_KINDS, "district": dnames.get(r.district, _text(r.district)),
            "lat": round(float(r.lat), 5), "lon": round(float(r.lon), 5), "population": int(pops[i]),
            "r": _radius(r.kind, r.population), "label": i in labelled,
            "side": _text(r.side), "contested": bool(r.contested), "stale": bool(r.stale),
            "since": _text(r.since), "last": _last_event(r),
            "names": [n for n in (g.get("names") or []) if isinstance(n, str)][:12],
        })
    return out


def _spread_labels(lats: list[float], lons: list[float], pops: list[int], *, limit: int,
                   min_km: float = 90.0) -> set[int]:
    """Indices of up to ``limit`` populous places, none within ``min_km`` of a larger labelled one.

    Keeps the labels readable at the zoom that shows the whole country.
    """
    from geo.gazetteer import haversine_km

    chosen: list[int] = []
    for i in sorted(range(len(pops)), key=lambda k: -pops[k]):
        if len(chosen) >= limit or pops[i] <= 0:
            break
        if all(haversine_km(lats[i], lons[i], lats[j], lons[j]) >= min_km for j in chosen):
            chosen.append(i)
    return set(chosen)


def _last_event(r: Any) -> dict[str, Any] | None:
    if plain(r.last_event_id) is None:
        return None
    return {"id": _text(r.last_event_id), "date": _text(r.last_event_date), "action": _text(r.last_action),
            "verb": _ACTION_LABELS.get(_text(r.last_action), _text(r.last_action)),
            "side": _text(r.last_side), "source": _text(r.last_source), "title": _text(r.last_source_title),
            "url": safe_url(plain(r.last_source_url)), "notes": _text(r.last_notes)}


def _district_names(layers: Any) -> dict[str, str]:
    d = layers.districts
    col = "name_common" if "name_common" in d.columns else "name"
    return {str(k): _text(v) for k, v in zip(d["iso_3166_2"], d[col])}


def event_records(territory: Any, date: dt.date, *, window: int) -> list[dict[str, Any]]:
    """Events of the ``window`` days up to ``date`` (inclusive), grouped by place, newest first."""
    ev = territory.events
    if not len(ev) or window <= 0:
        return []
    first = date - dt.timedelta(days=window - 1)
    sel = ev[(ev["date"] >= first) & (ev["date"] <= date)]
    sel = sel.sort_values(["date", "id"], ascending=[False, True])
    groups: dict[str, dict[str, Any]] = {}
    for r in sel.itertuples(index=False):
        key = f"{_text(r.place_id)}@{float(r.lat):.4f},{float(r.lon):.4f}"
        g = groups.setdefault(key, {"place_id": _text(r.place_id), "name": _text(r.place_name),
                                    "lat": round(float(r.lat), 5), "lon": round(float(r.lon), 5), "events": []})
        g["events"].append({"id": _text(r.id), "date": _text(r.date), "action": _text(r.action),
                            "verb": _ACTION_LABELS.get(_text(r.action), _text(r.action)),
                            "side": _text(r.side), "place": _text(r.place), "source": _text(r.source),
                            "title": _text(r.source_title), "url": safe_url(plain(r.source_url)),
                            "notes": _text(r.notes)})
    return list(groups.values())


def directions(changes: Any, sides: Any) -> list[dict[str, str]]:
    """Legend entries of a diff, one per gaining side: ``{"side", "colour", "label"}``.

    ``changes`` is :func:`geo.diff.diff_cells`; labels read "gained by GNA (from LNA, Unknown)".
    """
    out = []
    for sid in sides.ids:
        part = changes[changes["to_side"] == sid]
        if not len(part):
            continue
        order = {k: i for i, k in enumerate(sides.ids)}
        froms = ", ".join(sides.sides[s].short if s in sides.sides else s
                          for s in sorted(set(part["from_side"]), key=lambda x: (order.get(x, len(order)), x)))
        short = sides.sides[sid].short
        label = (f"became {short.lower()} (from {froms})" if sid == "unknown" else
                 f"gained by {short} (from {froms})")
        out.append({"side": sid, "colour": sides.sides[sid].colour, "label": label})
    return out


def side_stats(totals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-side rows for the stats box: only sides that hold something, formatted."""
    return [{**t, "km2_text": fmt_km2(t["area_km2"]), "pct_text": f"{t['pct']:.1f} %",
             "people_text": fmt_people(int(t["population"]))}
            for t in totals if t["area_km2"] > 0]


# ----------------------------------------------------------------------------- timeline
def timeline_dates(start: dt.date, end: dt.date, step: str) -> list[dt.date]:
    """Every day (``step="day"``) or every 7th day (``"week"``) from ``start``; ``end`` always last."""
    n = {"day": 1, "week": 7}[step]
    days = (end - start).days
    out = [start + dt.timedelta(days=k) for k in range(0, days + 1, n)]
    if out[-1] != end:
        out.append(end)
    return out


def timeline_payload(territory: Any, cells: Any, dates: list[dt.date]) -> dict[str, Any]:
    """Geometry once, holding periods once: everything the timeline page needs.

    ``periods[p]`` is a flat list ``[start_index, side_code, contested, ...]`` for place ``p``:
    the state from date ``dates[start_index]`` until the next entry. Each cell refers to its
    place by index (``p``), so cells sharing a place share its periods. The page finds the
    state for slider position ``i`` by binary search over the start indices.
    """
    codes, contested, side_ids = territory.timeline.holders_matrix(dates)
    places = territory.timeline.places
    pindex = {p["id"]: i for i, p in enumerate(places)}
    used = sorted({pindex[pid] for pid in cells["place_id"]})
    remap = {old: new for new, old in enumerate(used)}
    periods = []
    for col in used:
        c = codes[:, col].astype(np.int64)
        k = contested[:, col].astype(np.int64)
        change = np.flatnonzero((np.diff(c) != 0) | (np.diff(k) != 0)) + 1
        starts = np.concatenate([[0], change])
        flat: list[int] = []
        for s in starts:
            flat += [int(s), int(c[s]), int(k[s])]
        periods.append(flat)
    feats = fc_of(cells.assign(p=[remap[pindex[pid]] for pid in cells["place_id"]],
                               a=cells["area_km2"].round(1)),
                  ["cell_id", "p", "a"], rename={"cell_id": "c"})
    return {
        "dates": [d.isoformat() for d in dates],
        "sides": side_ids, "places": [[places[i]["id"], places[i]["name"]] for i in used],
        "periods": periods, "cells": feats, "total_km2": round(float(cells["area_km2"].sum()), 1),
    }

