"""Round 21 of the ingest rules (tune20): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

import datetime as dt

from geo.ingest import extract_events

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_eastern_militias_and_troops_are_the_lna(layers):
    tripoli, gharyan = _id("Tripoli", layers), _id("Gharyan", layers)
    got = events("The eastern militias had attacked Tripoli on the first day of Ramadan.", layers)
    assert ("LNA", "attacked", tripoli) in got and ("GNA", "attacked", tripoli) not in got
    assert ("LNA", "attacked", gharyan) in events("The eastern troops attacked Gharyan on Monday.", layers)
    # "eastern" before a place word is a part of the town, not a force
    got = events("GNA units shelled positions in the eastern suburbs of Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) not in got and ("GNA", "attacked", tripoli) in got


def test_positions_seized_around_a_place_are_an_attack_on_it(layers):
    ain_zara = _id("Ain Zara", layers)
    got = events("GNA spokesman Mohammed Gannouno said his troops had seized new positions around Ain Zara.", layers)
    assert ("GNA", "attacked", ain_zara) in got and ("GNA", "captured", ain_zara) not in got
    # taking up positions is no gain of ground
    got = events("GNA forces took up positions in Ain Zara.", layers)
    assert ("GNA", "attacked", ain_zara) not in got


def test_a_relative_clause_after_a_distance_is_not_about_the_town(layers):
    tripoli, sharara = _id("Tripoli", layers), _id("Sharara", layers)
    got = events("Haftar's fighters were chased on Friday from a checkpoint 27 km west of Tripoli that they had "
                 "seized the day before.", layers)
    assert ("LNA", "captured", tripoli) not in got
    # a bearing after a verb of lying still lets the relative clause speak of the place
    got = events("The field lies south of Sharara, which LNA units secured ten days ago.", layers)
    assert ("LNA", "captured", sharara) in got


def test_a_since_date_is_no_capture_date(layers):
    watiya = _id("al-Watiya airbase", layers)
    recs = extract_events("GNA forces seized al-Watiya airbase; Haftar's militias had held the base since August 2014.",
                          article_date=dt.date(2020, 5, 20), layers=layers)
    cap = [r for r in recs if r["action"] == "captured" and r["place_id"] == watiya]
    assert cap and cap[0]["side"] == "GNA" and cap[0]["confidence"] >= 0.5 and cap[0]["date"] == dt.date(2020, 5, 20)
    # a capture dated by its own explicit date keeps it
    recs = extract_events("GNA forces seized al-Watiya airbase on 18 May.", article_date=dt.date(2020, 5, 20),
                          layers=layers)
    assert [r["date"] for r in recs if r["action"] == "captured"] == [dt.date(2020, 5, 18)]


def test_raids_since_a_date_keep_their_object(layers):
    jufra = _id("al-Jufra airbase", layers)
    got = events("The GNA air arm has carried out several drone raids since Friday 26 July on al-Jufra airbase.",
                 layers, date="2019-07-29")
    assert ("GNA", "attacked", jufra) in got
    # "since" before a clause still ends the clause: the later withdrawal is not the hold's
    got = events("GNA forces have held Gharyan since the LNA withdrew from Tarhuna.", layers)
    assert ("GNA", "holds", _id("Gharyan", layers)) in got and ("GNA", "withdrew", _id("Tarhuna", layers)) not in got
