"""Evaluation of ``frontline ingest`` on labelled passages: reading them, matching proposals to the
expected events, precision and recall per action, the confidence curve and the quality table.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from geo.names import light_key
from geo.ingest.assemble import extract_events


# =============================================================================== quality
def _expected_matches(exp: dict[str, Any], rec: dict[str, Any], gazetteer: Any) -> bool:
    if exp["side"] != rec["side"] or exp["action"] != rec["action"]:
        return False
    ids = exp.get("place_id")
    if ids:
        return rec["place_id"] in ([ids] if isinstance(ids, str) else ids)
    place = gazetteer.by_id.get(rec["place_id"], {})
    names = [place.get("name", rec["place"]), *place.get("names", [])]
    return light_key(exp["place"]) in {light_key(n) for n in names if isinstance(n, str)}


def read_labelled_passages(path: str | Path) -> list[dict[str, Any]]:
    """The labelled passages of a JSON-lines file (one object per non-blank line), as :func:`evaluate` takes them."""
    return [json.loads(ln) for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip()]


def precision_recall(counts: dict[str, int]) -> tuple[float, float]:
    """Precision and recall of ``tp``/``fp``/``fn`` counts; 1.0 where nothing was proposed or nothing expected."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


# the --min-confidence values at which the benchmarks also score (a precision/recall curve from one extraction)
CONFIDENCE_CURVE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def evaluate(passages: Iterable[dict[str, Any]], *, layers: Any, min_confidence: float = 0.5,
             also_at: Sequence[float] = ()) -> dict[str, Any]:
    """Precision and recall per action of :func:`extract_events` on labelled passages.

    Each passage has ``text``, ``article_date`` and ``expected`` (events with ``place_id`` – a
    gazetteer id or a list of acceptable ids – or ``place``, plus ``side``, ``action`` and
    optionally ``date``); events under ``optional`` are neither rewarded nor counted as false
    positives (readings a careful analyst could take either way, or places not yet in the
    gazetteer). Only proposals at or above ``min_confidence`` count, as with ``--append``.

    Returns
    -------
    dict
        ``actions`` (per action ``tp``, ``fp``, ``fn``, ``precision``, ``recall``), ``overall``,
        ``dates`` (matched events whose expected date is given: how many have it right),
        ``errors`` (one line per false positive or negative, for debugging the rules) and, for each
        threshold in ``also_at``, ``by_confidence[threshold]``: overall ``tp``, ``fp``, ``fn`` counting
        only the proposals at or above it (from the same extraction, so a curve costs one run).
    """
    from geo.events import ACTIONS

    counts = {a: {"tp": 0, "fp": 0, "fn": 0} for a in ACTIONS}
    dates_ok = dates_total = 0
    errors: list[str] = []
    gz = layers.gazetteer
    curve = {t: {"tp": 0, "fp": 0, "fn": 0} for t in also_at}
    for p in passages:
        every = extract_events(p["text"], article_date=dt.date.fromisoformat(p["article_date"]), layers=layers)
        for t, c in curve.items():
            for k, v in _match_counts(p, [r for r in every if r["confidence"] >= t], gz).items():
                c[k] += v
        recs = [r for r in every if r["confidence"] >= min_confidence]
        hits, missed = _match(p, recs, gz)
        for r, hit in zip(recs, hits):
            if hit is None:
                counts[r["action"]]["fp"] += 1
                errors.append(f"{p['id']}: false positive {r['side']} {r['action']} {r['place']} ({r['confidence']})")
                continue
            if hit < 0:  # an optional reading
                continue
            counts[r["action"]]["tp"] += 1
            want = p["expected"][hit].get("date")
            if want:
                dates_total += 1
                dates_ok += r["date"].isoformat() == want
                if r["date"].isoformat() != want:
                    errors.append(f"{p['id']}: date {r['date']} for {r['side']} {r['action']} {r['place']} (want {want})")
        for i in missed:
            e = p["expected"][i]
            counts[e["action"]]["fn"] += 1
            errors.append(f"{p['id']}: missed {e['side']} {e['action']} {e.get('place')}")

    def pr(c: dict[str, int]) -> dict[str, Any]:
        precision, recall = precision_recall(c)
        return {**c, "precision": precision, "recall": recall}

    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    res = {"actions": {a: pr(c) for a, c in counts.items()}, "overall": pr(total),
           "dates": {"correct": dates_ok, "total": dates_total}, "errors": errors}
    if curve:
        res["by_confidence"] = curve
    return res


def _match(passage: dict[str, Any], recs: list[dict[str, Any]], gz: Any) -> tuple[list[int | None], list[int]]:
    """Match one passage's proposals, in order, to its labels: for each proposal the index of the expected event it
    takes (each expected event once), -1 for an optional reading, ``None`` for a false positive; and the indexes of
    the expected events left unmatched."""
    matched: set[int] = set()
    hits: list[int | None] = []
    for r in recs:
        hit = next((i for i, e in enumerate(passage["expected"]) if i not in matched and _expected_matches(e, r, gz)),
                   None)
        if hit is not None:
            matched.add(hit)
        elif any(_expected_matches(e, r, gz) for e in passage.get("optional", [])):
            hit = -1
        hits.append(hit)
    return hits, [i for i in range(len(passage["expected"])) if i not in matched]


def _match_counts(passage: dict[str, Any], recs: list[dict[str, Any]], gz: Any) -> dict[str, int]:
    """True, false and missed events of one passage's proposals, matched as :func:`evaluate` matches them."""
    hits, missed = _match(passage, recs, gz)
    return {"tp": sum(h is not None and h >= 0 for h in hits), "fp": hits.count(None), "fn": len(missed)}


def quality_table(result: dict[str, Any]) -> str:
    """The result of :func:`evaluate` as a Markdown table."""
    lines = ["| action | TP | FP | FN | precision | recall |", "|---|---:|---:|---:|---:|---:|"]
    for name, r in [*result["actions"].items(), ("**overall**", result["overall"])]:
        lines.append(f"| {name} | {r['tp']} | {r['fp']} | {r['fn']} | {r['precision']:.2f} | {r['recall']:.2f} |")
    d = result["dates"]
    if d["total"]:
        lines.append(f"\nDates right on {d['correct']} of {d['total']} matched events with a labelled date.")
    return "\n".join(lines)
