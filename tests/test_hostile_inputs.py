"""Every input path survives bad data: a clean result, a one-line error, or a per-row report.

The fuzz tests run a bounded number of hypothesis examples (``FRONTLINE_FUZZ_EXAMPLES``, default
150 each); inputs that ever crashed a reader are kept in ``tests/data/fuzz_regressions/`` and
replayed here.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.errors import FrontlineError
from geo.events import parse_date, read_events
from tests.conftest import DATA, make_tiny_layers

EXAMPLES = int(os.environ.get("FRONTLINE_FUZZ_EXAMPLES", "150"))
HEADER = "date,place,side,action,source,source_url,notes"
FIXTURES = DATA / "fuzz_regressions"


def accounted(df, rep) -> bool:
    """Every data row is either used or named in the report with an error/skip."""
    rejected = {(p.file, p.line) for p in rep.problems if p.level in ("error", "skipped")}
    return rep.rows_read == len(df) + len(rejected) and rep.rows_used == len(df)


def check_file(path, layers):
    try:
        df, rep = read_events(path, layers=layers)
    except FrontlineError as exc:
        assert "\n" not in str(exc) and str(exc)
        return None
    assert accounted(df, rep), rep.format()
    return df, rep


HOSTILE_ROWS = [
    "2020-02-30,Sirte,LNA,captured,R,https://e.org,impossible date",
    "2020-06-05,=cmd|' /C calc'!A0,GNA,captured,R,https://e.org,formula place",
    "2020-06-05,Tarhuna,=HYPERLINK(\"http://evil\"),captured,R,https://e.org,formula side",
    "2020-06-05,Tarhuna,GNA,captured,R,javascript:alert(1),js url",
    "2020-06-05,Tarhuna,GNA,captured,R,https://e.org," + "x" * 100_000,
    "2020-06-05,ترهونة,الوفاق,captured,R,https://e.org,arabic place and side",
    "2020-06-05,Tarhuna مدينة,GNA,captured,R,https://e.org,mixed script",
    "2020-06-05,Tarhuna,GNA,captured,R,https://e.org,<script>alert(1)</script>",
    "9999-99-99,Sirte,LNA,captured,R,https://e.org,nonsense date",
    "2020-06-05,,GNA,captured,R,https://e.org,no place",
    "2020-06-05,Tarhuna,GNA,captured,R,https://e.org,\"unterminated",
    "2020-06-05,Tarhuna,GNA",
    "2020-06-05,Tarhuna,GNA,captured,R,https://e.org,note,extra,extra",
]


def test_hostile_rows_each_reported_none_dropped(tmp_path, layers):
    p = tmp_path / "hostile.csv"
    p.write_text(HEADER + "\n" + "\n".join(HOSTILE_ROWS) + "\n", encoding="utf-8")
    df, rep = check_file(p, layers)
    assert rep.rows_read >= 10


@pytest.mark.parametrize("content,encoding", [
    ("", "utf-8"), ("\n\n", "utf-8"), (HEADER + "\n", "utf-8"), ("\ufeff" + HEADER + "\r\n", "utf-8"),
    ("a,b,c\n1,2,3\n", "utf-8"), (HEADER + "\n2020-01-06,سرت,LNA,captured,R,https://e.org,\n", "cp1256"),
    (HEADER + "\n2020-01-06,Sirte,LNA,captured,R,https://e.org,café\n", "latin-1"),
    (HEADER.replace("place", "location") + "\n2020-01-06,Sirte,LNA,captured,R,https://e.org,\n", "utf-8"),
    ("\x00\x00\x00", "utf-8"), (HEADER + "\n2020-01-06,Si\x00rte,LNA,captured,R,https://e.org,\n", "utf-8"),
])
def test_whole_file_problems_are_one_line_errors(tmp_path, layers, content, encoding):
    p = tmp_path / "f.csv"
    p.write_bytes(content.encode(encoding))
    check_file(p, layers)


def test_duplicate_ids_are_reported_and_kept(tmp_path, layers):
    p = tmp_path / "d.csv"
    p.write_text("id," + HEADER + "\nx,2020-06-05,Tarhuna,GNA,captured,R,https://e.org,\n"
                 "x,2020-06-06,Sirte,LNA,holds,R,https://e.org,\n", encoding="utf-8")
    df, rep = read_events(p, layers=layers)
    assert len(df) == 2 and df["id"].is_unique and "duplicate id" in rep.warnings[0].message


CELL = st.one_of(st.text(max_size=30), st.sampled_from(["2020-06-05", "2020-02-30", "Tarhuna", "Sirte", "ترهونة",
                                                        "GNA", "LNA", "captured", "holds", "=1+1", "\x00", '"',
                                                        "32.4", "13.6", "-999", "nan", "inf", "\r\n"]))
ROW = st.lists(CELL, min_size=0, max_size=10)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(st.lists(ROW, max_size=8), st.sampled_from([HEADER, HEADER + ",lat,lon", "id," + HEADER]))
def test_fuzz_native_csv(tmp_path_factory, layers, rows, header):
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    for r in rows:
        w.writerow(r)
    p = tmp_path_factory.mktemp("fz") / "e.csv"
    p.write_bytes((header + "\n" + buf.getvalue()).encode("utf-8", "replace"))
    check_file(p, layers)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_raw_bytes(tmp_path_factory, layers, data):
    p = tmp_path_factory.mktemp("fz") / "e.csv"
    p.write_bytes(HEADER.encode() + b"\n" + data)
    check_file(p, layers)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(["date", "place", "side", "action", "lat", "lon", "id", "x"]),
                                st.one_of(CELL, st.integers(), st.floats(allow_nan=True), st.none(),
                                          st.lists(st.integers(), max_size=2))), max_size=6))
def test_fuzz_jsonl(tmp_path_factory, layers, objs):
    p = tmp_path_factory.mktemp("fz") / "e.jsonl"
    p.write_text("\n".join(json.dumps(o) for o in objs) + "\n", encoding="utf-8")
    check_file(p, layers)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(st.lists(st.fixed_dictionaries({
    "event_date": st.sampled_from(["9-May-20", "2020-05-09", "31-Feb-20", "", "x"]),
    "location": CELL, "latitude": CELL, "longitude": CELL,
    "actor1": st.sampled_from(["Military Forces of Libya (2014-) Haftar Faction",
                               "Military Forces of Libya (2016-) Government of National Accord",
                               "Unidentified Armed Group (Libya)", "", "=cmd"]),
    "sub_event_type": st.sampled_from(["Armed clash", "Air/drone strike", "Government regains territory",
                                       "Peaceful protest", "", "Attack"]),
    "notes": CELL, "source": CELL, "event_id_cnty": CELL}), max_size=6))
def test_fuzz_acled(tmp_path_factory, layers, rows):
    import csv
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["event_date", "location", "latitude", "longitude", "actor1",
                                        "sub_event_type", "notes", "source", "event_id_cnty"])
    w.writeheader()
    w.writerows(rows)
    p = tmp_path_factory.mktemp("fz") / "acled.csv"
    p.write_bytes(buf.getvalue().encode("utf-8", "replace"))
    check_file(p, layers)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=30))
def test_fuzz_dates(text):
    try:
        parse_date(text)
    except ValueError as exc:
        assert str(exc)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*")), ids=lambda p: p.name)
def test_fuzz_regressions(path, layers):
    check_file(path, layers)


@pytest.mark.parametrize("args", [
    ["export", "2020-02-30"], ["export", "tomorrow"], ["export", "1990-01-01", "-q"],
    ["diff", "2020-06-10", "2020-01-01", "-q"], ["export", "2020-06-10", "--events", "/nonexistent.csv"],
    ["export", "2020-06-10", "--layers", "/nonexistent"], ["geocode", "--file", "/nonexistent"],
    ["events", "check", "/nonexistent.csv"],
])
def test_cli_errors_are_one_line_without_traceback(args):
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit)


def test_broken_layers_folder_is_a_clear_error(tmp_path):
    layers_dir = make_tiny_layers(tmp_path / "L")
    fc = json.loads((layers_dir / "gazetteer.geojson").read_text())
    fc["features"][0]["geometry"] = {"type": "Point", "coordinates": ["x", None]}
    (layers_dir / "gazetteer.geojson").write_text(json.dumps(fc))
    (layers_dir / "events" / "e.csv").write_text(HEADER + "\n2020-02-01,Alpha,GNA,holds,t,https://e.org,\n")
    r = CliRunner().invoke(main, ["export", "2020-06-10", "--layers", str(layers_dir), "-o", "-", "-q"])
    assert r.exit_code == 2 and "feature 0" in r.output and "Traceback" not in r.output
    (layers_dir / "gazetteer.geojson").write_text("{not json")
    r = CliRunner().invoke(main, ["geocode", "Alpha", "--layers", str(layers_dir)])
    assert r.exit_code == 2 and "gazetteer" in r.output


def test_user_layers_folder_works(tmp_path):
    layers_dir = make_tiny_layers(tmp_path / "L")
    (layers_dir / "events" / "e.csv").write_text(HEADER + "\n2020-02-01,Charlie,GNA,captured,t,https://e.org,\n")
    r = CliRunner().invoke(main, ["export", "2020-03-01", "--layers", str(layers_dir), "--what", "places",
                                  "--format", "csv", "-o", "-", "-q"])
    assert r.exit_code == 0, r.output
    rows = {ln.split(",")[1]: ln for ln in r.output.splitlines()[1:]}
    assert ",GNA," in rows["Charlie"]
