"""The ``frontline`` command: a thin layer over the library.

Each command parses its options, calls the library and writes the result. Errors a user can
cause (:class:`geo.errors.FrontlineError`) become one line on stderr and exit status 2; a
traceback means a bug. Heavy libraries are imported inside the commands, so ``frontline --help``
and ``frontline geocode`` start fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import click

from geo import __version__
from geo.errors import FrontlineError

OUTPUT_DIR = Path("output")


# ----------------------------------------------------------------------------- helpers
def _layers(path: str | None) -> Any:
    from geo.layers import load_layers

    return load_layers(path)


def _date(value: str, name: str = "DATE") -> dt.date:
    from geo.events import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        msg = str(exc)
        if "out of range" in msg or "must be in" in msg:
            msg = f"{value!r} is not a real date ({msg})"
        raise click.BadParameter(msg, param_hint=name) from None


def _may_overwrite(path: Path, overwrite: bool) -> bool:
    """Files in the tool's own ``output/`` folder may be replaced; elsewhere only with --overwrite."""
    if overwrite:
        return True
    try:
        path.resolve().relative_to(OUTPUT_DIR.resolve())
        return True
    except ValueError:
        return False


def _territory(layers_dir: str | None, events: tuple[str, ...], strict: bool, quiet: bool) -> Any:
    from geo.zones import Territory

    t = Territory(_layers(layers_dir), event_paths=list(events) or None, strict=strict)
    rep = t.report
    if not quiet and (rep.problems or events):
        click.echo(rep.format(limit=20), err=True)
    if not quiet:
        for c in t.timeline.contradictions:
            click.echo(f"note: {c}", err=True)
        for msg in t.timeline.ignored:
            click.echo(f"note: {msg}", err=True)
    return t


def _check_range(t: Any, *dates: dt.date) -> None:
    start = t.timeline.start
    for d in dates:
        if d < start:
            raise click.BadParameter(f"{d.isoformat()} is before the data's start ({start.isoformat()})",
                                     param_hint="DATE")
    last = max(t.events["date"]) if len(t.events) else start
    for d in dates:
        if d > last:
            click.echo(f"note: {d.isoformat()} is after the newest event ({last.isoformat()}); "
                       f"control is carried forward from then", err=True)


common_data_options = [
    click.option("--events", "events", multiple=True, type=click.Path(dir_okay=False),
                 help="Event file(s) to use instead of the bundled ones (CSV, JSON lines or ACLED CSV; repeatable)."),
    click.option("--layers", "layers_dir", type=click.Path(file_okay=False),
                 help="Use another layers folder (gazetteer, outline, districts, sides, baseline, events)."),
    click.option("--strict", is_flag=True, help="Fail if any event row is invalid (default: use the good rows, report the rest)."),
    click.option("-q", "--quiet", is_flag=True, help="Do not print the validation report."),
]


def data_options(f: Any) -> Any:
    for opt in reversed(common_data_options):
        f = opt(f)
    return f


# ----------------------------------------------------------------------------- the group
class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FrontlineError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)
        except OSError as exc:
            click.echo(f"Error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "), err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="frontline")
def main() -> None:
    """Frontline: maps of who controls which territory, day by day, from dated event records.

    The bundled data is Libya 2019-2020 (GNA vs LNA). Examples:

    \b
      frontline geocode Tarhouna Surt "Jufra airbase"
      frontline export 2020-06-10 --what places --format csv -o -
      frontline events check my_events.csv
    """


