#!/usr/bin/env python3
"""Frontline's benchmarks, each measured side by side with its baseline in one run.

    python3 benchmarks/run.py            # full run (about 5-8 minutes on 2 cores), writes results.json
    python3 benchmarks/run.py --quick    # smaller inputs, for a smoke test
    python3 benchmarks/run.py --only ingest --merge   # re-measure one step and keep the other rows

Prints a table and writes ``benchmarks/results.json``: a list of objects
``{"name", "value", "baseline", "ratio", "target", "unit", "met", "machine", "date", "notes"}``.
``ratio`` is baseline / value for times (higher is better) and value / baseline for sizes
(lower is better); ``target`` is stated in the same terms as ``ratio`` or ``value``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def machine() -> str:
    cpu = ""
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {mem:.0f} GiB, {cpu}, Python {platform.python_version()}"


RESULTS: list[dict] = []


def record(name, value, baseline, target, unit, *, higher_is_better=True, notes="", ratio=None, met=None):
    if ratio is None and baseline not in (None, 0) and value not in (None, 0):
        ratio = baseline / value if higher_is_better else value / baseline
    if met is None and ratio is not None and target is not None:
        met = ratio >= target if higher_is_better else ratio <= target
    RESULTS.append({"name": name, "value": round(value, 4) if isinstance(value, float) else value,
                    "baseline": round(baseline, 4) if isinstance(baseline, float) else baseline,
                    "ratio": round(ratio, 3) if ratio is not None else None, "target": target, "unit": unit,
                    "met": bool(met) if met is not None else None, "notes": notes})
    r = RESULTS[-1]
    print(f"  {name:<48} {r['value']!s:>12} {unit:<6} baseline {r['baseline']!s:>12}  ratio {r['ratio']!s:>8}  "
          f"target {target!s:>6}  {'MET' if r['met'] else 'not met' if r['met'] is not None else ''}", flush=True)


def bench_geocode(n: int) -> None:
    import bench_geocode

    r = bench_geocode.run(n)
    record("geocode: 100k mixed names, time (s)" if n == 100_000 else f"geocode: {n} mixed names, time (s)",
           r["frontline_s"], r["baseline_s"], 20, "s",
           notes=f"baseline rapidfuzz extractOne(WRatio>=85) over {r['gazetteer_names']} names; accuracy "
                 f"{r['frontline_accuracy']:.3f} vs {r['baseline_accuracy']:.3f}; foreign rejected "
                 f"{r['frontline_foreign_rejected']:.3f} vs {r['baseline_foreign_rejected']:.3f}")
    record("geocode: accuracy within 10 km", r["frontline_accuracy"], r["baseline_accuracy"], 1.0, "share",
           higher_is_better=False, ratio=r["frontline_accuracy"] / r["baseline_accuracy"],
           met=r["frontline_accuracy"] >= r["baseline_accuracy"], notes="target: equal or better than the baseline")


def bench_holders(days: int) -> None:
    from geo.control import build_timeline, read_baseline, replay_states
    from geo.events import read_events
    from geo.layers import Layers

    layers = Layers()
    ev, _ = read_events(layers.event_paths, layers=layers)
    base, start, _ = read_baseline(layers.baseline_path, layers=layers)
    dates = [dt.date(2019, 1, 1) + dt.timedelta(days=k) for k in range(days)]
    t0 = time.perf_counter()
    tl = build_timeline(ev, layers=layers, baseline=base, start=start)
    codes, cont, side_ids = tl.holders_matrix(dates)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    ref = [replay_states(ev, layers=layers, date=d, baseline=base, start=start) for d in dates]
    replay = time.perf_counter() - t0
    same = all(side_ids[codes[t, i]] == ref[t][p["id"]][0] for t in range(len(dates))
               for i, p in enumerate(tl.places))
    record(f"holders for every day of {days} days (s)", ours, replay, 50, "s",
           notes=f"bundled events; baseline: replay all events up to each date; results identical: {same}")


def bench_scale(runs: list[tuple[int, int, int]]) -> None:
    """(events, places, days) runs; events vary at fixed places/days, then places and days vary."""
    tmp = Path(tempfile.mkdtemp(prefix="frontline-scale-"))
    try:
        for n, places, days in runs:
            d = tmp / f"s{n}_{places}_{days}"
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(d), "--events", str(n),
                            "--places", str(places), "--days", str(days)], check=True)
            code = ("import time,resource,json;t=time.perf_counter();from geo.layers import Layers;"
                    "from geo.events import read_events;from geo.control import build_timeline;"
                    f"L=Layers({str(d)!r});L.gazetteer;t1=time.perf_counter();"
                    "ev,rep=read_events(L.event_paths,layers=L);t2=time.perf_counter();"
                    "tl=build_timeline(ev,layers=L);t3=time.perf_counter();"
                    "print(json.dumps({'load':t1-t,'read':t2-t1,'timeline':t3-t2,'total':t3-t,"
                    "'rss_gb':resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/2**20,'rows':rep.rows_used}))")
            out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            target = 60 if n >= 1_000_000 else None
            record(f"scale: {n:,} events, {places:,} places, {days} days: geocode+timeline (s)", r["total"], None,
                   target, "s", ratio=None, met=(r["total"] < 60 and r["rss_gb"] < 4) if target else None,
                   notes=f"read+geocode {r['read']:.1f} s, timeline {r['timeline']:.1f} s, gazetteer {r['load']:.1f} s, "
                         f"peak RSS {r['rss_gb']:.2f} GB (target < 60 s and < 4 GB at 1M)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_startup() -> None:
    def run(args: list[str], reps: int = 3) -> float:
        best = 1e9
        for _ in range(reps):
            t0 = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
            best = min(best, time.perf_counter() - t0)
        return best

    py = sys.executable
    bare = run([py, "-c", "pass"])
    imp = run([py, "-c", "import geo.cli"])
    record("import geo.cli (s, above bare Python)", imp - bare, None, None, "s", notes=f"bare interpreter {bare:.3f} s")
    helpt = run([py, "-m", "geo.cli", "--help"])
    record("frontline --help (s)", helpt, None, None, "s")
    geo_t = run([py, "-m", "geo.cli", "geocode", "Tarhouna", "Surt", "الجفرة", "Jufra airbase", "Cairo"])
    record("frontline geocode 5 names (s)", geo_t, None, None, "s", notes="no geopandas/folium import on this path")


def bench_ingest() -> None:
    """`frontline ingest` over every labelled passage: the rules alone (baseline) and with the statistical layer."""
    from geo.ingest import extract_events, read_labelled_passages
    from geo.ingest_model import load_model, using
    from geo.layers import load_layers

    layers = load_layers()
    passages = read_labelled_passages(ROOT / "tests" / "data" / "ingest_passages.jsonl")
    t0 = time.perf_counter()
    model = load_model()
    load_t = time.perf_counter() - t0

    def run(m) -> float:
        t = time.perf_counter()
        with using(m):
            for p in passages:
                extract_events(p["text"], article_date=dt.date.fromisoformat(p["article_date"]), layers=layers)
        return time.perf_counter() - t

    run(None)  # warm the gazetteer index and the compiled patterns
    alone, both = [], []
    for _ in range(3):  # interleaved, best of three: the two are measured under the same load
        alone.append(run(None))
        both.append(run(model))
    chars = sum(len(p["text"]) for p in passages)
    record("ingest the labelled passages, with the statistical layer (s)", min(both), min(alone), None, "s",
           notes=f"{len(passages)} passages, {chars:,} characters; baseline: the rules alone; "
                 f"loading the model {load_t:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--merge", action="store_true",
                    help="with --only: replace those rows in results.json (by name) and keep the others")
    a = ap.parse_args()
    t0 = time.perf_counter()
    print(f"Frontline benchmarks on {machine()}")
    steps = {
        "geocode": lambda: bench_geocode(10_000 if a.quick else 100_000),
        "holders": lambda: bench_holders(100 if a.quick else 600),
        "startup": bench_startup,
        "maps": lambda: bench_maps(quick=a.quick),
        "ingest": bench_ingest,
        "scale": lambda: bench_scale([(10_000, 5000, 3650)] if a.quick else
                                     [(10_000, 5000, 3650), (100_000, 5000, 3650), (1_000_000, 5000, 3650),
                                      (100_000, 1000, 3650), (100_000, 5000, 365)]),
    }
    for name, fn in steps.items():
        if a.only and name not in a.only:
            continue
        print(f"[{name}]", flush=True)
        fn()
    stamp = {"machine": machine(), "date": dt.date.today().isoformat()}
    out = [{**r, **stamp} for r in RESULTS]
    path = ROOT / "benchmarks" / "results.json"
    if not a.quick and a.only and a.merge:
        new = {r["name"] for r in out}
        old = [r for r in json.loads(path.read_text(encoding="utf-8")) if r["name"] not in new]
        out = old + out
    if not a.quick and (not a.only or a.merge):
        path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print(f"done in {time.perf_counter() - t0:.0f} s")


def bench_maps(*, quick: bool) -> None:
    """Map and timeline costs (file sizes vs folium's stock plugins; end-to-end map time)."""
    try:
        import geo.maps as maps
    except ImportError as exc:  # pragma: no cover
        print(f"  maps unavailable: {exc}")
        return
    from geo.layers import Layers
    from geo.zones import Territory

    t = Territory(Layers())
    start, end = dt.date(2019, 4, 1), dt.date(2019, 6, 30) if quick else dt.date(2020, 10, 23)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "timeline.html"
        maps.write_timeline(t, start, end, p, step="day", self_contained=False, overwrite=True)
        ours = p.stat().st_size
        ps = Path(tmp) / "timeline_sc.html"
        maps.write_timeline(t, start, end, ps, step="day", self_contained=True, overwrite=True)
        stock = maps.stock_timeline_sizes(t, start, end)
        record("timeline HTML bytes vs TimeSliderChoropleth", ours, stock["TimeSliderChoropleth"], 0.5, "bytes",
               higher_is_better=False, notes=f"{start}..{end} daily; self-contained file {ps.stat().st_size:,} bytes")
        record("timeline HTML bytes vs TimestampedGeoJson", ours, stock["TimestampedGeoJson"], 0.05, "bytes",
               higher_is_better=False)
        best = 1e9
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "geo.cli", "map", "2020-06-06", "-o", str(Path(tmp) / "m.html"),
                            "--overwrite", "-q"], check=True, capture_output=True, cwd=ROOT)
            best = min(best, time.perf_counter() - t0)
        record("frontline map 2020-06-06 end to end (s)", best, None, 3.0, "s", ratio=None, met=best < 3.0,
               notes="process start to file written, best of 3")
    try:
        import bench_browser

        for row in bench_browser.run(t, quick=quick):
            record(**row)
    except ImportError:
        pass


if __name__ == "__main__":
    main()
