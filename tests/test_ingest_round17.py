"""Round 17 of the ingest rules (tune16): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_government_hands_and_control_are_the_gnas(layers):
    assert events("Surman was completely in government hands, he said.", layers) == [("GNA", "holds", "gn-2210560")]
    assert events("Sirte remained outside government control.", layers) != [("LNA", "holds", "gn-2210554")]
    # "the government" alone is still no side
    assert events("The government said Sirte was quiet.", layers) == []


def test_forces_from_libyas_east_are_the_lna(layers):
    assert events("Forces from Libya's east said they had taken control of Sabha.", layers) == [
        ("LNA", "captured", "gn-2212775")]
    assert events("Forces from Libya's west said they had taken control of Sabha.", layers) == []


def test_also_in_hands_after_a_capture_by_the_same_side(layers):
    got = events("GNA forces took Tarhouna on Friday. By evening the nearby town of Al-Urban was also in government "
                 "hands.", layers)
    assert ("GNA", "captured", "fl-al-urban") in got
    # without a capture by that side just before, "also" is still a hold
    assert events("Sirte was also in LNA hands.", layers) == [("LNA", "holds", "gn-2210554")]


def test_moved_or_walked_into_a_place_takes_it(layers):
    assert events("LNA units walked into Ghat on Tuesday.", layers) == [("LNA", "captured", "gn-2217351")]
    assert events("The LNA moved into Sabha, where residents welcomed it.", layers) == [
        ("LNA", "captured", "gn-2212775")]
    # the outskirts are approached, not taken; parts of a town are neither
    assert ("LNA", "captured", "gn-2210247") not in events(
        "The army had moved into the southern outskirts of Tripoli.", layers)
    assert events("Troops moved into the western parts of Sabha.", layers) == []


def test_the_airport_is_the_airport_the_sentence_named(layers):
    got = events("The LNA said it had taken Tripoli International Airport, although a force from Abu Salim insisted "
                 "the airport was still in government hands.", layers)
    assert ("GNA", "holds", "icao-HLLM") not in got
    assert ("LNA", "captured", "icao-HLLT") in got


def test_pro_side_towns_name_whose_the_towns_were(layers):
    got = events("GNA forces claimed the capture of the pro-LNA towns of Sabratha and Surman.", layers)
    assert ("GNA", "captured", "gn-2212771") in got and ("GNA", "captured", "gn-2210560") in got
    assert not any(side == "LNA" and action == "captured" for side, action, _ in got)
    # "pro-LNA forces" are still the LNA
    assert events("Pro-LNA forces took Sabha.", layers) == [("LNA", "captured", "gn-2212775")]


def test_holding_a_place_attacked_earlier_in_the_report_is_taking_it(layers):
    got = events("The GNA launched an attack on Gharyan, and hours later sources said the town was entirely in its "
                 "hands.", layers)
    assert ("GNA", "captured", "gn-2217362") in got and ("GNA", "holds", "gn-2217362") not in got
    got = events("GNA forces launched an assault on Gharyan. Hours later the operation said the whole area was under "
                 "its control.", layers)
    assert ("GNA", "captured", "gn-2217362") in got
    # with no sign of time passing, an attack and a hold stay what they are
    got = events("The GNA attacked Gharyan, which remains in LNA hands.", layers)
    assert ("GNA", "captured", "gn-2217362") not in got and ("LNA", "captured", "gn-2217362") not in got