# ----------------------------------------------------------------------------- geocode
@main.command()
@click.argument("names", nargs=-1)
@click.option("--file", "name_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Read names from a file, one per line ('-' for stdin).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--kind", help="Only places of this kind (city, town, airbase, airport, oil_field ...).")
@click.option("--district", help="Only places in this ISO 3166-2 district, e.g. LY-SR.")
@click.option("--layers", "layers_dir", type=click.Path(file_okay=False), help="Use another layers folder.")
def geocode(names: tuple[str, ...], name_file: str | None, fmt: str, kind: str | None, district: str | None,
            layers_dir: str | None) -> None:
    """Resolve place names against the gazetteer (one result per name, in order).

    \b
    Examples:
      frontline geocode Tarhouna "Surt" "الجفرة" "Jufra airbase" Cairo --format json
      frontline geocode --file names.txt --format csv > resolved.csv
    """
    from geo.events import decode_bytes

    queries = list(names)
    if name_file:
        data = sys.stdin.buffer.read() if name_file == "-" else Path(name_file).read_bytes()
        text = decode_bytes(data, name=name_file)
        queries += [ln.strip().replace("\x00", "") for ln in text.splitlines() if ln.strip()]
    if not queries:
        raise click.UsageError("give at least one NAME or --file")
    gz = _layers(layers_dir).gazetteer
    results = gz.geocode_many(queries, kind=kind, district=district)
    from geo.gazetteer import FIELDS

    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv

        from geo.export import csv_safe

        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow([*FIELDS, "alternatives", "candidates"])
        for r in results:
            w.writerow([csv_safe(r[f]) if r[f] is not None else "" for f in FIELDS] +
                       ["; ".join(a["name"] for a in r["alternatives"]),
                        "; ".join(c["name"] for c in r["candidates"])])
    else:
        rows = [(r["query"], r["status"], r["name"] or "-", r["kind"] or "-", r["district"] or "-",
                 f"{r['lat']:.4f},{r['lon']:.4f}" if r["lat"] is not None else "-", f"{r['score']:.0f}", r["method"],
                 ", ".join(c["name"] for c in r["candidates"]) or ", ".join(a["name"] for a in r["alternatives"]))
                for r in results]
        _table(["query", "status", "name", "kind", "district", "lat,lon", "score", "method", "other candidates"], rows)


def _table(header: list[str], rows: list[tuple[Any, ...]]) -> None:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [min(40, max(len(r[i]) for r in cells)) for i in range(len(header))]
    for k, r in enumerate(cells):
        click.echo("  ".join(c[:40].ljust(w) for c, w in zip(r, widths)).rstrip())
        if k == 0:
            click.echo("  ".join("-" * w for w in widths))


# ----------------------------------------------------------------------------- events
@main.group()
def events() -> None:
    """Work with event record files."""


@events.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--layers", "layers_dir", type=click.Path(file_okay=False), help="Use another layers folder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Exit with status 1 if any row has an error.")
@click.option("--encoding", help="Read the files in this encoding instead of UTF-8 (e.g. cp1256, latin-1).")
def events_check(paths: tuple[str, ...], layers_dir: str | None, fmt: str, strict: bool, encoding: str | None) -> None:
    """Validate event files and print the report: every bad row with its line and reason.

    \b
    Example:
      frontline events check my_events.csv acled_export.csv
    """
    from geo.events import read_events

    _, report = read_events(list(paths), layers=_layers(layers_dir), encoding=encoding)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.format())
    if strict and report.errors:
        sys.exit(1)


# ----------------------------------------------------------------------------- export
@main.command()
@click.argument("date")
@click.option("--what", type=click.Choice(["zones", "cells", "places", "events", "frontline"]), default="zones",
              show_default=True, help="Which layer to export.")
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg", "csv"]), default="geojson", show_default=True)
@click.option("-o", "--output", "output", help="Output file ('-' for stdout). Default: output/<what>_<DATE>.<ext>.")
@click.option("--overwrite", is_flag=True, help="Replace an existing file outside output/.")
@data_options
def export(date: str, what: str, fmt: str, output: str | None, overwrite: bool, events: tuple[str, ...],
           layers_dir: str | None, strict: bool, quiet: bool) -> None:
    """Export zones, cells, places, events or the front line on DATE.

    GeoJSON is RFC 7946; a GeoPackage also carries 'cell_periods', one feature per cell per
    holding period with valid_from/valid_to, for QGIS's temporal controller.

    \b
    Examples:
      frontline export 2020-06-10 --what places --format csv -o -
      frontline export 2020-06-10 --what zones --format gpkg -o libya.gpkg
    """
    from geo.export import write_export

    d = _date(date)
    t = _territory(layers_dir, events, strict, quiet)
    _check_range(t, d)
    ext = {"geojson": "geojson", "gpkg": "gpkg", "csv": "csv"}[fmt]
    if output is None:
        output = str(OUTPUT_DIR / f"{what}_{d.isoformat()}.{ext}")
    if output == "-":
        click.echo(write_export(t, what=what, fmt=fmt, date=d, path=None), nl=False)
        return
    path = Path(output)
    written = write_export(t, what=what, fmt=fmt, date=d, path=path, overwrite=_may_overwrite(path, overwrite))
    click.echo(f"wrote {written}", err=True)


