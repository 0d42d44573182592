"""Round 44 of the ingest rules (tune66-tune73, false positives of every action first, then missed holds): each rule
with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_named_quarter_the_gazetteer_does_not_know_is_a_site_near_a_town(layers):
    tripoli = _id("Tripoli", layers)
    got = events("Haftar's units shelled the Nakhlatayn district near Tripoli on Monday.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    # placed *in* the town, the quarter is part of it: the town is what the map can show (taken back after round 44)
    got = events("Haftar's units shelled the busy Nakhlatayn area in southern Tripoli on Monday.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_a_sides_possessive_in_an_appositive_is_no_subject(layers):
    zawiya, zuwara = _id("Zawiya", layers), _id("Zuwara", layers)
    got = events("On Sunday the GNA seized Zawiya, the LNA's last big town on the coast, and on Monday it took Zuwara.",
                 layers)
    assert ("GNA", "captured", zuwara) in got
    assert ("LNA", "captured", zuwara) not in got
    assert ("GNA", "captured", zawiya) in got
    got = events("On Sunday the GNA seized Zawiya, the LNA's fighters fled, and on Monday they took Zuwara.", layers)
    assert ("GNA", "captured", zuwara) not in got


def test_forces_a_pronoun_names_accused_by_a_side_are_its_enemys(layers):
    misrata = _id("Misrata", layers)
    got = events("On Friday the GNA accused his forces of firing rockets at Misrata.", layers)
    assert ("LNA", "attacked", misrata) in got
    assert ("GNA", "attacked", misrata) not in got
    got = events("On Friday the GNA accused its own guards of firing at protesters in Misrata.", layers)
    assert ("LNA", "attacked", misrata) not in got


def test_the_most_important_stronghold_and_a_stronghold_left_to_a_side(layers):
    gharyan = _id("Gharyan", layers)
    got = events("GNA drones hit Gharyan, the most important stronghold of Haftar's forces in the mountains.", layers)
    assert ("LNA", "holds", gharyan) in got
    got = events("GNA drones hit Gharyan, the last stronghold left to General Haftar in the mountains.", layers)
    assert ("LNA", "holds", gharyan) in got
    got = events("GNA drones hit Gharyan, the most important town in the mountains.", layers)
    assert ("LNA", "holds", gharyan) not in got
    assert ("GNA", "holds", gharyan) not in got
