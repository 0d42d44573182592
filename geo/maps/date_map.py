"""The control map for one date: zones, contested cells, front line, places, recent events."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from geo._io import check_overwrite, write_text_atomic
from geo.errors import FrontlineError
from geo.maps import _data as data
from geo.maps import _page as page

__all__ = ["write_control_map", "control_map_html"]

ZONE_OPACITY = 0.55


def write_control_map(territory: Any, date: dt.date | str, path: str | os.PathLike[str], *, window: int = 30,
                      self_contained: bool = False, overwrite: bool = False) -> Path:
    """Write the interactive control map of ``date`` to ``path`` (HTML, written atomically).

    Parameters
    ----------
    territory
        A :class:`geo.zones.Territory`.
    date
        The date shown (``datetime.date`` or ``YYYY-MM-DD``).
    path
        Output ``.html`` file.
    window
        Events of the last ``window`` days (``date`` included) are drawn as markers; 0 for none.
    self_contained
        Inline Leaflet and every script and stylesheet and draw no tiles: the file renders
        with no network at all (the bundled basemap shows land, coast and neighbours).
    overwrite
        Replace an existing file.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    check_overwrite(path, overwrite=overwrite)
    text = control_map_html(territory, date, window=window, self_contained=self_contained)
    return write_text_atomic(path, text, overwrite=overwrite)


def control_map_html(territory: Any, date: dt.date | str, *, window: int = 30, self_contained: bool = False) -> str:
    """The HTML of :func:`write_control_map`."""
    from geo.zones import cells_on, side_totals

    d = data.as_date(date)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        raise FrontlineError(f"window must be a whole number of days >= 0, not {window!r}")
    sides = territory.sides
    states = territory.states(d)
    cells = data.map_cells(territory)
    cs = cells_on(cells, states)
    total = territory.total_km2
    zones = data.zones_of(cs, sides=sides, total_km2=total)
    front = data.front_of(zones, sides=sides)
    totals = side_totals(cs, sides=sides, total_km2=total)
    region = data.region_name(territory)
    date_text = data.long_date(d)

    m = page.new_map(territory, title=f"Who controls {region} — {d.isoformat()}", self_contained=self_contained,
                     basemap=data.basemap_fc(territory.layers), bounds=tuple(territory.layers.outline.bounds))
    add_zones(m, zones, name="Zones")
    cell_fc = data.fc_of(cs, ["cell_id", "place_id", "name", "side", "contested", "area_km2"],
                         rename={"cell_id": "c", "place_id": "p", "name": "n", "side": "s", "contested": "k",
                                 "area_km2": "a"})
    page.FrontlineLayer("cells", {"cells": cell_fc, "pane": page.pane(m, "fl-cells", 410)},
                        name="Cells (hover, click for details)").add_to(m)
    contested = cs[cs["contested"]]
    if len(contested):
        fc = data.fc_of(contested, ["place_id"], rename={"place_id": "p"})
        page.FrontlineLayer("contested", {"cells": fc, "pane": page.pane(m, "fl-contested", 415, interactive=False)},
                            name="Contested (hatched)").add_to(m)
    add_front(m, front, name="Front line")
    places = data.place_records(territory, states)
    page.FrontlineLayer("places", {"places": places, "pane": page.pane(m, "fl-places", 430)},
                        name="Places").add_to(m)
    groups = data.event_records(territory, d, window=window)
    if window:
        page.FrontlineLayer("events", {"groups": groups}, name=f"Events, last {window} days").add_to(m)

    n_events = int((territory.events["date"] <= d).sum()) if len(territory.events) else 0
    add_panels(m, territory, heading=f"Who controls {region}", date_text=date_text,
               subtitle="Each area takes the holder of its nearest town. Click a town for its last event "
                        "and source.",
               legend=dict(contested=True, front=True, places=True, events=bool(window), window=window,
                           stale_days=territory.sides.stale_days if bool(states["stale"].any()) else None,
                           note=f"{n_events} events up to {d.isoformat()}. Control is known for towns; "
                                f"the borders between their areas are approximate."),
               stats=data.side_stats(totals), stats_heading=f"Control on {date_text}", region=region)
    page.FrontlineElement("search", {"id": "fl-search", "position": "topleft"},
                          markup=page.render_html("search")).add_to(m)
    return page.render_page(m, self_contained=self_contained)


