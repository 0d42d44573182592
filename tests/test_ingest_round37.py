"""Round 37 of the ingest rules (tune44, tune45; missed attacks over every split first, then false attacks): each rule
with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_aircraft_backing_or_flying_for_a_side_are_its(layers):
    sirte = _id("Sirte", layers)
    got = events("Warplanes backing Khalifa Haftar pounded Sirte's port on Tuesday night.", layers)
    assert ("LNA", "attacked", sirte) in got
    got = events("Drones flying for the Tripoli government hit Sirte on Tuesday.", layers)
    assert ("GNA", "attacked", sirte) in got
    # aircraft backing a side that are themselves an object are no attacker
    got = events("GNA gunners shot down warplanes backing Haftar over Sirte.", layers)
    assert ("LNA", "attacked", sirte) not in got


def test_eastern_libyan_forces_are_the_lna(layers):
    murzuq = _id("Murzuq", layers)
    got = events("A drone operated by eastern Libyan forces hit a market in Murzuq on Sunday.", layers)
    assert ("LNA", "attacked", murzuq) in got


def test_replied_with_a_strike_is_the_subjects_attack(layers):
    misrata = _id("Misrata", layers)
    got = events("The LNA replied on Sunday with a strike on Misrata.", layers)
    assert ("LNA", "attacked", misrata) in got
    # replying to a strike is not one
    got = events("The LNA replied to the strike on Misrata in a statement.", layers)
    assert ("LNA", "attacked", misrata) not in got


def test_months_after_launching_an_assault_is_its_start(layers):
    tripoli = _id("Tripoli", layers)
    got = events("Eight months after launching their offensive on Tripoli, Haftar's troops are still stuck.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    got = events("Eight months after Haftar launched his offensive on Tripoli, the front is still.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    # an offensive launched on the day is an attack
    got = events("Haftar's troops launched their offensive on Tripoli on Monday.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_a_base_for_a_sides_attack_is_not_the_attack(layers):
    tripoli = _id("Tripoli", layers)
    got = events("Tarhuna was the forward base for Haftar's assault on Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    got = events("Haftar's assault on Tripoli resumed on Monday.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_both_sides_name_no_attacker(layers):
    got = events("The barracks near Ain Zara lie empty because both sides can easily shell them.", layers)
    assert not [e for e in got if e[1] == "attacked"]
    ain_zara = _id("Ain Zara", layers)
    got = events("GNA units shelled Ain Zara, where both sides had dug in.", layers)
    assert ("GNA", "attacked", ain_zara) in got


def test_the_government_of_national_accord_struck(layers):
    sirte = _id("Sirte", layers)
    got = events("Jets of the Government of National Accord struck LNA positions in Sirte.", layers)
    assert ("GNA", "attacked", sirte) in got
    # an accord struck is still an agreement
    got = events("The accord struck in Sirte between the elders held for a week.", layers)
    assert not [e for e in got if e[1] == "attacked"]


def test_arabic_air_strike_by_a_launcher_belonging_to_a_side(layers):
    zliten = _id("Zliten", layers)
    got = events("أصيب خمسة مدنيين في ضربة جوية نفذها الطيران التابع لقوات حفتر على مزرعة في زليتن.", layers)
    assert ("LNA", "attacked", zliten) in got
    # a blow that is no air strike ("ضربة قوية" to the economy) is no attack
    got = events("قال الوزير إن إغلاق الحقول ضربة قوية لاقتصاد زليتن.", layers)
    assert not [e for e in got if e[1] == "attacked"]


def test_arabic_suburb_of_a_city_only_locates(layers):
    tajoura = _id("Tajoura", layers)
    tripoli = _id("Tripoli", layers)
    got = events("قصفت قوات حفتر معسكراً في تاجوراء بالضاحية الشرقية لطرابلس.", layers)
    assert ("LNA", "attacked", tajoura) in got
    assert ("LNA", "attacked", tripoli) not in got


def test_an_attack_a_side_reports_on_its_own_forces_is_the_opponents(layers):
    zawiya = _id("Zawiya", layers)
    got = events("The LNA condemned a drone raid on its troops in Zawiya on Sunday.", layers)
    assert ("GNA", "attacked", zawiya) in got
    got = events("The GNA said its positions in Zawiya were shelled overnight.", layers)
    assert ("LNA", "attacked", zawiya) in got
    # a side's own strikes on the other's positions stay its own
    got = events("The LNA carried out strikes on GNA positions in Zawiya.", layers)
    assert ("LNA", "attacked", zawiya) in got and ("GNA", "attacked", zawiya) not in got
