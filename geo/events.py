"""Event records: reading, validating and geocoding them.

Three input formats, detected from the file:

* **Frontline CSV** – columns ``date, place, side, action, source, source_url, notes``; optional
  ``id, lat, lon, source_title, source_date`` (and any extra columns, kept but unused).
* **JSON lines** (``.jsonl``/``.ndjson``/``.json``) – one object per line with the same keys.
* **ACLED CSV** – ACLED's own columns (``event_date, location, latitude, longitude, actor1,
  actor2, sub_event_type, notes, source, event_id_cnty`` …). Sides come from actor names through
  the aliases in ``sides.toml``; sub-event types map onto actions (:data:`ACLED_ACTIONS`).

Every row ends up in exactly one place: the returned events, or the :class:`Report` with its
file, line and reason. Nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.errors import InputFormatError, ValidationError

__all__ = [
    "ACTIONS", "ACLED_ACTIONS", "EVENT_COLUMNS", "Problem", "Report", "read_events", "parse_date",
    "detect_format", "read_text",
]

ACTIONS = ("captured", "withdrew", "attacked", "holds")
ACTION_SYNONYMS = {
    "capture": "captured", "captured": "captured", "took": "captured", "take": "captured",
    "taken": "captured", "seized": "captured", "seize": "captured", "entered": "captured",
    "control": "captured", "controls": "captured", "took control": "captured", "retook": "captured",
    "recaptured": "captured", "liberated": "captured", "overtook": "captured",
    "withdrew": "withdrew", "withdraw": "withdrew", "withdrawn": "withdrew", "retreated": "withdrew",
    "retreat": "withdrew", "lost": "withdrew", "pulled out": "withdrew", "left": "withdrew",
    "attacked": "attacked", "attack": "attacked", "clash": "attacked", "clashes": "attacked",
    "shelled": "attacked", "shelling": "attacked", "airstrike": "attacked", "air strike": "attacked",
    "drone strike": "attacked", "strike": "attacked", "bombed": "attacked", "fighting": "attacked",
    "holds": "holds", "hold": "holds", "held": "holds", "still holds": "holds", "controlled": "holds",
}
ACLED_ACTIONS = {
    "government regains territory": "captured",
    "non-state actor overtakes territory": "captured",
    "non-violent transfer of territory": "captured",
    "headquarters or base established": "holds",
    "armed clash": "attacked",
    "air/drone strike": "attacked",
    "shelling/artillery/missile attack": "attacked",
    "remote explosive/landmine/ied": "attacked",
    "grenade": "attacked",
    "suicide bomb": "attacked",
    "attack": None,  # violence against civilians: no control information
}
EVENT_COLUMNS = ["id", "date", "place", "place_id", "place_name", "anchor_id", "district", "side",
                 "action", "source", "source_title", "source_url", "source_date", "notes", "lat", "lon",
                 "geocode_method", "file", "line"]
NATIVE_REQUIRED = ("date", "place", "side", "action")
ACLED_REQUIRED = ("event_date", "location", "actor1", "sub_event_type")
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                       "oct", "nov", "dec"], 1)}
MAX_FIELD = 10_000


@dataclass(frozen=True)
class Problem:
    """One issue with one input row."""

    file: str
    line: int
    level: str  # "error" (row not used), "warning" (row used), "skipped" (row carries no control info)
    message: str
    column: str | None = None

    def __str__(self) -> str:
        col = f" [{self.column}]" if self.column else ""
        return f"{self.file}:{self.line}{col}: {self.level}: {self.message}"


@dataclass
class Report:
    """Everything validation found, row by row."""

    rows_read: int = 0
    rows_used: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "skipped"]

    def add(self, file: str, line: int, level: str, message: str, column: str | None = None) -> None:
        self.problems.append(Problem(file, line, level, message, column))

    def merge(self, other: "Report") -> None:
        self.rows_read += other.rows_read
        self.rows_used += other.rows_used
        self.problems.extend(other.problems)

    def summary(self) -> str:
        rejected = len({(p.file, p.line) for p in self.problems if p.level in ("error", "skipped")})
        return (f"{self.rows_read} rows read: {self.rows_used} used, {rejected} not used "
                f"({len(self.errors)} errors, {len(self.skipped)} skipped), {len(self.warnings)} warnings")

    def format(self, *, limit: int | None = None) -> str:
        lines = [self.summary()]
        probs = sorted(self.problems, key=lambda p: (p.file, p.line, p.level))
        for p in probs[:limit] if limit else probs:
            lines.append(str(p))
        if limit and len(probs) > limit:
            lines.append(f"... and {len(probs) - limit} more")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"rows_read": self.rows_read, "rows_used": self.rows_used,
                "problems": [p.__dict__ for p in self.problems]}


# --------------------------------------------------------------------------- reading text
def read_text(path: str | Path, *, encoding: str | None = None) -> str:
    """Read a text file as UTF-8 (BOM allowed) or the given encoding; refuse anything else clearly."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputFormatError(f"cannot read {str(p)!r}: {exc.strerror or exc}") from None
    return decode_bytes(data, name=str(p), encoding=encoding)


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputFormatError(f"{name!r} is not valid {encoding}: {exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = _guess_encoding(data)
        raise InputFormatError(
            f"{name!r} is not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); it looks like "
            f"{guess}: re-save it as UTF-8 or pass --encoding {guess.split()[0].lower()}") from None


def _guess_encoding(data: bytes) -> str:
    """A best guess at a legacy encoding, for the error message only."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return "ASCII"
    # Windows-1256 puts Arabic letters at 0xC1-0xDA and 0xDC-0xFE; Latin-1 text rarely fills them.
    arabic_like = sum(1 for b in high if 0xC1 <= b <= 0xFE)
    try:
        text = data.decode("cp1256")
        if sum(1 for ch in text if "\u0600" <= ch <= "\u06ff") >= max(3, len(high) // 3) and arabic_like:
            return "cp1256 (Windows-1256, Arabic)"
    except UnicodeDecodeError:
        pass
    return "latin-1 (ISO-8859-1 / Windows-1252)"


def detect_format(path: str | Path, text: str) -> str:
    """``"jsonl"``, ``"acled"`` or ``"csv"`` from the file name and header."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    first = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    header = {h.strip().lower() for h in next(csv.reader([first]), [])}
    if {"event_date", "sub_event_type"} <= header:
        return "acled"
    return "csv"


# --------------------------------------------------------------------------- parsing values
def parse_date(value: str) -> dt.date:
    """ISO ``YYYY-MM-DD`` (also ACLED's ``9-May-20`` and ``09 May 2020``); raise ValueError."""
    v = str(value).strip()
    if not v:
        raise ValueError("date is empty")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+Z-]*)?", v)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})", v)
    if m and m[2][:3].lower() in _MONTHS:
        year = int(m[3])
        if year < 100:
            year += 2000
        return dt.date(year, _MONTHS[m[2][:3].lower()], int(m[1]))
    raise ValueError(f"date {v!r} is not YYYY-MM-DD")


