"""Maps: rendered HTML contents, sizes, escaping, PNGs and the ``map``/``timeline`` commands.

The pages are checked as text here; ``test_browser.py`` drives them in headless Chromium.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.errors import DateError, FrontlineError, OutputExistsError

D = dt.date(2020, 6, 6)
TARHUNA, SIRTE, SABRATHA, WATIYA = "gn-2210221", "gn-2210554", "gn-2212771", "icao-HL77"
FULL = (dt.date(2019, 4, 1), dt.date(2020, 10, 23))
MB = 1_000_000

HOSTILE_CSV = (
    "id,date,place,side,action,source,source_title,source_url,source_date,notes,lat,lon\n"
    'h1,2020-06-05,Tarhuna,GNA,captured,"<b onmouseover=window.__pwned=1>Src</b>",'
    '"</script><script>window.__pwned=1</script>",javascript:window.__pwned=1,2020-06-05,'
    '"<script>window.__pwned=1</script> XX{{ 7*7 }}YY {% raw %} <img src=x onerror=""window.__pwned=1"">",,\n'
    'h2,2020-06-04,Sirte,LNA,attacked,R,t," JaVaScRiPt:alert(1)",2020-06-04,"</script><img src=x onerror=alert(1)>",,\n'
    'h3,2020-06-03,"<img src=x onerror=""window.__pwned=1"">",GNA,attacked,R,t,'
    'https://example.org/ok,2020-06-03,"</SCRIPT >",32.4349,13.6332\n'
)


def write_hostile(path: Path) -> Path:
    path.write_text(HOSTILE_CSV, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pages(territory, tmp_path_factory):
    """Every kind of page, written once for the module."""
    from geo import maps

    d = tmp_path_factory.mktemp("maps")
    out = {
        "control": maps.write_control_map(territory, D, d / "control.html"),
        "control_sc": maps.write_control_map(territory, D, d / "control_sc.html", self_contained=True),
        "diff_sc": maps.write_diff_map(territory, dt.date(2020, 4, 1), dt.date(2020, 6, 10), d / "diff_sc.html",
                                       self_contained=True),
        "timeline": maps.write_timeline(territory, *FULL, d / "timeline.html"),
        "timeline_sc": maps.write_timeline(territory, *FULL, d / "timeline_sc.html", self_contained=True),
    }
    return {k: v.read_text(encoding="utf-8") for k, v in out.items()} | {"dir": d}


@pytest.fixture(scope="module")
def hostile_territory(layers, tmp_path_factory):
    from geo.zones import Territory

    path = write_hostile(tmp_path_factory.mktemp("hostile") / "hostile.csv")
    return Territory(layers, event_paths=[path])


def script_data(html: str, call: str) -> dict:
    """The JSON argument of ``Frontline.<call>(map, {...})`` in a page."""
    m = re.search(rf"Frontline\.{call}\(\w+, (\{{.*?\}})\);\n", html)
    assert m, f"no Frontline.{call} call in the page"
    return json.loads(m.group(1))


# ----------------------------------------------------------------------------- contents
def test_control_map_has_every_part(pages):
    html = pages["control_sc"]
    for needle in ('id="fl-title"', 'id="fl-legend"', 'id="fl-stats"', 'id="fl-search"', "Frontline.cells(",
                   "Frontline.places(", "Frontline.events(", "fl-zone", "fl-front", "L.control.layers(",
                   "6 June 2020", "% of Libya", "GeoNames (CC BY 4.0)", "Natural Earth", 'id="fl-hatch"'):
        assert needle in html, needle
    places = script_data(html, "places")["places"]
    tarhuna = next(p for p in places if p["id"] == TARHUNA)
    assert tarhuna["last"]["url"].startswith("https://")
    assert {"name", "name_ar", "side", "since", "r"} <= tarhuna.keys()


def test_events_window_limits_markers(territory):
    from geo.maps._data import event_records

    groups = event_records(territory, D, window=30)
    dates = {dt.date.fromisoformat(e["date"]) for g in groups for e in g["events"]}
    assert dates and min(dates) >= D - dt.timedelta(days=29) and max(dates) <= D
    assert event_records(territory, D, window=0) == []


def test_online_page_uses_folium_tiles_and_cdn(pages):
    html = pages["control"]
    assert "tile.openstreetmap.org" in html and "OpenStreetMap" in html
    assert re.search(r'<script src="https://cdn\.jsdelivr\.net/npm/leaflet@[\d.]+/dist/leaflet\.js"', html)
    assert "jquery" not in html.lower()


@pytest.mark.parametrize("key", ["control_sc", "diff_sc", "timeline_sc"])
def test_self_contained_pages_need_no_network(pages, key):
    html = pages[key]
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert "tile.openstreetmap.org" not in html
    assert '"1.9.4"' in html  # Leaflet, inlined from the package
    assert "url(images/" not in html  # Leaflet's control images became data URIs
    assert "sourceMappingURL" not in html


def test_output_is_reproducible(territory, tmp_path):
    from geo import maps

    a = maps.write_control_map(territory, D, tmp_path / "a.html", self_contained=True).read_bytes()
    b = maps.write_control_map(territory, D, tmp_path / "b.html", self_contained=True).read_bytes()
    assert a == b


def test_self_contained_date_map_size(pages):
    size = len(pages["control_sc"].encode())
    assert size < 1 * MB, size


# ----------------------------------------------------------------------------- timeline
def test_timeline_full_period_under_3_mb(pages):
    for key in ("timeline", "timeline_sc"):
        assert len(pages[key].encode()) < 3 * MB, (key, len(pages[key].encode()))


def test_timeline_stores_geometry_once(pages, territory):
    html = pages["timeline_sc"]
    data = script_data(html, "timeline")
    n_cells = len(territory.cells)
    assert len(data["cells"]["features"]) == n_cells
    assert len(data["dates"]) == (FULL[1] - FULL[0]).days + 1
    # every polygon in the page: the cells once, plus the basemap — not one copy per date
    polygons = len(re.findall(r'"type":"(?:Multi)?Polygon"', html))
    assert polygons < n_cells + 40


def test_timeline_periods_reproduce_holders(territory):
    """The periods the page searches give the control model's holder on every date."""
    from geo.maps._data import map_cells, timeline_dates, timeline_payload

    dates = timeline_dates(*FULL, "day")
    cells = map_cells(territory)
    payload = timeline_payload(territory, cells, dates)
    codes, contested, side_ids = territory.timeline.holders_matrix(dates)
    assert payload["sides"] == side_ids
    pindex = {p["id"]: i for i, p in enumerate(territory.timeline.places)}
    for p, (pid, _name) in enumerate(payload["places"]):
        flat = np.array(payload["periods"][p]).reshape(-1, 3)
        k = np.searchsorted(flat[:, 0], np.arange(len(dates)), side="right") - 1
        assert (flat[k, 1] == codes[:, pindex[pid]]).all(), pid
        assert (flat[k, 2].astype(bool) == contested[:, pindex[pid]]).all(), pid


