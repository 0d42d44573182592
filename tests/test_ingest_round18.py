"""Round 18 of the ingest rules (tune17): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_back_in_a_sides_hands_is_a_capture(layers):
    sabha = _id("Sabha", layers)
    assert events("Sabha is back in government hands, officials said.", layers) == [("GNA", "captured", sabha)]
    assert events("The town of Sabha is back in the hands of Haftar's LNA.", layers) == [("LNA", "captured", sabha)]
    # without "back" it stays a hold
    assert events("Sabha is in government hands, officials said.", layers) == [("GNA", "holds", sabha)]


def test_back_under_a_side_is_a_capture(layers):
    tia = _id("Tripoli International Airport", layers)
    assert ("GNA", "captured", tia) in events(
        "Tripoli International Airport is back under the Government of National Accord.", layers)
    # "back under fire" is no change of hands
    assert ("GNA", "captured", tia) not in events(
        "Tripoli International Airport is back under fire from the Government of National Accord.", layers)


def test_now_in_the_hands_after_a_fronted_fight_is_a_capture(layers):
    sabha = _id("Sabha", layers)
    assert events("After fierce clashes with GNA troops, Sabha is now in the hands of the LNA.", layers) == [
        ("LNA", "captured", sabha)]
    # no fight before: the state only
    assert events("Sabha is now in the hands of the LNA.", layers) == [("LNA", "holds", sabha)]


def test_abandoned_their_positions_borrows_the_place_taken(layers):
    sabha = _id("Sabha", layers)
    got = events("LNA forces took Sabha on Saturday after GNA militias abandoned their positions.", layers)
    assert ("GNA", "withdrew", sabha) in got
    # abandoning allies is no movement
    got = events("LNA forces took Sabha on Saturday after a GNA brigade abandoned its allies.", layers)
    assert ("GNA", "withdrew", sabha) not in got


def test_with_a_side_announcing_is_that_sides_clause(layers):
    sabha = _id("Sabha", layers)
    got = events('Fighting ended, with GNA forces announcing a victory. "Our forces have regained control of Sabha," '
                 'a spokesman said.', layers)
    assert ("GNA", "captured", sabha) in got
    # "with" before a side that announces nothing still governs it
    got = events('Fighting ended with GNA forces exhausted. "Our forces have regained control of Sabha," a spokesman '
                 'said.', layers)
    assert ("GNA", "captured", sabha) not in got


def test_a_possessors_fleeing_forces_withdrew(layers):
    sabha = _id("Sabha", layers)
    got = events("GNA forces took Sabha and chased Haftar's fleeing militias.", layers)
    assert ("LNA", "withdrew", sabha) in got
    # a fleeing crowd of a place is no side's withdrawal
    got = events("GNA forces took Sabha and helped Sabha's fleeing residents.", layers)
    assert not any(a == "withdrew" for _, a, _ in got)
