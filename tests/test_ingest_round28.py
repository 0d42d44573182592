"""Round 28 of the ingest rules (tune26, tune27): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_towns_air_college_is_its_airbase(layers):
    misrata, airport = _id("Misrata", layers), _id("Misrata airport", layers)
    got = events("Haftar's warplanes struck Misrata's air college on Friday.", layers)
    assert ("LNA", "attacked", airport) in got and ("LNA", "attacked", misrata) not in got
    # the town alone is still the town
    got = events("Haftar's warplanes struck Misrata on Friday.", layers)
    assert ("LNA", "attacked", misrata) in got and ("LNA", "attacked", airport) not in got


def test_a_colon_before_at_keeps_the_targets_in_the_attack_clause(layers):
    mitiga, airport = _id("Mitiga airport", layers), _id("Misrata airport", layers)
    got = events("LNA jets struck twice: at Mitiga airport and at Misrata's air college.", layers)
    assert ("LNA", "attacked", mitiga) in got and ("LNA", "attacked", airport) in got
    # any other colon still ends the clause
    mizda = _id("Mizda", layers)
    got = events("LNA jets struck twice: Mizda was spared, residents said.", layers)
    assert ("LNA", "attacked", mizda) not in got


def test_a_sentence_that_only_blames_a_side_attributes_the_attack_before_it(layers):
    mizda = _id("Mizda", layers)
    got = events("A drone struck a school in Mizda on Sunday. The government blamed Haftar's forces.", layers)
    assert ("LNA", "attacked", mizda) in got
    # blame for something else attributes nothing
    got = events("A drone struck a school in Mizda on Sunday. The government blamed Haftar's forces for stalling "
                 "the talks.", layers)
    assert not any(p == mizda and a == "attacked" for _, a, p in got)


def test_a_town_after_the_district_of_only_locates_the_district(layers):
    tripoli, fornaj = _id("Tripoli", layers), _id("Fornaj", layers)
    got = events("Haftar's warplanes struck a house in the Fornaj district of southern Tripoli.", layers)
    assert ("LNA", "attacked", fornaj) in got and ("LNA", "attacked", tripoli) not in got
    # with no district named, the town is the target
    got = events("Haftar's warplanes struck a house in southern Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_freeing_a_place_from_a_sides_forces_is_a_capture(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces freed Mizda from Haftar's militias.", layers)
    assert ("GNA", "captured", mizda) in got and ("LNA", "captured", mizda) not in got
    # freeing people is no capture of the place they were held in
    got = events("GNA forces freed ten prisoners from Haftar's militias in Mizda.", layers)
    assert ("GNA", "captured", mizda) not in got


def test_bases_kept_in_places_hold_them(layers):
    mizda, gharyan = _id("Mizda", layers), _id("Gharyan", layers)
    got = events("The LNA keeps key bases in Mizda and Gharyan.", layers)
    assert ("LNA", "holds", mizda) in got and ("LNA", "holds", gharyan) in got
    # asking for bases holds nothing
    got = events("The LNA keeps asking for bases in Mizda.", layers)
    assert ("LNA", "holds", mizda) not in got


def test_an_infiltration_is_an_attack_by_the_side_that_makes_it(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces foiled an LNA infiltration in Mizda.", layers)
    assert ("LNA", "attacked", mizda) in got and ("GNA", "attacked", mizda) not in got
    got = events("GNA forces repelled an LNA incursion into Mizda.", layers)
    assert ("LNA", "attacked", mizda) in got


def test_a_town_that_only_gives_the_direction_does_not_reject_a_transliterated_place(layers):
    watiya = _id("al-Watiya airbase", layers)
    got = events("GNA forces shelled al-Witia airbase west of Tripoli.", layers)
    assert ("GNA", "attacked", watiya) in got
    # the town itself is not attacked
    assert ("GNA", "attacked", _id("Tripoli", layers)) not in got


def test_the_goal_of_storming_a_place_is_no_capture(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces advanced on Mizda with the goal of storming the town.", layers)
    assert ("GNA", "attacked", mizda) in got and ("GNA", "captured", mizda) not in got
    # a storming that happened is still a capture
    got = events("GNA forces stormed Mizda.", layers)
    assert ("GNA", "captured", mizda) in got
