"""Round 41 of the ingest rules (tune54-tune57, holds over tune50-tune57 first): each rule with a short invented
sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_adjectives_before_the_owner_of_a_stronghold_appositive(layers):
    bani_walid = _id("Bani Walid", layers)
    got = events("GNA drones struck Bani Walid, a vital LNA bastion, on Monday.", layers)
    assert ("LNA", "holds", bani_walid) in got
    got = events("GNA drones struck Bani Walid, a vital supply route, on Monday.", layers)
    assert ("LNA", "holds", bani_walid) not in got


def test_an_arabic_fall_into_a_sides_hands_is_a_taking(layers):
    zawiya = _id("Zawiya", layers)
    got = events("وقعت اشتباكات عنيفة عقب سقوط الزاوية بيد قوات الوفاق فجرا.", layers)
    assert ("GNA", "captured", zawiya) in got
    assert ("GNA", "holds", zawiya) not in got
    got = events("قال مصدر إن الزاوية ما تزال بيد قوات الوفاق.", layers)
    assert ("GNA", "holds", zawiya) in got


def test_an_arabic_parenthetical_after_the_verb_of_subjection(layers):
    ubari = _id("Ubari", layers)
    got = events("وتخضع أوباري، مثل مدن أخرى في الجنوب، لسيطرة الجيش الوطني الليبي.", layers)
    assert ("LNA", "holds", ubari) in got
    got = events("وقال سكان أوباري، مثل مدن أخرى في الجنوب، لسيطرة الجيش الوطني الليبي عواقب.", layers)
    assert ("LNA", "holds", ubari) not in got


def test_an_arabic_particle_is_no_place(layers):
    got = events("تسيطر قوات الوفاق على الساحل من زوارة وحتى الحدود.", layers)
    assert all(name != _id("al-Wahat", layers) for _, _, name in got)


def test_a_generic_area_before_held_by_holds_nothing_else(layers):
    misrata = _id("Misrata", layers)
    got = events("Misrata lies near the frontier between the territories held by the LNA and the GNA's west.", layers)
    assert ("LNA", "holds", misrata) not in got
    got = events("Misrata, which is held by the GNA, was quiet.", layers)
    assert ("GNA", "holds", misrata) in got


def test_forces_based_in_a_place_belong_to_the_forces_before(layers):
    tobruk = _id("Tobruk", layers)
    got = events("The country is split between the areas run by the GNA in Tripoli and the land held by Haftar's "
                 "forces based in Tobruk.", layers)
    assert ("LNA", "holds", tobruk) in got
    assert ("GNA", "holds", tobruk) not in got


def test_a_facility_with_an_unknown_name_is_no_anaphor(layers):
    mitiga = _id("Mitiga Airport", layers)
    got = events("Rockets hit Mitiga airport on Monday. Later GNA jets bombed the al-Manqura air base near the "
                 "capital.", layers)
    assert ("GNA", "attacked", mitiga) not in got
    got = events("Rockets hit Mitiga airport on Monday. Later LNA jets bombed the airport again.", layers)
    assert ("LNA", "attacked", mitiga) in got


def test_a_facility_located_near_a_town_is_what_the_relative_holds(layers):
    tripoli = _id("Tripoli", layers)
    got = events("GNA jets bombed the only air base near the capital held by Haftar's forces.", layers)
    assert ("LNA", "holds", tripoli) not in got
    got = events("Gharyan, south of Tripoli, is held by Haftar's forces.", layers)
    assert ("LNA", "holds", _id("Gharyan", layers)) in got


def test_a_place_regained_from_the_forces_of_a_side_was_left_by_it(layers):
    zawiya = _id("Zawiya", layers)
    got = events("GNA forces recaptured Zawiya from fighters loyal to Khalifa Haftar on Monday.", layers)
    assert ("LNA", "withdrew", zawiya) in got
    got = events("GNA forces recaptured Zawiya from the hands of traders on Monday.", layers)
    assert ("LNA", "withdrew", zawiya) not in got


def test_regained_towns_an_appositive_says_a_side_had_held(layers):
    zuwara, zawiya = _id("Zuwara", layers), _id("Zawiya", layers)
    got = events("GNA forces regained Zuwara and Zawiya, two towns that had been in the hands of the LNA.", layers)
    assert ("LNA", "withdrew", zuwara) in got and ("LNA", "withdrew", zawiya) in got
    got = events("GNA forces regained Zuwara and Zawiya, two towns that had been quiet for weeks.", layers)
    assert not [e for e in got if e[1] == "withdrew"]


def test_a_place_a_side_uses_as_its_base_is_held(layers):
    hun = _id("Hun", layers)
    got = events("Haftar's forces use Hun as the operations base for their push on Sirte.", layers)
    assert ("LNA", "holds", hun) in got
    got = events("Haftar's forces had used Hun as the operations base for their push on Sirte until May.", layers)
    assert ("LNA", "holds", hun) not in got
    got = events("Haftar's forces use Hun roads as a route to Sirte.", layers)
    assert ("LNA", "holds", hun) not in got


def test_areas_held_by_a_side_in_a_place(layers):
    tripoli, sirte = _id("Tripoli", layers), _id("Sirte", layers)
    got = events("Haftar set out to seize Sirte; the country is split between the areas run by the GNA in Tripoli and "
                 "the land held by Haftar's forces.", layers)
    assert ("GNA", "holds", tripoli) in got
    assert ("GNA", "holds", sirte) not in got and ("LNA", "holds", tripoli) not in got
