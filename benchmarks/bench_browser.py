#!/usr/bin/env python3
"""Browser cost of the timeline in headless Debian Chromium: time to first paint and time per
slider step, for the bundled period and for a synthetic 5,000-cell x 3,650-day case.

A slider step is timed inside the page: ``frontlineTimeline.setDate(d)`` followed by a forced
style/layout flush, averaged over 60 random dates.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _measure(html: Path, dates: list[str]) -> tuple[float, float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        t0 = time.perf_counter()
        page.goto(html.resolve().as_uri(), wait_until="load")
        page.wait_for_function("window.frontlineTimeline !== undefined", timeout=120_000)
        load_s = time.perf_counter() - t0
        fcp = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null")
        per_step = page.evaluate("""(dates) => {
            const t = window.frontlineTimeline; const out = [];
            for (const d of dates) { const a = performance.now(); t.setDate(d); document.body.offsetHeight;
                                     out.push(performance.now() - a); }
            out.sort((x, y) => x - y); return [out.reduce((s, x) => s + x, 0) / out.length, out[Math.floor(out.length * 0.95)]];
        }""", dates)
        browser.close()
    return (fcp or load_s * 1000.0), per_step[0], per_step[1]


def run(territory: Any, *, quick: bool = False) -> list[dict[str, Any]]:
    import geo.maps as maps

    if not Path(CHROMIUM).exists():
        print("  chromium not installed: browser benchmarks skipped")
        return []
    rows = []
    rnd = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        start, end = dt.date(2019, 4, 1), dt.date(2020, 10, 23)
        p = Path(tmp) / "bundled.html"
        maps.write_timeline(territory, start, end, p, self_contained=True, overwrite=True)
        days = (end - start).days
        dates = [(start + dt.timedelta(days=rnd.randrange(days))).isoformat() for _ in range(60)]
        fcp, step, p95 = _measure(p, dates)
        rows.append(dict(name="timeline in Chromium, bundled: first paint (ms)", value=fcp, baseline=None,
                         target=None, unit="ms", ratio=None, met=None, notes=f"{p.stat().st_size:,} bytes"))
        rows.append(dict(name="timeline in Chromium, bundled: slider step (ms)", value=step, baseline=None,
                         target=50, unit="ms", ratio=None, met=step < 50, notes=f"95th percentile {p95:.1f} ms"))
        if quick:
            return rows
        syn = Path(tmp) / "syn"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(syn), "--places", "5000",
                        "--events", "100000", "--days", "3650"], check=True)
        from geo.layers import Layers
        from geo.zones import Territory

        t = Territory(Layers(syn))
        s0, s1 = dt.date(2010, 1, 1), dt.date(2010, 1, 1) + dt.timedelta(days=3649)
        q = Path(tmp) / "synthetic.html"
        t0 = time.perf_counter()
        maps.write_timeline(t, s0, s1, q, self_contained=True, overwrite=True)
        build_s = time.perf_counter() - t0
        dates = [(s0 + dt.timedelta(days=rnd.randrange(3650))).isoformat() for _ in range(60)]
        fcp, step, p95 = _measure(q, dates)
        rows.append(dict(name="timeline in Chromium, 5,000 cells x 3,650 days: first paint (ms)", value=fcp,
                         baseline=None, target=None, unit="ms", ratio=None, met=None,
                         notes=f"{q.stat().st_size:,} bytes, built in {build_s:.1f} s from 100k synthetic events"))
        rows.append(dict(name="timeline in Chromium, 5,000 cells x 3,650 days: slider step (ms)", value=step,
                         baseline=None, target=None, unit="ms", ratio=None, met=None,
                         notes=f"95th percentile {p95:.1f} ms"))
    return rows
