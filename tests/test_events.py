"""Reading and validating event records: every row accounted for."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.errors import InputFormatError, ValidationError
from geo.events import read_events
from tests.conftest import shared_file

HEADER = "date,place,side,action,source,source_url,notes\n"


def write(tmp_path, text, name="ev.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_good_rows_kept_bad_rows_reported_each_with_line_and_reason(tmp_path, layers):
    p = write(tmp_path, HEADER +
              "2020-06-05,Tarhouna,GNA,captured,Reuters,https://example.org/a,ok\n"       # line 2 ok
              "2020-02-30,Sirte,LNA,captured,Reuters,https://example.org/b,bad date\n"   # line 3
              "2020-06-05,Sirte,Martians,captured,X,https://example.org/c,bad side\n"     # line 4
              "2020-06-05,Sirte,LNA,teleported,X,https://example.org/d,bad action\n"      # line 5
              "2020-06-05,Qwertyville,LNA,captured,X,https://example.org/e,bad place\n"  # line 6
              ",Sirte,LNA,holds,X,https://example.org/f,no date\n"                        # line 7
              "2020-06-06,Surt,Haftar's forces,holds,X,https://example.org/g,alias side\n")  # line 8 ok
    df, rep = read_events(p, layers=layers)
    assert rep.rows_read == 7 and rep.rows_used == 2 and len(df) == 2
    lines = {e.line: e for e in rep.errors}
    assert sorted(lines) == [3, 4, 5, 6, 7]
    assert "not a real date" in lines[3].message
    assert "Martians" in lines[4].message and "GNA" in lines[4].message
    assert "teleported" in lines[5].message and "captured" in lines[5].message
    assert "Qwertyville" in lines[6].message and "nearest names" in lines[6].message
    assert list(df["place_name"]) == ["Tarhuna", "Sirte"] and list(df["side"]) == ["GNA", "LNA"]
    with pytest.raises(ValidationError) as exc:
        read_events(p, layers=layers, strict=True)
    assert exc.value.report.rows_read == 7


def test_coordinates_override_and_are_checked(tmp_path, layers):
    p = write(tmp_path, "date,place,side,action,source,source_url,notes,lat,lon\n"
              "2020-06-05,Somewhere new,GNA,captured,X,https://e.org,,32.43,13.63\n"
              "2020-06-05,Tarhuna,GNA,captured,X,https://e.org,,13.63,32.43\n"
              "2020-06-05,Tarhuna,GNA,captured,X,https://e.org,,48.85,2.35\n")
    df, rep = read_events(p, layers=layers)
    assert len(df) == 1 and df.iloc[0]["place_name"] == "Tarhuna" and df.iloc[0]["geocode_method"] == "coordinates"
    msgs = {e.line: e.message for e in rep.errors}
    assert "swapped" in msgs[3] and "outside" in msgs[4]


def test_jsonl_and_bom_crlf(tmp_path, layers):
    p = tmp_path / "ev.jsonl"
    p.write_text(json.dumps({"date": "2020-01-06", "place": "Sirte", "side": "LNA", "action": "captured",
                             "source": "Reuters", "source_url": "https://e.org"}) + "\nnot json\n", encoding="utf-8")
    df, rep = read_events(p, layers=layers)
    assert len(df) == 1 and rep.errors[0].line == 2
    q = write(tmp_path, "\ufeff" + HEADER.replace("\n", "\r\n") + "2020-01-06,Sirte,LNA,captured,R,https://e.org,x\r\n")
    df, rep = read_events(q, layers=layers)
    assert len(df) == 1 and df.iloc[0]["date"] == dt.date(2020, 1, 6)


def test_wrong_encoding_is_refused_naming_it(tmp_path, layers):
    p = write(tmp_path, HEADER + "2020-01-06,سرت,LNA,captured,R,https://e.org,ملاحظة\n", encoding="cp1256")
    with pytest.raises(InputFormatError, match="cp1256"):
        read_events(p, layers=layers)
    df, _ = read_events(p, layers=layers, encoding="cp1256")
    assert df.iloc[0]["place_name"] == "Sirte"


def test_missing_columns_and_empty_file(tmp_path, layers):
    with pytest.raises(InputFormatError, match="side"):
        read_events(write(tmp_path, "date,place,action\n2020-01-01,Sirte,captured\n"), layers=layers)
    with pytest.raises(InputFormatError, match="empty"):
        read_events(write(tmp_path, ""), layers=layers)


def test_acled_adapter_synthetic(tmp_path, layers):
    text = ("event_date,location,latitude,longitude,actor1,actor2,sub_event_type,notes,source,event_id_cnty\n"
            "18-May-20,Al Watiyah,32.47,11.89,Military Forces of Libya (2016-) Government of National Accord,"
            "Military Forces of Libya (2014-) Haftar Faction,Government regains territory,took base,Reuters,LBY1\n"
            "19-May-20,Tripoli,32.89,13.19,Protesters (Libya),,Peaceful protest,,Libya Observer,LBY2\n"
            "20-May-20,Ayn Zarah,32.79,13.28,Military Forces of Libya (2014-) Haftar Faction,,Shelling/artillery/missile attack,,AA,LBY3\n")
    df, rep = read_events(write(tmp_path, text), layers=layers)
    assert list(df["action"]) == ["captured", "attacked"]
    assert list(df["side"]) == ["GNA", "LNA"]
    assert rep.skipped and rep.skipped[0].line == 3
    assert rep.rows_read == 3


@pytest.mark.shared
def test_acled_adapter_on_the_real_export(layers):
    path = shared_file("data", "acled", "acled_libya_2020-04-27_2020-05-09.csv")
    df, rep = read_events(path, layers=layers)
    assert rep.rows_read == 122
    accounted = set(df["line"]) | {p.line for p in rep.problems if p.level in ("error", "skipped")}
    assert len(accounted) == 122  # every row used or reported
    assert len(df) >= 90
    assert set(df["side"]) <= {"GNA", "LNA"}


def test_bundled_events_are_valid_and_cited(layers):
    df, rep = read_events(layers.event_paths, layers=layers)
    # the only rows not used name places no reachable source locates (al-Jawsh, As-Saddadah):
    # they stay in the file, sourced, and are reported — never dropped silently
    assert all(e.message.startswith("unresolved place") for e in rep.errors), rep.format(limit=10)
    assert len(rep.errors) <= 0.02 * rep.rows_read
    assert len(df) >= 150
    assert df["date"].min() >= dt.date(2019, 1, 1) and df["date"].max() <= dt.date(2020, 10, 23)
    assert (df["source"].str.len() > 0).all() and df["source_url"].str.startswith("http").all()
    assert (df["source_title"].str.len() > 0).all()


def test_cli_events_check(tmp_path):
    p = write(tmp_path, HEADER + "2020-06-05,Tarhouna,GNA,captured,R,https://e.org,\n2020-13-01,Sirte,LNA,holds,R,https://e.org,\n")
    r = CliRunner().invoke(main, ["events", "check", str(p)])
    assert r.exit_code == 0 and "ev.csv:3" in r.output
    r = CliRunner().invoke(main, ["events", "check", "--strict", str(p)])
    assert r.exit_code == 1
