"""Round 31 of the ingest rules (tune32): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_added_words_are_the_speaker_s_before(layers):
    assa = _id("al-Assa", layers)
    got = events("The LNA said it had repelled an assault by GNA troops on Watiya. "
                 "It added that its forces had then taken al-Assa.", layers)
    assert ("LNA", "captured", assa) in got and ("GNA", "captured", assa) not in got
    got = events("قال الجيش الوطني الليبي إنه صد هجوما شنته قوات الوفاق على قاعدة الوطية. "
                 "وأضاف أن قواته حررت العسة.", layers)
    assert ("LNA", "captured", assa) in got and ("GNA", "captured", assa) not in got
    # a sentence that names who adds the words is theirs
    got = events("The LNA said it had repelled an assault by GNA troops on Watiya. "
                 "GNA officials added that their forces had then taken al-Assa.", layers)
    assert ("GNA", "captured", assa) in got and ("LNA", "captured", assa) not in got


def test_again_under_control_is_a_retaking(layers):
    sirte = _id("Sirte", layers)
    got = events("Residents said Sirte is again under GNA control.", layers)
    assert ("GNA", "captured", sirte) in got and ("GNA", "holds", sirte) not in got
    got = events("Residents said Sirte is under GNA control.", layers)
    assert ("GNA", "holds", sirte) in got and ("GNA", "captured", sirte) not in got


def test_arabic_subject_between_kana_and_qad(layers):
    gharyan = _id("Gharyan", layers)
    got = events("وكانت القوات الموالية لحكومة الوفاق قد طردت قوات حفتر من غريان.", layers)
    assert ("GNA", "captured", gharyan) in got and ("LNA", "captured", gharyan) not in got
    # with no side before "قد", the side after the verb is still read as before
    got = events("وكانت القوات قد طردت قوات حفتر من غريان.", layers)
    assert ("GNA", "captured", gharyan) not in got


def test_pulling_back_in_a_place_does_not_leave_it(layers):
    tripoli, gharyan = _id("Tripoli", layers), _id("Gharyan", layers)
    got = events("GNA units began pulling back in southern Tripoli.", layers)
    assert ("GNA", "withdrew", tripoli) not in got
    got = events("GNA units pulled back from Tripoli.", layers)
    assert ("GNA", "withdrew", tripoli) in got
    got = events("GNA units retreated in disarray from Gharyan.", layers)
    assert ("GNA", "withdrew", gharyan) in got


def test_a_place_on_the_approach_to_a_town_is_located_by_it(layers):
    janzour, tripoli = _id("Janzour", layers), _id("Tripoli", layers)
    got = events("The Janzour district on the approach to the capital is in government hands.", layers)
    assert ("GNA", "holds", janzour) in got and ("GNA", "holds", tripoli) not in got
    # two places joined by "and" are both taken
    got = events("LNA units took Janzour and Tripoli.", layers)
    assert ("LNA", "captured", tripoli) in got


def test_civilians_fleeing_borrow_no_place(layers):
    abu_salim = _id("Abu Salim", layers)
    got = events("Haftar's forces took Abu Salim and GNA officials had fled.", layers)
    assert ("GNA", "withdrew", abu_salim) not in got
    got = events("Haftar's forces took Abu Salim and GNA fighters had fled.", layers)
    assert ("GNA", "withdrew", abu_salim) in got


def test_an_air_base_in_a_named_town_is_its_air_base(layers):
    misrata, base = _id("Misrata", layers), _id("Misrata air base", layers)
    got = events("LNA jets struck an air base in Misrata.", layers)
    assert ("LNA", "attacked", base) in got and ("LNA", "attacked", misrata) not in got
    # a camp is no facility the gazetteer has by kind: the town stays the target
    got = events("LNA jets struck a camp in Misrata.", layers)
    assert ("LNA", "attacked", misrata) in got


def test_held_now_is_a_taking_when_the_next_clause_says_the_places_fell_after_fighting(layers):
    surman, sabratha = _id("Surman", layers), _id("Sabratha", layers)
    got = events("An official said the GNA now controls Surman and Sabratha; the towns fell after hours of fighting.",
                 layers)
    assert ("GNA", "captured", surman) in got and ("GNA", "captured", sabratha) in got
    # fighting somewhere else in the next clause is not how these places changed hands
    got = events("An official said the GNA now controls Surman and Sabratha; the LNA shelled Mizda after hours of "
                 "fighting.", layers)
    assert ("GNA", "holds", surman) in got and ("GNA", "captured", surman) not in got


def test_an_arabic_plural_facility_word_names_each_facility_of_its_list(layers):
    takbali, hamza = _id("Tikbali camp", layers), _id("Hamza camp", layers)
    got = events("اقتحمت قوات الوفاق معسكرات التكبالي وحمزة.", layers)
    assert ("GNA", "captured", takbali) in got and ("GNA", "captured", hamza) in got
    # a bare name with no facility word before it is not read as a camp
    got = events("اقتحمت قوات الوفاق التكبالي.", layers)
    assert ("GNA", "captured", takbali) not in got


def test_arabic_forces_fleeing_from_a_place_left_it(layers):
    tarhuna = _id("Tarhuna", layers)
    got = events("لاحقت قوات الوفاق قوات حفتر الفارة من ترهونة.", layers)
    assert ("LNA", "withdrew", tarhuna) in got and ("GNA", "withdrew", tarhuna) not in got
    # fleeing towards a place does not leave it
    got = events("لاحقت قوات الوفاق قوات حفتر الفارة نحو ترهونة.", layers)
    assert ("LNA", "withdrew", tarhuna) not in got


def test_a_claim_of_its_own_after_a_denial_is_not_denied(layers):
    ajdir = _id("Ras Ajdir", layers)
    got = events("GNA units rejected any LNA advance and insisted they still hold Ras Ajdir.", layers)
    assert ("GNA", "holds", ajdir) in got and ("LNA", "holds", ajdir) not in got
    # what the denial governs stays denied
    got = events("GNA units rejected reports that the LNA had taken Ras Ajdir.", layers)
    assert ("LNA", "captured", ajdir) not in got
    # a side before an attack noun that opens the sentence is still the attacker
    got = events("An LNA attack hit Ras Ajdir.", layers)
    assert ("LNA", "attacked", ajdir) in got


def test_arabic_control_with_a_pronoun_is_the_speaker_s(layers):
    base = _id("al-Watiya airbase", layers)
    got = events("قال الجيش الوطني الليبي إنه صد هجوما شنته قوات الوفاق على قاعدة الوطية الخاضعة لسيطرته.", layers)
    assert ("LNA", "holds", base) in got and ("GNA", "holds", base) not in got
    # a side named after "لسيطرة" is still the holder
    got = events("قصفت قوات حفتر قاعدة الوطية الخاضعة لسيطرة قوات الوفاق.", layers)
    assert ("GNA", "holds", base) in got and ("LNA", "holds", base) not in got
