"""Cells, zones, front line, diff and exports on the bundled data."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyogrio
import pytest
import shapely
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.diff import diff
from geo.export import write_export
from geo.geojson import rfc7946_problems

D = dt.date


def test_cells_partition_the_outline(territory, layers):
    cells = territory.cells
    union = shapely.union_all(cells.geometry.values)
    outline = layers.outline
    assert shapely.symmetric_difference(union, outline).area / outline.area < 1e-4
    ea = cells.to_crs(territory.cells.crs).geometry  # overlaps measured on the raw cells
    tree = shapely.STRtree(list(ea))
    overlap = 0.0
    for i, g in enumerate(ea):
        for j in tree.query(g, predicate="intersects"):
            if j > i:
                overlap += shapely.intersection(g, ea.iloc[j]).area
    assert overlap / outline.area < 1e-6
    assert cells["cell_id"].is_unique


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=D(2019, 1, 1), max_value=D(2020, 12, 31)))
def test_zones_on_any_date_add_up_to_the_land(territory, date):
    z = territory.zones(date)
    assert abs(z["area_km2"].sum() - territory.total_km2) / territory.total_km2 < 1e-4
    assert z["side"].is_unique
    s = territory.states(date)
    assert s["place_id"].is_unique and s["side"].notna().all()


def test_total_area_is_libya_in_equal_area_km2(territory):
    # Natural Earth Libya: ~1,623,800 km² (the CIA Factbook gives 1,759,540 km² incl. disputed areas)
    assert 1_600_000 < territory.total_km2 < 1_650_000


def test_front_line_exists_when_both_sides_hold_land(territory):
    f = territory.front_line("2020-06-10")
    assert len(f) == 1 and f.iloc[0]["length_km"] > 100


def test_diff_same_date_is_empty(territory):
    d = diff(territory, D(2020, 6, 6), D(2020, 6, 6))
    assert d["changes"] == [] and d["totals"]["changed_km2"] == 0


def test_diff_june_2020_has_tarhuna_and_sabratha(territory):
    d = diff(territory, D(2020, 4, 1), D(2020, 6, 10))
    names = {c["name"]: c for c in d["changes"]}
    assert names["Tarhuna"]["from_side"] == "LNA" and names["Tarhuna"]["to_side"] == "GNA"
    assert names["Sabratha"]["to_side"] == "GNA"
    assert d["totals"]["sides"]["GNA"]["gained_km2"] > 0


@pytest.mark.parametrize("date", ["2019-04-01", "2020-01-10", "2020-06-10"])
def test_exported_zones_are_rfc7946_and_sum_to_libya(territory, date):
    text = write_export(territory, what="zones", fmt="geojson", date=D.fromisoformat(date), path=None)
    fc = json.loads(text)
    assert rfc7946_problems(fc) == []
    assert "crs" not in fc
    total = sum(f["properties"]["area_km2"] for f in fc["features"])
    assert abs(total - territory.total_km2) < 1.0
    for f in fc["features"]:
        assert shapely.geometry.shape(f["geometry"]).is_valid


def test_places_csv_done_when(territory):
    text = write_export(territory, what="places", fmt="csv", date=D(2020, 6, 10), path=None)
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(text))}
    for col in ("id", "name", "lat", "lon", "side", "contested", "since"):
        assert col in next(iter(rows.values()))
    assert rows["Tarhuna"]["side"] == "GNA" and rows["Sirte"]["side"] == "LNA"


def test_gpkg_has_time_enabled_layer(territory, tmp_path):
    p = tmp_path / "libya.gpkg"
    write_export(territory, what="zones", fmt="gpkg", date=D(2020, 6, 10), path=p)
    names = [n for n, _ in pyogrio.list_layers(p)]
    assert names == ["zones", "cell_periods"]
    info = pyogrio.read_info(p, layer="cell_periods")
    fields = dict(zip(info["fields"], info["dtypes"]))
    assert fields["valid_from"].startswith("datetime") and fields["valid_to"].startswith("datetime")
    per = pyogrio.read_dataframe(p, layer="cell_periods")
    # for every cell, periods are contiguous and non-overlapping
    for _, g in per.sort_values("valid_from").groupby("cell"):
        starts, ends = list(g["valid_from"]), list(g["valid_to"])
        for k in range(1, len(g)):
            assert (starts[k] - ends[k - 1]).days == 1


def test_exports_are_byte_identical(territory, tmp_path):
    a = write_export(territory, what="cells", fmt="geojson", date=D(2020, 6, 10), path=None)
    b = write_export(territory, what="cells", fmt="geojson", date=D(2020, 6, 10), path=None)
    assert a == b


def test_cli_export_stdout_and_overwrite_rule(tmp_path):
    r = CliRunner().invoke(main, ["export", "2020-06-10", "--what", "places", "--format", "csv", "-o", "-", "-q"])
    assert r.exit_code == 0 and "Tarhuna" in r.output
    out = tmp_path / "z.geojson"
    r = CliRunner().invoke(main, ["export", "2020-06-10", "-o", str(out), "-q"])
    assert r.exit_code == 0 and out.exists()
    r = CliRunner().invoke(main, ["export", "2020-06-10", "-o", str(out), "-q"])
    assert r.exit_code == 2 and "--overwrite" in r.output
    r = CliRunner().invoke(main, ["export", "2020-06-10", "-o", str(out), "-q", "--overwrite"])
    assert r.exit_code == 0


def test_cli_bad_dates_are_one_line_errors():
    for args in (["export", "2020-02-30"], ["export", "1999-01-01", "-q"], ["diff", "2020-06-10", "2020-01-01", "-q"]):
        r = CliRunner().invoke(main, args)
        assert r.exit_code == 2 and "Traceback" not in r.output, r.output
