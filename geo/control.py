"""The control timeline: who holds each place on any day, from a baseline and events.

Rules (also in the README, each tested in ``tests/test_control_rules.py``):

1. **Baseline.** Every anchoring place starts with its holder in ``baseline.csv`` (``unknown``
   if it has no row); ``since`` is the baseline date. Events before it are reported and ignored.
2. **Captured** by S: S holds the place from that day; ``since`` = that day.
3. **Withdrew** by S: the place passes to S's opponent (``withdraw_to = "opponent"`` in
   ``sides.toml``) or to ``unknown`` (``withdraw_to = "unknown"``, or no single opponent).
4. **Attacked** by S (S not the holder): the place is contested from that day for
   ``contested_days`` days (default 7; later attacks extend the window) unless a decisive event
   (captured/withdrew) comes first. An attack by the holder itself changes nothing.
5. **Holds** by S: evidence that S holds the place. If the model says otherwise, S becomes the
   holder from that day (the record corrects the model). It does not end a contested window.
6. **Same day.** All events of one place on one day are applied as a set, so their order in the
   file never matters. Decisive events are combined first: if every captured/withdrew of the day
   points to the same new holder, it wins; if they point to different holders, the holder does
   not change, the place is contested, and the contradiction is reported. ``holds`` records of
   that day count only when there is no decisive event; if they disagree with each other they
   are a contradiction too. Then attacks are applied against the resulting holder.
7. **District events.** An event whose place is a district (e.g. "al-Jufra") applies to every
   anchoring place in the district, except ``attacked``, which applies to the district's seat.
8. **Stale.** A place whose newest evidence (event or baseline) is older than ``stale_days`` on
   the query date is flagged ``stale``.

Holders for many dates are computed at once: each place's state changes are stored once, in date
order, and the state on day d is found by binary search (``numpy.searchsorted``), never by
replaying events per date (:func:`replay_states` does that, for tests and benchmarks).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from geo.errors import DateError, LayersError

__all__ = ["ControlTimeline", "Contradiction", "read_baseline", "build_timeline", "replay_states",
           "STATE_COLUMNS"]

DECISIVE = ("captured", "withdrew")
STATE_COLUMNS = ["place_id", "name", "name_ar", "kind", "district", "lat", "lon", "population", "side",
                 "contested", "since", "stale", "last_evidence", "last_event_id", "last_event_date",
                 "last_action", "last_side", "last_source", "last_source_title", "last_source_url",
                 "last_notes"]
_EPOCH = dt.date(1970, 1, 1)


def _day(d: dt.date) -> int:
    return (d - _EPOCH).days


def _date(n: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(n))


@dataclass(frozen=True)
class Contradiction:
    """Events of one place on one day that disagree on who holds it."""

    place_id: str
    date: dt.date
    claims: tuple[tuple[str, str, str], ...]  # (event id, side, action)
    outcome: str

    def __str__(self) -> str:
        cl = "; ".join(f"{e}: {s} {a}" for e, s, a in self.claims)
        return f"{self.date} {self.place_id}: contradictory events ({cl}) -> {self.outcome}"


def read_baseline(path: str | Path, *, layers: Any) -> tuple[dict[str, str], dt.date, list[str]]:
    """Read ``baseline.csv``: ``{anchor_id: side}``, its date, and problems found.

    Columns: ``place_id`` or ``place`` (geocoded), ``side``; optional ``date`` (default: the
    conflict start in ``sides.toml``), ``source``, ``source_title``, ``source_url``.
    """
    from geo.events import parse_date, read_text

    gz, sides = layers.gazetteer, layers.sides
    text = read_text(path)
    rows = list(csv.DictReader(text.splitlines()))
    problems: list[str] = []
    holders: dict[str, str] = {}
    date_text = sides.start or "2019-01-01"
    for n, r in enumerate(rows, 2):
        r = {(k or "").strip().lower(): (v or "").strip() for k, v in r.items()}
        pid = r.get("place_id", "")
        if pid not in gz.by_id:
            res = gz.geocode(r.get("place", "") or pid)
            if res["status"] == "unresolved":
                problems.append(f"{Path(path).name}:{n}: unresolved place {r.get('place') or pid!r}")
                continue
            pid = res["id"]
        side = sides.resolve(r.get("side", ""))
        if side is None:
            problems.append(f"{Path(path).name}:{n}: unknown side {r.get('side')!r}; known: {', '.join(sides.ids)}")
            continue
        holders[gz.by_id[pid].get("anchor_id") or pid] = side
        if r.get("date"):
            date_text = r["date"]
    try:
        start = parse_date(date_text)
    except ValueError as exc:
        raise LayersError(f"baseline date: {exc}") from None
    return holders, start, problems


class ControlTimeline:
    """Per-place state changes, queried by date.

    Build it with :func:`build_timeline`. For each anchoring place ``i`` the arrays
    ``change_days[i]`` (sorted day numbers) and the parallel state lists hold every change of
    holder or contested flag; the state on day d is the last change on or before d.
    """

    def __init__(self, *, places: list[dict[str, Any]], sides: Any, start: dt.date,
                 changes: list[list[tuple[int, str, bool, int, int | None, int]]],
                 events: list[dict[str, Any]], contradictions: list[Contradiction],
                 end: dt.date | None = None, ignored: list[str] | None = None) -> None:
        self.places = places
        self.place_index = {p["id"]: i for i, p in enumerate(places)}
        self.sides = sides
        self.start = start
        self.end = end
        self.events = events  # DataFrame of the events applied (index = event number)
        self._cols: dict[str, Any] | None = None
        self.contradictions = contradictions
        self.ignored = ignored or []
        # changes[i] = [(day, side, contested, since_day, last_event_idx, evidence_day), ...]
        self.changes = changes
        self._days = [np.array([c[0] for c in ch], dtype=np.int64) for ch in changes]

    def event(self, k: int) -> dict[str, Any]:
        """Event number ``k`` as a dict (columns fetched once, on first use)."""
        if self._cols is None:
            self._cols = {c: self.events[c].to_numpy() for c in self.events.columns}
        return {c: v[k] for c, v in self._cols.items()}

    # ------------------------------------------------------------------ queries
    def _check_date(self, date: dt.date) -> None:
        if date < self.start:
            raise DateError(f"{date.isoformat()!r} is before the baseline date {self.start.isoformat()}")

    def state_index(self, date: dt.date) -> list[int]:
        """Index into each place's change list for ``date``."""
        self._check_date(date)
        d = _day(date)
        return [int(np.searchsorted(days, d, side="right")) - 1 for days in self._days]

    def states_on(self, date: dt.date | str) -> Any:
        """A DataFrame with one row per anchoring place and :data:`STATE_COLUMNS`."""
        import pandas as pd

        date = _as_date(date)
        idx = self.state_index(date)
        d = _day(date)
        contra: dict[str, list[str]] = {}
        for c in self.contradictions:
            if c.date <= date:
                contra.setdefault(c.place_id, []).append(c.date.isoformat())
        rows = []
        for p, ch, k in zip(self.places, self.changes, idx):
            day, side, contested, since, ev, evidence = ch[k]
            e = self.event(ev) if ev is not None else None
            rows.append({
                "place_id": p["id"], "name": p["name"], "name_ar": p.get("name_ar"), "kind": p.get("kind"),
                "district": p.get("district"), "lat": p["lat"], "lon": p["lon"],
                "population": p.get("population"), "side": side, "contested": bool(contested),
                "since": _date(since), "stale": (d - evidence) > self.sides.stale_days,
                "last_evidence": _date(evidence),
                "last_event_id": e["id"] if e else None, "last_event_date": e["date"] if e else None,
                "last_action": e["action"] if e else None, "last_side": e["side"] if e else None,
                "last_source": e["source"] if e else None, "last_source_title": e.get("source_title") if e else None,
                "last_source_url": e["source_url"] if e else None, "last_notes": e.get("notes") if e else None,
                "contradictions": ";".join(contra.get(p["id"], [])),
            })
        return pd.DataFrame(rows, columns=STATE_COLUMNS)

    def holders_matrix(self, dates: Sequence[dt.date]) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Holders and contested flags for many dates at once.

        Returns ``(codes, contested, side_ids)``: ``codes[t, i]`` indexes ``side_ids`` for date t
        and place i; ``contested[t, i]`` is a bool. One ``searchsorted`` per place over all dates.
        """
        side_ids = list(self.sides.ids)
        code = {s: k for k, s in enumerate(side_ids)}
        days = np.array([_day(_as_date(d)) for d in dates], dtype=np.int64)
        if len(days) and days.min() < _day(self.start):
            raise DateError(f"{_date(int(days.min())).isoformat()!r} is before the baseline date {self.start}")
        out = np.empty((len(days), len(self.places)), dtype=np.int16)
        cont = np.empty((len(days), len(self.places)), dtype=bool)
        for i, (ch, cd) in enumerate(zip(self.changes, self._days)):
            k = np.searchsorted(cd, days, side="right") - 1
            sides_i = np.array([code.get(c[1], code["unknown"]) for c in ch], dtype=np.int16)
            cont_i = np.array([c[2] for c in ch], dtype=bool)
            out[:, i] = sides_i[k]
            cont[:, i] = cont_i[k]
        return out, cont, side_ids

    def holder(self, place_id: str, date: dt.date | str) -> str:
        """The holder of one place (any gazetteer id; mapped to its anchor) on ``date``."""
        date = _as_date(date)
        self._check_date(date)
        i = self.place_index[place_id]
        k = int(np.searchsorted(self._days[i], _day(date), side="right")) - 1
        return self.changes[i][k][1]

    def periods(self, *, end: dt.date | None = None) -> list[dict[str, Any]]:
        """Holding periods per place: ``place_id, side, contested, valid_from, valid_to``.

        ``valid_to`` is the last day of the period (inclusive); the final period ends on
        ``end`` (default: the timeline's end, or its last change).
        """
        last = end or self.end or _date(max(int(d[-1]) for d in self._days))
        out = []
        for p, ch in zip(self.places, self.changes):
            for k, (day, side, contested, since, ev, _) in enumerate(ch):
                nxt = ch[k + 1][0] - 1 if k + 1 < len(ch) else _day(last)
                if nxt < day:
                    continue
                out.append({"place_id": p["id"], "side": side, "contested": bool(contested),
                            "valid_from": _date(day), "valid_to": _date(nxt), "since": _date(since),
                            "event_id": self.event(ev)["id"] if ev is not None else None})
        return out


def _as_date(d: dt.date | str) -> dt.date:
    if isinstance(d, dt.datetime):
        return d.date()
    if isinstance(d, dt.date):
        return d
    from geo.events import parse_date

    try:
        return parse_date(str(d))
    except ValueError as exc:
        raise DateError(str(exc)) from None


def _new_holder(side: str, action: str, sides: Any) -> str:
    if action == "captured":
        return side
    if sides.withdraw_to == "opponent":
        return sides.opponent(side) or "unknown"
    return "unknown"


_ACTION_CODE = {"captured": 0, "withdrew": 1, "attacked": 2, "holds": 3}
EVENT_FIELDS = ["id", "date", "place_id", "anchor_id", "side", "action", "source", "source_title",
                "source_url", "notes"]


def _events_frame(events: Any) -> Any:
    import pandas as pd

    if hasattr(events, "columns"):
        df = events
    else:
        df = pd.DataFrame(list(events))
    for c in EVENT_FIELDS:
        if c not in df.columns:
            df = df.assign(**{c: ""})
    return df.reset_index(drop=True)


def build_timeline(events: Any, *, layers: Any, baseline: dict[str, str] | None = None,
                   start: dt.date | None = None, end: dt.date | None = None) -> ControlTimeline:
    """Build the :class:`ControlTimeline` from validated events (see :func:`geo.events.read_events`).

    Parameters
    ----------
    events
        DataFrame (or list of dicts) with ``id, date, place_id, anchor_id, side, action`` and
        source columns.
    baseline
        ``{anchor_id: side}``; read from the layers' ``baseline.csv`` if ``None``.
    start
        The baseline date; from ``baseline.csv``/``sides.toml`` if ``None``.

    Notes
    -----
    Events are sorted once by (place, day) with numpy; each place's days are then folded into
    its change list in one pass, so the cost is linear in the number of events and does not
    depend on the number of days.
    """
    gz, sides = layers.gazetteer, layers.sides
    problems: list[str] = []
    if baseline is None:
        if layers.baseline_path is not None:
            baseline, bstart, problems = read_baseline(layers.baseline_path, layers=layers)
        else:
            baseline, bstart = {}, _as_date(sides.start or "2019-01-01")
        start = start or bstart
    start = start or _as_date(sides.start or "2019-01-01")
    places = [p for p in gz.places if p.get("anchor")]
    if not places:
        raise LayersError("the gazetteer has no anchoring places (property 'anchor')")
    pindex = {p["id"]: i for i, p in enumerate(places)}
    by_district: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        by_district[p.get("district")].append(i)

    ev = _events_frame(events)
    n = len(ev)
    import pandas as pd

    days = (pd.to_datetime(pd.Series(ev["date"].tolist(), dtype=object)).to_numpy().astype("datetime64[D]")
            .astype(np.int64)) if n else np.zeros(0, np.int64)
    early = days < _day(start)
    ignored = [f"{i}: {d} is before the baseline date {start}" for i, d in
               zip(ev["id"][early], ev["date"][early])]
    side_ids = list(sides.ids)
    scode = {s_: k for k, s_ in enumerate(side_ids)}
    side_col, act_col = ev["side"].tolist(), ev["action"].tolist()
    sides_arr = np.array([scode.get(x, scode["unknown"]) for x in side_col], dtype=np.int64)
    acts = np.array([_ACTION_CODE.get(a, 2) for a in act_col], dtype=np.int64)
    # event -> place rows (district events fan out, rule 7)
    pid_col, aid_col = ev["place_id"].tolist(), ev["anchor_id"].tolist()
    kinds = {pid: (gz.by_id[pid].get("kind") if pid in gz.by_id else None) for pid in set(pid_col)}
    rows_ev: list[int] = []
    rows_pl: list[int] = []
    for k, (pid, aid, a, skip) in enumerate(zip(pid_col, aid_col, acts.tolist(), early.tolist())):
        if skip:
            continue
        if kinds.get(pid) == "district" and a != 2:
            for i in by_district.get(gz.by_id[pid].get("district"), []):
                rows_ev.append(k)
                rows_pl.append(i)
        elif aid in pindex:
            rows_ev.append(k)
            rows_pl.append(pindex[aid])
        else:
            ignored.append(f"{ev['id'][k]}: place {pid!r} has no cell (not an anchor)")
    e_idx = np.array(rows_ev, dtype=np.int64)
    p_idx = np.array(rows_pl, dtype=np.int64)
    order = np.lexsort((e_idx, days[e_idx], p_idx)) if len(e_idx) else e_idx
    e_idx, p_idx = e_idx[order], p_idx[order]
    bounds = np.flatnonzero(np.diff(p_idx)) + 1 if len(p_idx) else p_idx
    starts = np.concatenate([[0], bounds]).astype(np.int64) if len(p_idx) else np.zeros(0, np.int64)
    stops = np.concatenate([bounds, [len(p_idx)]]).astype(np.int64) if len(p_idx) else np.zeros(0, np.int64)
    group_of = {int(p_idx[a]): (int(a), int(b)) for a, b in zip(starts, stops)}

    ids = ev["id"].tolist()
    new_holder = {(sc, ac): scode.get(_new_holder(side_ids[sc], "captured" if ac == 0 else "withdrew", sides),
                                      scode["unknown"]) for sc in range(len(side_ids)) for ac in (0, 1)}
    contradictions: list[Contradiction] = []
    window = sides.contested_days
    start_day = _day(start)
    changes = []
    e_list, d_list = e_idx.tolist(), days.tolist()
    s_list, a_list = sides_arr.tolist(), acts.tolist()
    unknown = scode["unknown"]
    for i, p in enumerate(places):
        holder = scode.get(baseline.get(p["id"], "unknown"), unknown)
        since = start_day
        contested_until = -1
        evidence = start_day
        last_ev: int | None = None
        ch: list[tuple[int, str, bool, int, int | None, int]] = [(start_day, side_ids[holder], False, since, None, evidence)]
        a, b = group_of.get(i, (0, 0))
        k = a
        while k < b:
            day = d_list[e_list[k]]
            j = k
            while j < b and d_list[e_list[j]] == day:
                j += 1
            todays = e_list[k:j]
            k = j
            if ch[-1][2] and contested_until < day - 1:
                ch.append((contested_until + 1, side_ids[holder], False, since, last_ev, evidence))
            decisive = [e for e in todays if a_list[e] < 2]
            holds = [e for e in todays if a_list[e] == 3]
            attacks = [e for e in todays if a_list[e] == 2]
            evidence = day
            contested_today = False
            if decisive:
                claims = {new_holder[(s_list[e], a_list[e])] for e in decisive}
                last_ev = max(decisive, key=lambda e: (a_list[e], s_list[e], e))
                if len(claims) == 1:
                    new = claims.pop()
                    if new != holder:
                        holder, since = new, day
                    contested_until = -1
                else:
                    contested_today = True
                    contested_until = max(contested_until, day + window - 1)
                    contradictions.append(Contradiction(p["id"], _date(day), tuple(sorted(
                        (str(ids[e]), side_ids[s_list[e]], "captured" if a_list[e] == 0 else "withdrew")
                        for e in decisive)), f"holder stays {side_ids[holder]}, contested"))
            elif holds:
                claims = {s_list[e] for e in holds}
                last_ev = max(holds, key=lambda e: (s_list[e], e))
                if len(claims) == 1:
                    new = claims.pop()
                    if new != holder:
                        holder, since = new, day
                else:
                    contested_today = True
                    contested_until = max(contested_until, day + window - 1)
                    contradictions.append(Contradiction(p["id"], _date(day), tuple(sorted(
                        (str(ids[e]), side_ids[s_list[e]], "holds") for e in holds)),
                        f"holder stays {side_ids[holder]}, contested"))
            hostile = [e for e in attacks if s_list[e] != holder]
            if hostile:
                contested_until = max(contested_until, day + window - 1)
                if not decisive and not holds:
                    last_ev = max(hostile, key=lambda e: (s_list[e], e))
            elif attacks and not decisive and not holds:
                last_ev = max(attacks, key=lambda e: (s_list[e], e))
            contested = contested_today or contested_until >= day
            state = (day, side_ids[holder], contested, since, last_ev, evidence)
            if ch[-1][0] == day:
                ch[-1] = state
            else:
                ch.append(state)
        if ch[-1][2] and contested_until >= ch[-1][0]:
            ch.append((contested_until + 1, side_ids[holder], False, since, last_ev, evidence))
        changes.append(ch)
    return ControlTimeline(places=places, sides=sides, start=start, changes=changes, events=ev,
                           contradictions=contradictions, end=end or (_as_date(sides.end) if sides.end else None),
                           ignored=ignored + problems)


def replay_states(events: Any, *, layers: Any, date: dt.date, baseline: dict[str, str],
                  start: dt.date) -> dict[str, tuple[str, bool]]:
    """Holders on one date by replaying every event up to it (the slow reference).

    Used by the tests (it must agree with :class:`ControlTimeline`) and by the benchmark.
    """
    ev = _events_frame(events)
    ev = ev[[start <= d <= date for d in ev["date"]]]
    tl = build_timeline(ev, layers=layers, baseline=baseline, start=start)
    idx = tl.state_index(date)
    return {p["id"]: (ch[k][1], ch[k][2]) for p, ch, k in zip(tl.places, tl.changes, idx)}


def load_timeline(*, layers: Any, event_paths: Iterable[str | Path] | None = None,
                  strict: bool = False) -> tuple[ControlTimeline, Any, Any]:
    """Read events (the user's, or the layers' own), build the timeline; return it with
    the events DataFrame and the validation report."""
    from geo.events import iter_event_files, read_events

    files = iter_event_files(layers, event_paths)
    if not files:
        raise LayersError(f"no event files: pass --events or add {str(layers.path / 'events')}/*.csv")
    events, report = read_events(files, layers=layers, strict=strict)
    return build_timeline(events, layers=layers), events, report
