"""Round 20 of the ingest rules (tune19, withdrawals): each rule with a short invented sentence, and a case it must
leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_drive_out_of_towns_listed_after_a_colon(layers):
    surman, sabratha = _id("Surman", layers), _id("Sabratha", layers)
    got = events("GNA forces drove Haftar's forces out of three towns on the western coast: Surman, Sabratha and "
                 "Zaltan.", layers)
    for pid in (surman, sabratha):
        assert ("GNA", "captured", pid) in got and ("LNA", "withdrew", pid) in got
    # a colon that introduces no list of places is no list
    got = events("GNA forces drove Haftar's forces out of the area: a blow to the general, said Surman's mayor.",
                 layers)
    assert ("LNA", "withdrew", surman) not in got and ("GNA", "captured", surman) not in got


def test_an_arabic_gloss_is_the_same_place_again(layers):
    assa, zaltan = _id("al-Assa", layers), _id("Zaltan", layers)
    got = events("The LNA said it had cleared al-Assa, Riqdalin (رقدالين) and Zaltan, west of Tripoli, of the "
                 "al-Wefaq militias.", layers)
    for pid in (assa, zaltan):
        assert ("LNA", "captured", pid) in got and ("GNA", "withdrew", pid) in got
    # a gloss that alone names a place the gazetteer knows is kept
    grein = _id("Abu Grein", layers)
    assert ("GNA", "captured", grein) in events("GNA forces retook Abu Qurayn (أبو قرين) on Sunday.", layers)


def test_double_spaces_do_not_shift_the_sides(layers):
    from geo.ingest.sides import _side_mentions

    text = "Burkan Al-Ghadab says losing Al-Watiya airbase          and Tiji to government forces hurt the LNA."
    got = _side_mentions(text, layers)
    assert [text[a:b].casefold() for a, b, _, _ in got] == ["burkan al-ghadab", "government forces", "lna"]
    # a text with single spaces keeps the offsets it had
    plain = " ".join(text.split())
    assert _side_mentions(plain, layers) == list(layers.sides.mentions(plain))
    tiji = _id("Tiji", layers)
    got = events(text, layers)
    assert ("GNA", "captured", tiji) in got and ("GNA", "withdrew", tiji) not in got


def test_base_form_of_abandon_after_forced_to(layers):
    ubari = _id("Ubari", layers)
    assert ("LNA", "withdrew", ubari) in events("LNA forces were forced to abandon Ubari.", layers)
    # refusing to abandon a place is not leaving it
    assert ("LNA", "withdrew", ubari) not in events("LNA forces refused to abandon Ubari.", layers)


def test_the_brigade_is_the_unit_of_the_previous_sentence(layers):
    ubari = _id("Ubari", layers)
    got = events("The LNA's 177 Brigade pushed forward to wells near Ubari. Fighting broke out with units loyal to "
                 "a commander of the GNA, and the brigade was forced to abandon its outposts at Ubari.", layers)
    assert ("LNA", "withdrew", ubari) in got and ("GNA", "withdrew", ubari) not in got
    # a side named right before the verb is still the subject
    got = events("The LNA's 177 Brigade pushed forward to wells near Ubari. GNA forces then abandoned their "
                 "outposts at Ubari.", layers)
    assert ("GNA", "withdrew", ubari) in got and ("LNA", "withdrew", ubari) not in got


def test_within_hours_of_an_attack_the_hold_is_a_capture(layers):
    hira = _id("Al Hira", layers)
    got = events("GNA forces struck at Al Hira on 23 April, and within hours the whole area was in their hands.",
                 layers)
    assert ("GNA", "captured", hira) in got and ("GNA", "holds", hira) not in got
    # a hold with no attack before it stays a hold
    got = events("Within hours of the talks, Al Hira was in GNA hands.", layers)
    assert ("GNA", "captured", hira) not in got


def test_took_then_pulled_its_forces_out(layers):
    murzuq, tripoli = _id("Murzuq", layers), _id("Tripoli", layers)
    got = events("The LNA took Murzuq at the start of the year in its drive for the southern oilfields, then "
                 "pulled its forces out to concentrate them on the campaign against Tripoli.", layers)
    assert ("LNA", "captured", murzuq) in got and ("LNA", "withdrew", murzuq) in got
    # the purpose of the pull-out is no place left, nor taken
    assert ("LNA", "withdrew", tripoli) not in got and ("LNA", "captured", tripoli) not in got
    # taking a place and keeping forces there is no pull-out
    got = events("The LNA took Murzuq at the start of the year and kept its forces there.", layers)
    assert ("LNA", "withdrew", murzuq) not in got
