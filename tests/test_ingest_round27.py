"""Round 27 of the ingest rules (tune25): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_their_rivals_are_the_enemy_of_the_side_the_pronoun_points_back_to(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA units said they left Mizda on Friday after their rivals stormed it.", layers)
    assert ("LNA", "captured", mizda) in got and ("GNA", "captured", mizda) not in got
    # rivals with no side named before them are nobody's
    got = events("Their rivals stormed Mizda on Friday.", layers)
    assert not any(p == mizda and a == "captured" for _, a, p in got)


def test_a_strike_blamed_on_a_side_in_the_subjects_relative_clause_is_that_sides(layers):
    mizda = _id("Mizda", layers)
    text = "GNA forces said on Friday that a drone strike which residents blamed on Haftar's forces hit a school in Mizda."
    got = events(text, layers)
    assert ("LNA", "attacked", mizda) in got and ("GNA", "attacked", mizda) not in got
    # a strike blamed on no one keeps the rules it had: the GNA, who only reports it, did not strike
    got = events("GNA forces said on Friday that a drone strike hit a school in Mizda.", layers)
    assert ("GNA", "attacked", mizda) not in got


def test_a_place_taken_from_a_side_in_the_passive_was_taken_by_its_opponent(layers):
    mizda = _id("Mizda", layers)
    got = events("Mizda has been fully 'liberated' from supporters of Haftar, officials said.", layers)
    assert ("GNA", "captured", mizda) in got and ("LNA", "captured", mizda) not in got
    # a "by" after it still names the taker
    got = events("Mizda was retaken from the GNA by Haftar's forces on Friday.", layers)
    assert ("LNA", "captured", mizda) in got and ("GNA", "captured", mizda) not in got


def test_a_side_that_hands_control_of_a_place_to_others_does_not_hold_it(layers):
    mizda = _id("Mizda", layers)
    got = events("Haftar's forces handed over control of Mizda to a local police force on Friday.", layers)
    assert ("LNA", "holds", mizda) not in got
    # control that is kept is still a hold
    got = events("Haftar's forces control Mizda, residents said on Friday.", layers)
    assert ("LNA", "holds", mizda) in got


def test_the_airport_is_the_airport_of_that_town_the_article_named_before(layers):
    mitiga = _id("Mitiga airport", layers)
    text = ("Mitiga, the only working airport in the capital, was closed again on Friday. Haftar's forces, who want "
            "to take Tripoli, have shelled the airport for weeks.")
    got = events(text, layers)
    assert ("LNA", "attacked", mitiga) in got
    # with no airport named before, the town's own airport is still meant
    tia = _id("Tripoli International Airport", layers)
    got = events("Haftar's forces, who want to take Tripoli, have shelled the airport for weeks.", layers)
    assert ("LNA", "attacked", tia) in got and ("LNA", "attacked", mitiga) not in got


def test_an_adjective_of_frequency_or_manner_between_a_side_and_its_attack_noun(layers):
    mizda = _id("Mizda", layers)
    got = events("Residents fear the LNA's relentless shelling of Mizda.", layers)
    assert ("LNA", "attacked", mizda) in got
    got = events("Aid groups condemned Haftar's forces' indiscriminate bombardment of Mizda.", layers)
    assert ("LNA", "attacked", mizda) in got
    # a side that is not the possessor of the noun is not its agent
    got = events("The LNA said indiscriminate bombardment of Mizda had to stop.", layers)
    assert ("LNA", "attacked", mizda) not in got


def test_arabic_government_forces_and_air_force_are_the_gna(layers):
    gharyan = _id("Gharyan", layers)
    got = events("قال مصدر عسكري إن سلاح الجو الحكومي قصف مواقع لقوات حفتر في غريان.", layers)
    assert ("GNA", "attacked", gharyan) in got and ("LNA", "attacked", gharyan) not in got
    # the government alone is no side
    got = events("قالت الحكومة إن مدينة غريان تعرضت للقصف.", layers)
    assert not any(p == gharyan and a == "attacked" for _, a, p in got)


def test_arabic_the_part_adjacent_to_a_place_is_not_the_place(layers):
    qasr = _id("Qasr bin Ghashir", layers)
    got = events("تسيطر قوات حفتر على الجزء المحاذي لقصر بن غشير من المطار.", layers)
    assert ("LNA", "holds", qasr) not in got
    # the place itself is still held
    got = events("تسيطر قوات حفتر على قصر بن غشير.", layers)
    assert ("LNA", "holds", qasr) in got