# ----------------------------------------------------------------------------- diff
@main.command("diff")
@click.argument("date1")
@click.argument("date2")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "geojson"]), default="table", show_default=True)
@click.option("-o", "--output", "output", help="Write to a file: .html for a map, else the chosen format.")
@click.option("--overwrite", is_flag=True, help="Replace an existing file outside output/.")
@click.option("--self-contained", is_flag=True, help="HTML with every script inlined and no tiles (works offline).")
@click.option("--png", "png", type=click.Path(dir_okay=False), help="Also write a static PNG image of the diff map.")
@data_options
def diff_cmd(date1: str, date2: str, fmt: str, output: str | None, overwrite: bool, self_contained: bool,
             png: str | None, events: tuple[str, ...], layers_dir: str | None, strict: bool, quiet: bool) -> None:
    """What changed hands between DATE1 and DATE2: places, km² and people.

    \b
    Examples:
      frontline diff 2020-04-01 2020-06-10
      frontline diff 2020-04-01 2020-06-10 --format json
      frontline diff 2020-04-01 2020-06-10 -o output/diff.html
    """
    from geo._io import write_text_atomic
    from geo.diff import diff, diff_cells

    d1, d2 = _date(date1, "DATE1"), _date(date2, "DATE2")
    if d2 < d1:
        raise click.BadParameter(f"DATE2 {d2} is before DATE1 {d1}; give the earlier date first", param_hint="DATE2")
    t = _territory(layers_dir, events, strict, quiet)
    _check_range(t, d1, d2)
    if output and output.endswith((".html", ".htm")):
        from geo import maps

        path = Path(output)
        maps.write_diff_map(t, d1, d2, path, self_contained=self_contained,
                            overwrite=_may_overwrite(path, overwrite))
        click.echo(f"wrote {path}", err=True)
        if png:
            maps.write_diff_png(t, d1, d2, Path(png), overwrite=_may_overwrite(Path(png), overwrite))
            click.echo(f"wrote {png}", err=True)
        return
    if png:
        from geo import maps

        maps.write_diff_png(t, d1, d2, Path(png), overwrite=_may_overwrite(Path(png), overwrite))
        click.echo(f"wrote {png}", err=True)
    if fmt == "geojson":
        from geo.export import to_geojson_text

        text = to_geojson_text(diff_cells(t, d1, d2), what="cells")
    elif fmt == "json":
        text = json.dumps(diff(t, d1, d2), ensure_ascii=False, indent=2) + "\n"
    else:
        res = diff(t, d1, d2)
        if output:
            raise click.UsageError("-o with --format table: use --format json/geojson or an .html file")
        if not res["changes"]:
            click.echo(f"No changes between {d1} and {d2}.")
            return
        rows = [(c["name"], c["district"], c["from_side"], c["to_side"], f"{c['area_km2']:,.0f}",
                 f"{c['population']:,}", c["since"]) for c in res["changes"]]
        _table(["place", "district", "from", "to", "km²", "people", "since"], rows)
        click.echo("")
        for sid, tot in res["totals"]["sides"].items():
            if tot["gained_km2"] or tot["lost_km2"]:
                click.echo(f"{sid}: +{tot['gained_km2']:,.0f} km² / -{tot['lost_km2']:,.0f} km² "
                           f"(net {tot['net_km2']:+,.0f} km²), +{tot['gained_population']:,} / "
                           f"-{tot['lost_population']:,} people (approx.)")
        return
    if output and output != "-":
        path = Path(output)
        write_text_atomic(path, text, overwrite=_may_overwrite(path, overwrite))
        click.echo(f"wrote {path}", err=True)
    else:
        click.echo(text, nl=False)


# ----------------------------------------------------------------------------- map
@main.command("map")
@click.argument("date")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False),
              help="Output HTML file. Default: output/control_<DATE>.html.")
@click.option("--window", type=click.IntRange(min=0), default=30, show_default=True,
              help="Show the events of the last N days (DATE included) as markers; 0 for none.")
