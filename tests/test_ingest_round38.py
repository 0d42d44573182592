"""Round 38 of the ingest rules (tune46, tune47; their false captures and holds first, then missed attacks, then
strikes whose side a sentence before names): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_capture_after_if_is_a_condition(layers):
    misrata = _id("Misrata", layers)
    got = events("The government fears it would have to flee if the LNA seized Misrata.", layers)
    assert ("LNA", "captured", misrata) not in got
    got = events("The LNA seized Misrata on Monday.", layers)
    assert ("LNA", "captured", misrata) in got


def test_would_soon_be_back_under_control_is_no_hold(layers):
    sirte = _id("Sirte", layers)
    got = events("He predicted that Sirte would soon be back under LNA control.", layers)
    assert ("LNA", "holds", sirte) not in got
    got = events("He said that Sirte is under LNA control.", layers)
    assert ("LNA", "holds", sirte) in got


def test_his_troops_stay_with_the_man_whose_troops_were_named(layers):
    zawiya = _id("Zawiya", layers)
    got = events("Earlier the commander of the Libyan National Army ordered his troops to move on Zawiya, a stronghold "
                 "of Fayez al-Sarraj's government. On Friday his troops took control of Zawiya.", layers)
    assert ("LNA", "captured", zawiya) in got
    assert ("GNA", "captured", zawiya) not in got
    got = events("The commander of the Libyan National Army spoke on Thursday. GNA forces took control of Zawiya.", layers)
    assert ("GNA", "captured", zawiya) in got


def test_a_charge_going_on_past_its_gerund_is_the_accused(layers):
    gharyan = _id("Gharyan", layers)
    got = events("The GNA said its units pulled out. The GNA also accused LNA fighters of looting shops once they had "
                 "entered Gharyan.", layers)
    assert ("GNA", "captured", gharyan) not in got
    got = events("LNA artillery hit Zawiya after accusing those groups of breaking the truce by shelling Gharyan.", layers)
    assert ("LNA", "attacked", gharyan) not in got
    # a new sentence with its own subject is not part of the charge
    got = events("The GNA accused LNA fighters of looting shops. GNA forces later entered Gharyan.", layers)
    assert ("GNA", "captured", gharyan) in got


def test_a_sides_claim_about_its_forces(layers):
    sabratha = _id("Sabratha", layers)
    got = events("The LNA dismissed the GNA's claim that its forces now hold Sabratha.", layers)
    assert ("LNA", "holds", sabratha) not in got
    got = events("The LNA said that its forces now hold Sabratha.", layers)
    assert ("LNA", "holds", sabratha) in got


def test_the_subject_before_an_appositive_is_held(layers):
    misrata, sirte = _id("Misrata", layers), _id("Sirte", layers)
    got = events("Misrata, one of the GNA's strongholds and home to units fighting in Sirte, remains under GNA control.", layers)
    assert ("GNA", "holds", misrata) in got
    assert ("GNA", "holds", sirte) not in got
    got = events("Sirte remains under GNA control.", layers)
    assert ("GNA", "holds", sirte) in got


def test_which_they_secured_by_the_afternoon_is_active(layers):
    sabratha = _id("Sabratha", layers)
    got = events("GNA troops pushed into Sabratha, which they secured by the afternoon as Haftar's defences collapsed.", layers)
    assert ("LNA", "captured", sabratha) not in got
    assert ("GNA", "captured", sabratha) in got
    got = events("Sabratha was secured by Haftar's troops on Monday.", layers)
    assert ("LNA", "captured", sabratha) in got


def test_arabic_region_after_a_town_only_locates_it(layers):
    mizda, jabal = _id("Mizda", layers), _id("Jabal al-Gharbi", layers)
    got = events("أعلن الجيش الوطني الليبي أنه سيطر على مدينة مزدة في منطقة الجبل الغربي.", layers)
    assert ("LNA", "captured", mizda) in got
    assert ("LNA", "captured", jabal) not in got
    # a site, not a town, before "بمنطقة": the district is struck too
    abu_salim = _id("Abu Salim", layers)
    got = events("استهدفت صواريخ حفتر مستشفى الخضراء بمنطقة أبو سليم.", layers)
    assert ("LNA", "attacked", abu_salim) in got


def test_units_that_tried_to_push_in_attacked(layers):
    abu_grein = _id("Abu Grein", layers)
    got = events("There were clashes with LNA units that tried to push into Abu Grein.", layers)
    assert ("LNA", "attacked", abu_grein) in got
    got = events("There were clashes with LNA units that will try to push into Abu Grein.", layers)
    assert ("LNA", "attacked", abu_grein) not in got


def test_as_they_tried_to_advance_after_an_attack_on_them(layers):
    abu_grein = _id("Abu Grein", layers)
    got = events("GNA artillery shelled Haftar's fighters as they tried to advance on Abu Grein.", layers)
    assert ("LNA", "attacked", abu_grein) in got
    assert ("GNA", "attacked", abu_grein) not in got
    got = events("Haftar's fighters would try to advance on Abu Grein.", layers)
    assert ("LNA", "attacked", abu_grein) not in got


def test_strikes_reported_before_arm_the_raids_after(layers):
    gharyan = _id("Gharyan", layers)
    got = events("The LNA said it had carried out strikes overnight. The raids hit Gharyan.", layers)
    assert ("LNA", "attacked", gharyan) in got
    got = events("The LNA said it had repelled an assault overnight. The raids hit Gharyan.", layers)
    assert ("LNA", "attacked", gharyan) not in got
