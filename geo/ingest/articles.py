"""Articles in and records out, for ``frontline ingest``: :class:`Article` and its header, reading
articles (:func:`read_articles`, :func:`article_from_text`, stdin), :func:`extract_from_articles`, the CSV
(:data:`INGEST_COLUMNS`, :func:`events_to_csv`) and ``--append`` (:func:`append_events`).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.errors import FrontlineError, InputFormatError
from geo.names import light_key
from geo.ingest.assemble import extract_events


#: Columns of the CSV written by ``frontline ingest``: the project's event columns, then the
#: extraction's own.
INGEST_COLUMNS = ["id", "date", "place", "side", "action", "source", "source_title", "source_url",
                  "source_date", "notes", "place_id", "confidence", "evidence", "article"]


class IngestError(FrontlineError):
    """An article cannot be ingested (no date, unreadable, empty)."""


# =============================================================================== articles
@dataclass(frozen=True)
class Article:
    """One article: its text (without header lines) and what is known about it."""

    text: str
    date: dt.date
    name: str = ""
    source: str = ""
    source_url: str = ""
    title: str = ""


_HEADER_RE = re.compile(r"^\s*(date|published|source|outlet|url|source_url|link|title)\s*:\s*(.*?)\s*$",
                        re.IGNORECASE)
_ISO_IN_NAME_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading ``key: value`` lines (date, source, url, title) and the remaining text."""
    lines = text.splitlines()
    header: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER_RE.match(lines[i])
        if not m:
            break
        key = m[1].lower()
        key = {"published": "date", "outlet": "source", "link": "url", "source_url": "url"}.get(key, key)
        header[key] = m[2]
        i += 1
    if not header:
        return {}, text
    return header, "\n".join(lines[i:])


def _parse_iso(value: str, *, what: str) -> dt.date:
    from geo.events import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise IngestError(f"{what} {value!r} is not a date: {exc}") from None


def article_from_text(text: str, *, name: str = "<stdin>", date: str | dt.date | None = None,
                      source: str = "", source_url: str = "") -> Article:
    """Build an :class:`Article` from raw text.

    The date comes from ``date`` (the ``--date`` option), else a ``date:`` header line, else a
    ``YYYY-MM-DD`` in ``name``; an article without one is refused, because every relative date
    in it ("on Friday") is resolved against it.
    """
    header, body = _split_header(text.replace("\x00", ""))
    if isinstance(date, dt.date):
        when = date
    elif date:
        when = _parse_iso(str(date), what="--date")
    elif header.get("date"):
        when = _parse_iso(header["date"], what=f"the 'date:' line of {name!r}:")
    else:
        m = _ISO_IN_NAME_RE.search(Path(name).name)
        if not m:
            raise IngestError(f"no date for {name!r}: pass --date YYYY-MM-DD, start the file with a line "
                              f"'date: YYYY-MM-DD', or put YYYY-MM-DD in the file name")
        when = _parse_iso(m.group(0), what=f"the date in the file name {name!r}:")
    title = header.get("title", "")
    if not title:
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        if first and len(first) <= 160 and not first.endswith((".", "!", "?")):
            title = first
    return Article(text=body, date=when, name=Path(name).name if name != "<stdin>" else name,
                   source=source or header.get("source", ""), source_url=source_url or header.get("url", ""),
                   title=title)


def read_articles(path: str | Path, *, date: str | dt.date | None = None, source: str = "",
                  source_url: str = "", encoding: str | None = None) -> list[Article]:
    """Read one ``.txt`` file or every ``*.txt`` file of a folder (sorted by name)."""
    from geo.events import read_text

    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() == ".txt")
        if not files:
            raise IngestError(f"folder {str(p)!r} holds no .txt files")
    elif p.is_file():
        files = [p]
    else:
        raise IngestError(f"{str(p)!r} does not exist")
    out = []
    for f in files:
        try:
            text = read_text(f, encoding=encoding)
        except InputFormatError as exc:
            raise IngestError(str(exc)) from None
        out.append(article_from_text(text, name=str(f), date=date, source=source, source_url=source_url))
    return out


# =============================================================================== output
def extract_from_articles(articles: Iterable[Article], *, layers: Any) -> list[dict[str, Any]]:
    """:func:`extract_events` over several articles, each record carrying its article's metadata."""
    out = []
    for art in articles:
        for rec in extract_events(art.text, article_date=art.date, layers=layers, source=art.source,
                                  source_url=art.source_url, article=art.name):
            rec["source_title"] = art.title
            rec["source_date"] = art.date
            out.append(rec)
    return out


