"""Round 36 of the ingest rules (tune40-tune43: false holds, then missed withdrawals, then the other false
positives): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_possessed_flight_is_a_retreat(layers):
    gharyan = _id("Gharyan", layers)
    got = events("The spokesman explained Haftar's troops' flight from Gharyan as a tactical move.", layers)
    assert ("LNA", "withdrew", gharyan) in got
    got = events("A cargo flight from Gharyan landed on Monday.", layers)
    assert not got


def test_pulled_its_troops_out_on_orders_borrows_the_place(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("GNA units entered Tarhuna after the LNA pulled its troops out on the orders of its command.", layers)
    assert ("LNA", "withdrew", tarhuna) in got
    # sending troops out on patrol is no withdrawal
    got = events("GNA units entered Tarhuna after the LNA sent its troops out on patrol.", layers)
    assert ("LNA", "withdrew", tarhuna) not in got


def test_reinforcements_leaving_a_town_are_no_withdrawal(layers):
    benghazi = _id("Benghazi", layers)
    got = events("The LNA showed reinforcements of the 9th Brigade leaving Benghazi to bolster the Sirte front.", layers)
    assert ("LNA", "withdrew", benghazi) not in got
    got = events("The LNA left Benghazi on Monday.", layers)
    assert ("LNA", "withdrew", benghazi) in got


def test_a_date_ending_a_since_gerund_is_history(layers):
    sirte = _id("Sirte", layers)
    got = events("The LNA seized Sirte on Monday; the GNA units that had guarded the city since expelling the jihadists "
                 "in 2016 said they pulled out to spare civilians.", layers)
    assert ("GNA", "withdrew", sirte) in got
    # the date of a capture inside the "since" phrase is still its own
    got = events("The GNA has held Sirte since capturing it from the LNA on 18 May.", layers, date="2020-07-06")
    assert not [e for e in got if e[1] == "withdrew"]


def test_a_condition_is_no_hold(layers):
    sirte = _id("Sirte", layers)
    got = events("The minister said talks would start only once Sirte was in government hands.", layers)
    assert ("GNA", "holds", sirte) not in got
    got = events("The minister said Sirte was in government hands.", layers)
    assert ("GNA", "holds", sirte) in got


def test_what_a_relative_clause_after_a_facility_or_home_to_is_about(layers):
    zawiya, ubari = _id("Zawiya", layers), _id("Ubari", layers)
    got = events("Tribesmen shut the oil terminals at Zawiya, which remain in the hands of the GNA.", layers)
    assert ("GNA", "holds", zawiya) not in got
    got = events("Ubari is home to Xanadu, a big oil field, which is occupied by Haftar's forces.", layers)
    assert ("LNA", "holds", ubari) not in got
    got = events("Tribesmen marched on Zawiya, which remains in the hands of the GNA.", layers)
    assert ("GNA", "holds", zawiya) in got


def test_a_destroyed_objects_base_is_not_the_strikers(layers):
    misrata_air = _id("Misrata airport", layers)
    got = events("LNA jets bombed Misrata. The strikes destroyed drones based at Misrata airport.", layers)
    assert ("LNA", "holds", misrata_air) not in got
    got = events("The LNA has drones based at Misrata airport.", layers)
    assert ("LNA", "holds", misrata_air) in got


def test_an_arabic_axis_after_a_held_camp_only_locates(layers):
    hamza, hadba = _id("معسكر حمزة", layers), _id("مشروع الهضبة", layers)
    got = events("باتت قوات حفتر المتمركزة في معسكر حمزة بمحور مشروع الهضبة شبه محاصرة.", layers)
    assert ("LNA", "holds", hamza) in got
    assert ("LNA", "holds", hadba) not in got


def test_his_forces_after_a_speaker_named_in_the_sentence(layers):
    washka = _id("al-Washka", layers)
    text = ("GNA troops advanced on Sirte as Khalifa Haftar watched. The operations room commander, Ahmed Ben Saleh, "
            "told reporters that his forces controlled al-Washka.")
    assert ("LNA", "holds", washka) not in events(text, layers)
    # with no speaker of its own, "his" is the man named before
    text = "GNA troops advanced on Sirte as Khalifa Haftar watched. Officials told reporters that his forces controlled al-Washka."
    assert ("LNA", "holds", washka) in events(text, layers)


def test_a_second_predicate_ends_the_object_list(layers):
    sirte, jufra = _id("Sirte", layers), _id("al-Jufra", layers)
    got = events("GNA forces controlled Sirte and were pushing through Jufra.", layers)
    assert ("GNA", "holds", sirte) in got and ("GNA", "holds", jufra) not in got
    got = events("GNA forces controlled Sirte and Jufra.", layers)
    assert ("GNA", "holds", jufra) in got


def test_arabic_came_to_control_is_a_capture(layers):
    gharyan = _id("غريان", layers)
    got = events("أكدت قوات الوفاق أنها باتت تسيطر على مدينة غريان.", layers)
    assert ("GNA", "captured", gharyan) in got
    got = events("أكدت قوات الوفاق أنها تسيطر على مدينة غريان.", layers)
    assert ("GNA", "captured", gharyan) not in got


def test_a_compass_part_or_edge_of_a_town_only_locates(layers):
    tripoli, sawani = _id("Tripoli", layers), _id("al-Sawani", layers)
    got = events("Haftar's jets hit a workshop in al-Sawani in the south of Tripoli.", layers)
    assert ("LNA", "attacked", sawani) in got and ("LNA", "attacked", tripoli) not in got
    got = events("Haftar's jets hit al-Sawani and Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_blamed_on_no_side_names_no_attacker(layers):
    benghazi = _id("Benghazi", layers)
    got = events("The LNA spokesman blamed a cleric and his followers for Friday's bombing in Benghazi.", layers)
    assert ("LNA", "attacked", benghazi) not in got
    got = events("The GNA blamed Haftar's militias for Friday's shelling of Benghazi.", layers)
    assert ("LNA", "attacked", benghazi) in got


def test_an_entry_beaten_back_is_an_attack(layers):
    ubari = _id("Ubari", layers)
    got = events("Haftar's fighters entered Ubari on Sunday before being pushed back by local units.", layers)
    assert ("LNA", "attacked", ubari) in got and ("LNA", "captured", ubari) not in got
    got = events("Haftar's fighters entered Ubari on Sunday before GNA units arrived.", layers)
    assert ("LNA", "captured", ubari) in got


def test_a_campaign_launched_since_is_a_period(layers):
    tripoli = _id("Tripoli", layers)
    got = events("It was his third trip to Abu Dhabi since Haftar launched his offensive against Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) not in got
    got = events("Haftar launched his offensive against Tripoli on Thursday.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_the_holder_after_by_is_not_the_striker(layers):
    watiya = _id("al-Watiya airbase", layers)
    got = events("GNA warplanes carried out strikes on the al-Watiya airbase held by Haftar's forces.", layers)
    assert ("GNA", "attacked", watiya) in got and ("LNA", "attacked", watiya) not in got
    got = events("Strikes by Haftar's forces hit the al-Watiya airbase.", layers)
    assert ("LNA", "attacked", watiya) in got


def test_goals_are_no_captures(layers):
    sirte = _id("Sirte", layers)
    got = events("GNA units will keep fighting until they regain control of Sirte.", layers)
    assert ("GNA", "captured", sirte) not in got
    got = events("The GNA insists on liberating Sirte.", layers)
    assert ("GNA", "captured", sirte) not in got
    got = events("وتسعى قوات الوفاق إلى استعادة مدينة سرت.", layers)
    assert ("GNA", "captured", sirte) not in got
    got = events("GNA units fought for weeks until they retook Sirte.", layers)
    assert ("GNA", "captured", sirte) in got


def test_a_place_taken_that_the_other_side_had_held(layers):
    tarhuna, washka = _id("Tarhuna", layers), _id("al-Washka", layers)
    got = events("GNA forces took control of Tarhuna, the last stronghold of Haftar's forces in the west.", layers)
    assert ("LNA", "withdrew", tarhuna) in got
    got = events("GNA forces said they had taken the al-Washka area, which Haftar's forces had held.", layers)
    assert ("LNA", "withdrew", washka) in got
    got = events("GNA forces took Tarhuna, which Haftar's forces shelled.", layers)
    assert ("LNA", "withdrew", tarhuna) not in got
