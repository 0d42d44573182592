"""Nothing half-written; the same inputs give byte-identical outputs."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from click.testing import CliRunner

from geo._io import write_bytes_atomic
from geo.cli import main
from geo.errors import OutputExistsError
from geo.export import write_export


def test_kill_during_write_leaves_previous_file_intact(tmp_path):
    target = tmp_path / "map.html"
    target.write_text("previous version\n")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(os.getcwd())!r})
        from geo._io import write_with
        def slow(tmp):
            with open(tmp, "w") as fh:
                for i in range(10_000):
                    fh.write("partial " * 100 + "\\n"); fh.flush()
                    if i == 10:
                        print("writing", flush=True)
                    time.sleep(0.001)
        write_with({str(target)!r}, slow, overwrite=True)
    """)
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert target.read_text() == "previous version\n"
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".map.html.")]
    assert leftovers and leftovers[0].stat().st_size > 0  # the partial write went to the temp file


def test_failed_writer_leaves_no_temp_file_and_keeps_target(tmp_path):
    from geo._io import write_with

    target = tmp_path / "x.geojson"
    target.write_text("old")

    def boom(tmp):
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_with(target, boom)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.geojson"]


def test_existing_file_needs_overwrite(tmp_path):
    p = tmp_path / "a.csv"
    write_bytes_atomic(p, b"1", overwrite=False)
    with pytest.raises(OutputExistsError):
        write_bytes_atomic(p, b"2", overwrite=False)
    write_bytes_atomic(p, b"3", overwrite=True)
    assert p.read_bytes() == b"3"


def sha(p) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.mark.parametrize("what,fmt", [("zones", "geojson"), ("cells", "csv"), ("places", "geojson"),
                                      ("events", "csv"), ("frontline", "geojson"), ("zones", "gpkg")])
def test_exports_are_reproducible(territory, tmp_path, what, fmt):
    d = dt.date(2020, 6, 10)
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write_export(territory, what=what, fmt=fmt, date=d, path=a)
    time.sleep(1.05)  # a run-time timestamp would now differ
    write_export(territory, what=what, fmt=fmt, date=d, path=b)
    assert sha(a) == sha(b)


def test_csv_export_neutralises_formulas(tmp_path, layers):
    from geo.zones import Territory

    ev = tmp_path / "e.csv"
    ev.write_text("date,place,side,action,source,source_url,notes\n"
                  "2020-06-05,Tarhuna,GNA,captured,=HYPERLINK(\"http://x\"),https://e.org,@SUM(A1)\n", encoding="utf-8")
    t = Territory(layers, event_paths=[ev])
    text = write_export(t, what="events", fmt="csv", date=dt.date(2020, 6, 10), path=None)
    assert "'=HYPERLINK" in text and "'@SUM" in text
    assert "\n=" not in text and ",=" not in text and ",@" not in text


def test_cli_writes_into_output_without_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        r = CliRunner().invoke(main, ["export", "2020-06-10", "-q"])
        assert r.exit_code == 0, r.output
    assert (tmp_path / "output" / "zones_2020-06-10.geojson").exists()
