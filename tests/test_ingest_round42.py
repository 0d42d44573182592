"""Round 42 of the ingest rules (tune58-tune61, false and missed attacks first, then holds): each rule with a short
invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_arabic_positions_struck_belong_to_the_target(layers):
    gharyan = _id("Gharyan", layers)
    got = events("وأعلنت الحكومة أن طائراتها قصفت مواقع لقوات حفتر في غريان.", layers)
    assert ("LNA", "attacked", gharyan) not in got
    got = events("قصفت طائرة مسيرة تابعة لقوات حفتر مواقع في غريان.", layers)
    assert ("LNA", "attacked", gharyan) in got


def test_arabic_direct_object_positions_with_an_owner_word(layers):
    mitiga = _id("Mitiga Airport", layers)
    got = events("وقال مصدر إن الطيران استهدف بالقصف تمركزات تابعة لقوات الوفاق في قاعدة معيتيقة الجوية.", layers)
    assert ("GNA", "attacked", mitiga) not in got
    got = events("وقال مصدر إن الطيران التابع لقوات الوفاق استهدف بالقصف قاعدة معيتيقة الجوية.", layers)
    assert ("GNA", "attacked", mitiga) in got


def test_a_long_campaign_in_a_present_perfect_relative_is_background(layers):
    tripoli = _id("Tripoli", layers)
    got = events("Fighters loyal to Khalifa Haftar, who has been trying to take Tripoli for more than a year, met "
                 "in Benghazi.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    got = events("Haftar, whose eight-month campaign to seize Tripoli has stalled, spoke on Monday.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    got = events("Haftar's forces, who are trying to take Tripoli, shelled its suburbs.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_fire_attributed_to_a_side_in_a_later_clause(layers):
    abu_salim = _id("Abu Salim", layers)
    got = events("GNA officials said shells landed in Abu Salim, and the fire was attributed to Haftar's forces.",
                 layers)
    assert ("LNA", "attacked", abu_salim) in got
    assert ("GNA", "attacked", abu_salim) not in got
    got = events("GNA officials said shells landed in Abu Salim, and the fire was heavy.", layers)
    assert ("LNA", "attacked", abu_salim) not in got


def test_the_base_a_strike_was_launched_from_is_no_target(layers):
    jufra = _id("al-Jufra Airbase", layers)
    got = events("Investigators say the air strikes by Haftar's forces were launched from the al-Khadim and Jufra "
                 "airbases.", layers)
    assert ("LNA", "attacked", jufra) not in got
    got = events("LNA drones that took off from Jufra struck Misrata.", layers)
    assert ("LNA", "attacked", _id("Misrata", layers)) in got
    got = events("GNA jets launched air strikes on the Jufra airbase.", layers)
    assert ("GNA", "attacked", jufra) in got


def test_an_indefinite_attack_with_would_is_a_hypothesis(layers):
    sirte = _id("Sirte", layers)
    got = events("Cairo said an attack on Sirte by GNA forces would cross a red line.", layers)
    assert ("GNA", "attacked", sirte) not in got
    got = events("GNA forces launched an attack on Sirte that would last three days.", layers)
    assert ("GNA", "attacked", sirte) in got


def test_a_denied_strike_arms_no_later_fire(layers):
    sabha = _id("Sabha", layers)
    got = events("The LNA denied that its forces had carried out raids in the Murzuq area. Later an air strike hit "
                 "targets near Sabha.", layers)
    assert ("LNA", "attacked", sabha) not in got
    got = events("The LNA said its forces had carried out raids in the Murzuq area. Later an air strike hit "
                 "targets near Sabha.", layers)
    assert ("LNA", "attacked", sabha) in got


def test_forces_trying_to_enter_are_the_attackers(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("LNA units repelled GNA fighters trying to break into Tarhuna.", layers)
    assert ("GNA", "attacked", tarhuna) in got
    assert ("LNA", "attacked", tarhuna) not in got
    got = events("LNA units were trying to break into Tarhuna.", layers)
    assert ("LNA", "attacked", tarhuna) in got


def test_a_facility_held_by_a_side_keeps_the_attack_reach(layers):
    tripoli = _id("Tripoli", layers)
    got = events("LNA aircraft hit an army camp held by GNA forces in Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) in got
    got = events("LNA aircraft hit a camp. Tripoli is held by GNA forces.", layers)
    assert ("LNA", "attacked", tripoli) not in got


def test_an_arabic_relative_naming_the_launcher_goes_on_with_the_strike(layers):
    murzuq = _id("Murzuq", layers)
    got = events("قال مسؤول إن الضربة الجوية التي شنتها قوات حفتر على بلدة مرزق أودت بحياة عشرة أشخاص.", layers)
    assert ("LNA", "attacked", murzuq) in got
    got = events("قال مسؤول إن الغارة التي شنتها قوات حفتر على مرزق أودت بحياة عشرة أشخاص.", layers)
    assert ("LNA", "attacked", murzuq) in got
    got = events("قال مسؤول إن الضربة الجوية في مرزق أودت بحياة عشرة أشخاص.", layers)
    assert ("LNA", "attacked", murzuq) not in got


def test_control_nouns_and_holding_people_are_no_holds(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("The GNA said its drone targeted a control vehicle in Tarhuna.", layers)
    assert ("GNA", "holds", tarhuna) not in got
    gharyan = _id("Gharyan", layers)
    got = events("Haftar's forces were angry after the loss of control of Gharyan.", layers)
    assert ("LNA", "holds", gharyan) not in got
    tajoura = _id("Tajoura", layers)
    got = events("LNA jets bombed a centre holding migrants in Tajoura.", layers)
    assert ("LNA", "holds", tajoura) not in got
    assert ("LNA", "attacked", tajoura) in got
    got = events("GNA forces are holding Tajoura.", layers)
    assert ("GNA", "holds", tajoura) in got


def test_now_the_new_stronghold_appositive(layers):
    sirte = _id("Sirte", layers)
    got = events("Mercenaries moved to Sirte, now the new stronghold of Haftar's militias, on Monday.", layers)
    assert ("LNA", "holds", sirte) in got
    got = events("Mercenaries left Sirte, now a ghost town, for a stronghold of Haftar's militias.", layers)
    assert ("LNA", "holds", sirte) not in got
