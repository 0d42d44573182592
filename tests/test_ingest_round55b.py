"""Round 55b: missed holds (tune96–tune155 and the whole labelled set): the side that repelled an attack on a base holds
it."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_the_side_that_repelled_an_attack_on_a_base_holds_it(layers):
    got = events("The LNA said its troops repelled a massive assault by GNA forces on al-Watiya airbase on Tuesday.", layers)
    assert ("GNA", "attacked", _id("al-Watiya airbase", layers)) in got
    assert ("LNA", "holds", _id("al-Watiya airbase", layers)) in got
    got = events("The LNA said it beat back an attempt by GNA militias to storm al-Watiya air base.", layers)
    assert ("LNA", "holds", _id("al-Watiya air base", layers)) in got
    near = events("GNA forces launched a massive assault on al-Watiya airbase on Tuesday.", layers)
    assert ("GNA", "attacked", _id("al-Watiya airbase", layers)) in near
    assert all(e[1] != "holds" for e in near)


def test_a_repelled_attack_on_a_town_or_on_positions_near_it_holds_nothing(layers):
    near = events("The LNA said it repelled an attack by GNA forces on its positions south of Tripoli.", layers)
    assert all(e[1] != "holds" for e in near)
    near = events("The GNA said it beat back a major assault on Gharyan by Haftar's forces on Monday.", layers)
    assert ("GNA", "holds", _id("Gharyan", layers)) not in near


def test_a_supply_or_operations_hub_a_side_uses_is_a_place_it_holds(layers):
    got = events("Government forces are now moving on Tarhuna, which Haftar's forces used as their supply hub for the assault "
                 "on Tripoli.", layers)
    assert ("LNA", "holds", _id("Tarhuna", layers)) in got
    got = events("GNA units attacked Tarhuna, which Haftar's militias use as an operations and supply centre.", layers)
    assert ("LNA", "holds", _id("Tarhuna", layers)) in got
    near = events("Government forces are now moving on Tarhuna, which Haftar's forces used as a supply route.", layers)
    assert ("LNA", "holds", _id("Tarhuna", layers)) not in near


def test_arabic_subject_to_control_in_the_dual_plural_and_after_the_place(layers):
    got = events("وتسعى قوات الوفاق إلى استعادة مدينة سرت وقاعدة الجفرة الجوية الخاضعتين لسيطرة قوات حفتر.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    assert ("LNA", "holds", _id("al-Jufra Airbase", layers)) in got
    got = events("وسجلت الإصابات في مدينة مصراتة، وهي مدينة تخضع لسيطرة حكومة الوفاق الوطني.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) in got
    near = events("وسجلت الإصابات في مدينة مصراتة، وهي مدينة لا تخضع لأي جهة.", layers)
    assert all(e[1] != "holds" for e in near)


def test_arabic_forces_entrenched_in_a_place_hold_it(layers):
    got = events("وأفاد مصدر عسكري بأن الخناق يضيق على قوات حفتر المتحصنة داخل مطار طرابلس الدولي.", layers)
    assert ("LNA", "holds", _id("Tripoli International Airport", layers)) in got
    near = events("وأفاد مصدر عسكري بأن الخناق يضيق على قوات حفتر قرب مطار طرابلس الدولي.", layers)
    assert all(e[1] != "holds" for e in near)


def test_the_side_defending_a_place_holds_it(layers):
    got = events("Haftar controls most of Libya apart from Misrata, which the GNA's militias are defending with Turkish "
                 "hardware.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) in got
    got = events("The LNA gave the Misrata militias defending Tripoli three days to leave.", layers)
    assert ("GNA", "holds", _id("Tripoli", layers)) in got
    near = events("The GNA defended its decision to strike Sirte on Monday.", layers)
    assert all(e[1] != "holds" for e in near)
    near = events("Sirte is defended by the LNA, officials said.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in near


def test_arabic_the_side_that_repelled_an_attack_on_a_base_holds_it(layers):
    got = events("وقال الجيش الوطني إنه صدّ هجوماً شنته قوات الوفاق على قاعدة الوطية الجوية.", layers)
    assert ("GNA", "attacked", _id("al-Watiya Airbase", layers)) in got
    assert ("LNA", "holds", _id("al-Watiya Airbase", layers)) in got
    near = events("وقال الجيش الوطني إن قوات الوفاق شنت هجوماً على قاعدة الوطية الجوية.", layers)
    assert all(e[1] != "holds" for e in near)
    near = events("وقال الجيش الوطني إنه صدّ هجوماً شنته قوات الوفاق على مدينة ترهونة.", layers)
    assert ("LNA", "holds", _id("Tarhuna", layers)) not in near
