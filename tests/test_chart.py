"""frontline chart: km² and % per side over time, PNG and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

from click.testing import CliRunner

from geo.chart import area_table, date_range, key_events, write_chart_csv, write_chart_png
from geo.cli import main

D = dt.date


def test_date_range_daily_and_weekly():
    assert len(date_range(D(2020, 1, 1), D(2020, 1, 10))) == 10
    w = date_range(D(2020, 1, 1), D(2020, 1, 20), step="week")
    assert w[0] == D(2020, 1, 1) and w[-1] == D(2020, 1, 20) and w[1] == D(2020, 1, 8)


def test_area_table_sums_to_the_land_and_matches_zones(territory):
    dates = [D(2019, 4, 1), D(2020, 1, 10), D(2020, 6, 10)]
    t = area_table(territory, dates)
    sides = territory.sides.ids
    for d in dates:
        row = t.loc[d]
        assert abs(sum(row[f"{s}_km2"] for s in sides) - territory.total_km2) < 1.0
        assert abs(sum(row[f"{s}_pct"] for s in sides) - 100) < 0.1
        zones = {z["side"]: z["area_km2"] for z in territory.totals(d)}
        assert abs(row["GNA_km2"] - zones["GNA"]) < 1.0


def test_key_events_name_the_turning_points(territory):
    names = {e["place"] for e in key_events(territory, D(2019, 4, 1), D(2020, 10, 23), limit=12)}
    assert {"Sirte", "Tarhuna"} & names


def test_csv_and_png(territory, tmp_path):
    text = write_chart_csv(territory, D(2020, 5, 1), D(2020, 6, 30), None, step="week")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["date"] == "2020-05-01" and float(rows[-1]["GNA_km2"]) > float(rows[0]["GNA_km2"])
    p = write_chart_png(territory, D(2020, 5, 1), D(2020, 6, 30), tmp_path / "c.png")
    assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_chart(tmp_path):
    r = CliRunner().invoke(main, ["chart", "2020-06-10", "2020-06-01", "-q"])
    assert r.exit_code == 2 and "before START" in r.output
    r = CliRunner().invoke(main, ["chart", "2020-06-01", "2020-06-10", "--format", "csv", "-o", "-", "-q"])
    assert r.exit_code == 0 and r.output.startswith("date,GNA_km2")