def test_timeline_week_step_ends_on_end(territory, tmp_path):
    from geo import maps

    path = maps.write_timeline(territory, dt.date(2020, 1, 1), dt.date(2020, 2, 3), tmp_path / "w.html", step="week")
    dates = script_data(path.read_text(encoding="utf-8"), "timeline")["dates"]
    assert dates[0] == "2020-01-01" and dates[1] == "2020-01-08" and dates[-1] == "2020-02-03"


def test_stock_plugins_are_larger(territory, tmp_path):
    """On ten days, folium's stock plugins already outweigh the page that stores geometry once."""
    from geo import maps

    a, b = dt.date(2020, 6, 1), dt.date(2020, 6, 10)
    sizes = maps.stock_timeline_sizes(territory, a, b)
    ours = maps.write_timeline(territory, a, b, tmp_path / "t.html").stat().st_size
    assert set(sizes) == {"TimeSliderChoropleth", "TimestampedGeoJson"}
    assert sizes["TimestampedGeoJson"] > 5 * ours
    assert sizes["TimeSliderChoropleth"] > 0


# ----------------------------------------------------------------------------- diff
def test_diff_map_lists_changes(pages, territory):
    html = pages["diff_sc"]
    fc = script_data(html, "changes")["cells"]
    changed = {f["properties"]["p"] for f in fc["features"]}
    for pid in (TARHUNA, SABRATHA, WATIYA):
        assert pid in changed
        assert f'data-fl-goto="{pid}"' in html
    assert "earlier front line (2020-04-01)" in html and "gained by GNA" in html


