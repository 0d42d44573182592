"""Round 26 of the ingest rules (tune24): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

import datetime as dt

from geo.ingest import extract_events

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_the_army_of_an_article_that_calls_haftars_side_militias_is_the_gna(layers):
    mizda = _id("Mizda", layers)
    text = "Libya's army said on Friday it had taken Mizda. Haftar's militias fled south."
    got = events(text, layers)
    assert ("GNA", "captured", mizda) in got and ("LNA", "captured", mizda) not in got
    # where the article names Haftar's side an army, "the army" stays unattributed as before
    got = events("The Libyan National Army said on Friday the army had taken Mizda from Haftar's militias.", layers)
    assert ("GNA", "captured", mizda) not in got


def test_a_side_inside_a_closed_relative_clause_is_not_the_subject_after_it(layers):
    mizda = _id("Mizda", layers)
    text = ("GNA forces, which said they had pushed Haftar's forces out of Gharyan, said on Friday that they had "
            "taken Mizda.")
    got = events(text, layers)
    assert ("GNA", "captured", mizda) in got and ("LNA", "captured", mizda) not in got
    # the antecedent itself stays the subject: a side named before it is not
    got = events("GNA officials said Haftar's forces, which had shelled Gharyan, then took Mizda.", layers)
    assert ("LNA", "captured", mizda) in got and ("GNA", "captured", mizda) not in got


def test_leaving_verbs_and_lists_ask_for_a_loosely_spelt_place(layers):
    tarhuna, bani_walid = _id("Tarhuna", layers), _id("Bani Walid", layers)
    got = events("After abandoning Terhune and Beni Velid, Haftar's militias pulled back to the south.", layers)
    assert ("LNA", "withdrew", tarhuna) in got and ("LNA", "withdrew", bani_walid) in got
    # a loose spelling with no word that asks for a place is still no place
    got = events("Terhune said on Friday that the talks would go on.", layers)
    assert not any(p == tarhuna for _, _, p in got)


def test_more_spellings_of_the_gna_spokesman_and_putschist_militias(layers):
    mizda = _id("Mizda", layers)
    assert ("GNA", "captured", mizda) in events("Spokesman Mohamed Gonono said troops had taken Mizda.", layers)
    assert ("GNA", "captured", mizda) in events("Col. Kununu said troops had taken Mizda.", layers)
    assert ("LNA", "withdrew", mizda) in events("The putschist militias withdrew from Mizda on Friday.", layers)
    # militias named by no one are nobody's
    assert not any(p == mizda and s == "LNA" for s, _, p in events("The militias withdrew from Mizda on Friday.",
                                                                   layers))


def test_an_ownerless_capture_the_subjects_capture_came_after_is_the_subjects(layers):
    mizda, gharyan = _id("Mizda", layers), _id("Gharyan", layers)
    got = events("GNA forces recaptured Mizda on Saturday, a day after the seizure of Gharyan.", layers)
    assert ("GNA", "captured", gharyan) in got
    # a capture noun that names its taker keeps it
    got = events("GNA forces recaptured Mizda on Saturday, a day after the seizure of Gharyan by Haftar's forces.",
                 layers)
    assert ("GNA", "captured", mizda) in got and ("GNA", "captured", gharyan) not in got


def test_the_town_is_the_one_introduced_as_a_town(layers):
    mizda, gharyan = _id("Mizda", layers), _id("Gharyan", layers)
    text = ("GNA forces entered the desert town of Mizda, hours after shelling Gharyan, Haftar's main base. "
            "Residents said Haftar's forces had abandoned the town.")
    got = events(text, layers)
    assert ("LNA", "withdrew", mizda) in got and ("LNA", "withdrew", gharyan) not in got
    # with no such introduction, the town named last is meant as before
    text = "GNA forces entered Mizda, hours after shelling Gharyan. Residents said Haftar's forces had abandoned the town."
    assert ("LNA", "withdrew", gharyan) in events(text, layers)


def test_an_attack_tried_is_an_attack(layers):
    jufra = _id("al-Jufra airbase", layers)
    got = events("A warplane of armed groups controlled by the GNA tried to attack the al-Jufra airbase on Monday.",
                 layers)
    assert ("GNA", "attacked", jufra) in got
    # a plan is no attack, and nor is an advance tried
    assert ("GNA", "attacked", jufra) not in events("GNA warplanes will try to attack the al-Jufra airbase.", layers)
    sirte = _id("Sirte", layers)
    got = events("GNA troops stopped Haftar's forces as they tried to advance on Sirte.", layers)
    assert ("LNA", "attacked", sirte) not in got


def test_a_verbs_own_object_is_not_one_of_the_list_after_it(layers):
    airport, ain_zara = _id("Tripoli International Airport", layers), _id("Ain Zara", layers)
    got = events("GNA forces have retaken Tripoli International Airport, cleared areas such as Ain Zara and Abu Salim, "
                 "and pushed on.", layers)
    assert ("GNA", "captured", airport) in got
    # a list the object introduces is still taken
    got = events("GNA forces took several areas of Tripoli, including Ain Zara and Abu Salim.", layers)
    assert ("GNA", "captured", ain_zara) in got


def test_a_side_after_past_or_beyond_is_an_object(layers):
    mizda = _id("Mizda", layers)
    got = events("The LNA has failed to get past the GNA's defences, and is now focusing its attacks on Mizda.", layers)
    assert ("LNA", "attacked", mizda) in got and ("GNA", "attacked", mizda) not in got
    # a side that is the subject keeps the pronoun
    got = events("The LNA has stalled, and the GNA is now focusing its attacks on Mizda.", layers)
    assert ("GNA", "attacked", mizda) in got


def test_arabic_the_army_is_the_side_named_before(layers):
    got = extract_events("أعلن الجيش الوطني الليبي السيطرة على مدينة سرت. وكانت قوات الجيش قد سيطرت على مدينة هون.",
                         article_date=dt.date(2020, 6, 5), layers=layers)
    assert any(r["side"] == "LNA" and r["action"] == "captured" and r["place"] == "Hun" for r in got)
    # with no side named before, the army is nobody's
    got = extract_events("وكانت قوات الجيش قد سيطرت على مدينة هون.", article_date=dt.date(2020, 6, 5), layers=layers)
    assert not any(r["place"] == "Hun" and r["confidence"] >= 0.5 for r in got)


def test_unnamed_forces_chased_by_a_side_are_its_enemy(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces retook Mizda and were chasing militias fleeing towards the desert.", layers)
    assert ("LNA", "withdrew", mizda) in got and ("GNA", "withdrew", mizda) not in got
    # unnamed forces fleeing with no one chasing them are nobody's
    got = events("GNA forces retook Mizda while militias were seen fleeing towards the desert.", layers)
    assert ("LNA", "withdrew", mizda) not in got
