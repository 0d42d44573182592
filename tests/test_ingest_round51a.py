"""Round 51a: missed attacks – a siege laid to a place, and foreign fighters coordinated with a side's name (who fight
on that side rather than making the subject foreign)."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_siege_laid_to_a_place_is_an_attack_on_it(layers):
    got = events("GNA forces captured Asabiah and Mizda, laying siege to the town of Tarhuna.", layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) in got
    got = events("Haftar's forces laid a tight siege on Murzuq on Monday.", layers)
    assert ("LNA", "attacked", _id("Murzuq", layers)) in got
    near = events("GNA forces lifted the siege of Tarhuna on Monday.", layers)
    assert all(e[1] != "attacked" for e in near)
    near = events("The town's elders laid their case before the council in Tarhuna on Monday.", layers)
    assert all(e[1] != "attacked" for e in near)


def test_foreign_fighters_coordinated_with_a_side_fight_on_that_side(layers):
    got = events("GNA forces and Syrian mercenaries shelled Tarhuna on Monday.", layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) in got
    got = events("The Government of National Accord and Turkish-backed Syrian militants have captured Mizda.", layers)
    assert ("GNA", "captured", _id("Mizda", layers)) in got
    got = events("قصفت قوات حفتر والمرتزقة الروس مدينة ترهونة.", layers)
    assert ("LNA", "attacked", _id("Tarhuna", layers)) in got
    # the other party of a fight between two, not an ally
    near = events("Heavy clashes between GNA forces and Russian mercenaries were reported in Ain Zara.", layers)
    assert ("GNA", "attacked", _id("Ain Zara", layers)) not in near or ("LNA", "attacked", _id("Ain Zara", layers)) in near
    assert all(not (e[0] == "GNA" and e[1] == "captured") for e in near)
    # a foreign state named with a side is not a fighting force
    near = events("The GNA and Turkey signed a security deal in Tripoli on Monday.", layers)
    assert near == []


def test_an_attempt_to_storm_a_place_is_an_attack_on_it(layers):
    got = events("Haftar's forces tried to storm Ain Zara on Monday, but GNA forces repelled them.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    # irrealis without an attempt made: a threat, orders, a future try
    near = events("The LNA threatened to storm Sirte unless the GNA forces pulled out.", layers)
    assert all(e[1] != "attacked" for e in near)
    near = events("Haftar's forces will try to storm Ain Zara.", layers)
    assert all(e[1] != "attacked" for e in near)
    near = events("GNA forces are waiting for orders to storm the base at al-Watiya.", layers)
    assert all(e[1] != "attacked" for e in near)


def test_an_advance_tried_in_or_towards_a_place_is_an_attack_on_it(layers):
    got = events("Haftar's forces tried to advance towards Ain Zara on Monday.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    got = events("A GNA spokesman said Haftar's forces tried to advance in the Ain Zara area, but were repelled.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    # a try still to come, or a long campaign described in a relative clause
    near = events("Haftar's forces will try to advance towards Ain Zara.", layers)
    assert all(e[1] != "attacked" for e in near)
    near = events("Haftar, who has been trying to advance towards Tripoli for a year, visited Cairo.", layers)
    assert all(e[1] != "attacked" for e in near)
