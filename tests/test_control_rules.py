"""The control rules of geo/control.py, one by one, on tiny synthetic layers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

from geo.control import build_timeline, replay_states
from geo.errors import DateError

D = dt.date


def ev(i, date, place, side, action):
    return {"id": f"e{i}", "date": date, "place_id": place, "anchor_id": place, "side": side, "action": action,
            "source": "test", "source_title": "t", "source_url": "https://example.org/", "notes": ""}


def holder(tl, place, date):
    side, contested, since = tl.states_on(date).set_index("place_id").loc[place, ["side", "contested", "since"]]
    return [side, bool(contested), since]


def test_baseline_holds_until_an_event(tiny_layers):
    tl = build_timeline([], layers=tiny_layers)
    assert holder(tl, "p-a", D(2020, 6, 1)) == ["GNA", False, D(2020, 1, 1)]
    assert holder(tl, "p-c", D(2020, 6, 1)) == ["LNA", False, D(2020, 1, 1)]


def test_captured_changes_holder_from_that_day(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "GNA", "captured")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 2, 29))[0] == "LNA"
    assert holder(tl, "p-c", D(2020, 3, 1)) == ["GNA", False, D(2020, 3, 1)]


def test_withdrew_hands_place_to_the_opponent(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "LNA", "withdrew")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 2))[0] == "GNA"


def test_withdrew_to_unknown_when_configured(tiny_layers):
    tiny_layers.sides.withdraw_to = "unknown"
    try:
        tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "LNA", "withdrew")], layers=tiny_layers)
        assert holder(tl, "p-c", D(2020, 3, 2))[0] == "unknown"
    finally:
        tiny_layers.sides.withdraw_to = "opponent"


def test_attack_makes_contested_for_the_window_then_expires(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "GNA", "attacked")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 1)) == ["LNA", True, D(2020, 1, 1)]
    assert holder(tl, "p-c", D(2020, 3, 7))[1] is True  # day 7 of a 7-day window
    assert holder(tl, "p-c", D(2020, 3, 8))[1] is False


def test_later_attack_extends_the_window(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "GNA", "attacked"),
                         ev(2, D(2020, 3, 5), "p-c", "GNA", "attacked")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 11))[1] is True
    assert holder(tl, "p-c", D(2020, 3, 12))[1] is False


def test_decisive_event_ends_the_contested_window(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "GNA", "attacked"),
                         ev(2, D(2020, 3, 3), "p-c", "GNA", "captured")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 3)) == ["GNA", False, D(2020, 3, 3)]


def test_attack_by_the_holder_changes_nothing(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-a", "GNA", "attacked")], layers=tiny_layers)
    assert holder(tl, "p-a", D(2020, 3, 1)) == ["GNA", False, D(2020, 1, 1)]


def test_holds_corrects_the_model(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-a", "LNA", "holds")], layers=tiny_layers)
    assert holder(tl, "p-a", D(2020, 3, 1)) == ["LNA", False, D(2020, 3, 1)]
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-a", "GNA", "holds")], layers=tiny_layers)
    assert holder(tl, "p-a", D(2020, 3, 1)) == ["GNA", False, D(2020, 1, 1)]  # since unchanged


def test_holds_does_not_end_contest(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "GNA", "attacked"),
                         ev(2, D(2020, 3, 2), "p-c", "LNA", "holds")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 2)) == ["LNA", True, D(2020, 1, 1)]


def test_same_day_contradiction_keeps_holder_contested_and_reported(tiny_layers):
    events = [ev(1, D(2020, 3, 1), "p-c", "GNA", "captured"), ev(2, D(2020, 3, 1), "p-c", "LNA", "captured")]
    tl = build_timeline(events, layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 1)) == ["LNA", True, D(2020, 1, 1)]
    assert len(tl.contradictions) == 1 and tl.contradictions[0].place_id == "p-c"


def test_same_day_agreeing_decisive_events_combine(tiny_layers):
    events = [ev(1, D(2020, 3, 1), "p-c", "GNA", "captured"), ev(2, D(2020, 3, 1), "p-c", "LNA", "withdrew")]
    tl = build_timeline(events, layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 1)) == ["GNA", False, D(2020, 3, 1)]
    assert tl.contradictions == []


def test_decisive_beats_holds_on_the_same_day(tiny_layers):
    events = [ev(1, D(2020, 3, 1), "p-c", "LNA", "holds"), ev(2, D(2020, 3, 1), "p-c", "GNA", "captured")]
    tl = build_timeline(events, layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 1))[0] == "GNA"


def test_events_before_baseline_are_reported_not_applied(tiny_layers):
    tl = build_timeline([ev(1, D(2019, 3, 1), "p-c", "GNA", "captured")], layers=tiny_layers)
    assert holder(tl, "p-c", D(2020, 3, 1))[0] == "LNA"
    assert tl.ignored and "before the baseline" in tl.ignored[0]


def test_query_before_baseline_is_an_error(tiny_layers):
    tl = build_timeline([], layers=tiny_layers)
    with pytest.raises(DateError):
        tl.states_on(D(2019, 12, 31))


def test_stale_flag_after_horizon(tiny_layers):
    tl = build_timeline([ev(1, D(2020, 3, 1), "p-c", "GNA", "captured")], layers=tiny_layers)
    s = tl.states_on(D(2020, 3, 31)).set_index("place_id")
    assert not s.loc["p-c", "stale"]  # 30 days after the event: not yet
    s = tl.states_on(D(2020, 4, 1)).set_index("place_id")
    assert s.loc["p-c", "stale"] and s.loc["p-a", "stale"]


EVENT = st.tuples(st.integers(0, 40), st.sampled_from(["p-a", "p-b", "p-c", "p-d"]),
                  st.sampled_from(["GNA", "LNA"]), st.sampled_from(["captured", "withdrew", "attacked", "holds"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EVENT, max_size=25), st.randoms())
def test_order_within_a_day_never_matters(tiny_layers, raw, rnd):
    events = [ev(i, D(2020, 2, 1) + dt.timedelta(days=d), p, s, a) for i, (d, p, s, a) in enumerate(raw)]
    shuffled = events[:]
    rnd.shuffle(shuffled)
    shuffled.sort(key=lambda e: e["date"])  # files are read date-sorted; order within a day is free
    a = build_timeline(events, layers=tiny_layers)
    b = build_timeline(shuffled, layers=tiny_layers)
    for day in range(0, 60, 3):
        date = D(2020, 2, 1) + dt.timedelta(days=day)
        sa = a.states_on(date)[["place_id", "side", "contested", "since"]]
        sb = b.states_on(date)[["place_id", "side", "contested", "since"]]
        assert sa.equals(sb)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(EVENT, max_size=25))
def test_every_place_has_exactly_one_holder_and_matrix_agrees_with_replay(tiny_layers, raw):
    events = [ev(i, D(2020, 2, 1) + dt.timedelta(days=d), p, s, a) for i, (d, p, s, a) in enumerate(raw)]
    events.sort(key=lambda e: e["date"])
    tl = build_timeline(events, layers=tiny_layers)
    dates = [D(2020, 1, 1) + dt.timedelta(days=k) for k in range(0, 90, 7)]
    codes, cont, side_ids = tl.holders_matrix(dates)
    assert codes.shape == (len(dates), 4)
    base = {"p-a": "GNA", "p-b": "GNA", "p-c": "LNA", "p-d": "LNA"}
    for t, date in enumerate(dates):
        ref = replay_states(events, layers=tiny_layers, date=date, baseline=base, start=D(2020, 1, 1))
        for i, p in enumerate(tl.places):
            assert side_ids[codes[t, i]] == ref[p["id"]][0]
            assert bool(cont[t, i]) == ref[p["id"]][1]
