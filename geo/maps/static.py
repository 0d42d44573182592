"""Static PNG maps for reports and slides (matplotlib, Agg canvas; no pyplot, no global backend).

Shapes are drawn as matplotlib paths straight from shapely geometries, in longitude/latitude
with the aspect ratio of an equirectangular projection at the territory's mid-latitude, which
is close to true shape at Libya's extent.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from geo._io import check_overwrite, write_with
from geo.errors import DateError
from geo.maps import _data as data

__all__ = ["write_control_png", "write_diff_png", "control_figure", "diff_figure"]

DPI = 150
SEA = "#c9dced"
LAND = "#f3f0e8"
BORDER = "#a9a397"
COAST = "#6d8fb3"


def write_control_png(territory: Any, date: dt.date | str, path: str | os.PathLike[str], *,
                      overwrite: bool = False) -> Path:
    """Write a static map of control on ``date`` to ``path`` (PNG, 1500 × 1230 px, atomically).

    Zones by side, contested cells hatched, the front line, the main towns, a legend with km²
    and % per side, the date in the title and the data credits.
    """
    path = Path(path)
    check_overwrite(path, overwrite=overwrite)
    fig = control_figure(territory, date)
    return write_with(path, lambda tmp: fig.savefig(tmp, format="png", dpi=DPI, facecolor="white"),
                      overwrite=overwrite)


def write_diff_png(territory: Any, d1: dt.date | str, d2: dt.date | str, path: str | os.PathLike[str], *,
                   overwrite: bool = False) -> Path:
    """Write a static map of what changed hands between ``d1`` and ``d2`` (PNG, atomically).

    The zones of ``d2`` (pale), the cells that changed hands filled with the gaining side's
    colour and outlined, the front lines of ``d1`` (dashed) and ``d2`` (solid), a legend with
    the km² gained per side, the dates and the data credits.
    """
    path = Path(path)
    check_overwrite(path, overwrite=overwrite)
    fig = diff_figure(territory, d1, d2)
    return write_with(path, lambda tmp: fig.savefig(tmp, format="png", dpi=DPI, facecolor="white"),
                      overwrite=overwrite)


# ----------------------------------------------------------------------------- figures
def control_figure(territory: Any, date: dt.date | str) -> Any:
    """The matplotlib Figure of :func:`write_control_png`."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from geo.zones import cells_on, side_totals

    d = data.as_date(date)
    sides = territory.sides
    states = territory.states(d)
    cells = data.map_cells(territory)
    cs = cells_on(cells, states)
    zones = data.zones_of(cs, sides=sides, total_km2=territory.total_km2)
    front = data.front_of(zones, sides=sides)
    region = data.region_name(territory)
    fig, ax = _canvas(territory, f"Who controls {region} · {data.long_date(d)}",
                      "Each area takes the holder of its nearest town; hatched areas are contested.")
    for z in zones.itertuples():
        _fill(ax, [z.geometry], facecolor=z.colour, edgecolor=z.colour, alpha=0.8, lw=0.6, zorder=3)
    _fill(ax, list(cs.geometry), facecolor="none", edgecolor="white", lw=0.3, alpha=0.8, zorder=4)
    contested = cs[cs["contested"]]
    if len(contested):
        _fill(ax, list(contested.geometry), facecolor="none", edgecolor="#222222", lw=0.8, hatch="////",
              zorder=5, linestyle="--")
    _front(ax, front, dashed=False)
    _towns(ax, territory, states)
    handles: list[Any] = []
    for t in side_totals(cs, sides=sides, total_km2=territory.total_km2):
        if t["area_km2"] > 0:
            handles.append(Patch(facecolor=t["colour"], edgecolor="#555555", alpha=0.8,
                                 label=_mpl(f"{sides.sides[t['side']].short}: {data.fmt_km2(t['area_km2'])} "
                                            f"({t['pct']:.1f} % of {region})")))
    if len(contested):
        handles.append(Patch(facecolor="#dddddd", edgecolor="#222222", hatch="////", label="contested"))
    if len(front):
        handles.append(Line2D([], [], color="#111111", lw=2.5, label="front line"))
    ax.legend(handles=handles, loc="lower left", fontsize=8.5, framealpha=0.92, title=_mpl(f"On {d.isoformat()}"),
              title_fontsize=9)
    return fig


