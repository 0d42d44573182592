"""Round 29 of the ingest rules (tune28, tune29): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_the_capital_named_in_a_locator_only_locates(layers):
    tripoli, mizda = _id("Tripoli", layers), _id("Mizda", layers)
    got = events("GNA forces kept pushing towards the centre of Mizda, south of the capital Tripoli.", layers)
    assert ("GNA", "attacked", mizda) in got and ("GNA", "attacked", tripoli) not in got
    # the capital as the object is still the target
    got = events("GNA forces kept pushing towards the capital Tripoli.", layers)
    assert ("GNA", "attacked", tripoli) in got


def test_arabic_in_the_vicinity_of_only_locates(layers):
    tripoli = _id("Tripoli", layers)
    got = events("أعلنت قوات حفتر أنها سيطرت على منطقة صلاح الدين في محيط العاصمة طرابلس.", layers)
    assert ("LNA", "captured", tripoli) not in got
    got = events("أعلنت قوات حفتر أنها سيطرت على العاصمة طرابلس.", layers)
    assert ("LNA", "captured", tripoli) in got


def test_the_seat_of_a_government_is_no_place_held_or_taken(layers):
    tripoli, sirte = _id("Tripoli", layers), _id("Sirte", layers)
    got = events("The Government of National Accord, based in Tripoli, said it had repelled an offensive.", layers)
    assert ("GNA", "holds", tripoli) not in got
    got = events("Haftar's forces say they have seized the town of Sirte from the Western-backed government in Tripoli.",
                 layers)
    assert ("LNA", "captured", sirte) in got and ("LNA", "captured", tripoli) not in got
    # a place held by the government is still held
    got = events("Tripoli remains under the control of the Government of National Accord.", layers)
    assert ("GNA", "holds", tripoli) in got


def test_a_place_taken_is_no_hold_of_the_side_that_lost_it(layers):
    tripoli, airport = _id("Tripoli", layers), _id("Tripoli International Airport", layers)
    got = events("The GNA regained control of Tripoli with the recapture of Tripoli International Airport, the last "
                 "pocket held by Haftar's forces.", layers)
    assert ("GNA", "captured", airport) in got and ("LNA", "holds", airport) not in got
    assert ("GNA", "captured", tripoli) in got
    # only parts of it taken: the rest is still held
    watiya = _id("al-Watiya airbase", layers)
    got = events("GNA troops shelled al-Watiya airbase, which is controlled by Haftar's forces, and took large parts "
                 "of it.", layers)
    assert ("LNA", "holds", watiya) in got


def test_a_capture_noun_after_with_is_the_subjects(layers):
    gharyan, asabaa = _id("Gharyan", layers), _id("al-Asabaa", layers)
    got = events("The GNA regained control of Gharyan with the capture of al-Asabaa.", layers)
    assert ("GNA", "captured", asabaa) in got
    # a taker named after "by" stays the taker
    got = events("The GNA regained control of Gharyan, angry with the capture of al-Asabaa by Haftar.", layers)
    assert ("LNA", "captured", asabaa) in got and ("GNA", "captured", asabaa) not in got
    assert ("GNA", "captured", gharyan) in got


def test_held_by_after_a_noun_the_conjunction_adds_is_about_that_noun(layers):
    ain_zara = _id("Ain Zara", layers)
    got = events("The LNA said it had shelled Ain Zara and a camp held by forces loyal to Sarraj.", layers)
    assert ("LNA", "attacked", ain_zara) in got and ("GNA", "holds", ain_zara) not in got
    # an appositive still describes the place
    got = events("The LNA shelled Ain Zara, a district held by forces loyal to Sarraj.", layers)
    assert ("GNA", "holds", ain_zara) in got


def test_secured_control_of_is_a_capture(layers):
    surman = _id("Surman", layers)
    got = events("GNA troops secured control on Monday of Surman.", layers)
    assert ("GNA", "captured", surman) in got and ("GNA", "holds", surman) not in got
    # securing a road is not taking a town
    got = events("GNA troops secured the road to Surman.", layers)
    assert ("GNA", "captured", surman) not in got


def test_a_facility_anaphor_does_not_cross_a_conjunction(layers):
    sirte, base = _id("Sirte", layers), _id("Ghardabiya airbase", layers)
    got = events("The LNA took Sirte. The LNA took the port, most of the city's districts and an air base.", layers)
    assert base != sirte and ("LNA", "captured", base) not in got
    got = events("The LNA took Sirte. The LNA then took the city's air base.", layers)
    assert ("LNA", "captured", base) in got


def test_the_base_near_a_town_is_the_base_named_before(layers):
    tamanhint, sabha_airport = _id("Tamanhint airbase", layers), _id("Sabha airport", layers)
    got = events("A GNA unit claimed the attack on Tamanhint airbase on Thursday. Officials said the LNA had repelled "
                 "the assault on the base near Sabha.", layers)
    assert ("GNA", "attacked", tamanhint) in got and ("GNA", "attacked", sabha_airport) not in got
    # with no base named before, the town's own airport stays the reading
    got = events("Officials said the LNA had repelled the assault on the base near Sabha.", layers)
    assert ("GNA", "attacked", sabha_airport) in got


def test_a_towns_airspace_is_no_ground(layers):
    misrata = _id("Misrata", layers)
    got = events("Drones struck Misrata. GNA anti-aircraft fire forced the drones out of the city's airspace.", layers)
    assert ("GNA", "captured", misrata) not in got
    # the city's outskirts are still ground
    got = events("GNA forces struck Misrata. GNA forces forced Haftar's men out of the city's outskirts.", layers)
    assert ("GNA", "captured", misrata) in got