def test_diff_of_a_date_with_itself_is_empty(territory, tmp_path):
    from geo import maps

    html = maps.write_diff_map(territory, D, D, tmp_path / "same.html").read_text(encoding="utf-8")
    assert "No area changed hands." in html and "Frontline.changes(" not in html


# ----------------------------------------------------------------------------- escaping
def test_hostile_strings_are_escaped(hostile_territory, tmp_path):
    from geo import maps

    t = hostile_territory
    pages_ = [maps.write_control_map(t, D, tmp_path / "c.html", self_contained=True),
              maps.write_diff_map(t, dt.date(2020, 5, 1), D, tmp_path / "d.html", self_contained=True),
              maps.write_timeline(t, dt.date(2020, 5, 1), D, tmp_path / "t.html")]
    for path in pages_:
        html = path.read_text(encoding="utf-8")
        assert "window.__pwned=1</script>" not in html
        assert "<img src=x" not in html.lower()
        assert "<b onmouseover" not in html
        assert "javascript:" not in html.lower()  # never carried, so never a link
        assert "XX49YY" not in html  # no server-side template evaluation
    control = pages_[0].read_text(encoding="utf-8")
    places = script_data(control, "places")["places"]
    last = next(p for p in places if p["id"] == TARHUNA)["last"]
    assert last["url"] is None
    assert "XX{{ 7*7 }}YY {% raw %}" in last["notes"]
    assert last["title"] == "</script><script>window.__pwned=1</script>"


def test_tojson_escapes_markup_and_template_tags():
    from geo.maps._page import tojson

    out = str(tojson({"a": "</script><!-- {{x}} {%y%} {#z#} & 'q' \u2028"}))
    for bad in ("<", ">", "&", "'", "{{", "{%", "{#", "\u2028"):
        assert bad not in out, bad
    assert json.loads(out) == {"a": "</script><!-- {{x}} {%y%} {#z#} & 'q' \u2028"}


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/x?y=1", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG", True),
    ("javascript:alert(1)", False), (" JaVaScRiPt:alert(1)", False), ("data:text/html,<b>", False),
    ("//evil.example", False), ("/relative", False), ("https://e.org/<script>", False), ("", False), (None, False),
])
def test_safe_url(url, ok):
    from geo.maps._data import safe_url

    assert (safe_url(url) is not None) is ok


# ----------------------------------------------------------------------------- geometry
def test_map_cells_keep_shared_borders(territory):
    import shapely

    from geo.maps._data import map_cells

    cells = map_cells(territory)
    geoms = cells.geometry.values
    assert shapely.coverage_is_valid(np.asarray(geoms, dtype=object))
    assert not shapely.is_empty(geoms).any() and shapely.is_valid(geoms).all()
    coords = shapely.get_coordinates(geoms)
    assert np.allclose(coords, np.round(coords, 4), atol=1e-9)
    assert len(coords) <= shapely.get_num_coordinates(territory.cells.geometry.values).sum()
    union = shapely.union_all(geoms)
    outline = territory.layers.outline
    assert shapely.symmetric_difference(union, outline).area < 1e-3 * outline.area


def test_maps_work_without_a_basemap(tiny_layers, tmp_path):
    from geo import maps
    from geo.zones import Territory

    ev = tmp_path / "ev.csv"
    ev.write_text("date,place,side,action,source,source_url,notes\n"
                  "2020-03-01,Bravo,LNA,captured,R,https://e.org,n\n", encoding="utf-8")
    t = Territory(tiny_layers, event_paths=[ev])
    html = maps.write_control_map(t, "2020-03-02", tmp_path / "m.html", self_contained=True).read_text(encoding="utf-8")
    assert "Frontline.cells(" in html and "fl-basemap" not in html
    assert maps.write_diff_png(t, "2020-01-01", "2020-03-02", tmp_path / "d.png").stat().st_size > 10_000


# ----------------------------------------------------------------------------- PNG
def test_pngs_are_written(territory, tmp_path):
    from geo import maps

    for path in (maps.write_control_png(territory, D, tmp_path / "c.png"),
                 maps.write_diff_png(territory, dt.date(2020, 4, 1), dt.date(2020, 6, 10), tmp_path / "d.png")):
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
        assert int.from_bytes(data[16:20], "big") == 1500  # width in pixels


