"""A layers folder: the data that makes a conflict (gazetteer, boundaries, sides, events).

The bundled folder holds Libya 2019–2020; ``--layers DIR`` selects another with the same files:

==========================  ===============================================================
``gazetteer.geojson``       places (Point features: id, name, names, name_ar, kind, district …)
``libya.geojson``           the land outline (any name ending ``.geojson`` listed in
                            ``outline`` below works; the bundled one is Libya)
``districts.geojson``       districts tiling the outline (``iso_3166_2``, ``name``)
``sides.toml``              sides, aliases, colours and the control rules
``baseline.csv``            who held each anchoring place at the start
``events/*.csv``            sourced event records
``basemap.geojson``         optional: neighbours and coastline for maps without tiles
``foreign_places.txt``      optional: names outside the country the geocoder refuses
==========================  ===============================================================
"""

from __future__ import annotations

import importlib.util
from functools import cached_property
from pathlib import Path
from typing import Any

from geo.errors import LayersError
from geo.gazetteer import Gazetteer
from geo.sides import Sides

__all__ = ["Layers", "bundled_layers_dir", "load_layers"]

REQUIRED = ("gazetteer.geojson", "sides.toml")
OUTLINE_NAMES = ("outline.geojson", "libya.geojson")


def bundled_layers_dir() -> Path:
    """The layers folder shipped with the package.

    In a wheel the folder is installed as ``geo/layers``; in a source checkout (editable
    install, or running from the repository) it is the top-level ``layers/`` beside ``geo/``.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "layers", here.parent / "layers"):
        if (candidate / "gazetteer.geojson").is_file():
            return candidate
    spec = importlib.util.find_spec("geo.layers")
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    raise LayersError("the bundled layers are missing from this installation (geo/layers)")


class Layers:
    """Lazy access to the files of a layers folder; each file is read once, on first use."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else bundled_layers_dir()
        if not self.path.is_dir():
            raise LayersError(f"layers folder {str(self.path)!r} does not exist")
        missing = [n for n in REQUIRED if not (self.path / n).is_file()]
        if missing:
            raise LayersError(f"layers folder {str(self.path)!r} lacks {', '.join(missing)}")

    def __repr__(self) -> str:
        return f"Layers({str(self.path)!r})"

    def file(self, name: str, *, required: bool = True) -> Path | None:
        p = self.path / name
        if not p.is_file():
            if required:
                raise LayersError(f"layers folder {str(self.path)!r} lacks {name}")
            return None
        return p

    @cached_property
    def foreign_names(self) -> list[str]:
        p = self.file("foreign_places.txt", required=False)
        if p is None:
            return []
        lines = p.read_text(encoding="utf-8").splitlines()
        return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.from_geojson(self.path / "gazetteer.geojson", foreign_names=self.foreign_names)

    @cached_property
    def sides(self) -> Sides:
        return Sides.from_toml(self.path / "sides.toml")

    @cached_property
    def places(self) -> Any:
        """The gazetteer as a GeoDataFrame (EPSG:4326)."""
        import geopandas as gpd
        from shapely.geometry import Point

        recs = [dict(p) for p in self.gazetteer.places]
        return gpd.GeoDataFrame(recs, geometry=[Point(p["lon"], p["lat"]) for p in recs], crs=4326)

    def _read_polygons(self, name: str) -> Any:
        import geopandas as gpd
        import shapely

        p = self.file(name)
        try:
            g = gpd.read_file(p)
        except Exception as exc:  # GDAL raises many types; all mean "unreadable"
            raise LayersError(f"cannot read {str(p)!r}: {exc}") from None
        if g.crs is None:
            g = g.set_crs(4326)
        elif g.crs.to_epsg() != 4326:
            g = g.to_crs(4326)
        bad = ~g.geometry.is_valid
        if bad.any():
            g.loc[bad, "geometry"] = shapely.make_valid(g.geometry[bad].values)
        return g

    @cached_property
    def outline(self) -> Any:
        """The land outline as one (Multi)Polygon in EPSG:4326."""
        import shapely

        for name in OUTLINE_NAMES:
            if (self.path / name).is_file():
                g = self._read_polygons(name)
                return shapely.union_all(g.geometry.values)
        raise LayersError(f"layers folder {str(self.path)!r} lacks an outline ({' or '.join(OUTLINE_NAMES)})")

    @cached_property
    def districts(self) -> Any:
        """Districts GeoDataFrame with ``iso_3166_2`` and ``name``; the outline if none."""
        import geopandas as gpd

        if (self.path / "districts.geojson").is_file():
            g = self._read_polygons("districts.geojson")
            if "iso_3166_2" not in g.columns:
                raise LayersError(f"{str(self.path / 'districts.geojson')!r} lacks an 'iso_3166_2' property")
            return g
        return gpd.GeoDataFrame({"iso_3166_2": ["ALL"], "name": ["all"]}, geometry=[self.outline], crs=4326)

    @cached_property
    def basemap(self) -> Any | None:
        if not (self.path / "basemap.geojson").is_file():
            return None
        return self._read_polygons("basemap.geojson")

    @property
    def baseline_path(self) -> Path | None:
        return self.file("baseline.csv", required=False)

    @property
    def event_paths(self) -> list[Path]:
        d = self.path / "events"
        return sorted(d.glob("*.csv")) if d.is_dir() else []


_CACHE: dict[str, Layers] = {}


def load_layers(path: str | Path | None = None) -> Layers:
    """A :class:`Layers` for ``path`` (bundled if ``None``), shared within the process."""
    key = str(Path(path).resolve()) if path is not None else ""
    if key not in _CACHE:
        _CACHE[key] = Layers(path)
    return _CACHE[key]