@click.option("--self-contained", is_flag=True, help="HTML with every script inlined and no tiles (works offline).")
@click.option("--png", "png", type=click.Path(dir_okay=False), help="Also write a static PNG image of the map.")
@click.option("--overwrite", is_flag=True, help="Replace an existing file outside output/.")
@data_options
def map_cmd(date: str, output: str | None, window: int, self_contained: bool, png: str | None, overwrite: bool,
            events: tuple[str, ...], layers_dir: str | None, strict: bool, quiet: bool) -> None:
    """Draw the map of who controls what on DATE (interactive HTML, optionally a PNG too).

    Zones by side, contested areas hatched, the front line, towns with their last event and
    source, recent events, a legend, km² and people per side, and a place search.

    \b
    Examples:
      frontline map 2020-06-06
      frontline map 2020-06-06 --self-contained -o libya_2020-06-06.html --png libya_2020-06-06.png
    """
    from geo import maps

    d = _date(date)
    t = _territory(layers_dir, events, strict, quiet)
    _check_range(t, d)
    path = Path(output) if output else OUTPUT_DIR / f"control_{d.isoformat()}.html"
    maps.write_control_map(t, d, path, window=window, self_contained=self_contained,
                           overwrite=_may_overwrite(path, overwrite))
    click.echo(f"wrote {path}", err=True)
    if png:
        maps.write_control_png(t, d, Path(png), overwrite=_may_overwrite(Path(png), overwrite))
        click.echo(f"wrote {png}", err=True)


# ----------------------------------------------------------------------------- timeline
@main.command("timeline")
@click.argument("start")
@click.argument("end")
@click.option("--step", type=click.Choice(["day", "week"]), default="day", show_default=True,
              help="One slider position per day or per week (END is always included).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False),
              help="Output HTML file. Default: output/timeline_<START>_<END>.html.")
@click.option("--self-contained", is_flag=True, help="HTML with every script inlined and no tiles (works offline).")
@click.option("--overwrite", is_flag=True, help="Replace an existing file outside output/.")
@data_options
def timeline_cmd(start: str, end: str, step: str, output: str | None, self_contained: bool, overwrite: bool,
                 events: tuple[str, ...], layers_dir: str | None, strict: bool, quiet: bool) -> None:
    """One HTML page with a date slider from START to END: play it to watch the front move.

    Each area's shape is stored once and its changes of holder once, so even the whole
    bundled period, day by day, stays small enough to email.

    \b
    Examples:
      frontline timeline 2019-04-01 2020-10-23
      frontline timeline 2020-01-01 2020-07-01 --step week --self-contained -o libya_2020.html
    """
    from geo import maps

    d1, d2 = _date(start, "START"), _date(end, "END")
    if d2 < d1:
        raise click.BadParameter(f"END {d2} is before START {d1}; give the earlier date first", param_hint="END")
    t = _territory(layers_dir, events, strict, quiet)
    _check_range(t, d1, d2)
    path = Path(output) if output else OUTPUT_DIR / f"timeline_{d1.isoformat()}_{d2.isoformat()}.html"
    maps.write_timeline(t, d1, d2, path, step=step, self_contained=self_contained,
                        overwrite=_may_overwrite(path, overwrite))
    click.echo(f"wrote {path}", err=True)


# ----------------------------------------------------------------------------- chart
@main.command()
@click.argument("start")
@click.argument("end")
@click.option("--format", "fmt", type=click.Choice(["png", "csv"]), default="png", show_default=True)
@click.option("--step", type=click.Choice(["day", "week"]), default="day", show_default=True)
@click.option("-o", "--output", "output", help="Output file ('-' for stdout with --format csv). "
              "Default: output/chart_START_END.png|csv.")
