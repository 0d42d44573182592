"""Round 34 of the ingest rules (tune36, tune37, holds and withdrawals over all splits): each rule with a short invented
sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_base_a_sides_possessive_names_is_held(layers):
    jufra = _id("Jufra airbase", layers)
    got = events("Turkish officials said the GNA now wants the LNA's Jufra airbase as well.", layers)
    assert ("LNA", "holds", jufra) in got
    got = events("Drones circled over Haftar's al-Jufra air base on Monday.", layers)
    assert ("LNA", "holds", jufra) in got
    # a possessor that is no side, or words between that are no name
    got = events("Drones circled over Tripoli's Mitiga base on Monday.", layers)
    assert not [e for e in got if e[1] == "holds"]
    got = events("GNA jets struck Haftar's attack on the base at Jufra.", layers)
    assert ("LNA", "holds", jufra) not in got


def test_a_sides_air_base_in_apposition_is_the_base(layers):
    jufra_base, jufra = _id("Jufra airbase", layers), _id("Jufra", layers)
    got = events("GNA jets hit Jufra, the LNA's air base, before dawn.", layers)
    assert ("LNA", "holds", jufra_base) in got and ("LNA", "holds", jufra) not in got
    got = events("GNA jets hit Jufra, the LNA's stronghold, before dawn.", layers)
    assert ("LNA", "holds", jufra) in got


def test_a_distance_between_a_place_and_its_stronghold_appositive(layers):
    tarhuna, tripoli = _id("Tarhuna", layers), _id("Tripoli", layers)
    got = events("GNA drones hit Tarhuna, 80 km south-east of the capital, a key support base for Haftar's forces.", layers)
    assert ("LNA", "holds", tarhuna) in got and ("LNA", "holds", tripoli) not in got


def test_where_a_side_is_holed_up(layers):
    watiya, tripoli = _id("al-Watiya airbase", layers), _id("Tripoli", layers)
    got = events("GNA jets struck the Watiya air base south-west of Tripoli, where fighters loyal to Haftar are holed up.", layers)
    assert ("LNA", "holds", watiya) in got and ("LNA", "holds", tripoli) not in got
    got = events("GNA jets struck the Watiya air base south-west of Tripoli, where civilians are holed up.", layers)
    assert not [e for e in got if e[1] == "holds"]


def test_a_forward_base_of_a_town_is_the_town(layers):
    gharyan = _id("Gharyan", layers)
    got = events("The LNA still keeps its forward base of Gharyan, well south of the capital.", layers)
    assert ("LNA", "holds", gharyan) in got and ("LNA", "holds", _id("Gharyan airport", layers)) not in got


def test_a_district_in_the_south_of_a_city_under_control(layers):
    hadba, tripoli = _id("al-Hadba al-Khadra", layers), _id("Tripoli", layers)
    got = events("The clinic is in al-Hadba al-Khadra, a quiet district in the south of Tripoli that is under GNA control.",
                 layers)
    assert ("GNA", "holds", hadba) in got and ("GNA", "holds", tripoli) not in got


def test_their_stronghold_belongs_to_the_forces_the_place_locates(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("GNA units opened fire on Haftar's militias in and around Tarhuna, their last stronghold in the west.", layers)
    assert ("LNA", "holds", tarhuna) in got and ("GNA", "holds", tarhuna) not in got
    got = events("GNA units reached Tarhuna, their new stronghold in the west.", layers)
    assert ("LNA", "holds", tarhuna) not in got


def test_a_contrast_clause_has_its_own_subject(layers):
    tripoli = _id("Tripoli", layers)
    got = events("The GNA runs little beyond Tripoli, while most of the south is in Haftar's hands.", layers)
    assert ("LNA", "holds", tripoli) not in got
    got = events("Tripoli is in Haftar's hands, a spokesman claimed.", layers)
    assert ("LNA", "holds", tripoli) in got


def test_positions_facing_a_town_are_not_the_town(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("GNA fighters held their positions facing Tarhuna all night.", layers)
    assert ("GNA", "holds", tarhuna) not in got
    got = events("GNA fighters held their positions in Tarhuna all night.", layers)
    assert ("GNA", "holds", tarhuna) in got


def test_arabic_forces_controlling_a_place(layers):
    sirte = _id("Sirte", layers)
    got = events("وقال مصدر إن قوات حفتر المسيطرة على مدينة سرت عززت دفاعاتها.", layers)
    assert ("LNA", "holds", sirte) in got
    got = events("وقال مصدر إن قوات حفتر تقترب من مدينة سرت.", layers)
    assert ("LNA", "holds", sirte) not in got


def test_the_one_made_to_act_after_a_nominal_subject_with_by(layers):
    watiya = _id("al-Watiya airbase", layers)
    got = events("Shelling by the GNA's artillery forced fighters loyal to the retired field marshal Haftar to pull out of "
                 "al-Watiya airbase.", layers)
    assert ("LNA", "withdrew", watiya) in got and ("GNA", "withdrew", watiya) not in got


def test_a_redeployment_away_from_a_place(layers):
    gharyan = _id("Gharyan", layers)
    got = events("Haftar's command announced the redeployment away from Gharyan of its units.", layers)
    assert ("LNA", "withdrew", gharyan) in got
    got = events("Haftar's command announced the redeployment of its units to Gharyan.", layers)
    assert ("LNA", "withdrew", gharyan) not in got


def test_no_side_is_driven_out_with_the_islamic_state(layers):
    sirte = _id("Sirte", layers)
    got = events("GNA-aligned brigades, which drove the Islamic State out of Sirte, are mobilising again.", layers)
    assert not [e for e in got if e[2] == sirte and e[1] in ("captured", "withdrew")]
    got = events("The Misrata brigades drove Haftar's forces out of Sirte.", layers)
    assert ("GNA", "captured", sirte) in got and ("LNA", "withdrew", sirte) in got


def test_the_fall_of_a_place_is_a_blow_to_the_side_that_lost_it(layers):
    gharyan = _id("Gharyan", layers)
    got = events("The fall of Gharyan is a heavy blow to Haftar's army.", layers)
    assert ("GNA", "captured", gharyan) in got and ("LNA", "withdrew", gharyan) in got
    assert ("LNA", "captured", gharyan) not in got


def test_arabic_subject_after_a_pronoun_object(layers):
    sirte = _id("Sirte", layers)
    got = events("انسحبت قوات الوفاق من مدينة سرت بعدما سيطرت عليها قوات حفتر.", layers)
    assert ("LNA", "captured", sirte) in got and ("GNA", "captured", sirte) not in got


def test_a_compass_point_of_a_described_city_locates(layers):
    misrata, abu_grein = _id("Misrata", layers), _id("Abu Grein", layers)
    got = events("GNA troops regained the area, south of the strategic city of Misrata, after a day of fighting.", layers)
    assert ("GNA", "captured", misrata) not in got
    got = events("GNA troops regained Abu Grein, south of the strategic city of Misrata.", layers)
    assert ("GNA", "captured", abu_grein) in got and ("GNA", "captured", misrata) not in got
