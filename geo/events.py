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

    Notes
    -----
    Each distinct date string, side, action and (place, lat, lon) is validated once and the
    verdict reused, so a million rows naming a few thousand places cost a few thousand geocodes.
    Rows are accumulated column by column (no per-row dicts kept).
    """
    import pandas as pd

    from geo.layers import load_layers

    layers = layers if layers is not None else load_layers()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = Report()
    v = _Validator(layers)
    for path in paths:
        text = read_text(path, encoding=encoding)
        kind = fmt or detect_format(path, text)
        name = Path(str(path)).name
        if not text.strip():
            raise InputFormatError(f"{str(path)!r} is empty")
        if kind == "csv" and _fast_native_csv(text, file=name, validator=v, report=report):
            continue
        header, rows = _jsonl_rows(text) if kind == "jsonl" else _csv_rows(text)
        del text
        required = ACLED_REQUIRED if kind == "acled" else NATIVE_REQUIRED
        missing = [c for c in required if c not in header]
        if missing and kind != "jsonl":
            raise InputFormatError(f"{str(path)!r} lacks column(s) {', '.join(missing)} "
                                   f"(found: {', '.join(h for h in header if h) or 'none'})")
        for line, raw in rows:
            report.rows_read += 1
            v.row(raw, kind=kind, file=name, line=line, report=report)
        del rows
    cols = v.cols
    _check_duplicate_ids(cols, report)
    report.rows_used = len(cols["id"])
    if strict and report.errors:
        raise ValidationError(f"{len(report.errors)} invalid row(s); first: {report.errors[0]}", report)
    df = pd.DataFrame(cols, columns=EVENT_COLUMNS)
    if len(df):
        order = pd.Series(pd.to_datetime(df["date"]).values).argsort(kind="stable")
        df = df.iloc[order.to_numpy()].reset_index(drop=True)
    return df, report


def _check_duplicate_ids(cols: dict[str, list[Any]], report: Report) -> None:
    seen: dict[str, tuple[str, int]] = {}
    ids = cols["id"]
    for k, rid in enumerate(ids):
        if rid in seen:
            f, ln = seen[rid]
            new = f"{rid}@{cols['line'][k]}"
            report.add(cols["file"][k], cols["line"][k], "warning",
                       f"duplicate id {rid!r} (first at {f}:{ln}); renamed to {new!r}", "id")
            ids[k] = new
        else:
            seen[rid] = (cols["file"][k], cols["line"][k])


def _fast_native_csv(text: str, *, file: str, validator: "_Validator", report: Report) -> bool:
    """Validate a Frontline CSV column by column (pandas' C parser, one verdict per distinct
    value). Returns False, having done nothing, if the file needs the row-by-row reader
    (malformed rows, missing columns), which then reports each problem in detail."""
    import numpy as np
    import pandas as pd

    try:
        df = pd.read_csv(io.StringIO(text.replace("\x00", "")), dtype=str, keep_default_na=False,
                         skip_blank_lines=False, engine="c")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, csv.Error):
        return False
    df.columns = [str(c).strip().lstrip("\ufeff").lower() for c in df.columns]
    if any(c not in df.columns for c in NATIVE_REQUIRED) or df.columns.duplicated().any():
        return False
    n = len(df)
    # line numbers: header is line 1; quoted fields may span lines (then count them per row)
    if text.count("\n") - text.endswith("\n") == n:
        lines = 2 + np.arange(n, dtype=np.int64)
    else:
        newlines = np.zeros(n, dtype=np.int64)
        for c in df.columns:
            newlines += df[c].str.count("\n").to_numpy(dtype=np.int64)
        lines = 2 + np.arange(n) + np.concatenate([[0], np.cumsum(newlines)[:-1]]) if n else np.zeros(0, np.int64)
    blank = np.ones(n, dtype=bool)
    for c in df.columns:
        blank &= (df[c].to_numpy() == "")
    keep = ~blank
    df, lines = df[keep].reset_index(drop=True), lines[keep]
    n = len(df)
    report.rows_read += n

    def col(name: str) -> tuple[np.ndarray, np.ndarray]:
        """(codes, cleaned uniques) of a column ('' if absent)."""
        if name not in df.columns:
            return np.zeros(n, dtype=np.int64), np.array([""], dtype=object)
        codes, uniq = pd.factorize(df[name], sort=False)
        return codes, np.array([_clean_text(u) for u in uniq], dtype=object)

    bad_long: dict[int, list[tuple[str, int]]] = {}
    for c in df.columns:
        codes, uniq = pd.factorize(df[c], sort=False)
        lens = np.fromiter((len(u) for u in uniq), dtype=np.int64, count=len(uniq))
        if (lens > MAX_FIELD).any():
            for k in np.flatnonzero(lens[codes] > MAX_FIELD):
                bad_long.setdefault(int(k), []).append((c, int(lens[codes[k]])))
    cols = {c: col(c) for c in ("id", "date", "place", "side", "action", "source", "source_title", "source_url",
                                "source_date", "notes", "lat", "lon")}
    v = validator
    # verdicts per distinct value
    dcodes, duniq = cols["date"]
    dver = [v._date(u) for u in duniq]
    scodes, suniq = cols["side"]
    sver = [v._side(u) for u in suniq]
    acodes, auniq = cols["action"]
    aver = [v._action(u) for u in auniq]
    key = pd.MultiIndex.from_arrays([cols[c][1][cols[c][0]] for c in ("place", "lat", "lon")])
    pcodes, puniq = pd.factorize(key, sort=False)
    pver = [v._place(*u) for u in puniq]
    derr = np.array([e is not None for _, e in dver])[dcodes] if len(dver) else np.zeros(n, bool)
    serr = np.array([x is None for x in sver])[scodes] if len(sver) else np.zeros(n, bool)
    aerr = np.array([x is None for x in aver])[acodes] if len(aver) else np.zeros(n, bool)
    perr = np.array([bool(e) for _, e, _ in pver])[pcodes] if len(pver) else np.zeros(n, bool)
    pwarn = np.array([bool(w) for _, _, w in pver])[pcodes] if len(pver) else np.zeros(n, bool)
    long_mask = np.zeros(n, dtype=bool)
    if bad_long:
        long_mask[list(bad_long)] = True
    bad = derr | serr | aerr | perr | long_mask
    for k in np.flatnonzero(bad | pwarn):
        ln = int(lines[k])
        if long_mask[k]:
            for c, length in bad_long[int(k)]:
                report.add(file, ln, "error", f"field is {length:,} characters long (limit {MAX_FIELD:,})", c)
            continue
        if derr[k]:
            report.add(file, ln, "error", dver[dcodes[k]][1], "date")
        if serr[k]:
            report.add(file, ln, "error", f"unknown side {suniq[scodes[k]]!r}; known: {', '.join(v.sides.ids)}", "side")
        if aerr[k]:
            report.add(file, ln, "error", f"unknown action {auniq[acodes[k]]!r}; known: {', '.join(ACTIONS)}", "action")
        _, perrs, pwarns = pver[pcodes[k]]
        for c, msg in perrs:
            report.add(file, ln, "error", msg, c)
        if not bad[k]:
            for c, msg in pwarns:
                report.add(file, ln, "warning", msg, c)
    ok = np.flatnonzero(~bad)
    src = cols["source"][1][cols["source"][0]][ok]
    url = cols["source_url"][1][cols["source_url"][0]][ok]
    for k in ok[(src == "") & (url == "")]:
        report.add(file, int(lines[k]), "warning", "no source or source_url: the event is uncited", "source")
    out = v.cols

    def take(name: str) -> list[Any]:
        codes, uniq = cols[name]
        return uniq[codes[ok]].tolist()

    ids = take("id")
    line_ok = lines[ok].tolist()
    out["id"].extend(i or f"{file}:{ln}" for i, ln in zip(ids, line_ok))
    out["date"].extend(np.array([d for d, _ in dver] or [None], dtype=object)[dcodes[ok]].tolist())
    pc = pcodes[ok]
    parts = list(zip(*[(r[0] if r[0] is not None else (None,) * 7) for r in pver])) or [[None]] * 7
    arrays = [np.array(list(col_) + [None], dtype=object)[:-1] for col_ in parts]
    names = ("place_id", "place_name", "anchor_id", "district", "geocode_method", "lat", "lon")
    for name, arr in zip(names, arrays):  # resolution tuples: (place_id, name, anchor, district, method, lat, lon)
        out[name].extend(arr[pc].tolist())
    places = take("place")
    lat_ok, lon_ok = arrays[5][pc].tolist(), arrays[6][pc].tolist()
    out["place"].extend(p or f"{la},{lo}" for p, la, lo in zip(places, lat_ok, lon_ok))
    out["side"].extend(np.array(sver + [None], dtype=object)[:-1][scodes[ok]].tolist())
    out["action"].extend(np.array(aver + [None], dtype=object)[:-1][acodes[ok]].tolist())
    for name in ("source", "source_title", "source_url", "source_date", "notes"):
        out[name].extend(take(name))
    out["file"].extend([file] * len(ok))
    out["line"].extend(line_ok)
    return True


class _Validator:
    """Validates rows against one layers folder, memoising each distinct value's verdict."""

    def __init__(self, layers: Any) -> None:
        self.layers = layers
        self.sides = layers.sides
        self.gz = layers.gazetteer
        self.cols: dict[str, list[Any]] = {c: [] for c in EVENT_COLUMNS}
        self._dates: dict[str, tuple[dt.date | None, str | None]] = {}
        self._sides: dict[str, str | None] = {}
        self._actions: dict[str, str | None] = {}
        self._places: dict[tuple[str, str, str], tuple[Any, list[tuple[str, str]], list[tuple[str, str]]]] = {}
        self._acled_sides: dict[tuple[str, str], str | None] = {}

    # -- one row ------------------------------------------------------------------------
    def row(self, raw: dict[str, str], *, kind: str, file: str, line: int, report: Report) -> None:
        if "__error__" in raw:
            report.add(file, line, "error", raw["__error__"])
            return
        long = [(k, len(val)) for k, val in raw.items() if isinstance(val, str) and len(val) > MAX_FIELD]
        if long:
            for col, n in long:
                report.add(file, line, "error", f"field is {n:,} characters long (limit {MAX_FIELD:,})", col)
            return
        if "__extra__" in raw:
            report.add(file, line, "warning", f"row has {raw['__extra__']} more value(s) than the header; "
                       f"the extra values are ignored")
        if kind == "acled":
            row = self._acled(raw, file=file, line=line, report=report)
            if row is None:
                return
        else:
            row = raw
        self._native(row, file=file, line=line, report=report)

    def _acled(self, raw: dict[str, str], *, file: str, line: int, report: Report) -> dict[str, str] | None:
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
        actor1 = _clean_text(raw.get("actor1"))
        key = (actor1, _clean_text(raw.get("assoc_actor_1")))
        if key not in self._acled_sides:
            self._acled_sides[key] = self.sides.find(key[0]) or self.sides.find(key[1])
        side = self._acled_sides[key]
        if side in (None, "unknown") and action == "attacked":
            report.add(file, line, "skipped", f"actor1 {actor1!r} is not one of the sides "
                       f"({', '.join(self.sides.ids)}): an attack by it says nothing about control", "actor1")
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

    # -- memoised checks -------------------------------------------------------------------
    def _date(self, text: str) -> tuple[dt.date | None, str | None]:
        hit = self._dates.get(text)
        if hit is None:
            try:
                d = parse_date(text)
                hit = (d, None) if dt.date(1900, 1, 1) <= d <= dt.date(2100, 12, 31) else \
                    (None, f"date {text!r} is outside 1900-2100")
            except ValueError as exc:
                msg = str(exc)
                if "day is out of range" in msg or "month must be" in msg:
                    msg = f"{text!r} is not a real date ({msg})"
                hit = (None, msg)
            self._dates[text] = hit
        return hit

    def _side(self, text: str) -> str | None:
        if text not in self._sides:
            self._sides[text] = self.sides.resolve(text) if text else None
        return self._sides[text]

    def _action(self, text: str) -> str | None:
        if text not in self._actions:
            self._actions[text] = _normalise_action(text)
        return self._actions[text]

    def _place(self, place: str, lat_text: str, lon_text: str):
        key = (place, lat_text, lon_text)
        hit = self._places.get(key)
        if hit is None:
            hit = self._resolve_place(place, lat_text, lon_text)
            self._places[key] = hit
        return hit

    def _resolve_place(self, place: str, lat_text: str, lon_text: str):
        """(resolution or None, errors, warnings); resolution = (place_id, name, method, lat, lon)."""
        errs: list[tuple[str, str]] = []
        warns: list[tuple[str, str]] = []
        gz = self.gz
        lat = lon = None
        try:
            lat = _parse_float(lat_text)
            lon = _parse_float(lon_text)
            if (lat is None) != (lon is None):
                errs.append(("lat", "give both lat and lon, or neither"))
                lat = lon = None
        except ValueError as exc:
            errs.append(("lat", f"bad coordinate: {exc}"))
            lat = lon = None
        if lat is not None and lon is not None:
            problem = _check_point(lat, lon, self.layers)
            if problem:
                errs.append(("lat", problem))
                lat = lon = None
        res = None
        if not place and lat is None:
            errs.append(("place", "place is empty and no lat/lon given"))
        elif place:
            res = gz.geocode(place, near=(lat, lon) if lat is not None else None)
            if res["status"] == "unresolved":
                if lat is not None:
                    res = None
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
        if any(c in ("place", "lat") for c, _ in errs):
            return None, errs, warns
        if res is None:
            pid = _nearest_anchor(lat, lon, gz)
            how = "coordinates"
        else:
            pid, how = res["id"], res["method"]
        p = gz.by_id[pid]
        resolved = (pid, p["name"], p.get("anchor_id") or pid, p.get("district"), how,
                    lat if lat is not None else p["lat"], lon if lon is not None else p["lon"])
        return resolved, errs, warns

    # -- native row ------------------------------------------------------------------------
    def _native(self, row: dict[str, str], *, file: str, line: int, report: Report) -> None:
        g = row.get
        date_text = _clean_text(g("date"))
        side_text = _clean_text(g("side"))
        action_text = _clean_text(g("action"))
        place = _clean_text(g("place"))
        lat_text, lon_text = _clean_text(g("lat")), _clean_text(g("lon"))
        errs: list[tuple[str, str]] = []
        date, derr = self._date(date_text)
        if derr:
            errs.append(("date", derr))
        side = self._side(side_text)
        if side is None:
            errs.append(("side", f"unknown side {side_text!r}; known: {', '.join(self.sides.ids)}"))
        action = self._action(action_text)
        if action is None:
            errs.append(("action", f"unknown action {action_text!r}; known: {', '.join(ACTIONS)}"))
        resolved, perrs, pwarns = self._place(place, lat_text, lon_text)
        errs.extend(perrs)
        if errs:
            for col, msg in errs:
                report.add(file, line, "error", msg, col)
            return
        for col, msg in pwarns:
            report.add(file, line, "warning", msg, col)
        source, url = _clean_text(g("source")), _clean_text(g("source_url"))
        if not (source or url):
            report.add(file, line, "warning", "no source or source_url: the event is uncited", "source")
        pid, pname, anchor, district, how, lat, lon = resolved
        c = self.cols
        c["id"].append(_clean_text(g("id")) or f"{file}:{line}")
        c["date"].append(date)
        c["place"].append(place or f"{lat},{lon}")
        c["place_id"].append(pid)
        c["place_name"].append(pname)
        c["anchor_id"].append(anchor)
        c["district"].append(district)
        c["side"].append(side)
        c["action"].append(action)
        c["source"].append(source)
        c["source_title"].append(_clean_text(g("source_title")))
        c["source_url"].append(url)
        c["source_date"].append(_clean_text(g("source_date")))
        c["notes"].append(_clean_text(g("notes")))
        c["lat"].append(lat)
        c["lon"].append(lon)
        c["geocode_method"].append(how)
        c["file"].append(file)
        c["line"].append(line)


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
