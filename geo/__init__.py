"""Frontline: dated event records about towns -> day-by-day maps of territorial control.

The package is a pipeline of small modules (see ``README.md``):

``names`` / ``gazetteer`` (geocoding) -> ``events`` (records) -> ``control`` (holder per place
per day) -> ``zones`` (cells, zones, front line) -> ``diff`` / ``export`` / ``maps``.

Heavy dependencies (geopandas, folium, matplotlib) are imported by the modules that need them,
never here, so ``import geo`` and ``frontline --help`` stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