# ----------------------------------------------------------------------------- errors
def test_existing_file_is_kept_without_overwrite(territory, tmp_path):
    from geo import maps

    path = tmp_path / "x.html"
    path.write_text("keep")
    with pytest.raises(OutputExistsError):
        maps.write_control_map(territory, D, path)
    with pytest.raises(OutputExistsError):
        maps.write_control_png(territory, D, path)
    assert path.read_text() == "keep"


def test_bad_arguments_name_the_value(territory, tmp_path):
    from geo import maps

    with pytest.raises(DateError, match="2020-01-01"):
        maps.write_diff_map(territory, "2020-06-01", "2020-01-01", tmp_path / "d.html")
    with pytest.raises(FrontlineError, match="'month'"):
        maps.write_timeline(territory, "2020-01-01", "2020-02-01", tmp_path / "t.html", step="month")
    with pytest.raises(FrontlineError, match="-1"):
        maps.write_control_map(territory, D, tmp_path / "m.html", window=-1)
    with pytest.raises(DateError, match="2020-13-01"):
        maps.write_control_map(territory, "2020-13-01", tmp_path / "m.html")
    assert not list(tmp_path.iterdir())


def test_folium_is_imported_only_by_geo_maps():
    code = ("import sys, geo.cli, geo.zones, geo.diff, geo.export, geo.maps; "
            "assert 'folium' not in sys.modules, 'folium imported'; "
            "from geo.maps import write_control_png, write_diff_png; "
            "from geo.layers import load_layers; from geo.zones import Territory; import tempfile, pathlib; "
            "d = pathlib.Path(tempfile.mkdtemp()); t = Territory(load_layers()); "
            "write_diff_png(t, '2020-04-01', '2020-06-10', d / 'd.png'); "
            "assert 'folium' not in sys.modules and 'matplotlib.pyplot' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)


# ----------------------------------------------------------------------------- CLI
def test_cli_map_and_timeline(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)  # (click 8.5 deprecates isolated_filesystem)
    r = runner.invoke(main, ["map", "2020-06-06", "-q", "--window", "10", "--png", "output/c.png"])
    assert r.exit_code == 0, r.output
    assert Path("output/control_2020-06-06.html").stat().st_size > 10_000
    assert Path("output/c.png").read_bytes()[:4] == b"\x89PNG"
    r = runner.invoke(main, ["timeline", "2020-01-01", "2020-03-01", "--step", "week", "--self-contained", "-q"])
    assert r.exit_code == 0, r.output
    assert Path("output/timeline_2020-01-01_2020-03-01.html").exists()
    r = runner.invoke(main, ["diff", "2020-04-01", "2020-06-10", "-q", "-o", "output/d.html", "--self-contained"])
    assert r.exit_code == 0, r.output
    # outside output/ an existing file needs --overwrite
    Path("mine.html").write_text("keep")
    r = runner.invoke(main, ["map", "2020-06-06", "-q", "-o", "mine.html"])
    assert r.exit_code == 2 and "--overwrite" in r.output and Path("mine.html").read_text() == "keep"


def test_cli_errors_are_one_line(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(main, ["timeline", "2020-06-01", "2020-01-01", "-q"])
    assert r.exit_code == 2 and "END" in r.output and "Traceback" not in r.output
    r = runner.invoke(main, ["map", "2020-02-30", "-q"])
    assert r.exit_code == 2 and "2020-02-30" in r.output
    r = runner.invoke(main, ["map", "2020-06-06", "--window", "-3", "-q"])
    assert r.exit_code == 2


@pytest.mark.parametrize("cmd", ["map", "timeline"])
def test_cli_help_has_an_example(cmd):
    r = CliRunner().invoke(main, [cmd, "--help"])
    assert r.exit_code == 0 and "Example" in r.output and f"frontline {cmd} 20" in r.output


def test_stale_places_are_flagged_and_drawn_faded(pages, territory):
    html = pages["control_sc"]
    places = script_data(html, "places")["places"]
    stale_ids = {p["id"] for p in places if p["stale"]}
    expected = set(territory.states(D).query("stale")["place_id"])
    assert stale_ids == expected
    if stale_ids:
        assert "no evidence for over" in html and "fl-stale" in html
