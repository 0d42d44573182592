"""The diff map: the later date's zones, the cells that changed hands highlighted by direction."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from geo._io import check_overwrite, write_text_atomic
from geo.errors import DateError
from geo.maps import _data as data
from geo.maps import _page as page
from geo.maps.date_map import add_front, add_panels, add_zones

__all__ = ["write_diff_map", "diff_map_html"]


def write_diff_map(territory: Any, d1: dt.date | str, d2: dt.date | str, path: str | os.PathLike[str], *,
                   self_contained: bool = False, overwrite: bool = False) -> Path:
    """Write a map of what changed hands between ``d1`` and ``d2`` (HTML, atomically).

    The page shows the zones of ``d2`` (lighter), every cell whose holder differs from ``d1``
    outlined and filled with the colour of the side that gained it, the front line of ``d2``
    (solid) and of ``d1`` (dashed), and a side panel listing each change with km² and
    approximate population, plus per-side totals.

    Parameters
    ----------
    territory
        A :class:`geo.zones.Territory`.
    d1, d2
        The earlier and the later date (``d2 >= d1``).
    path
        Output ``.html`` file.
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
    text = diff_map_html(territory, d1, d2, self_contained=self_contained)
    return write_text_atomic(path, text, overwrite=overwrite)


def diff_map_html(territory: Any, d1: dt.date | str, d2: dt.date | str, *, self_contained: bool = False) -> str:
    """The HTML of :func:`write_diff_map`."""
    from geo.diff import diff, diff_cells
    from geo.zones import cells_on

    a, b = data.as_date(d1, "d1"), data.as_date(d2, "d2")
    if b < a:
        raise DateError(f"the later date {b.isoformat()!r} is before the earlier date {a.isoformat()!r}")
    sides = territory.sides
    total = territory.total_km2
    cells = data.map_cells(territory)
    states2 = territory.states(b)
    cs2 = cells_on(cells, states2)
    cs1 = cells_on(cells, territory.states(a))
    zones2 = data.zones_of(cs2, sides=sides, total_km2=total)
    front2 = data.front_of(zones2, sides=sides)
    front1 = data.front_of(data.zones_of(cs1, sides=sides, total_km2=total), sides=sides)
    changed = diff_cells(territory, a, b)
    summary = diff(territory, a, b)
    geom = dict(zip(cells["cell_id"], cells.geometry))
    changed = changed.copy()
    changed["geometry"] = [geom[c] for c in changed["id"]]
    region = data.region_name(territory)
    a_text, b_text = data.long_date(a), data.long_date(b)

    m = page.new_map(territory, title=f"{region}: changes {a.isoformat()} → {b.isoformat()}",
                     self_contained=self_contained, basemap=data.basemap_fc(territory.layers),
                     bounds=tuple(territory.layers.outline.bounds), right_panel=370)
    add_zones(m, zones2, name=f"Zones on {b.isoformat()}", opacity=0.35)
    cell_fc = data.fc_of(cs2, ["cell_id", "place_id", "name", "side", "contested", "area_km2"],
                         rename={"cell_id": "c", "place_id": "p", "name": "n", "side": "s", "contested": "k",
                                 "area_km2": "a"})
    page.FrontlineLayer("cells", {"cells": cell_fc, "pane": page.pane(m, "fl-cells", 410)},
                        name="Cells (hover for details)").add_to(m)
    if len(changed):
        fc = data.fc_of(changed, ["id", "place_id", "name", "from_side", "to_side", "area_km2", "population"],
                        rename={"id": "c", "place_id": "p", "name": "n", "from_side": "from", "to_side": "to",
                                "area_km2": "a", "population": "pop"})
        page.FrontlineLayer("changes", {"cells": fc, "pane": page.pane(m, "fl-changes", 412)},
                            name="Changed hands").add_to(m)
    add_front(m, front1, name=f"Front line on {a.isoformat()} (dashed)", dashed=True)
    add_front(m, front2, name=f"Front line on {b.isoformat()}")
    places = data.place_records(territory, states2)
    page.FrontlineLayer("places", {"places": places, "pane": page.pane(m, "fl-places", 430)},
                        name="Places").add_to(m)

    dirs = data.directions(changed, sides)
    add_panels(m, territory, heading=f"What changed hands in {region}", date_text=f"{a_text} → {b_text}",
               subtitle=f"Areas held on {b_text}; outlined areas changed hands since {a_text}. "
                        f"Click one for its last event and source.",
               legend=dict(heading=f"Control on {b_text}", front=True, front_date=b.isoformat(),
                           earlier_front=a.isoformat(), places=True,
                           note="Outlined areas are filled with the colour of the side that gained them."),
               directions=dirs)
    page.FrontlineElement("panel", {"id": "fl-diff", "position": "bottomright"},
                          markup=page.render_html("diff_panel", **_panel_context(summary, sides, a, b))).add_to(m)
    page.FrontlineElement("search", {"id": "fl-search", "position": "topleft"},
                          markup=page.render_html("search")).add_to(m)
    return page.render_page(m, self_contained=self_contained)


def _panel_context(summary: dict[str, Any], sides: Any, a: dt.date, b: dt.date) -> dict[str, Any]:
    def short(sid: str) -> str:
        return sides.sides[sid].short if sid in sides.sides else sid

    totals = []
    for sid, t in summary["totals"]["sides"].items():
        if not (t["gained_km2"] or t["lost_km2"]):
            continue
        net_people = t["gained_population"] - t["lost_population"]
        totals.append({"side": sid, "short": short(sid), "colour": sides.colour(sid),
                       "gained": f"+{t['gained_km2']:,.0f}" if t["gained_km2"] else "0",
                       "lost": f"−{t['lost_km2']:,.0f}" if t["lost_km2"] else "0",
                       "net": f"{t['net_km2']:+,.0f}".replace("-", "−"),
                       "people": _signed_people(net_people)})
    changes = [{**c, "colour": sides.colour(c["to_side"]), "from_short": short(c["from_side"]),
                "to_short": short(c["to_side"]), "km2": data.fmt_km2(c["area_km2"]),
                "people": data.fmt_people(c["population"])} for c in summary["changes"]]
    return {"d1": a.isoformat(), "d2": b.isoformat(), "totals": totals, "changes": changes}


def _signed_people(n: int) -> str:
    """``≈ +41,000`` / ``≈ −2.9 million`` / ``–``."""
    if not n:
        return "–"
    return data.fmt_people(abs(n)).replace("≈ ", "≈ +" if n > 0 else "≈ −")
