"""Cells, zones and the front line.

* **Cells**: the territory is divided around the anchoring places: Voronoi cells of the anchors
  of each district, clipped to that district, so no cell crosses a district border and the
  cells of all districts tile the outline exactly. A district without an anchor becomes one
  cell that follows the nearest anchor.
* **Zones**: on a date, cells take their place's holder and are dissolved by side.
* **Front line**: the boundary shared by zones of opposing sides.
* **Measures**: km² in an equal-area CRS (Lambert azimuthal equal-area centred on the layers'
  outline, built with pyproj); population from the gazetteer, summed per cell (approximate).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

__all__ = ["build_cells", "equal_area_crs", "cells_on", "zones_from_cells", "front_line",
           "side_totals", "Territory"]


def equal_area_crs(geom: Any) -> Any:
    """A pyproj CRS (Lambert azimuthal equal-area) centred on ``geom``'s centroid."""
    from pyproj import CRS

    c = geom.centroid
    return CRS.from_proj4(f"+proj=laea +lat_0={c.y:.4f} +lon_0={c.x:.4f} +x_0=0 +y_0=0 "
                          f"+ellps=WGS84 +units=m +no_defs")


def build_cells(layers: Any) -> Any:
    """Voronoi cells of the anchors, per district, clipped to the district (EPSG:4326).

    Columns: ``cell_id, place_id, name, district, area_km2, population, geometry``.
    """
    import geopandas as gpd
    import shapely
    from shapely.geometry import MultiPoint, Point

    gz = layers.gazetteer
    districts = layers.districts
    anchors = [p for p in gz.places if p.get("anchor")]
    by_district: dict[str, list[dict[str, Any]]] = {}
    for p in anchors:
        by_district.setdefault(p.get("district"), []).append(p)
    rows = []
    for d_code, d_geom in zip(districts["iso_3166_2"], districts.geometry):
        pts = by_district.get(d_code, [])
        if not pts:
            # no anchor inside: the whole district follows the nearest anchor
            c = d_geom.representative_point()
            near = min(anchors, key=lambda p: (p["lon"] - c.x) ** 2 + (p["lat"] - c.y) ** 2)
            rows.append({"cell_id": f"{near['id']}~{d_code}", "place_id": near["id"], "district": d_code,
                         "geometry": d_geom})
            continue
        if len(pts) == 1:
            rows.append({"cell_id": pts[0]["id"], "place_id": pts[0]["id"], "district": d_code, "geometry": d_geom})
            continue
        mp = MultiPoint([(p["lon"], p["lat"]) for p in pts])
        regions = shapely.voronoi_polygons(mp, extend_to=d_geom.envelope.buffer(1.0))
        polys = list(regions.geoms)
        # match each Voronoi region to its generating point
        tree = shapely.STRtree(polys)
        for p in pts:
            hits = tree.query(Point(p["lon"], p["lat"]), predicate="intersects")
            region = shapely.union_all([polys[h] for h in hits]) if len(hits) else None
            if region is None:
                continue
            cell = shapely.intersection(region, d_geom)
            if cell.is_empty:
                continue
            rows.append({"cell_id": p["id"], "place_id": p["id"], "district": d_code, "geometry": cell})
    cells = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    cells["geometry"] = shapely.make_valid(cells.geometry.values)
    cells["geometry"] = [_polygonal(g) for g in cells.geometry]
    # A place whose Voronoi region fell in several districts keeps one cell per district
    dup = cells["cell_id"].duplicated(keep=False)
    if dup.any():
        cells.loc[dup, "cell_id"] = cells.loc[dup, "cell_id"] + "~" + cells.loc[dup, "district"]
    names = {p["id"]: p["name"] for p in anchors}
    cells["name"] = cells["place_id"].map(names)
    ea = equal_area_crs(layers.outline)
    cells["area_km2"] = cells.to_crs(ea).area / 1e6
    # population: all non-district places, summed into the cell of their anchor
    pop: dict[str, int] = {}
    for p in gz.places:
        if p.get("kind") == "district" or not p.get("population"):
            continue
        aid = p.get("anchor_id") or p["id"]
        pop[aid] = pop.get(aid, 0) + int(p["population"])
    first = ~cells["place_id"].duplicated()
    cells["population"] = [pop.get(pid, 0) if f else 0 for pid, f in zip(cells["place_id"], first)]
    cells = cells[["cell_id", "place_id", "name", "district", "area_km2", "population", "geometry"]]
    return cells.sort_values("cell_id").reset_index(drop=True)


def _polygonal(geom: Any) -> Any:
    """Keep only the polygonal part of a geometry (intersections can add slivers of lines)."""
    import shapely
    from shapely.geometry import GeometryCollection, MultiPolygon, Polygon

    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    if isinstance(geom, GeometryCollection):
        parts = [g for g in geom.geoms if isinstance(g, (Polygon, MultiPolygon))]
        return shapely.union_all(parts) if parts else Polygon()
    return Polygon()


