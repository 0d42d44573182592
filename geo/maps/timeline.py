"""The timeline page: a date slider over cells whose geometry is stored once.

The page holds each cell's geometry once (the simplified coverage of :func:`map_cells`, 4
decimals) and each place's holding periods once, as a flat list ``[start_index, side_code,
contested, ...]``; the browser finds the state for the slider's date by binary search. The
stock folium plugins store far more: ``TimeSliderChoropleth`` one style per cell per date,
``TimestampedGeoJson`` one copy of every geometry per date (:func:`stock_timeline_sizes`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from geo._io import check_overwrite, write_text_atomic
from geo.errors import DateError, FrontlineError
from geo.maps import _data as data
from geo.maps import _page as page
from geo.maps.date_map import add_panels

__all__ = ["write_timeline", "timeline_html", "stock_timeline_sizes", "STEPS"]

STEPS = ("day", "week")


def _check(territory: Any, start: dt.date | str, end: dt.date | str, step: str) -> tuple[dt.date, dt.date]:
    a, b = data.as_date(start, "start"), data.as_date(end, "end")
    if b < a:
        raise DateError(f"the end {b.isoformat()!r} is before the start {a.isoformat()!r}")
    if a < territory.timeline.start:
        raise DateError(f"{a.isoformat()!r} is before the baseline date {territory.timeline.start.isoformat()}")
    if step not in STEPS:
        raise FrontlineError(f"unknown step {step!r}; choose one of {', '.join(STEPS)}")
    return a, b


def write_timeline(territory: Any, start: dt.date | str, end: dt.date | str, path: str | os.PathLike[str], *,
                   step: str = "day", self_contained: bool = False, overwrite: bool = False) -> Path:
    """Write one HTML page with a date slider from ``start`` to ``end`` (atomically).

    The page has play/pause, the current date, per-side km² and % for that date, and the
    legend. Its size grows with the number of holding changes, not with the number of dates:
    the bundled period 2019-04-01 to 2020-10-23, daily, is a few hundred kB.

    Parameters
    ----------
    territory
        A :class:`geo.zones.Territory`.
    start, end
        First and last date (inclusive).
    path
        Output ``.html`` file.
    step
        ``"day"`` or ``"week"`` (every 7th day; ``end`` is always included).
    self_contained
        Inline every script and stylesheet, no tiles: renders with no network.
    overwrite
        Replace an existing file.

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    check_overwrite(path, overwrite=overwrite)
    text = timeline_html(territory, start, end, step=step, self_contained=self_contained)
    return write_text_atomic(path, text, overwrite=overwrite)


def timeline_html(territory: Any, start: dt.date | str, end: dt.date | str, *, step: str = "day",
                  self_contained: bool = False) -> str:
    """The HTML of :func:`write_timeline`."""
    a, b = _check(territory, start, end, step)
    dates = data.timeline_dates(a, b, step)
    cells = data.map_cells(territory)
    payload = data.timeline_payload(territory, cells, dates)
    region = data.region_name(territory)

    m = page.new_map(territory, title=f"{region}: control from {a.isoformat()} to {b.isoformat()}",
                     self_contained=self_contained, basemap=data.basemap_fc(territory.layers),
                     bounds=tuple(territory.layers.outline.bounds))
    payload.update(panel="fl-timeline", pane=page.pane(m, "fl-cells", 410),
                   hatchPane=page.pane(m, "fl-contested", 415, interactive=False),
                   interval=120 if step == "day" else 300, initial=0)
    markup = page.render_html("timeline_panel", first=dates[0].isoformat(), last=dates[-1].isoformat(), n=len(dates),
                              initial=0, step_text="daily" if step == "day" else "weekly",
                              sides=data.side_list(territory.sides))
    page.FrontlineLayer("timeline", payload, name="Control (follows the slider)", control=False,
                        markup=markup).add_to(m)
    states = territory.states(a)
    labels = [p for p in data.place_records(territory, states) if p["label"]]
    page.FrontlineLayer("labels", {"places": [{"name": p["name"], "lat": p["lat"], "lon": p["lon"]} for p in labels],
                                   "pane": page.pane(m, "fl-places", 430)}, name="Town names").add_to(m)
    add_panels(m, territory, heading=f"Who controls {region}",
               date_text=f"{data.long_date(a)} – {data.long_date(b)}",
               subtitle="Move the slider or press play. Each area takes the holder of its nearest town.",
               legend=dict(contested=True,
                           note="Areas follow the holder of their town on each date; km² are those of the "
                                "cells around each town."),
               legend_position="bottomright")
    return page.render_page(m, self_contained=self_contained)


def stock_timeline_sizes(territory: Any, start: dt.date | str, end: dt.date | str) -> dict[str, int]:
    """Byte sizes of the same cells and daily dates rendered with folium's stock plugins.

    For comparison with :func:`write_timeline` (as in the README): the same simplified cells,
    the same holders per day, coloured the same way.

    Returns
    -------
    dict
        ``{"TimeSliderChoropleth": bytes, "TimestampedGeoJson": bytes}`` of the rendered HTML.
    """
    import folium
    from folium.plugins import TimeSliderChoropleth, TimestampedGeoJson

    a, b = _check(territory, start, end, "day")
    dates = data.timeline_dates(a, b, "day")
    cells = data.map_cells(territory)
    codes, contested, side_ids = territory.timeline.holders_matrix(dates)
    pindex = {p["id"]: i for i, p in enumerate(territory.timeline.places)}
    cols = [pindex[pid] for pid in cells["place_id"]]
    colours = [territory.sides.colour(s) for s in side_ids]
    fc = data.fc_of(cells, ["cell_id"])
    epoch = dt.date(1970, 1, 1)
    stamps = [str((d - epoch).days * 86400) for d in dates]
    for k, f in enumerate(fc["features"]):
        f["id"] = str(k)

    styledict = {str(k): {ts: {"color": colours[codes[t, col]], "opacity": 0.6}
                          for t, ts in enumerate(stamps)} for k, col in enumerate(cols)}
    m1 = folium.Map(location=[27, 17], zoom_start=5)
    TimeSliderChoropleth(json.dumps(fc), styledict=styledict).add_to(m1)
    size_tsc = len(m1.get_root().render().encode("utf-8"))

    feats = []
    for t, d in enumerate(dates):
        ms = int(stamps[t]) * 1000
        for f, col in zip(fc["features"], cols):
            colour = colours[codes[t, col]]
            feats.append({"type": "Feature", "geometry": f["geometry"],
                          "properties": {"times": [ms], "style": {"color": colour, "fillColor": colour,
                                                                  "fillOpacity": 0.6, "weight": 0.5}}})
    m2 = folium.Map(location=[27, 17], zoom_start=5)
    TimestampedGeoJson({"type": "FeatureCollection", "features": feats}, period="P1D", duration="P1D",
                       add_last_point=False, auto_play=False).add_to(m2)
    size_tg = len(m2.get_root().render().encode("utf-8"))
    return {"TimeSliderChoropleth": size_tsc, "TimestampedGeoJson": size_tg}