def _record_id(rec: dict[str, Any]) -> str:
    raw = "|".join(str(rec.get(k, "")) for k in ("article", "date", "place_id", "side", "action"))
    return "ing-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def _row(rec: dict[str, Any]) -> dict[str, str]:
    from geo.export import csv_safe

    row: dict[str, str] = {}
    for col in INGEST_COLUMNS:
        v = rec.get(col, "")
        if col == "id":
            v = v or _record_id(rec)
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, float):
            v = f"{v:.2f}"
        v = "" if v is None else str(v)
        row[col] = csv_safe(v) if col in ("place", "source", "source_title", "notes", "evidence", "article") else v
    return row


def events_to_csv(records: Iterable[dict[str, Any]]) -> str:
    """Records as CSV text with :data:`INGEST_COLUMNS` (``\\n`` line ends)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=INGEST_COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for rec in records:
        w.writerow(_row(rec))
    return buf.getvalue()


@dataclass(frozen=True)
class AppendResult:
    """What :func:`append_events` did: rows added, and rows left out as already present."""

    added: int
    duplicates: int


def append_events(path: str | Path, records: Sequence[dict[str, Any]], *, layers: Any) -> AppendResult:
    """Add ``records`` to an events CSV, skipping any already there, and write it atomically.

    A row is already there when an existing row has the same date, place, side and action;
    places are compared by gazetteer id (an existing ``place_id`` column, else the geocoded
    ``place``), so "Tarhouna" in the file matches "Tarhuna" from the extractor. A file that
    does not exist is created with :data:`INGEST_COLUMNS`; an existing one keeps its header and
    its bytes, and new rows fill the columns it has.
    """
    from geo._io import write_text_atomic
    from geo.events import read_text

    p = Path(path)
    header = list(INGEST_COLUMNS)
    existing_text = ""
    seen: set[tuple[str, str, str, str]] = set()
    newline = "\n"
    if p.exists():
        existing_text = read_text(p)
        if "\r\n" in existing_text:
            newline = "\r\n"
        rows = list(csv.reader(io.StringIO(existing_text)))
        if rows:
            header = [h.strip().lstrip("\ufeff") for h in rows[0]]
            lower = [h.lower() for h in header]
            missing = [c for c in ("date", "place", "side", "action") if c not in lower]
            if missing:
                raise IngestError(f"{str(p)!r} is not an events CSV: it lacks column(s) {', '.join(missing)}")
            col = {h: i for i, h in enumerate(lower)}
            for r in rows[1:]:
                if not any(v.strip() for v in r):
                    continue
                get = lambda name: r[col[name]].strip() if name in col and col[name] < len(r) else ""  # noqa: E731
                seen.add((get("date"), _place_key(get("place_id"), get("place"), layers),
                          _side_key(get("side"), layers), get("action").lower()))
    added, dups = [], 0
    for rec in records:
        row = _row(rec)
        key = (row["date"], _place_key(row["place_id"], row["place"], layers), row["side"], row["action"])
        if key in seen:
            dups += 1
            continue
        seen.add(key)
        added.append(row)
    if not added:
        return AppendResult(0, dups)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    if not existing_text.strip():
        w.writerow(header)
        existing_text = ""
    elif not existing_text.endswith(("\n", "\r")):
        existing_text += newline
    lower = [h.lower() for h in header]
    for row in added:
        w.writerow([row.get(h, "") for h in lower])
    write_text_atomic(p, existing_text.lstrip("\ufeff") + buf.getvalue())
    return AppendResult(len(added), dups)


def _place_key(place_id: str, place: str, layers: Any) -> str:
    if place_id:
        return place_id
    res = layers.gazetteer.geocode(place) if place else None
    if res and res["status"] != "unresolved":
        return res["id"]
    return light_key(place)


def _side_key(side: str, layers: Any) -> str:
    return layers.sides.resolve(side) or side


def iter_stdin_article(*, date: str | dt.date | None, source: str = "", source_url: str = "") -> Iterator[Article]:
    """The article on standard input (UTF-8), for ``frontline ingest -``."""
    from geo.events import decode_bytes

    try:
        text = decode_bytes(sys.stdin.buffer.read(), name="<stdin>")
    except InputFormatError as exc:
        raise IngestError(str(exc)) from None
    yield article_from_text(text, name="<stdin>", date=date, source=source, source_url=source_url)