def cells_on(cells: Any, states: Any) -> Any:
    """Cells with their place's state (``side, contested, since, stale`` …) joined on."""
    cols = [c for c in states.columns if c not in ("name", "district", "population", "lat", "lon")]
    out = cells.merge(states[cols], on="place_id", how="left")
    out["side"] = out["side"].fillna("unknown")
    out["contested"] = out["contested"].fillna(False).astype(bool)
    return out


def zones_from_cells(cells_state: Any, *, sides: Any, total_km2: float) -> Any:
    """Dissolve cells by side: ``side, name, colour, area_km2, pct, population, contested_km2``."""
    import geopandas as gpd
    import shapely

    rows = []
    for sid in sides.ids:
        part = cells_state[cells_state["side"] == sid]
        if part.empty:
            continue
        geom = shapely.union_all(part.geometry.values)
        s = sides.sides[sid]
        area = float(part["area_km2"].sum())
        rows.append({"id": sid, "side": sid, "name": s.name, "colour": s.colour,
                     "area_km2": round(area, 1), "pct": round(100 * area / total_km2, 2) if total_km2 else 0.0,
                     "population": int(part["population"].sum()),
                     "contested_km2": round(float(part.loc[part["contested"], "area_km2"].sum()), 1),
                     "cells": int(len(part)), "geometry": geom})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=4326) if rows else gpd.GeoDataFrame(
        {"id": [], "side": [], "geometry": []}, geometry="geometry", crs=4326)


def front_line(zones: Any, *, sides: Any) -> Any:
    """Lines shared by zones of opposing sides: ``id, sides, length_km, geometry``."""
    import geopandas as gpd
    import shapely

    by_side = dict(zip(zones["side"], zones.geometry))
    rows = []
    for a, b in sides.opposing:
        if a in by_side and b in by_side:
            shared = shapely.intersection(by_side[a].boundary, by_side[b].boundary)
            lines = [g for g in shapely.get_parts(shared) if g.geom_type in ("LineString", "MultiLineString")]
            if not lines:
                continue
            geom = shapely.line_merge(shapely.union_all(lines))
            rows.append({"id": f"{a}-{b}", "sides": f"{a}/{b}", "geometry": geom})
    g = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326) if rows else gpd.GeoDataFrame(
        {"id": [], "sides": [], "geometry": []}, geometry="geometry", crs=4326)
    if len(g):
        ea = equal_area_crs(shapely.union_all(zones.geometry.values))
        g["length_km"] = (g.to_crs(ea).length / 1000).round(1)
    return g


def side_totals(cells_state: Any, *, sides: Any, total_km2: float) -> list[dict[str, Any]]:
    """km², % and population per side (every side listed, zero if it holds nothing)."""
    out = []
    for sid in sides.ids:
        part = cells_state[cells_state["side"] == sid]
        area = float(part["area_km2"].sum())
        out.append({"side": sid, "name": sides.sides[sid].name, "colour": sides.sides[sid].colour,
                    "area_km2": round(area, 1), "pct": round(100 * area / total_km2, 2) if total_km2 else 0.0,
                    "population": int(part["population"].sum()), "places": int(part["place_id"].nunique())})
    return out


class Territory:
    """Everything about one layers folder + events: timeline, cells, and per-date views.

    The heavy parts (cells, timeline) are built once and reused for every date.
    """

    def __init__(self, layers: Any, *, event_paths: Any = None, strict: bool = False) -> None:
        from geo.control import load_timeline

        self.layers = layers
        self.sides = layers.sides
        self.timeline, self.events, self.report = load_timeline(layers=layers, event_paths=event_paths,
                                                                strict=strict)
        self._cells = None

    @property
    def cells(self) -> Any:
        if self._cells is None:
            self._cells = build_cells(self.layers)
        return self._cells

    @property
    def total_km2(self) -> float:
        return float(self.cells["area_km2"].sum())

    def states(self, date: dt.date | str) -> Any:
        return self.timeline.states_on(date)

    def cells_on(self, date: dt.date | str) -> Any:
        return cells_on(self.cells, self.states(date))

    def zones(self, date: dt.date | str) -> Any:
        return zones_from_cells(self.cells_on(date), sides=self.sides, total_km2=self.total_km2)

    def front_line(self, date: dt.date | str) -> Any:
        return front_line(self.zones(date), sides=self.sides)

    def totals(self, date: dt.date | str) -> list[dict[str, Any]]:
        return side_totals(self.cells_on(date), sides=self.sides, total_km2=self.total_km2)

    def area_series(self, dates: list[dt.date]) -> Any:
        """km² per side for every date in ``dates`` (vectorised over dates)."""
        import pandas as pd

        codes, _, side_ids = self.timeline.holders_matrix(dates)
        idx = {p["id"]: i for i, p in enumerate(self.timeline.places)}
        cells = self.cells
        col = np.array([idx[pid] for pid in cells["place_id"]])
        areas = cells["area_km2"].to_numpy()
        per_cell = codes[:, col]  # dates x cells
        data = {sid: (areas * (per_cell == k)).sum(axis=1) for k, sid in enumerate(side_ids)}
        return pd.DataFrame(data, index=pd.Index(dates, name="date"))
