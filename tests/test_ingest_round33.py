"""Round 33 of the ingest rules (tune34, tune35): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_falling_back_on_a_place_holds_it(layers):
    sirte, gharyan = _id("Sirte", layers), _id("Gharyan", layers)
    got = events("Haftar's brigades fell back on Sirte after the battle.", layers)
    assert ("LNA", "holds", sirte) in got and ("LNA", "withdrew", sirte) not in got
    got = events("Haftar's brigades left Gharyan on Tuesday and fell back to Sirte.", layers)
    assert ("LNA", "holds", sirte) in got and ("LNA", "withdrew", gharyan) in got
    # falling back from a place still leaves it
    got = events("Haftar's brigades fell back from Sirte after the battle.", layers)
    assert ("LNA", "withdrew", sirte) in got


def test_leaving_for_a_place_is_no_withdrawal_from_it(layers):
    tripoli, sabha = _id("Tripoli", layers), _id("Sabha", layers)
    got = events("The LNA units reached Sabha in January, before leaving for Tripoli in March.", layers)
    assert ("LNA", "withdrew", tripoli) not in got
    got = events("The LNA units left Sabha in March.", layers)
    assert ("LNA", "withdrew", sabha) in got


def test_the_capital_named_after_a_comma_only_locates(layers):
    mitiga, tripoli = _id("Mitiga airport", layers), _id("Tripoli", layers)
    got = events("GNA officials said Haftar's gunners shelled Mitiga airport in the capital, Tripoli, overnight.", layers)
    assert ("LNA", "attacked", mitiga) in got and ("LNA", "attacked", tripoli) not in got
    got = events("GNA officials said Haftar's gunners shelled the capital, Tripoli, overnight.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_the_airports_of_a_list_of_towns(layers):
    misrata, zuwara = _id("Misrata", layers), _id("Zuwara", layers)
    got = events("Haftar's jets bombed the airports of Misrata and Zuwara on Friday.", layers)
    assert ("LNA", "attacked", _id("Misrata airport", layers)) in got
    assert ("LNA", "attacked", misrata) not in got and ("LNA", "attacked", zuwara) not in got
    got = events("Haftar's jets bombed the towns of Misrata and Zuwara on Friday.", layers)
    assert ("LNA", "attacked", misrata) in got and ("LNA", "attacked", zuwara) in got


def test_a_street_named_after_a_town_is_not_the_town(layers):
    zawiya, tripoli = _id("Zawiya", layers), _id("Tripoli", layers)
    got = events("Haftar's rockets struck a clinic on Zawiya Street in Tripoli on Monday.", layers)
    assert ("LNA", "attacked", zawiya) not in got and ("LNA", "attacked", tripoli) in got
    got = events("Haftar's rockets struck a clinic in Zawiya on Monday.", layers)
    assert ("LNA", "attacked", zawiya) in got


def test_a_stronghold_a_side_left_is_no_hold(layers):
    gharyan = _id("Gharyan", layers)
    got = events("The LNA's withdrawal from its main base at Gharyan came after a surprise GNA assault.", layers)
    assert ("LNA", "withdrew", gharyan) in got and ("LNA", "holds", gharyan) not in got
    got = events("GNA drones struck Gharyan, the LNA's main base in the west.", layers)
    assert ("LNA", "holds", gharyan) in got


def test_held_by_after_a_facility_the_locator_places(layers):
    sabha = _id("Sabha", layers)
    got = events("The LNA's 116 Brigade moved to take the Jebel Hasawna Camp in northern Sabha, held by GNA-aligned "
                 "forces.", layers)
    assert ("GNA", "holds", sabha) not in got
    got = events("The LNA's 116 Brigade moved to take Sabha, held by GNA-aligned forces.", layers)
    assert ("GNA", "holds", sabha) in got


def test_the_attackers_a_side_repelled_in_a_relative_clause(layers):
    sawani = _id("al-Sawani", layers)
    got = events("The GNA said its troops repelled the attackers, who had spent two days trying to take al-Sawani.", layers)
    assert ("LNA", "attacked", sawani) in got and ("GNA", "attacked", sawani) not in got
    got = events("The GNA said its troops had spent two days trying to take al-Sawani.", layers)
    assert ("GNA", "attacked", sawani) in got


def test_a_place_cut_off_is_no_object_of_the_attempt(layers):
    sawani, tripoli = _id("al-Sawani", layers), _id("Tripoli", layers)
    got = events("LNA units tried to take al-Sawani to cut Tripoli off from the mountains.", layers)
    assert ("LNA", "attacked", sawani) in got and ("LNA", "attacked", tripoli) not in got
    got = events("LNA units tried to take al-Sawani and Tripoli.", layers)
    assert ("LNA", "attacked", tripoli) in got


def test_a_bare_force_noun_holding_a_place_names_no_side(layers):
    zuwara = _id("Zuwara", layers)
    got = events("In the west the LNA kept every position it won on Tuesday in its push, and Zuwara remains under siege "
                 "after the gunmen holding it refused to give up.", layers)
    assert ("LNA", "holds", zuwara) not in got
    got = events("The GNA gunmen holding Zuwara refused to give up.", layers)
    assert ("GNA", "holds", zuwara) in got


def test_the_army_is_the_lna_where_only_haftar_s_side_is_an_army(layers):
    jufra = _id("al-Jufra airbase", layers)
    text = ("Khalifa Haftar's Libyan National Army said drones of the Government of National Accord had been shot down. "
            "Pro-GNA media said strikes had hit the Jufra air base, which the army has held since 2017.")
    got = events(text, layers)
    assert ("LNA", "holds", jufra) in got and ("GNA", "holds", jufra) not in got
    # where the GNA's forces are also an army, "the army" stays unattributed
    got = events(text.replace("Pro-GNA media", "The GNA's army"), layers)
    assert ("LNA", "holds", jufra) not in got


def test_civilians_leaving_a_place_are_no_side(layers):
    refinery = _id("Zawiya refinery and oil terminal", layers)
    got = events("The LNA said the tankers belonged to smugglers who had left the Zawiya refinery at night.", layers)
    assert not [e for e in got if e[2] == refinery]
    got = events("The LNA said its fighters had left the Zawiya refinery at night.", layers)
    assert ("LNA", "withdrew", refinery) in got


def test_an_unlisted_named_site_makes_the_town_after_it_a_locator(layers):
    sirte = _id("Sirte", layers)
    # (Wadi Jarif, this test's first example, has since been added to the gazetteer: another unlisted name here)
    got = events("GNA jets struck an arms depot in the Wadi Tamet area near Sirte.", layers)
    assert ("GNA", "attacked", sirte) not in got
    # a known place with its area noun locates the same way: Wadi Jarif is hit, Sirte only locates it
    got = events("GNA jets struck an arms depot in the Wadi Jarif area near Sirte.", layers)
    assert ("GNA", "attacked", sirte) not in got and ("GNA", "attacked", _id("Wadi Jarif", layers)) in got
    got = events("GNA jets struck an arms depot in an area near Sirte.", layers)
    assert ("GNA", "attacked", sirte) in got


def test_the_side_an_attack_noun_is_on_is_its_object(layers):
    ain_zara, qasr = _id("Ain Zara", layers), _id("Qasr bin Ghashir", layers)
    got = events("The GNA air force said it had carried out five strikes that day on pro-Haftar positions in Ain Zara "
                 "and Qasr bin Ghashir.", layers)
    assert ("GNA", "attacked", ain_zara) in got and ("GNA", "attacked", qasr) in got
    got = events("Strikes by pro-Haftar units hit Ain Zara.", layers)
    assert ("LNA", "attacked", ain_zara) in got


def test_positions_seized_close_to_something_in_a_place(layers):
    espiaa = _id("Espiaa", layers)
    got = events("GNA troops pressed on, seizing positions close to the LNA supply road in Espiaa.", layers)
    assert ("GNA", "attacked", espiaa) in got and ("GNA", "captured", espiaa) not in got
    got = events("GNA troops pressed on and seized Espiaa.", layers)
    assert ("GNA", "captured", espiaa) in got


def test_an_operation_carried_out_in_a_place_is_an_attack(layers):
    ain_zara, tripoli = _id("Ain Zara", layers), _id("Tripoli", layers)
    got = events("GNA forces carried out a surprise operation in Ain Zara at dawn.", layers)
    assert ("GNA", "attacked", ain_zara) in got
    got = events("The GNA carried out an evacuation operation in Tripoli at dawn.", layers)
    assert ("GNA", "attacked", tripoli) not in got


def test_both_near_a_town_locates_the_list(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("GNA units shelled Espiaa and Souq al-Khamis, both near Tarhuna, on Monday.", layers)
    assert ("GNA", "attacked", _id("Espiaa", layers)) in got and ("GNA", "attacked", tarhuna) not in got
    got = events("GNA units shelled Espiaa and Tarhuna on Monday.", layers)
    assert ("GNA", "attacked", tarhuna) in got


def test_moving_on_a_place_is_an_advance_on_it(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("GNA columns moved on Tarhuna from three directions.", layers)
    assert ("GNA", "attacked", tarhuna) in got
    got = events("GNA columns moved on to other fronts after Tarhuna.", layers)
    assert ("GNA", "attacked", tarhuna) not in got


def test_a_place_a_side_uses_it_holds(layers):
    jufra = _id("al-Jufra airbase", layers)
    got = events("GNA jets hit al-Jufra airbase, which Haftar's forces use to supply their units.", layers)
    assert ("LNA", "holds", jufra) in got and ("GNA", "attacked", jufra) in got
    got = events("GNA jets hit al-Jufra airbase, where Haftar's forces had used drones.", layers)
    assert ("LNA", "holds", jufra) not in got


def test_the_raids_are_those_of_the_side_reported_striking(layers):
    jufra = _id("al-Jufra airbase", layers)
    got = events("GNA jets struck al-Jufra airbase on Friday, describing the base as a hub supporting Haftar's forces in "
                 "their attack on the capital. Officials said the raids destroyed a hangar and radars at the base.", layers)
    assert ("LNA", "attacked", jufra) not in got and ("GNA", "attacked", jufra) in got
    # fire with no one named, after an attack of the other side, is still that side's
    got = events("Haftar's forces pressed their attack on the capital. Shells hit a hangar at al-Jufra airbase.", layers)
    assert ("LNA", "attacked", jufra) in got


def test_attacking_toward_a_place_attacks_it(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("GNA fighters attacked from Garabulli toward Tarhuna on Saturday.", layers)
    assert ("GNA", "attacked", tarhuna) in got
    got = events("GNA fighters fled from Garabulli toward Tarhuna on Saturday.", layers)
    assert ("GNA", "attacked", tarhuna) not in got


def test_an_aside_between_commas_does_not_end_a_nominal_subject(layers):
    sirte = _id("Sirte", layers)
    got = events("Two air raids by Haftar's air force, with foreign drones involved, hit positions in Sirte.", layers)
    assert ("LNA", "attacked", sirte) in got
    # an aside of another kind still ends it
    got = events("Two air raids by Haftar's air force, the GNA's media office said on Monday, hit positions in Sirte.",
                 layers)
    assert ("LNA", "attacked", sirte) not in got
