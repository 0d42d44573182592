"""Territory per side over time: a table (CSV) and a chart (PNG, matplotlib).

The series comes from :meth:`geo.zones.Territory.area_series`, which evaluates every date at once
from the per-place change lists; the chart annotates the key events of the period (captures of
the most populous places and of airbases).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from geo._io import write_bytes_atomic, write_text_atomic

__all__ = ["area_table", "key_events", "write_chart_csv", "write_chart_png", "date_range"]

ATTRIBUTION = "Frontline · GeoNames (CC BY 4.0) · Natural Earth"


def date_range(start: dt.date, end: dt.date, *, step: str = "day") -> list[dt.date]:
    """Dates from ``start`` to ``end`` inclusive, daily or weekly."""
    days = 7 if step == "week" else 1
    n = (end - start).days // days
    out = [start + dt.timedelta(days=k * days) for k in range(n + 1)]
    if out[-1] != end:
        out.append(end)
    return out


def area_table(territory: Any, dates: list[dt.date]) -> Any:
    """DataFrame indexed by date: ``<side>_km2`` and ``<side>_pct`` for every side."""
    km2 = territory.area_series(dates)
    total = territory.total_km2
    out = km2.round(1).add_suffix("_km2")
    for side in km2.columns:
        out[f"{side}_pct"] = (100 * km2[side] / total).round(2)
    return out


def key_events(territory: Any, start: dt.date, end: dt.date, *, limit: int = 8) -> list[dict[str, Any]]:
    """The captures in the period that mattered most: populous places and airbases, one per place."""
    ev = territory.events
    gz = territory.layers.gazetteer
    if not len(ev):
        return []
    sel = ev[(ev["date"] >= start) & (ev["date"] <= end) & (ev["action"].isin(["captured", "withdrew"]))]
    best: dict[str, dict[str, Any]] = {}
    for r in sel.itertuples():
        p = gz.by_id.get(r.place_id, {})
        weight = (p.get("population") or 0) + (200_000 if p.get("kind") == "airbase" else 0)
        winner = r.side if r.action == "captured" else (territory.sides.opponent(r.side) or "unknown")
        if r.place_id not in best or weight > best[r.place_id]["weight"]:
            best[r.place_id] = {"date": r.date, "place": r.place_name, "side": winner, "weight": weight}
    return sorted(sorted(best.values(), key=lambda e: -e["weight"])[:limit], key=lambda e: e["date"])


def write_chart_csv(territory: Any, start: dt.date, end: dt.date, path: str | Path | None, *,
                    step: str = "day", overwrite: bool = False) -> str | Path:
    """km² and % per side for each date, as CSV (``path=None`` returns the text)."""
    table = area_table(territory, date_range(start, end, step=step))
    buf = io.StringIO()
    table.to_csv(buf, lineterminator="\n", date_format="%Y-%m-%d")
    text = buf.getvalue()
    if path is None:
        return text
    return write_text_atomic(path, text, overwrite=overwrite)


def write_chart_png(territory: Any, start: dt.date, end: dt.date, path: str | Path, *,
                    step: str = "day", overwrite: bool = False) -> Path:
    """A stacked area chart of % of the land per side, with key events annotated."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dates = date_range(start, end, step=step)
    km2 = territory.area_series(dates)
    total = territory.total_km2
    sides = territory.sides
    order = [s for s in sides.ids if km2[s].max() > 0]
    fig, ax = plt.subplots(figsize=(11, 5.5), dpi=120)
    ax.stackplot(dates, [100 * km2[s] / total for s in order], labels=[f"{sides.sides[s].short}" for s in order],
                 colors=[sides.colour(s) for s in order], alpha=0.9, linewidth=0)
    ax.set_ylim(0, 100)
    ax.set_xlim(dates[0], dates[-1])
    ax.set_ylabel("% of the land area (equal-area km²)")
    ax.set_title(f"Territory held per side, {start.isoformat()} to {end.isoformat()}")
    for k, e in enumerate(key_events(territory, start, end)):
        y = 92 - (k % 4) * 9
        ax.axvline(e["date"], color="#333333", linewidth=0.6, linestyle=":")
        ax.annotate(f"{e['place']} → {e['side']}\n{e['date'].isoformat()}", (e["date"], y), fontsize=7,
                    ha="left", va="top", xytext=(3, 0), textcoords="offset points",
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#999999", "alpha": 0.85})
    ax.legend(loc="lower left", fontsize=8, framealpha=0.9)
    fig.text(0.99, 0.01, ATTRIBUTION, ha="right", va="bottom", fontsize=7, color="#555555")
    fig.autofmt_xdate()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return write_bytes_atomic(path, buf.getvalue(), overwrite=overwrite)