# ----------------------------------------------------------------------------- shared pieces
def add_zones(m: Any, zones: Any, *, name: str, opacity: float = ZONE_OPACITY, show: bool = True) -> None:
    """Add the dissolved ``zones`` (:func:`geo.zones.zones_from_cells`), filled with each side's colour.

    The paths carry the class ``fl-zone``; ``opacity`` is the fill opacity.
    """
    if not len(zones):
        return
    fc = data.fc_of(zones, ["side", "name"])
    for f, colour in zip(fc["features"], zones["colour"]):
        f["properties"]["style"] = {"color": colour, "weight": 1.2, "opacity": 0.9, "fillColor": colour,
                                    "fillOpacity": opacity}
    page.SafeGeoJson(fc, name=name, pane=page.pane(m, "fl-zones", 400, interactive=False), interactive=False,
                     class_name="fl-zone", show=show).add_to(m)


def add_front(m: Any, front: Any, *, name: str, dashed: bool = False, show: bool = True) -> None:
    """Add the ``front`` line (:func:`geo.zones.front_line`) as one toggleable layer named ``name``.

    Drawn dark on a white casing (class ``fl-front``), or dashed grey for an earlier date
    (``dashed=True``, class ``fl-front-old``).
    """
    import folium

    if not len(front):
        return
    fc = data.fc_of(front, ["id", "sides"])
    pane_name = page.pane(m, "fl-front-old" if dashed else "fl-front", 418 if dashed else 420, interactive=False)
    group = folium.FeatureGroup(name=name, show=show).add_to(m)
    styles = ([{"color": "#555555", "weight": 2.5, "opacity": 0.95, "dashArray": "6 5"}] if dashed else
              [{"color": "#ffffff", "weight": 6, "opacity": 0.85}, {"color": "#111111", "weight": 3, "opacity": 1}])
    for k, style in enumerate(styles):
        copy = {"type": "FeatureCollection",
                "features": [{**f, "properties": {**f["properties"], "style": style}} for f in fc["features"]]}
        page.SafeGeoJson(copy, pane=pane_name, interactive=False, control=False,
                         class_name="fl-front-old" if dashed else ("fl-front-casing" if k == 0 else "fl-front"),
                         ).add_to(group)


def add_panels(m: Any, territory: Any, *, heading: str, date_text: str, subtitle: str, legend: dict[str, Any],
               stats: list[dict[str, Any]] | None = None, stats_heading: str = "", region: str = "",
               directions: list[dict[str, str]] | None = None, legend_position: str = "bottomleft") -> None:
    """Add the title, the legend and (optionally) the stats box to ``m``.

    Parameters
    ----------
    m
        The folium Map.
    territory
        The :class:`geo.zones.Territory` (sides and rules for the legend).
    heading, date_text, subtitle
        Title text (plain; escaped by the template).
    legend
        Options of ``templates/legend.html.j2``: ``heading``, ``contested``, ``front``,
        ``front_date``, ``earlier_front``, ``places``, ``events`` (bool), ``window``, ``note``.
    stats
        Rows from :func:`geo.maps._data.side_stats`, or ``None`` for no stats box.
    stats_heading, region
        Heading of the stats box and the territory's name ("% of Libya").
    directions
        Diff legend entries from :func:`geo.maps._data.directions`.
    legend_position
        Leaflet corner of the legend.
    """
    sides = data.side_list(territory.sides)
    page.FrontlineElement("panel", {"id": "fl-title", "position": "top"},
                          markup=page.render_html("title", heading=heading, date_text=date_text,
                                                  subtitle=subtitle)).add_to(m)
    events = [(a, label, data.EVENT_SYMBOLS[a]) for a, label in
              (("captured", "captured"), ("withdrew", "withdrew"), ("attacked", "attacked (clash, strike)"),
               ("holds", "reported holding"))]
    ctx = {"heading": "Who holds the area", "sides": sides, "contested": False, "front": False, "front_date": None,
           "earlier_front": None,
           "places": False, "events": [], "window": 0, "note": "", "directions": directions or [],
           "contested_days": territory.sides.contested_days, "stale_days": None}
    ctx.update(legend)
    ctx["events"] = events if legend.get("events") else []
    page.FrontlineElement("panel", {"id": "fl-legend", "position": legend_position},
                          markup=page.render_html("legend", **ctx)).add_to(m)
    if stats is not None:
        short = {s["id"]: s["short"] for s in sides}
        rows = [{**s, "short": short.get(s["side"], s["side"])} for s in stats]
        page.FrontlineElement("panel", {"id": "fl-stats", "position": "bottomright"},
                              markup=page.render_html("stats", stats=rows, heading=stats_heading,
                                                      region=region)).add_to(m)
