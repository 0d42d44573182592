"""Round 47: false attacks (a campaign's advance named as a noun, "pressed on with", months spent trying to take a
place, the capital named again after "in the capital" with no comma, a side of a town that locates a facility) and missed
withdrawals (a place taken from the side named after "from")."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_sides_advance_named_as_a_noun_stopped_or_begun_is_a_campaign(layers):
    got = events("Sirens sounded as GNA units stopped their rapid advance on Misrata, officials said.", layers)
    assert all(not (e[1] == "attacked" and e[2] == _id("Misrata", layers)) for e in got)
    got = events("Officials said the advance on Misrata had begun.", layers)
    assert all(e[1] != "attacked" for e in got)
    near = events("LNA units advanced on Misrata on Tuesday, officials said.", layers)
    assert ("LNA", "attacked", _id("Misrata", layers)) in near
    near = events("The LNA stepped up its advance on Misrata on Tuesday, officials said.", layers)
    assert ("LNA", "attacked", _id("Misrata", layers)) in near


def test_pressed_on_with_is_no_advance_on_a_place(layers):
    got = events("The LNA pressed on with its drive on Zawiya on Sunday.", layers)
    assert all(e[1] != "attacked" for e in got)
    near = events("The LNA pressed on towards Zawiya on Sunday.", layers)
    assert ("LNA", "attacked", _id("Zawiya", layers)) in near


def test_months_spent_trying_to_take_a_place_are_a_campaign(layers):
    got = events("The GNA retook Sabratha from Haftar, whose forces have spent four months trying to seize Zawiya.", layers)
    assert all(not (e[1] == "attacked" and e[2] == _id("Zawiya", layers)) for e in got)
    got = events("The defeat came after more than a year of trying to take Zawiya, the LNA said.", layers)
    assert all(e[1] != "attacked" for e in got)
    near = events("LNA fighters spent three days trying to take Zawiya on the coast.", layers)
    assert ("LNA", "attacked", _id("Zawiya", layers)) in near


def test_the_capital_named_again_without_a_comma_only_locates(layers):
    got = events("Haftar's forces shelled Mitiga airport in the Libyan capital Tripoli overnight.", layers)
    assert ("LNA", "attacked", _id("Mitiga airport", layers)) in got
    assert ("LNA", "attacked", _id("Tripoli", layers)) not in got
    near = events("Haftar's forces shelled Mitiga airport and the capital Tripoli overnight.", layers)
    assert ("LNA", "attacked", _id("Tripoli", layers)) in near


def test_a_side_of_the_town_locates_a_facility(layers):
    got = events("Haftar's forces shelled Mitiga airport on the eastern side of the capital overnight.", layers)
    assert ("LNA", "attacked", _id("Mitiga airport", layers)) in got
    assert ("LNA", "attacked", _id("Tripoli", layers)) not in got
    near = events("Haftar's forces shelled Mitiga airport and the eastern side of the capital overnight.", layers)
    assert ("LNA", "attacked", _id("Tripoli", layers)) in near


def test_a_place_taken_from_a_side_was_left_by_it(layers):
    got = events("GNA units seized the town of Zawiya from General Khalifa Haftar's troops on Monday.", layers)
    assert ("LNA", "withdrew", _id("Zawiya", layers)) in got
    near = events("GNA units seized Zawiya on Monday and were pushing on to wrest Sabratha from Haftar's troops.", layers)
    assert ("LNA", "withdrew", _id("Zawiya", layers)) not in near
    near = events("Drones struck Zawiya, which has been calm since the GNA took it from Haftar's troops in April.", layers)
    assert ("LNA", "withdrew", _id("Zawiya", layers)) not in near
