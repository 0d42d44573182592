"""Maps: the only part of Frontline that touches Folium (and, for PNGs, matplotlib).

=================================  ==========================================================
:func:`write_control_map`          interactive map of one date (zones, contested cells, front
                                   line, places with sourced popups, recent events, legend,
                                   stats, layer control, place search)
:func:`write_diff_map`             what changed hands between two dates, with a side panel
:func:`write_timeline`             one page with a date slider; geometry stored once and each
                                   place's holding periods once
:func:`stock_timeline_sizes`       the same timeline rendered with folium's stock plugins, for
                                   size comparisons
:func:`write_control_png`,         static images (matplotlib, Agg) for reports and slides
:func:`write_diff_png`
=================================  ==========================================================

Every HTML writer takes ``self_contained=True`` for a single file that renders with no
network: Leaflet and all scripts and styles are inlined from files shipped in
``geo/maps/assets`` and the bundled basemap replaces web tiles.

The submodules are imported on first use, so ``import geo.maps`` costs nothing and the PNG
writers never import folium.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["write_control_map", "write_diff_map", "write_timeline", "stock_timeline_sizes",
           "write_control_png", "write_diff_png"]

_WHERE = {
    "write_control_map": "geo.maps.date_map",
    "write_diff_map": "geo.maps.diff_map",
    "write_timeline": "geo.maps.timeline",
    "stock_timeline_sizes": "geo.maps.timeline",
    "write_control_png": "geo.maps.static",
    "write_diff_png": "geo.maps.static",
}

if TYPE_CHECKING:  # pragma: no cover
    from geo.maps.date_map import write_control_map
    from geo.maps.diff_map import write_diff_map
    from geo.maps.static import write_control_png, write_diff_png
    from geo.maps.timeline import stock_timeline_sizes, write_timeline


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        try:
            module = importlib.import_module(_WHERE[name])
        except ModuleNotFoundError as exc:  # folium or matplotlib missing from this installation
            raise ImportError(f"{name} needs {exc.name!r}; install it with: pip install {exc.name}") from exc
        return getattr(module, name)
    raise AttributeError(f"module 'geo.maps' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
