"""Exports: zones, cells, places, events and the front line as GeoJSON, GeoPackage or CSV.

* GeoJSON is RFC 7946 (lon/lat, right-hand winding, no ``crs`` member), written by
  :mod:`geo.geojson` so the bytes are the same for the same inputs.
* A GeoPackage holds one layer per ``what`` plus ``cell_periods``: one feature per cell per
  holding period with real ``valid_from`` / ``valid_to`` date fields, so QGIS's temporal
  controller plays the whole timeline (set the layer's temporal mode to "Separate fields for
  start and end date/time" with those two fields).
* CSV cells that start with ``= + - @`` (or tab/CR) are prefixed with ``'`` so spreadsheets do
  not run them as formulas.
* Every file is written atomically (:mod:`geo._io`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from geo._io import write_text_atomic, write_with
from geo.errors import FrontlineError

__all__ = ["WHATS", "FORMATS", "layer_for", "to_geojson_text", "to_csv_text", "write_export",
           "write_gpkg", "csv_safe"]

WHATS = ("zones", "cells", "places", "events", "frontline")
FORMATS = ("geojson", "gpkg", "csv")
ATTRIBUTION = ("Frontline; places: GeoNames (CC BY 4.0) and hand-added sourced places; "
               "boundaries: Natural Earth (public domain)")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas: a text cell starting with = + - @ gets a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        try:
            float(value)
            return value  # a plain negative number is not a formula
        except ValueError:
            return "'" + value
    return value


def layer_for(territory: Any, what: str, date: dt.date) -> Any:
    """The GeoDataFrame of ``what`` on ``date`` (EPSG:4326)."""
    import geopandas as gpd
    from shapely.geometry import Point

    if what == "zones":
        return territory.zones(date).drop(columns=["colour"], errors="ignore").assign(date=date.isoformat())
    if what == "cells":
        c = territory.cells_on(date)
        keep = ["cell_id", "place_id", "name", "district", "side", "contested", "since", "stale", "area_km2",
                "population", "last_event_id", "last_event_date", "last_source", "last_source_url", "geometry"]
        c = c[keep].rename(columns={"cell_id": "id"})
        c["area_km2"] = c["area_km2"].round(2)
        return c.assign(date=date.isoformat())
    if what == "places":
        s = territory.states(date)
        s = s.rename(columns={"place_id": "id"})
        return gpd.GeoDataFrame(s.assign(date=date.isoformat()),
                                geometry=[Point(x, y) for x, y in zip(s["lon"], s["lat"])], crs=4326)
    if what == "events":
        e = territory.events
        e = e[e["date"] <= date].copy()
        cols = ["id", "date", "place", "place_id", "place_name", "district", "side", "action", "source",
                "source_title", "source_url", "source_date", "notes", "lat", "lon"]
        e = e[cols]
        return gpd.GeoDataFrame(e, geometry=[Point(x, y) for x, y in zip(e["lon"], e["lat"])], crs=4326)
    if what == "frontline":
        return territory.front_line(date).assign(date=date.isoformat())
    raise FrontlineError(f"unknown layer {what!r}; choose one of {', '.join(WHATS)}")


def to_geojson_text(gdf: Any, *, what: str) -> str:
    from geo.geojson import dumps, feature_collection

    ndigits = 6 if what in ("places", "events") else 5
    return dumps(feature_collection(gdf, id_column="id", ndigits=ndigits, extra={"attribution": ATTRIBUTION}))


def to_csv_text(gdf: Any) -> str:
    cols = [c for c in gdf.columns if c != "geometry"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for row in gdf[cols].itertuples(index=False, name=None):
        w.writerow([csv_safe(_plain(v)) for v in row])
    return buf.getvalue()


def _plain(v: Any) -> Any:
    import math

    if v is None:
        return ""
    if isinstance(v, float) and math.isnan(v):
        return ""
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    try:
        import pandas as pd

        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return v


def _for_gpkg(gdf: Any) -> Any:
    """GeoPackage-friendly columns: dates as datetime64, lists as text, polygons as multi."""
    import pandas as pd
    import shapely

    g = gdf.copy()
    for c in g.columns:
        if c == g.geometry.name:
            continue
        if c in ("date", "since", "valid_from", "valid_to", "last_event_date", "last_evidence", "event_date"):
            g[c] = pd.to_datetime(g[c], errors="coerce").astype("datetime64[ms]")
        elif g[c].dtype == object:
            g[c] = [None if v is None else (v if isinstance(v, (str, int, float, bool)) else str(v)) for v in g[c]]
    if len(g) and any(t in ("Polygon", "MultiPolygon") for t in g.geom_type.unique()):
        g["geometry"] = [shapely.MultiPolygon([p]) if p.geom_type == "Polygon" else p for p in g.geometry]
    return g


def periods_layer(territory: Any, *, end: dt.date | None = None) -> Any:
    """One feature per cell per holding period with ``valid_from``/``valid_to`` (inclusive)."""
    import geopandas as gpd
    import pandas as pd

    per = pd.DataFrame(territory.timeline.periods(end=end))
    cells = territory.cells[["cell_id", "place_id", "name", "district", "area_km2", "geometry"]]
    g = cells.merge(per, on="place_id", how="inner")
    g = g.sort_values(["cell_id", "valid_from"]).reset_index(drop=True)
    g = g.rename(columns={"cell_id": "cell"})
    g.insert(0, "id", [f"{c}@{d.isoformat()}" for c, d in zip(g["cell"], g["valid_from"])])
    return gpd.GeoDataFrame(g, geometry="geometry", crs=4326)


def write_gpkg(path: str | Path, layers_: dict[str, Any], *, overwrite: bool = False,
               stamp: dt.date | None = None) -> Path:
    """Write several named layers to one GeoPackage, atomically and reproducibly.

    GDAL stamps each layer with the current time (``gpkg_contents.last_change``); it is set to
    ``stamp`` (the data's date) instead, so the same inputs give a byte-identical file.
    """
    import pyogrio

    when = (stamp or dt.date(2000, 1, 1)).isoformat() + "T00:00:00Z"
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")

    def writer(tmp: Path) -> None:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": when})
        try:
            for name, gdf in layers_.items():
                g = _for_gpkg(gdf)
                pyogrio.write_dataframe(g, tmp, layer=name, driver="GPKG", append=tmp.exists())
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})

    return write_with(path, writer, overwrite=overwrite)


def write_export(territory: Any, *, what: str, fmt: str, date: dt.date, path: str | Path | None,
                 overwrite: bool = False) -> str | Path:
    """Export ``what`` on ``date`` as ``fmt`` to ``path`` (``None`` or ``"-"``: return the text)."""
    if what not in WHATS:
        raise FrontlineError(f"unknown layer {what!r}; choose one of {', '.join(WHATS)}")
    if fmt not in FORMATS:
        raise FrontlineError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    gdf = layer_for(territory, what, date)
    if fmt == "gpkg":
        if path in (None, "-"):
            raise FrontlineError("a GeoPackage cannot go to stdout; give -o FILE.gpkg")
        layers_ = {what: gdf, "cell_periods": periods_layer(territory)}
        return write_gpkg(path, layers_, overwrite=overwrite, stamp=date)
    text = to_geojson_text(gdf, what=what) if fmt == "geojson" else to_csv_text(gdf)
    if path in (None, "-"):
        return text
    return write_text_atomic(path, text, overwrite=overwrite)
