"""What the rule tests of ``frontline ingest`` share: the statistical layer switched off, and a short view of
the proposals.

The rule tests (tests/test_ingest*.py) pin down what each *rule* does, so they import ``rules_only`` – an
autouse fixture – and run without the layer, unless a test is marked ``whole_pipeline``; the layer has its own
tests in tests/test_ingest_model.py.
"""
from __future__ import annotations

import datetime as dt

import pytest

from geo.ingest import extract_events
from geo.ingest_model import using


@pytest.fixture(autouse=True)
def rules_only(request):
    if request.node.get_closest_marker("whole_pipeline"):
        yield
        return
    with using(None):
        yield


def events(text: str, layers, date: str = "2020-06-05") -> list[tuple[str, str, str]]:
    """(side, action, place_id) of every proposal at or above the default confidence."""
    recs = extract_events(text, article_date=dt.date.fromisoformat(date), layers=layers)
    return [(r["side"], r["action"], r["place_id"]) for r in recs if r["confidence"] >= 0.5]


def place_id(name: str, layers) -> str:
    """The gazetteer id the rules give a bare place name (in "LNA forces captured NAME.")."""
    recs = extract_events(f"LNA forces captured {name}.", article_date=dt.date(2020, 6, 5), layers=layers)
    return recs[0]["place_id"]
