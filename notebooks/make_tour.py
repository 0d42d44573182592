"""Writes notebooks/tour.ipynb (outputs cleared). Edit the cells here, then run: python3 notebooks/make_tour.py"""
import nbformat as nbf
nb = nbf.v4.new_notebook()
md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
cells = [
md("""# A tour of Frontline

Frontline turns dated, sourced event records about towns into day-by-day maps of who controls which
territory. This notebook walks through the bundled case — Libya, 2019–2020 — top to bottom, in
about ten minutes. Every step uses the same library functions the `frontline` command calls.

Run it from the repository root or from `notebooks/` after `pip install .`; outputs go to
`output/`."""),
code("""import datetime as dt
import os
from pathlib import Path

# write into the repository's output/ folder whether we run from the root or from notebooks/
ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
OUT = ROOT / "output"
OUT.mkdir(exist_ok=True)

from geo.layers import load_layers

layers = load_layers()          # the bundled layers folder (Libya 2019-2020)
layers"""),
md("""## 1. Geocoding: the names in a news article

The seed article of 6 June 2020 names Tarhouna, Sirte, al-Jufra airbase, Tripoli and its airport —
and Cairo and Geneva, which are not in Libya. Spelling variants and Arabic script meet the same
place; foreign names come back `unresolved`."""),
code("""import pandas as pd

names = ["Tarhouna", "Tarhuna", "ترهونة", "Surt", "Sirte", "al-Jufra airbase", "الجفرة",
         "Tripoli", "Tripoli airport", "Misurata", "Gharian", "Cairo", "Geneva"]
results = layers.gazetteer.geocode_many(names)
pd.DataFrame(results)[["query", "status", "name", "kind", "district", "lat", "lon", "method"]]"""),
md("""## 2. Events and their validation report

`read_events` reads the bundled, sourced records (or your CSV / JSON lines / ACLED export),
geocodes each place and reports every row it could not use, with its line and the reason."""),
code("""from geo.events import read_events

events, report = read_events(layers.event_paths, layers=layers)
print(report.format(limit=10))
events[["date", "place", "place_name", "side", "action", "source"]].tail()"""),
md("""A bad row is reported, never silently dropped:"""),
code("""bad = OUT / "tour_bad_events.csv"
bad.write_text("date,place,side,action,source,source_url,notes\\n"
               "2020-06-05,Tarhouna,GNA,captured,Reuters,https://example.org,ok\\n"
               "2020-02-30,Sirte,LNA,captured,Reuters,https://example.org,impossible date\\n"
               "2020-06-05,Atlantis,LNA,holds,Reuters,https://example.org,unknown place\\n", encoding="utf-8")
_, bad_report = read_events(bad, layers=layers)
print(bad_report.format())"""),
md("""## 3. Who held what: 2019-04-01, 2020-01-10, 2020-06-10

The control timeline replays the events over a sourced baseline (rules in the README). A
`Territory` bundles the timeline with the cells around each place."""),
code("""from geo.zones import Territory

territory = Territory(layers)
watch = ["Tripoli", "Gharyan", "Tarhuna", "Sirte", "al-Watiya Airbase", "Sabratha",
         "Tripoli International Airport", "Hun", "Benghazi", "Sabha"]
table = {}
for d in ["2019-04-01", "2020-01-10", "2020-06-10"]:
    s = territory.states(d).set_index("name")
    table[d] = s.loc[watch, "side"]
pd.DataFrame(table)"""),
code("""pd.DataFrame({d: {t["side"]: f"{t['area_km2']:,.0f} km² ({t['pct']:.1f} %)" for t in territory.totals(d)}
              for d in ["2019-04-01", "2020-01-10", "2020-06-10"]})"""),
md("""## 4. A map of 6 June 2020

Zones by side, contested cells hatched, the front line, places with sourced popups, recent
events, a legend and a stats box. `self_contained=True` inlines Leaflet and every script so the
file works with no network."""),
code("""from IPython.display import IFrame
import geo.maps as maps

map_path = OUT / "control_2020-06-06.html"
maps.write_control_map(territory, dt.date(2020, 6, 6), map_path, self_contained=True, overwrite=True)
print(f"{map_path.name}: {map_path.stat().st_size / 1e6:.2f} MB")
IFrame(os.path.relpath(map_path), width="100%", height=520)"""),
md("""## 5. What changed hands, 1 April → 10 June 2020"""),
code("""from geo.diff import diff

d = diff(territory, dt.date(2020, 4, 1), dt.date(2020, 6, 10))
changes = pd.DataFrame(d["changes"])[["name", "district", "from_side", "to_side", "area_km2", "population"]]
print({side: t for side, t in d["totals"]["sides"].items() if t["gained_km2"] or t["lost_km2"]})
changes.head(15)"""),
code("""diff_path = OUT / "diff_2020-04-01_2020-06-10.html"
maps.write_diff_map(territory, dt.date(2020, 4, 1), dt.date(2020, 6, 10), diff_path, self_contained=True,
                    overwrite=True)
IFrame(os.path.relpath(diff_path), width="100%", height=520)"""),
md("""## 6. Territory per side over time"""),
code("""import matplotlib.pyplot as plt
from geo.chart import area_table, date_range

dates = date_range(dt.date(2019, 4, 1), dt.date(2020, 10, 23), step="week")
km2 = area_table(territory, dates)
ax = km2[[f"{s}_pct" for s in ["GNA", "LNA", "neutral", "unknown"]]].plot.area(
    color=[layers.sides.colour(s) for s in ["GNA", "LNA", "neutral", "unknown"]], figsize=(10, 4), linewidth=0)
ax.set_ylabel("% of Libya's land area"); ax.set_xlabel(""); ax.legend(loc="lower left")
plt.show()"""),
md("""## 7. Export for QGIS / ArcGIS

GeoJSON is RFC 7946. The GeoPackage also carries `cell_periods`: one feature per cell per holding
period with `valid_from` / `valid_to` dates — in QGIS, open the layer's properties → *Temporal*,
choose "Separate fields for start and end date/time", and the temporal controller plays the war."""),
code("""from geo.export import write_export

geojson_path = write_export(territory, what="zones", fmt="geojson", date=dt.date(2020, 6, 10),
                            path=OUT / "zones_2020-06-10.geojson", overwrite=True)
gpkg_path = write_export(territory, what="zones", fmt="gpkg", date=dt.date(2020, 6, 10),
                         path=OUT / "libya_2020-06-10.gpkg", overwrite=True)
import pyogrio
print(geojson_path, gpkg_path)
pyogrio.list_layers(gpkg_path)"""),
md("""## 8. Another conflict: your own `layers/` folder

Frontline is about Libya by data, not by code. A layers folder needs `gazetteer.geojson`
(points with `id`, `name`, `names`, `kind`, `district`, `anchor`), an outline
(`outline.geojson`), optionally `districts.geojson`, `sides.toml`, `baseline.csv` and
`events/*.csv`. Here is a tiny invented one, built in code; on the command line the same folder
is used with `--layers DIR`."""),
code("""import json, tempfile
from geo.layers import Layers

tiny = Path(tempfile.mkdtemp()) / "layers"
(tiny / "events").mkdir(parents=True)
towns = [("a", "Northtown", 10.5, 31.5), ("b", "Southtown", 10.5, 30.5), ("c", "Easttown", 11.5, 31.0)]
(tiny / "gazetteer.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
     "properties": {"id": i, "name": n, "names": [], "kind": "town", "district": "ALL", "population": 1000,
                    "anchor": True, "anchor_id": i, "source": "invented for the tour"}}
    for i, n, lon, lat in towns]}))
(tiny / "outline.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
     "coordinates": [[[10, 30], [12, 30], [12, 32], [10, 32], [10, 30]]]}}]}))
(tiny / "sides.toml").write_text('''[conflict]
opposing = [["GNA", "LNA"]]
start = "2021-01-01"
[sides.GNA]
name = "Blue side"
colour = "#0072B2"
[sides.LNA]
name = "Orange side"
colour = "#E69F00"
''')
(tiny / "baseline.csv").write_text("place_id,side\\na,GNA\\nb,GNA\\nc,LNA\\n")
(tiny / "events" / "e.csv").write_text("date,place,side,action,source,source_url,notes\\n"
                                       "2021-03-01,Southtown,LNA,captured,invented,https://example.org,\\n")
other = Territory(Layers(tiny))
other.states("2021-04-01")[["name", "side", "since"]]"""),
md("""## Where next

- `frontline --help` lists every command with an example; `frontline map 2020-06-06`,
  `frontline diff 2020-04-01 2020-06-10`, `frontline timeline 2019-04-01 2020-10-23`.
- `frontline ingest article.txt --date 2020-06-06` proposes event records from news text.
- The README documents the event format, the control rules and the data sources."""),
]
nb["cells"] = cells
nb["metadata"] = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                  "language_info": {"name": "python"}}
nbf.write(nb, "notebooks/tour.ipynb")
