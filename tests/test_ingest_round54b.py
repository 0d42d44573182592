"""Round 54b: the side of pronouns and relative clauses – in Arabic, some of a side's men named after a verb and its
resumptive pronoun ("مواقع يتمركز فيها عناصر من قوات حفتر"), and a participle of being stationed that describes the forces
named right before it, even behind a preposition ("بمقاومة من قوات حفتر المتمركزة في المدينة"); in English, a holder named by a
possessive in a relative clause ("Mizda, which is under the control of its militias") is the side named before it."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_some_of_a_sides_men_after_the_verb_and_its_pronoun_are_its_subject(layers):
    got = events("وقال قنونو إن طيران الوفاق شن ست غارات داخل قاعدة الوطية طالت مواقع يتمركز فيها عناصر من قوات حفتر.",
                 layers)
    assert ("LNA", "holds", _id("al-Watiya Airbase", layers)) in got
    assert ("GNA", "holds", _id("al-Watiya Airbase", layers)) not in got
    got = events("وقال قنونو إن طيران الوفاق شن غارات على سرت التي يتمركز فيها عناصر تابعون لقوات حفتر.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    near = events("وقال قنونو إن طيران الوفاق شن غارات على سرت التي تتمركز فيها قواته منذ أيام.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) not in near


def test_a_stationed_participle_describes_the_forces_right_before_it(layers):
    got = events("وتقدمت قوات الوفاق باتجاه سرت لكنها اصطدمت بمقاومة شرسة من قوات حفتر المتمركزة في المدينة.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    assert ("GNA", "holds", _id("Sirte", layers)) not in got
    near = events("وتقدمت قوات الوفاق باتجاه سرت لكنها اصطدمت بمقاومة شرسة من قوات حفتر، وهي المتمركزة في المدينة.",
                  layers)
    assert ("LNA", "holds", _id("Sirte", layers)) not in near


def test_a_possessive_holder_in_a_relative_clause_points_back_to_the_subject(layers):
    got = events("The GNA said 30 migrants had been killed in the town of Mizda, which is under the control of its militias.",
                 layers)
    assert ("GNA", "holds", _id("Mizda", layers)) in got
    near = events("The GNA said 30 migrants had been killed in Mizda and in areas under the control of its militias.", layers)
    assert ("GNA", "holds", _id("Mizda", layers)) not in near
