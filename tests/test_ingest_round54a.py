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


def test_the_side_a_loss_was_a_blow_to_left_the_place(layers):
    got = events("Haftar's offensive on Tripoli has suffered a new blow with the loss of the Watiya air base.", layers)
    assert ("LNA", "withdrew", _id("al-Watiya", layers)) in got
    got = events("It is another heavy blow to the LNA after the loss of the towns of Sorman and Sabratha.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) in got
    assert ("LNA", "withdrew", _id("Sabratha", layers)) in got
    # with no loser named, "the loss of X" says nothing of who lost it
    near = events("GNA spokesman Mohamed Gnounou hailed the loss of Gharyan as a turning point.", layers)
    assert all(e[1] != "withdrew" for e in near)


def test_the_side_that_owns_or_plays_down_a_loss_lost_the_place(layers):
    got = events("The GNA advanced on Tarhuna after Haftar's loss of Gharyan.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) in got
    got = events("The Libyan National Army on Tuesday played down the loss of al-Watiya.", layers)
    assert ("LNA", "withdrew", _id("al-Watiya", layers)) in got
    # an unconfirmed loss is left open, and a loss of aircraft is no loss of a place
    near = events("The Libyan National Army has not confirmed the loss of al-Watiya.", layers)
    assert all(e[1] != "withdrew" for e in near)
    near = events("The LNA acknowledged the loss of two aircraft near Misrata.", layers)
    assert all(e[1] != "withdrew" for e in near)
    # the loss of control of a place is left to the rule that reads it
    old = events("Haftar had vowed to step up attacks after the recent loss of control of the city of Gharyan.", layers)
    assert all(e[1] != "withdrew" or e[0] == "LNA" for e in old)


def test_a_liberation_noun_takes_no_side_named_only_after_it(layers):
    got = events("ألقت صدمة تحرير قاعدة الوطية بظلالها على معسكر الكرامة، إذ ظهر الناطق باسم قوات حفتر أحمد المسماري.", layers)
    assert ("LNA", "captured", _id("al-Watiya", layers)) not in got
    near = events("جاء ذلك بعد تحرير قوات الوفاق لمدينة ترهونة.", layers)
    assert ("GNA", "captured", _id("Tarhuna", layers)) in near
