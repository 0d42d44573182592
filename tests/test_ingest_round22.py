"""Round 22 of the ingest rules (tune21): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_forces_named_by_where_they_are_based_or_whom_they_serve(layers):
    zwila, tiji = _id("Zwila", layers), _id("Tiji", layers)
    assert ("LNA", "captured", zwila) in events(
        "The army based in eastern Libya said its troops had entered Zwila.", layers)
    assert ("LNA", "captured", zwila) in events("The ANL had already seized Zwila without a fight.", layers)
    assert ("GNA", "captured", tiji) in events("Pro-government soldiers captured Tiji on Tuesday.", layers)
    assert ("GNA", "captured", tiji) in events(
        "Troops of Libya's UN-recognised unity government have regained control of Tiji.", layers)
    # a town "based in" nothing: no side is named, so no event
    assert events("A convoy based in the desert entered Zwila.", layers) == []


def test_a_long_object_brought_under_control_is_a_capture(layers):
    sabratha, surman = _id("Sabratha", layers), _id("Surman", layers)
    got = events("Government troops have brought the two coastal towns of Sabratha and Surman, west of Tripoli, "
                 "under their control.", layers)
    assert ("GNA", "captured", sabratha) in got and ("GNA", "captured", surman) in got
    assert ("GNA", "holds", sabratha) not in got
    # no "brought": still a state, not a taking
    got = events("The two coastal towns of Sabratha and Surman, west of Tripoli, remain under government control.",
                 layers)
    assert ("GNA", "holds", sabratha) in got and ("GNA", "captured", sabratha) not in got


def test_an_attack_beaten_off_is_the_opponents(layers):
    watiya = _id("al-Watiya air base", layers)
    got = events("The LNA said its fighters had beaten off a massive attack on al-Watiya air base.", layers)
    assert ("GNA", "attacked", watiya) in got and ("LNA", "attacked", watiya) not in got
    # "beaten" alone is no repulse
    got = events("The LNA said its fighters had beaten the record and attacked al-Watiya air base.", layers)
    assert ("LNA", "attacked", watiya) in got
