"""What changed hands between two dates: cells, km² and people, by direction."""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["diff", "diff_cells"]


def diff_cells(territory: Any, d1: dt.date, d2: dt.date) -> Any:
    """Cells whose holder differs between ``d1`` and ``d2`` (GeoDataFrame, EPSG:4326).

    Columns: ``id, place_id, name, district, from_side, to_side, area_km2, population,
    since, last_event_id, last_source, last_source_url, geometry``.
    """
    a = territory.cells_on(d1)
    b = territory.cells_on(d2)
    m = b.merge(a[["cell_id", "side"]].rename(columns={"side": "from_side"}), on="cell_id")
    m = m[m["from_side"] != m["side"]].rename(columns={"side": "to_side", "cell_id": "id"})
    cols = ["id", "place_id", "name", "district", "from_side", "to_side", "area_km2", "population", "since",
            "last_event_id", "last_source", "last_source_url", "geometry"]
    m = m[cols].copy()
    m["area_km2"] = m["area_km2"].round(1)
    return m.sort_values(["to_side", "area_km2", "id"], ascending=[True, False, True]).reset_index(drop=True)


def diff(territory: Any, d1: dt.date, d2: dt.date) -> dict[str, Any]:
    """The diff as a dict: ``{"from", "to", "changes": [...], "totals": {...}}``.

    ``totals`` has, per side, ``gained_km2``, ``lost_km2``, ``net_km2``, ``gained_population``
    and ``lost_population``, plus ``changed_km2`` and ``changed_cells`` overall.
    """
    cells = diff_cells(territory, d1, d2)
    changes = []
    for r in cells.itertuples():
        changes.append({"id": r.id, "place_id": r.place_id, "name": r.name, "district": r.district,
                        "from_side": r.from_side, "to_side": r.to_side, "area_km2": float(r.area_km2),
                        "population": int(r.population), "since": r.since.isoformat() if r.since else None,
                        "source": r.last_source, "source_url": r.last_source_url})
    per_side: dict[str, dict[str, float]] = {}
    for sid in territory.sides.ids:
        gained = cells[cells["to_side"] == sid]
        lost = cells[cells["from_side"] == sid]
        per_side[sid] = {
            "gained_km2": round(float(gained["area_km2"].sum()), 1),
            "lost_km2": round(float(lost["area_km2"].sum()), 1),
            "net_km2": round(float(gained["area_km2"].sum() - lost["area_km2"].sum()), 1),
            "gained_population": int(gained["population"].sum()),
            "lost_population": int(lost["population"].sum()),
        }
    return {"from": d1.isoformat(), "to": d2.isoformat(), "changes": changes,
            "totals": {"changed_cells": len(changes), "changed_km2": round(float(cells["area_km2"].sum()), 1),
                       "sides": per_side}}