@click.option("--overwrite", is_flag=True, help="Replace an existing file outside output/.")
@data_options
def chart(start: str, end: str, fmt: str, step: str, output: str | None, overwrite: bool, events: tuple[str, ...],
          layers_dir: str | None, strict: bool, quiet: bool) -> None:
    """km² and % of the land per side from START to END, with the key events annotated.

    \b
    Examples:
      frontline chart 2019-04-01 2020-10-23
      frontline chart 2019-04-01 2020-10-23 --format csv --step week -o -
    """
    from geo.chart import write_chart_csv, write_chart_png

    d1, d2 = _date(start, "START"), _date(end, "END")
    if d2 < d1:
        raise click.BadParameter(f"END {d2} is before START {d1}", param_hint="END")
    t = _territory(layers_dir, events, strict, quiet)
    _check_range(t, d1, d2)
    if output == "-":
        if fmt != "csv":
            raise click.UsageError("only --format csv can go to stdout")
        click.echo(write_chart_csv(t, d1, d2, None, step=step), nl=False)
        return
    path = Path(output or OUTPUT_DIR / f"chart_{d1.isoformat()}_{d2.isoformat()}.{fmt}")
    ok = _may_overwrite(path, overwrite)
    if fmt == "csv":
        write_chart_csv(t, d1, d2, path, step=step, overwrite=ok)
    else:
        write_chart_png(t, d1, d2, path, step=step, overwrite=ok)
    click.echo(f"wrote {path}", err=True)


# ----------------------------------------------------------------------------- ingest
@main.command("ingest")
@click.argument("article", type=click.Path(allow_dash=True))
@click.option("--date", "date", help="Publication date YYYY-MM-DD (default: a 'date:' line at the top of the "
              "file, else a YYYY-MM-DD in its name). Relative dates ('on Friday') resolve against it.")
@click.option("-o", "--output", "output", help="Write the CSV here ('-' for stdout; the default unless --append).")
@click.option("--overwrite", is_flag=True, help="Replace an existing -o file outside output/.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="Leave out candidates below this confidence (0 shows them all).")
@click.option("--append", "append", type=click.Path(dir_okay=False),
              help="Add the candidates to this events CSV, skipping rows it already has (same date, place, "
                   "side and action); written atomically.")
@click.option("--source", help="Outlet for the 'source' column (default: a 'source:' line in the file).")
@click.option("--source-url", help="Link for the 'source_url' column (default: a 'url:' line in the file).")
@click.option("--encoding", help="Read the text in this encoding instead of UTF-8 (e.g. cp1256).")
@click.option("--layers", "layers_dir", type=click.Path(file_okay=False), help="Use another layers folder.")
@click.option("--rules-only", is_flag=True,
              help="Switch off the statistical layer: only what the hand-written rules propose.")
def ingest(article: str, date: str | None, output: str | None, overwrite: bool, min_confidence: float,
           append: str | None, source: str | None, source_url: str | None, encoding: str | None,
           layers_dir: str | None, rules_only: bool) -> None:
    """Propose event records from news text: ARTICLE.txt, '-' for stdin, or a folder of .txt files.

    Prints CSV in the events format (date, place, side, action, source, ...) plus place_id,
    confidence, evidence (the sentence) and article. The proposals come from rules and a small
    bundled statistical model (its proposals say so in 'notes'), not a person: check each
    against its evidence before adding it to the events.

    \b
    Examples:
      frontline ingest ../shared/seeds/news_2020-06-06_cairo_ceasefire.txt --date 2020-06-06
      cat report.txt | frontline ingest - --date 2020-06-05 --source Reuters
      frontline ingest articles/ --append my_events.csv --min-confidence 0.7
    """
    from geo.ingest import append_events, events_to_csv, extract_from_articles, iter_stdin_article, read_articles

    when = _date(date, "--date") if date else None
    if article == "-":
        articles = list(iter_stdin_article(date=when, source=source or "", source_url=source_url or ""))
    else:
        articles = read_articles(article, date=when, source=source or "", source_url=source_url or "",
                                 encoding=encoding)
    layers = _layers(layers_dir)
    from geo.ingest_model import current_model, using

    with using(None if rules_only else current_model()):
        records = [r for r in extract_from_articles(articles, layers=layers) if r["confidence"] >= min_confidence]
    if append:
        res = append_events(append, records, layers=layers)
        click.echo(f"{append}: added {res.added} event(s), {res.duplicates} already there "
                   f"({len(records)} candidate(s) from {len(articles)} article(s))", err=True)
        if output is None:
            return
    text = events_to_csv(records)
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    from geo._io import write_text_atomic

    path = Path(output)
    write_text_atomic(path, text, overwrite=_may_overwrite(path, overwrite))
    click.echo(f"wrote {path} ({len(records)} candidate event(s))", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
