"""Round 54a: events stated as nouns and as lists the verb does not reach (the bare Arabic noun of losing a place,
its loser named after it or admitting it)."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_the_bare_arabic_noun_of_loss_names_its_loser_after_it(layers):
    got = events("يأتي ذلك بعد خسارة قوات حفتر لمدينة غريان.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) in got
    got = events("ويأتي ذلك بعد خسارة قوات حفتر قاعدة الوطية الجوية.", layers)
    assert ("LNA", "withdrew", _id("al-Watiya", layers)) in got
    # a loss of men is no loss of a place
    near = events("يأتي ذلك بعد خسارة قوات حفتر عشرات المقاتلين في غريان.", layers)
    assert all(e[1] != "withdrew" for e in near)


def test_the_side_that_admits_a_loss_lost_the_place(layers):
    got = events("وأقر المتحدث باسم قوات حفتر أحمد المسماري بخسارة ترهونة.", layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) in got
    # a speaker who only mentions the loss did not suffer it
    near = events("وقال المتحدث باسم قوات الوفاق محمد قنونو إن خسارة ترهونة ضربة قاصمة لحفتر.", layers)
    assert all(e[1] != "withdrew" for e in near)


def test_the_place_lost_is_the_nouns_object_not_a_later_clauses(layers):
    got = events("ورغم خسارة قوات حفتر مواقعها جنوب العاصمة، فإنها لا تزال متمركزة في مواقع جنوب شرق طرابلس متصلة بمدينة ترهونة.",
                 layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) not in got
