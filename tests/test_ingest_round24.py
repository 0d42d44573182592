"""Round 24 of the ingest rules (the tune part of the ACLED notes): each rule with a short invented sentence, and a case
it must leave alone."""

from __future__ import annotations

import datetime as dt

from geo.ingest import extract_events

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_an_instrument_does_not_end_the_reach_of_an_attack_verb(layers):
    zawiya = _id("Zawiya", layers)
    got = events("GNA units struck LNA trenches with heavy artillery fire in Zawiya on Sunday.", layers)
    assert ("GNA", "attacked", zawiya) in got
    # the side that owns the target is the victim, not the attacker
    assert ("LNA", "attacked", zawiya) not in got
    # a new predicate after the instrument is not the verb's object
    got = events("GNA units hit LNA trenches with mortar fire, and then the LNA shelled Zawiya.", layers)
    assert ("GNA", "attacked", zawiya) not in got and ("LNA", "attacked", zawiya) in got


def test_a_base_noun_inside_the_object_does_not_end_the_reach(layers):
    sirte = _id("Sirte", layers)
    got = events("Government drones bombed the LNA headquarters in Sirte.", layers)
    assert ("GNA", "attacked", sirte) in got and ("LNA", "attacked", sirte) not in got


def test_fire_that_kills_or_wounds_is_an_impact(layers):
    abu_salim = _id("Abu Salim", layers)
    got = events("Mortar shells fired by Haftar's forces wounded four people in Abu Salim.", layers)
    assert ("LNA", "attacked", abu_salim) in got
    # with no projectile as the subject, a killing is no attack of anyone's
    assert events("Two LNA soldiers were killed in Abu Salim on Monday.", layers) == []
    # and the toll does not end the reach of the attack noun before it
    got = events("Shelling by the LNA killed a child on Friday in Abu Salim and wounded two more.", layers)
    assert ("LNA", "attacked", abu_salim) in got


def test_the_side_that_fired_not_the_side_aimed_at(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("Rockets fired by presumed GNA forces at LNA barracks landed in Tarhuna.", layers)
    assert ("GNA", "attacked", tarhuna) in got and ("LNA", "attacked", tarhuna) not in got
    got = events("Shells by LNA forces killed three civilians in Tarhuna.", layers)
    assert ("LNA", "attacked", tarhuna) in got
    # a side that fired in a clause of its own does not do the next clause's striking
    got = events("Rockets fired by the GNA were intercepted, and LNA jets then struck Tarhuna.", layers)
    assert ("LNA", "attacked", tarhuna) in got and ("GNA", "attacked", tarhuna) not in got


def test_a_loose_name_known_only_with_its_facility_word(layers):
    watiya = _id("al-Watiya airbase", layers)
    got = events("GNA aircraft carried out two raids targeting LNA hangars in Al Watiayh airbase.", layers)
    assert ("GNA", "attacked", watiya) in got


def test_an_article_written_apart_from_a_loose_name(layers):
    got = extract_events("LNA shells hit a bakery in Al Firnaj, the GNA said.", article_date=dt.date(2020, 6, 5),
                         layers=layers)
    assert any(r["side"] == "LNA" and r["action"] == "attacked" and r["place"] == "Fornaj" for r in got)
    # "Al" with no word asking for a place before it is no slot
    assert events("Al Firnaj said nothing.", layers) == []


def test_an_unlisted_village_located_by_a_town(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA jets struck two LNA fuel tankers in Bir Foo village west of Mizda.", layers)
    assert ("GNA", "attacked", mizda) in got
    # a place only at a distance ("40 km south of") still only locates
    assert ("GNA", "attacked", mizda) not in events("GNA jets struck two LNA tankers 40 km south of Mizda.", layers)