def _parse_float(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    f = float(value)
    if not math.isfinite(f):
        raise ValueError(f"{value!r} is not a finite number")
    return f


def _normalise_action(value: str) -> str | None:
    return ACTION_SYNONYMS.get(" ".join(str(value).strip().lower().split()))


def _clean_text(value: Any) -> str:
    s = "" if value is None else str(value)
    s = s.replace("\x00", "")
    return s.strip()


# --------------------------------------------------------------------------- row iteration
def _csv_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    # long fields are reported per row (MAX_FIELD) rather than failing the csv module
    csv.field_size_limit(max(csv.field_size_limit(), 64 * 1024 * 1024))
    reader = csv.reader(io.StringIO(text.replace("\x00", "")))
    try:
        header = next(reader)
    except StopIteration:
        return [], []
    except csv.Error as exc:
        raise InputFormatError(f"malformed CSV header: {exc}") from None
    header = [h.strip().lstrip("\ufeff").lower() for h in header]
    rows = []
    line = reader.line_num + 1
    while True:
        start = line
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows.append((start, {"__error__": f"malformed CSV: {exc}"}))
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not any(v.strip() for v in values):
            continue
        rec = {h: v for h, v in zip(header, values) if h}
        if len(values) > len(header):
            rec["__extra__"] = str(len(values) - len(header))
        rows.append((start, rec))
    return header, rows


def _jsonl_rows(text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    rows = []
    stripped = text.lstrip("\ufeff").strip()
    if stripped.startswith("["):  # a JSON array of objects is accepted too
        try:
            arr = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputFormatError(f"invalid JSON: {exc}") from None
        items = list(enumerate(arr, 1))
    else:
        items = []
        for n, ln in enumerate(text.lstrip("\ufeff").splitlines(), 1):
            if not ln.strip():
                continue
            try:
                items.append((n, json.loads(ln)))
            except json.JSONDecodeError as exc:
                items.append((n, {"__error__": f"invalid JSON: {exc.msg}"}))
    for n, obj in items:
        if not isinstance(obj, dict):
            rows.append((n, {"__error__": "line is not a JSON object"}))
            continue
        rows.append((n, {str(k).lower(): ("" if v is None else str(v) if not isinstance(v, str) else v)
                         for k, v in obj.items()}))
    header = sorted({k for _, r in rows for k in r})
    return header, rows


# --------------------------------------------------------------------------- the reader
def read_events(paths: str | Path | Sequence[str | Path], *, layers: Any = None, strict: bool = False,
                encoding: str | None = None, fmt: str | None = None) -> tuple[Any, Report]:
    """Read, validate and geocode event records.

    Parameters
    ----------
    paths
        One or more files (Frontline CSV, JSON lines or ACLED CSV; detected per file).
    layers
        The :class:`geo.layers.Layers` to geocode against (bundled if ``None``).
    strict
        Raise :class:`ValidationError` (with the report) if any row has an error.
    encoding
        Force an input encoding instead of UTF-8.
    fmt
        Force a format (``csv``, ``jsonl``, ``acled``).

    Returns
    -------
    (events, report)
        ``events`` is a DataFrame with :data:`EVENT_COLUMNS`, sorted by date then input order.
    """
    import pandas as pd

    from geo.layers import load_layers

    layers = layers if layers is not None else load_layers()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = Report()
    records: list[dict[str, Any]] = []
    for path in paths:
        text = read_text(path, encoding=encoding)
        kind = fmt or detect_format(path, text)
        name = Path(str(path)).name
        if not text.strip():
            raise InputFormatError(f"{str(path)!r} is empty")
        header, rows = _jsonl_rows(text) if kind == "jsonl" else _csv_rows(text)
        required = ACLED_REQUIRED if kind == "acled" else NATIVE_REQUIRED
        missing = [c for c in required if c not in header]
        if missing and kind != "jsonl":
            raise InputFormatError(f"{str(path)!r} lacks column(s) {', '.join(missing)} "
                                   f"(found: {', '.join(h for h in header if h) or 'none'})")
        for line, raw in rows:
            report.rows_read += 1
            rec = _validate_row(raw, kind=kind, file=name, line=line, layers=layers, report=report)
            if rec is not None:
                records.append(rec)
    _check_duplicate_ids(records, report)
    report.rows_used = len(records)
    if strict and report.errors:
        raise ValidationError(f"{len(report.errors)} invalid row(s); first: {report.errors[0]}", report)
    df = pd.DataFrame(records, columns=EVENT_COLUMNS)
    if len(df):
        df["_order"] = range(len(df))
        df = df.sort_values(["date", "_order"], kind="stable").drop(columns="_order").reset_index(drop=True)
    return df, report


def _check_duplicate_ids(records: list[dict[str, Any]], report: Report) -> None:
    seen: dict[str, tuple[str, int]] = {}
    for r in records:
        rid = r["id"]
        if rid in seen:
            f, ln = seen[rid]
            report.add(r["file"], r["line"], "warning", f"duplicate id {rid!r} (first at {f}:{ln}); "
                       f"renamed to {rid + '@' + str(r['line'])!r}", "id")
            r["id"] = f"{rid}@{r['line']}"
        else:
            seen[rid] = (r["file"], r["line"])


def _validate_row(raw: dict[str, str], *, kind: str, file: str, line: int, layers: Any,
                  report: Report) -> dict[str, Any] | None:
    if "__error__" in raw:
        report.add(file, line, "error", raw["__error__"])
        return None
    errors: list[tuple[str, str]] = []
    for k, v in raw.items():
        if isinstance(v, str) and len(v) > MAX_FIELD:
            errors.append((k, f"field is {len(v):,} characters long (limit {MAX_FIELD:,})"))
    if errors:
        for col, msg in errors:
            report.add(file, line, "error", msg, col)
        return None
    if "__extra__" in raw:
        report.add(file, line, "warning", f"row has {raw['__extra__']} more value(s) than the header; "
                   f"the extra values are ignored")
    if kind == "acled":
        row = _acled_to_native(raw, file=file, line=line, layers=layers, report=report)
        if row is None:
            return None
    else:
        row = {k: _clean_text(v) for k, v in raw.items() if not k.startswith("__")}
    return _validate_native(row, file=file, line=line, layers=layers, report=report,
                            acled=(kind == "acled"))


def _acled_to_native(raw: dict[str, str], *, file: str, line: int, layers: Any,
                     report: Report) -> dict[str, str] | None:
    sub = _clean_text(raw.get("sub_event_type")).lower()
    if sub not in ACLED_ACTIONS:
        report.add(file, line, "skipped", f"sub_event_type {raw.get('sub_event_type')!r} carries no "
                   f"control information", "sub_event_type")
        return None
    action = ACLED_ACTIONS[sub]
    if action is None:
        report.add(file, line, "skipped", f"sub_event_type {raw.get('sub_event_type')!r} (violence against "
                   f"civilians) carries no control information", "sub_event_type")
        return None
    sides = layers.sides
    actor1 = _clean_text(raw.get("actor1"))
    side = sides.find(actor1) or sides.find(_clean_text(raw.get("assoc_actor_1")))
    if side in (None, "unknown") and action == "attacked":
        report.add(file, line, "skipped", f"actor1 {actor1!r} is not one of the sides "
                   f"({', '.join(sides.ids)}): an attack by it says nothing about control", "actor1")
        return None
    if side is None:
        report.add(file, line, "skipped", f"actor1 {actor1!r} matches no side alias in sides.toml", "actor1")
        return None
    eid = _clean_text(raw.get("event_id_cnty")) or _clean_text(raw.get("data_id"))
    date = _clean_text(raw.get("event_date"))
    return {"id": eid, "date": date, "place": _clean_text(raw.get("location")), "side": side, "action": action,
            "source": _clean_text(raw.get("source")) or "ACLED",
            "source_title": f"ACLED event {eid}".strip(), "source_url": "https://acleddata.com/",
            "source_date": date, "notes": _clean_text(raw.get("notes")),
            "lat": _clean_text(raw.get("latitude")), "lon": _clean_text(raw.get("longitude"))}


def _validate_native(row: dict[str, str], *, file: str, line: int, layers: Any, report: Report,
                     acled: bool = False) -> dict[str, Any] | None:
    errs: list[tuple[str, str]] = []
    warns: list[tuple[str, str]] = []
    sides = layers.sides
    gz = layers.gazetteer

    date = None
    try:
        date = parse_date(row.get("date", ""))
    except ValueError as exc:
        msg = str(exc)
        if "day is out of range" in msg or "month must be" in msg:
            msg = f"{row.get('date')!r} is not a real date ({msg})"
        errs.append(("date", msg))
    if date is not None and not (dt.date(1900, 1, 1) <= date <= dt.date(2100, 12, 31)):
        errs.append(("date", f"date {row.get('date')!r} is outside 1900-2100"))
        date = None

    side = sides.resolve(row.get("side", "")) if row.get("side") else None
    if side is None:
        errs.append(("side", f"unknown side {row.get('side', '')!r}; known: {', '.join(sides.ids)}"))

    action = _normalise_action(row.get("action", ""))
    if action is None:
        errs.append(("action", f"unknown action {row.get('action', '')!r}; known: {', '.join(ACTIONS)}"))

    lat = lon = None
    try:
        lat = _parse_float(row.get("lat"))
        lon = _parse_float(row.get("lon"))
        if (lat is None) != (lon is None):
            errs.append(("lat", "give both lat and lon, or neither"))
            lat = lon = None
    except ValueError as exc:
        errs.append(("lat", f"bad coordinate: {exc}"))
        lat = lon = None
    if lat is not None and lon is not None:
        problem = _check_point(lat, lon, layers)
        if problem:
            errs.append(("lat", problem))
            lat = lon = None

    place = row.get("place", "")
    res = None
    if not place and lat is None:
        errs.append(("place", "place is empty and no lat/lon given"))
    elif place:
        res = gz.geocode(place, near=(lat, lon) if lat is not None else None)
        if res["status"] == "unresolved":
            if lat is not None:
                res = None  # fall back to the coordinates below
                warns.append(("place", f"place {place!r} not in the gazetteer; placed by its lat/lon"))
            else:
                sugg = gz.suggestions(place)
                errs.append(("place", f"unresolved place {place!r}; nearest names: {', '.join(sugg) or 'none'}"))
        elif res["status"] == "ambiguous":
            alts = ", ".join(f"{a['name']} ({a['district']})" for a in res["alternatives"][:3])
            warns.append(("place", f"ambiguous place {place!r}: used {res['name']} ({res['district']}); "
                                   f"also {alts}; add lat/lon to choose"))
        elif lat is not None:
            from geo.gazetteer import haversine_km

            d = haversine_km(lat, lon, res["lat"], res["lon"])
            if d > 25:
                warns.append(("lat", f"lat/lon are {d:.0f} km from {res['name']}; the coordinates win"))
                res = None
    if errs:
        for col, msg in errs:
            report.add(file, line, "error", msg, col)
        return None
    if res is None:
        pid, pname, how = _nearest_anchor(lat, lon, gz), None, "coordinates"
        pname = gz.by_id[pid]["name"]
    else:
        pid, pname, how = res["id"], res["name"], res["method"]
    p = gz.by_id[pid]
    for col, msg in warns:
        report.add(file, line, "warning", msg, col)
    if not (row.get("source") or row.get("source_url")):
        report.add(file, line, "warning", "no source or source_url: the event is uncited", "source")
    url = row.get("source_url", "")
    return {
        "id": row.get("id") or f"{file}:{line}", "date": date, "place": place or f"{lat},{lon}",
        "place_id": pid, "place_name": pname, "anchor_id": p.get("anchor_id") or pid,
        "district": p.get("district"), "side": side, "action": action,
        "source": row.get("source", ""), "source_title": row.get("source_title", ""),
        "source_url": url, "source_date": row.get("source_date", ""), "notes": row.get("notes", ""),
        "lat": lat if lat is not None else p["lat"], "lon": lon if lon is not None else p["lon"],
        "geocode_method": how, "file": file, "line": line,
    }


def _check_point(lat: float, lon: float, layers: Any) -> str | None:
    """Why a point cannot be used (outside the outline, swapped), or ``None``."""
    from shapely.geometry import Point

    outline = layers.outline
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"coordinates ({lat}, {lon}) are not a valid lat/lon"
    if outline.buffer(0.05).contains(Point(lon, lat)):
        return None
    if -90 <= lon <= 90 and outline.contains(Point(lat, lon)):
        return f"coordinates ({lat}, {lon}) are outside the map but inside it when swapped: lat and lon swapped?"
    return f"coordinates ({lat}, {lon}) are outside the outline of the layers"


def _nearest_anchor(lat: float, lon: float, gz: Any) -> str:
    from geo.gazetteer import haversine_km

    anchors = [p for p in gz.places if p.get("anchor")]
    return min(anchors, key=lambda p: haversine_km(lat, lon, p["lat"], p["lon"]))["id"]


def iter_event_files(layers: Any, paths: Iterable[str | Path] | None) -> list[Path]:
    """The user's event files if any were given, else the layers' own."""
    paths = [Path(p) for p in (paths or [])]
    return paths or list(layers.event_paths)
