"""Round 19 of the ingest rules (tune18): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_speaker_does_not_fire_the_rockets_it_reports(layers):
    mitiga = _id("Mitiga airport", layers)
    got = events("The GNA said raids by forces loyal to Haftar wounded three people, with Grad rockets hitting "
                 "staff at Mitiga airport.", layers)
    assert ("LNA", "attacked", mitiga) in got and ("GNA", "attacked", mitiga) not in got
    got = events("GNA spokesman Mohammed Kununu said six rockets struck Mitiga airport.", layers)
    assert ("GNA", "attacked", mitiga) not in got
    # the speaker's own weapons stay the speaker's
    assert ("LNA", "attacked", mitiga) in events("The LNA said its rockets struck Mitiga airport.", layers)
    assert ("LNA", "attacked", mitiga) in events("The LNA said warplanes had struck Mitiga airport.", layers)


def test_a_facility_complex_in_a_town_is_the_target_not_the_town(layers):
    mitiga, tripoli = _id("Mitiga airport", layers), _id("Tripoli", layers)
    got = events("The Mitiga airport complex in Tripoli was hit in an air raid by the LNA on Thursday.", layers)
    assert ("LNA", "attacked", mitiga) in got and ("LNA", "attacked", tripoli) not in got
    abu_salim = _id("Abu Salim", layers)
    got = events("The LNA shelled the Abu Salim district in Tripoli on Thursday.", layers)
    assert ("LNA", "attacked", abu_salim) in got and ("LNA", "attacked", tripoli) not in got
    # a town struck on its own stays a target
    assert ("LNA", "attacked", tripoli) in events("The LNA shelled Tripoli on Thursday.", layers)


def test_a_fronted_town_locates_the_place_struck(layers):
    tripoli = _id("Tripoli", layers)
    got = events("In Tripoli, the Abu Salim area was hit by LNA artillery fire on Thursday.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    assert ("LNA", "attacked", _id("Abu Salim", layers)) in got
    # with no place inside it struck, the fronted town is the place meant
    assert ("LNA", "attacked", tripoli) in events("In Tripoli, LNA forces shelled the city.", layers)


def test_a_distance_in_words_only_locates(layers):
    got = events("The LNA said its air force had struck a GNA patrol about nine kilometres from the small town of "
                 "Taraghin in the Murzuk desert.", layers)
    assert not [e for e in got if e[1] == "attacked"]
    # a withdrawal of some distance from a place still leaves it
    tripoli = _id("Tripoli", layers)
    assert ("LNA", "withdrew", tripoli) in events("The LNA said it had pulled back 60 km from the limits of Tripoli.",
                                                  layers)


def test_an_attempt_thrown_back_is_the_other_sides(layers):
    ain_zara = _id("Ain Zara", layers)
    got = events("The General Command said it had thrown back the attempt to push into Ain Zara.", layers)
    assert ("GNA", "attacked", ain_zara) in got and ("LNA", "attacked", ain_zara) not in got
    # an attempt that names its side keeps it
    assert ("LNA", "attacked", ain_zara) in events("GNA forces threw back an LNA attempt to push into Ain Zara.", layers)


def test_having_taken_takes_the_main_clauses_subject(layers):
    gharyan = _id("Gharyan", layers)
    got = events("Having taken Gharyan on Thursday after clashes with GNA forces, the LNA advanced north.", layers)
    assert ("LNA", "captured", gharyan) in got and ("GNA", "captured", gharyan) not in got
    assert ("GNA", "captured", _id("Tarhuna", layers)) in events(
        "Hours after taking Tarhuna, forces of the GNA reached Bani Walid.", layers)


def test_an_offensive_for_a_place_attacks_it(layers):
    sirte, watiya = _id("Sirte", layers), _id("al-Watiya airbase", layers)
    got = events("The GNA has seized al-Watiya airbase, on May 18, and launched an offensive for Sirte.", layers)
    assert ("GNA", "captured", watiya) in got and ("GNA", "attacked", sirte) in got
    assert ("GNA", "captured", sirte) not in got
    # a campaign "for" something else is no attack
    assert events("The GNA launched a campaign for peace in Sirte.", layers) == []
