"""Round 48: withdrawals implied by a capture whose place is described as the other side's (a relative whose subject
carries an article, a relative hanging on an appositive that counts the places, a participle naming the earlier
holder)."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_relative_whose_subject_has_an_article_names_the_former_holder(layers):
    got = events("GNA forces took control of Gharyan, which the LNA had held since April.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) in got
    near = events("GNA forces took control of Gharyan, which the LNA had attacked in April.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) not in near


def test_a_relative_on_an_appositive_that_counts_the_places_names_the_former_holder(layers):
    got = events("GNA forces took Tiji, two towns on the border that until then had been held by the militiamen of "
                 "Marshal Khalifa Haftar.", layers)
    assert ("LNA", "withdrew", _id("Tiji", layers)) in got
    near = events("GNA forces took Tiji, two towns on the border that until then had been shelled by the militiamen of "
                  "Marshal Khalifa Haftar.", layers)
    assert ("LNA", "withdrew", _id("Tiji", layers)) not in near


def test_a_participle_naming_an_earlier_holder(layers):
    got = events("The GNA took control of Surman, an area previously controlled by Khalifa Haftar's forces.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) in got
    got = events("The GNA took control of Surman, a town long held by Haftar's forces.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) in got
    near = events("The GNA took control of Surman, an area previously visited by Khalifa Haftar.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) not in near
    near = events("The GNA took control of Surman, an area GNA forces had long wanted.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) not in near


def test_a_side_name_overlapping_a_longer_alias_is_one_actor(layers):
    # "forces loyal to the government" and "Government of National Accord" overlap: the relative clause after
    # "Accord" is about the GNA, not about the subject before it
    got = events("Serraj said the LNA would face firm resistance from forces loyal to the Government of National Accord, "
                 "which controls Tripoli.", layers)
    assert ("GNA", "holds", _id("Tripoli", layers)) in got
    assert ("LNA", "holds", _id("Tripoli", layers)) not in got
    near = events("Serraj said the GNA would face firm resistance from forces loyal to Khalifa Haftar, who controls "
                  "Sirte.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in near
    assert ("GNA", "holds", _id("Sirte", layers)) not in near


def test_a_place_lost_to_the_forces_of_a_side_was_taken_by_it(layers):
    got = events("The LNA pulled back, a day after it lost the al-Watiya air base to the forces of the Government of "
                 "National Accord.", layers)
    assert ("GNA", "captured", _id("al-Watiya air base", layers)) in got
    got = events("Haftar suffered another setback on Monday, losing the Watiya air base to the forces of Prime Minister "
                 "Fayez al-Sarraj.", layers)
    assert ("GNA", "captured", _id("al-Watiya air base", layers)) in got
    near = events("Haftar suffered another setback on Monday, losing the Watiya air base to the forces of dust and wind "
                  "in the desert.", layers)
    assert all(e[1] != "captured" for e in near)


def test_a_distance_appositive_may_stand_before_the_former_holder(layers):
    got = events("Haftar's forces have taken control of the whole city of Sirte, 450 km east of Tripoli, which until now "
                 "had been held by the Government of National Accord.", layers)
    assert ("GNA", "withdrew", _id("Sirte", layers)) in got
    got = events("Haftar's forces took Sirte, 450 km east of Tripoli, a town held until now by forces of the Government "
                 "of National Accord.", layers)
    assert ("GNA", "withdrew", _id("Sirte", layers)) in got
    near = events("Haftar's forces took Sirte, 450 km east of Tripoli, which the GNA forces had attacked in 2016.", layers)
    assert ("GNA", "withdrew", _id("Sirte", layers)) not in near


def test_an_entry_does_not_say_the_former_holder_left(layers):
    got = events("Haftar's forces said they had entered Sirte, 450 km east of Tripoli, which until then had been held "
                 "by forces of the Government of National Accord.", layers)
    assert ("GNA", "withdrew", _id("Sirte", layers)) not in got
    near = events("Haftar's forces said they had seized Sirte, 450 km east of Tripoli, which until then had been held "
                  "by forces of the Government of National Accord.", layers)
    assert ("GNA", "withdrew", _id("Sirte", layers)) in near


def test_a_participle_of_taking_a_place_from_a_side(layers):
    got = events("Troops found 106 bodies in a hospital in Tarhuna, a town freed from the militias of warlord Khalifa "
                 "Haftar on Friday.", layers)
    assert ("GNA", "captured", _id("Tarhuna", layers)) in got
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) in got
    got = events("The GNA is still struggling to restore stability in the southern districts of Tripoli and in Tarhuna, "
                 "both freed from Khalifa Haftar's militias.", layers)
    assert ("GNA", "captured", _id("Tarhuna", layers)) in got
    assert ("GNA", "captured", _id("Tripoli", layers)) not in got  # only districts of Tripoli
    near = events("Troops found 106 bodies in a hospital in Tarhuna, a town freed from hunger by aid convoys.", layers)
    assert all(e[1] not in ("captured", "withdrew") for e in near)


def test_a_stronghold_appositive_may_name_a_title_a_region_and_the_forces(layers):
    got = events("The GNA on Friday liberated the strategic city of Tarhuna, the last stronghold of warlord Khalifa "
                 "Haftar in western Libya.", layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) in got
    got = events("GNA forces said they had established control over the town of Tarhuna, the last bastion in western "
                 "Libya of the forces of warlord Khalifa Haftar.", layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) in got
    near = events("The GNA liberated Tarhuna, the last stronghold of the revolution in 2011.", layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) not in near


def test_a_place_retaken_from_a_side_with_a_title(layers):
    got = events("GNA forces on 27 January retook Abu Grein, south-east of Misrata, from General Khalifa Haftar's LNA, "
                 "which had overrun the town a day earlier.", layers)
    assert ("LNA", "withdrew", _id("Abu Grein", layers)) in got
    near = events("GNA forces on 27 January retook Abu Grein, south-east of Misrata, said General Khalifa Haftar's "
                  "opponents.", layers)
    assert ("LNA", "withdrew", _id("Abu Grein", layers)) not in near


def test_the_former_holders_withdrawal_is_not_the_next_sentences_actor(layers):
    got = events("GNA forces said they had established control over the town of Tarhuna, the last bastion of the forces "
                 "of warlord Khalifa Haftar. 'Our heroic forces have extended their control over the whole of Tarhuna,' "
                 "a spokesman wrote.", layers)
    assert ("LNA", "captured", _id("Tarhuna", layers)) not in got
    assert ("GNA", "captured", _id("Tarhuna", layers)) in got
