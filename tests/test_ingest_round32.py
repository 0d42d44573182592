"""Round 32 of the ingest rules (tune33): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_place_the_thing_hit_was_heading_for_is_no_target(layers):
    sirte = _id("Sirte", layers)
    got = events("On Tuesday the LNA bombed a GNA supply column heading for Sirte.", layers)
    assert ("LNA", "attacked", sirte) not in got
    got = events("On Tuesday the LNA bombed a GNA supply column in Sirte.", layers)
    assert ("LNA", "attacked", sirte) in got


def test_a_loss_a_year_before_is_history(layers):
    airport = _id("Tripoli International Airport", layers)
    got = events("GNA units retook Tripoli International Airport on Monday, over a year after losing it.", layers)
    assert ("GNA", "captured", airport) in got and ("GNA", "withdrew", airport) not in got
    got = events("GNA units retook Tripoli International Airport on Monday, a day after losing it.", layers)
    assert ("GNA", "withdrew", airport) in got


def test_an_airport_s_terminal_is_no_oil_terminal(layers):
    mitiga = _id("Mitiga airport", layers)
    got = events("Haftar's forces fired rockets into Abu Salim and Ain Zara. Mitiga airport was also hit on Sunday, with "
                 "two jets destroyed and the terminal damaged.", layers)
    assert ("LNA", "attacked", mitiga) in got
    assert not [e for e in got if e[2] == _id("Zawiya refinery and oil terminal", layers)]
    # a terminal after an oil port is still that port's
    ras = _id("Ras Lanuf", layers)
    got = events("GNA drones struck Ras Lanuf and its terminal.", layers)
    assert ("GNA", "attacked", ras) in got


def test_a_name_that_modifies_a_noun_is_no_antecedent_of_the_city(layers):
    gharyan, tripoli = _id("Gharyan", layers), _id("Tripoli", layers)
    got = events("Haftar ran his war from Gharyan after opening the Tripoli offensive. "
                 "GNA fighters said they now held the whole city.", layers)
    assert ("GNA", "captured", tripoli) not in got and ("GNA", "holds", tripoli) not in got
    got = events("Haftar ran his war from Gharyan after his march on Tripoli. "
                 "GNA fighters said they had taken the whole city.", layers)
    assert ("GNA", "captured", tripoli) in got or ("GNA", "captured", gharyan) in got


def test_an_attack_a_room_directs_is_not_the_subject_s(layers):
    tarhuna, tripoli = _id("Tarhuna", layers), _id("Tripoli", layers)
    got = events("GNA units reached Tarhuna. GNA military sources announced that they had taken the whole town and "
                 "entered the headquarters directing the assault on the capital.", layers)
    assert ("GNA", "captured", tarhuna) in got and ("GNA", "attacked", tripoli) not in got
    got = events("GNA units reached Tarhuna. GNA military sources announced that they had taken the whole town and "
                 "launched the assault on the capital.", layers)
    assert ("GNA", "attacked", tripoli) in got


def test_a_quantity_of_a_side_s_forces_is_that_side(layers):
    sirte = _id("Sirte", layers)
    got = events("The LNA commander said a handful of Sarraj's fighters had pulled back from Sirte.", layers)
    assert ("GNA", "withdrew", sirte) in got and ("LNA", "withdrew", sirte) not in got
    # "the rest of" a place is no force
    got = events("LNA forces said they took the rest of Sirte.", layers)
    assert ("LNA", "captured", sirte) in got


def test_a_withdrawal_borrows_the_latest_capture_of_the_sentence_before(layers):
    bani_walid, tarhuna = _id("Bani Walid", layers), _id("Tarhuna", layers)
    got = events("The GNA entered Bani Walid on Sunday, a day after seizing Tarhuna. "
                 "Haftar's men had pulled out before the convoys arrived.", layers)
    assert ("LNA", "withdrew", bani_walid) in got and ("LNA", "withdrew", tarhuna) not in got


def test_a_plural_stronghold_appositive_holds_the_whole_list(layers):
    tarhuna, bani_walid = _id("Tarhuna", layers), _id("Bani Walid", layers)
    got = events("Haftar's forces fled toward Tarhuna and Bani Walid, their last strongholds.", layers)
    assert ("LNA", "holds", tarhuna) in got and ("LNA", "holds", bani_walid) in got
    got = events("Haftar's forces fled toward Tarhuna and Bani Walid, their last stronghold.", layers)
    assert ("LNA", "holds", bani_walid) in got and ("LNA", "holds", tarhuna) not in got


def test_consolidating_units_in_a_place_holds_it(layers):
    sirte = _id("Sirte", layers)
    got = events("The GNA has consolidated its forces in Sirte.", layers)
    assert ("GNA", "holds", sirte) in got
    got = events("The GNA consolidated its gains and moved towards Sirte.", layers)
    assert ("GNA", "holds", sirte) not in got


def test_a_strike_claimed_or_blamed_in_the_next_sentence(layers):
    murzuq = _id("Murzuq", layers)
    got = events("On Sunday, air strikes on Murzuq killed twelve men. The LNA claimed responsibility for the strikes.", layers)
    assert ("LNA", "attacked", murzuq) in got
    got = events("On Sunday, air strikes on Murzuq killed twelve men. The GNA held Haftar's forces responsible for "
                 "the strikes and for earlier shelling of homes since March.", layers)
    assert ("LNA", "attacked", murzuq) in got
    # a side that speaks about the strike without owning it lends nothing
    got = events("On Sunday, air strikes on Murzuq killed twelve men. The LNA condemned the strikes.", layers)
    assert ("LNA", "attacked", murzuq) not in got


def test_arabic_project_is_no_place_by_itself(layers):
    hadba = _id("al-Hadba", layers)
    got = events("سيطرت قوات الوفاق على بلدة الأصابعة ومشروع بئر الغنم الزراعي.", layers)
    assert ("GNA", "captured", _id("Bir al-Ghanam", layers)) in got and ("GNA", "captured", hadba) not in got
    # the project's own name still names it
    got = events("سيطرت قوات الوفاق على مشروع الهضبة.", layers)
    assert ("GNA", "captured", hadba) in got


def test_a_lower_case_bin_heads_a_name(layers):
    qasr = _id("Qasr bin Ghashir", layers)
    got = events("LNA forces said they had overrun bin Gashir.", layers)
    assert ("LNA", "captured", qasr) in got
    # a "bin" before a word in lower case heads nothing
    got = events("LNA forces said they had overrun bin gashir.", layers)
    assert ("LNA", "captured", qasr) not in got


def test_arabic_the_army_under_control_is_the_speaker_s_own(layers):
    gharyan = _id("Gharyan", layers)
    got = events("وأكد المسماري أن غريان ما زالت تحت سيطرة الجيش.", layers)
    assert ("LNA", "holds", gharyan) in got
    # with no speaker of a side, "the army" names no side
    got = events("وقال شهود إن غريان ما زالت تحت سيطرة الجيش.", layers)
    assert ("LNA", "holds", gharyan) not in got and ("GNA", "holds", gharyan) not in got


def test_troops_moving_in_where_the_other_side_left(layers):
    bani_walid = _id("Bani Walid", layers)
    got = events("Once Haftar's militias had left, troops rolled in and took control of Bani Walid.", layers)
    assert ("GNA", "captured", bani_walid) in got and ("LNA", "captured", bani_walid) not in got
    got = events("Haftar's troops rolled in and took control of Bani Walid.", layers)
    assert ("LNA", "captured", bani_walid) in got
