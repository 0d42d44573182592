"""Round 35 of the ingest rules (tune38, tune39, and places found but tied to no event over all splits): each rule with a
short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_beaten_back_try_is_an_attack_by_the_side_it_names(layers):
    gharyan, sirte = _id("Gharyan", layers), _id("Sirte", layers)
    got = events("Government troops foiled an attempt by Haftar's fighters to break into the town of Gharyan.", layers)
    assert ("LNA", "attacked", gharyan) in got
    got = events("The LNA halted an advance into Sirte by GNA units overnight.", layers)
    assert ("GNA", "attacked", sirte) in got
    # a try still to come, and a campaign rather than one try
    got = events("The LNA moved troops to repel any advance by GNA units towards Sirte.", layers)
    assert ("GNA", "attacked", sirte) not in got
    got = events("Turkish drones halted the LNA's push on Gharyan.", layers)
    assert ("LNA", "attacked", gharyan) not in got


def test_went_after_a_place_is_an_attack(layers):
    misrata_air = _id("Misrata airport", layers)
    got = events("Haftar's jets went after the Misrata airport on Tuesday night.", layers)
    assert ("LNA", "attacked", misrata_air) in got
    got = events("Residents went after the looters in Misrata on Tuesday.", layers)
    assert not got


def test_ground_territory_gains_and_breakthroughs_won_at_a_place(layers):
    ain_zara, tarhuna = _id("Ain Zara", layers), _id("Tarhuna", layers)
    got = events("GNA units won considerable ground in the Ain Zara district on Sunday.", layers)
    assert ("GNA", "attacked", ain_zara) in got
    got = events("GNA units made a breakthrough at Tarhuna on Sunday.", layers)
    assert ("GNA", "attacked", tarhuna) in got
    # a compass part of a town says less than the places named after it
    got = events("The LNA made gains in southern Tripoli on Sunday.", layers)
    assert not got


def test_came_under_a_count_of_strikes(layers):
    mitiga = _id("Mitiga airport", layers)
    got = events("Mitiga airport came under three drone strikes from the LNA on Friday.", layers)
    assert ("LNA", "attacked", mitiga) in got
    got = events("Mitiga airport came under new management on Friday.", layers)
    assert not got


def test_the_side_announcing_a_fall_took_the_place(layers):
    asabaa = _id("al-Asabaa", layers)
    got = events("GNA forces announced on Sunday the fall of al-Asabaa.", layers)
    assert ("GNA", "captured", asabaa) in got
    got = events("The fall of al-Asabaa on Sunday surprised observers.", layers)
    assert not [e for e in got if e[1] == "captured"]


def test_taking_over_security_at_a_place_is_a_capture(layers):
    sharara = _id("Sharara oilfield", layers)
    got = events("The LNA said it had taken over security at the Sharara oilfield on Monday.", layers)
    assert ("LNA", "captured", sharara) in got
    got = events("The LNA said it had taken security measures near the Sharara oilfield on Monday.", layers)
    assert ("LNA", "captured", sharara) not in got


def test_a_deal_struck_and_an_operations_targets_are_no_strikes(layers):
    sirte = _id("Sirte", layers)
    got = events("Both sides praised the truce struck at the talks in Sirte last month.", layers)
    assert ("LNA", "attacked", sirte) not in got and ("GNA", "attacked", sirte) not in got
    got = events("The GNA announced an offensive whose targets are Sirte and Jufra.", layers)
    assert ("GNA", "attacked", sirte) not in got
    got = events("LNA jets struck targets in Sirte on Monday.", layers)
    assert ("LNA", "attacked", sirte) in got


def test_any_attack_is_none_made(layers):
    sirte = _id("Sirte", layers)
    got = events("The GNA put its units on alert to repel any attack on Sirte.", layers)
    assert ("LNA", "attacked", sirte) not in got and ("GNA", "attacked", sirte) not in got
    got = events("The GNA repelled an LNA attack on Sirte.", layers)
    assert ("LNA", "attacked", sirte) in got


def test_a_distance_appositive_only_locates_the_place_an_attempt_is_on(layers):
    watiya, tripoli = _id("al-Watiya airbase", layers), _id("Tripoli", layers)
    got = events("The GNA also tried to retake the Watiya air base, about 130 km south-west of Tripoli.", layers)
    assert ("GNA", "attacked", watiya) in got and ("GNA", "attacked", tripoli) not in got
    got = events("The GNA also tried to retake the Watiya air base and Tripoli's airport.", layers)
    assert ("GNA", "attacked", watiya) in got