def diff_figure(territory: Any, d1: dt.date | str, d2: dt.date | str) -> Any:
    """The matplotlib Figure of :func:`write_diff_png`."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from geo.diff import diff_cells
    from geo.zones import cells_on

    a, b = data.as_date(d1, "d1"), data.as_date(d2, "d2")
    if b < a:
        raise DateError(f"the later date {b.isoformat()!r} is before the earlier date {a.isoformat()!r}")
    sides = territory.sides
    cells = data.map_cells(territory)
    states2 = territory.states(b)
    cs2 = cells_on(cells, states2)
    cs1 = cells_on(cells, territory.states(a))
    total = territory.total_km2
    zones2 = data.zones_of(cs2, sides=sides, total_km2=total)
    front2 = data.front_of(zones2, sides=sides)
    front1 = data.front_of(data.zones_of(cs1, sides=sides, total_km2=total), sides=sides)
    changed = diff_cells(territory, a, b)
    geom = dict(zip(cells["cell_id"], cells.geometry))
    region = data.region_name(territory)
    fig, ax = _canvas(territory, f"What changed hands in {region} · {data.long_date(a)} → {data.long_date(b)}",
                      f"Areas held on {data.long_date(b)}; outlined areas changed hands, filled with the colour "
                      f"of the side that gained them.")
    for z in zones2.itertuples():
        _fill(ax, [z.geometry], facecolor=z.colour, edgecolor=z.colour, alpha=0.35, lw=0.5, zorder=3)
    for r in changed.itertuples():
        _fill(ax, [geom[r.id]], facecolor=sides.colour(r.to_side), edgecolor="#111111", alpha=0.95, lw=1.2,
              zorder=5)
    _front(ax, front1, dashed=True)
    _front(ax, front2, dashed=False)
    top = changed.sort_values("area_km2", ascending=False).drop_duplicates("place_id").head(10)
    _towns(ax, territory, states2, extra=list(top["place_id"]))
    handles: list[Any] = [Patch(facecolor=s.colour, alpha=0.35, edgecolor="#555555", label=_mpl(s.short))
                          for s in sides if (zones2["side"] == s.id).any()]
    for dct in data.directions(changed, sides):
        part = changed[changed["to_side"] == dct["side"]]
        handles.append(Patch(facecolor=dct["colour"], edgecolor="#111111", lw=1.2,
                             label=_mpl(f"{dct['label']}: {len(part)} areas, "
                                        f"{data.fmt_km2(float(part['area_km2'].sum()))}")))
    if len(front1):
        handles.append(Line2D([], [], color="#555555", lw=2, ls=(0, (4, 3)), label=f"front line {a.isoformat()}"))
    if len(front2):
        handles.append(Line2D([], [], color="#111111", lw=2.5, label=f"front line {b.isoformat()}"))
    if not len(changed):
        handles.append(Patch(facecolor="none", edgecolor="none", label="no area changed hands"))
    ax.legend(handles=handles, loc="lower left", fontsize=8.5, framealpha=0.92)
    return fig


# ----------------------------------------------------------------------------- drawing helpers
def _mpl(text: str) -> str:
    """Text for matplotlib: a ``$`` would start mathtext, so escape it."""
    return str(text).replace("$", r"\$")


def _canvas(territory: Any, title: str, subtitle: str) -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    minx, miny, maxx, maxy = territory.layers.outline.bounds
    padx, pady = (maxx - minx) * 0.04, (maxy - miny) * 0.04
    fig = Figure(figsize=(10, 8.2), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.045, 0.98, 0.865))
    ax.set_facecolor(SEA)
    bm = territory.layers.basemap
    if bm is not None and len(bm):
        polys = bm[bm.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
        _fill(ax, list(polys.geometry), facecolor=LAND, edgecolor=BORDER, lw=0.5, zorder=1)
        lines = bm[bm.geometry.geom_type.isin(["LineString", "MultiLineString"])]
        _lines(ax, list(lines.geometry), color=COAST, lw=0.6, zorder=2)
    else:
        _fill(ax, [territory.layers.outline], facecolor=LAND, edgecolor=BORDER, lw=0.5, zorder=1)
    ax.set_xlim(minx - padx, maxx + padx)
    ax.set_ylim(miny - pady, maxy + pady)
    ax.set_aspect(1 / math.cos(math.radians((miny + maxy) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("#999999")
    fig.text(0.5, 0.965, _mpl(title), ha="center", va="center", fontsize=15, fontweight="bold")
    fig.text(0.5, 0.93, _mpl(subtitle), ha="center", va="center", fontsize=9.5, color="#444444")
    fig.text(0.01, 0.018, _mpl(data.ATTRIBUTION), ha="left", va="center", fontsize=7.5, color="#555555")
    fig.text(0.99, 0.018, "People and areas are approximate", ha="right", va="center", fontsize=7.5,
             color="#555555")
    return fig, ax


def _polygon_path(geom: Any) -> Any:
    """One matplotlib Path (with holes) for a Polygon or MultiPolygon."""
    import shapely
    from matplotlib.path import Path as MPath

    verts, codes = [], []
    for poly in shapely.get_parts(geom):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            if len(xy) < 3:
                continue
            verts.append(xy)
            codes.append(np.r_[MPath.MOVETO, np.full(len(xy) - 2, MPath.LINETO), MPath.CLOSEPOLY])
    if not verts:
        return None
    return MPath(np.concatenate(verts), np.concatenate(codes).astype(np.uint8))


def _fill(ax: Any, geoms: Iterable[Any], **kw: Any) -> None:
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import PathPatch

    patches = [PathPatch(p) for p in (_polygon_path(g) for g in geoms if g is not None) if p is not None]
    if patches:
        ax.add_collection(PatchCollection(patches, match_original=False, **kw))


def _lines(ax: Any, geoms: Iterable[Any], **kw: Any) -> None:
    import shapely
    from matplotlib.collections import LineCollection

    segs = [np.asarray(part.coords)[:, :2] for g in geoms if g is not None
            for part in shapely.get_parts(g) if part.geom_type == "LineString" and not part.is_empty]
    if segs:
        ax.add_collection(LineCollection(segs, **kw))


def _front(ax: Any, front: Any, *, dashed: bool) -> None:
    from matplotlib import patheffects

    if not len(front):
        return
    geoms = list(front.geometry)
    if dashed:
        _lines(ax, geoms, color="#555555", lw=1.8, linestyles=[(0, (4, 3))], zorder=6)
    else:
        _lines(ax, geoms, color="#111111", lw=2.2, zorder=7,
               path_effects=[patheffects.withStroke(linewidth=4.5, foreground="white")])


def _towns(ax: Any, territory: Any, states: Any, *, extra: Iterable[str] = ()) -> None:
    """Dots and names of the main towns (spread so labels do not collide), plus ``extra`` places."""
    from matplotlib import patheffects

    from geo.gazetteer import haversine_km

    recs = data.place_records(territory, states, labels=16)
    chosen = [p for p in recs if p["label"]]
    by_id = {p["id"]: p for p in recs}
    for pid in extra:  # extra names only where they do not crowd a label already placed
        p = by_id.get(pid)
        if p is not None and all(haversine_km(p["lat"], p["lon"], q["lat"], q["lon"]) >= 50 for q in chosen):
            chosen.append(p)
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for p in chosen:
        ax.plot([p["lon"]], [p["lat"]], marker="o", ms=3.5, mfc="white", mec="#222222", mew=0.8, zorder=8)
        ax.annotate(_mpl(p["name"]), (p["lon"], p["lat"]), xytext=(4, 2), textcoords="offset points", fontsize=7.5,
                    fontweight="bold" if p["label"] else "normal", color="#111111", path_effects=halo, zorder=9)
