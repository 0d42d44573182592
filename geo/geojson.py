"""RFC 7946 GeoJSON: writing with right-hand winding, lon/lat order and no ``crs`` member.

GDAL's writer is not used for GeoJSON because its output (member order, precision, a
``name`` member) varies between versions; this one is byte-for-byte reproducible for the
same input, which journalists citing a file by its checksum rely on.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["feature_collection", "dumps", "rfc7946_problems", "plain_value"]


def _round_coords(obj: Any, ndigits: int) -> Any:
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), ndigits) for v in obj]
        return [_round_coords(o, ndigits) for o in obj]
    return obj


def _geometry_dict(geom: Any, ndigits: int) -> dict[str, Any] | None:
    """Map a shapely geometry to an RFC 7946 dict (counter-clockwise exterior rings)."""
    if geom is None or geom.is_empty:
        return None
    import shapely
    from shapely.geometry import mapping
    from shapely.geometry.polygon import orient
    from shapely.geometry import MultiPolygon, Polygon

    if geom.geom_type != "Point":
        # snap to the output grid first, so rounding cannot flip or collapse a ring
        geom = shapely.set_precision(geom, 10.0 ** -ndigits)
        if geom.is_empty:
            return None
    if isinstance(geom, Polygon):
        geom = orient(geom, sign=1.0)
    elif isinstance(geom, MultiPolygon):
        geom = MultiPolygon([orient(p, sign=1.0) for p in geom.geoms])
    m = mapping(geom)
    if m["type"] == "GeometryCollection":
        return {"type": "GeometryCollection",
                "geometries": [_geometry_dict(g, ndigits) for g in geom.geoms]}
    return {"type": m["type"], "coordinates": _round_coords(m["coordinates"], ndigits)}


def plain_value(value: Any) -> Any:
    """A JSON-safe value: NaN/NA become ``None``, numpy scalars Python ones, dates ISO text."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError, ImportError):
        pass
    return value


def feature_collection(gdf: Any, *, id_column: str | None = "id", ndigits: int = 6,
                       extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Turn a GeoDataFrame into an RFC 7946 FeatureCollection dict.

    Parameters
    ----------
    gdf
        A GeoDataFrame in EPSG:4326 (anything else is reprojected; a missing CRS is an error).
    id_column
        Column used as each feature's ``id`` member (kept in ``properties`` too).
    ndigits
        Decimal places of coordinates; 6 is ~0.1 m, 5 is ~1 m.
    extra
        Foreign members added to the collection (e.g. attribution).
    """
    if gdf.crs is None:
        raise ValueError("GeoDataFrame has no CRS; refusing to guess (expected EPSG:4326)")
    if gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    geom_col = gdf.geometry.name
    props_cols = [c for c in gdf.columns if c != geom_col]
    features: list[dict[str, Any]] = []
    for row, geom in zip(gdf[props_cols].itertuples(index=False, name=None), gdf.geometry):
        props = {k: plain_value(v) for k, v in zip(props_cols, row)}
        feat: dict[str, Any] = {"type": "Feature"}
        if id_column and props.get(id_column) is not None:
            feat["id"] = props[id_column]
        feat["geometry"] = _geometry_dict(geom, ndigits)
        feat["properties"] = props
        features.append(feat)
    fc: dict[str, Any] = {"type": "FeatureCollection"}
    if extra:
        fc.update(extra)
    fc["features"] = features
    return fc


def dumps(fc: Mapping[str, Any], *, indent: int | None = None) -> str:
    """Serialise deterministically (UTF-8 text, no NaN, stable separators)."""
    sep = (",", ":") if indent is None else (",", ": ")
    return json.dumps(fc, ensure_ascii=False, allow_nan=False, indent=indent, separators=sep) + "\n"


def _ring_area2(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:]))


def rfc7946_problems(fc: Mapping[str, Any]) -> list[str]:
    """List the ways ``fc`` breaks RFC 7946 (empty list = valid).

    Checks the structure, that positions are lon/lat within range, that linear rings are
    closed with >= 4 positions, exterior rings counter-clockwise and holes clockwise, and that
    there is no ``crs`` member.
    """
    problems: list[str] = []
    if fc.get("type") != "FeatureCollection":
        return [f"type is {fc.get('type')!r}, not 'FeatureCollection'"]
    if "crs" in fc:
        problems.append("has a 'crs' member (removed in RFC 7946)")
    feats = fc.get("features")
    if not isinstance(feats, list):
        return problems + ["'features' is not a list"]

    def check_pos(p: Any, where: str) -> None:
        if not (isinstance(p, list) and len(p) in (2, 3) and all(isinstance(v, (int, float)) for v in p)):
            problems.append(f"{where}: bad position {p!r}")
            return
        if not (-180 <= p[0] <= 180 and -90 <= p[1] <= 90):
            problems.append(f"{where}: position {p!r} out of lon/lat range")

    def check_rings(rings: Any, where: str) -> None:
        for k, ring in enumerate(rings):
            if len(ring) < 4 or ring[0] != ring[-1]:
                problems.append(f"{where}: ring {k} not closed or < 4 positions")
                continue
            for p in ring:
                check_pos(p, where)
            a2 = _ring_area2(ring)
            if k == 0 and a2 < 0:
                problems.append(f"{where}: exterior ring is clockwise")
            if k > 0 and a2 > 0:
                problems.append(f"{where}: hole {k} is counter-clockwise")

    def check_geom(g: Any, where: str) -> None:
        if g is None:
            return
        t = g.get("type")
        c = g.get("coordinates")
        if t == "Point":
            check_pos(c, where)
        elif t in ("MultiPoint", "LineString"):
            for p in c:
                check_pos(p, where)
            if t == "LineString" and len(c) < 2:
                problems.append(f"{where}: LineString with < 2 positions")
        elif t == "MultiLineString":
            for line in c:
                for p in line:
                    check_pos(p, where)
        elif t == "Polygon":
            check_rings(c, where)
        elif t == "MultiPolygon":
            for poly in c:
                check_rings(poly, where)
        elif t == "GeometryCollection":
            for sub in g.get("geometries", []):
                check_geom(sub, where)
        else:
            problems.append(f"{where}: unknown geometry type {t!r}")

    for i, f in enumerate(feats):
        where = f"feature {i}"
        if f.get("type") != "Feature":
            problems.append(f"{where}: type is not 'Feature'")
        if "properties" not in f:
            problems.append(f"{where}: no 'properties' member")
        if "geometry" not in f:
            problems.append(f"{where}: no 'geometry' member")
        else:
            check_geom(f["geometry"], where)
    return problems

