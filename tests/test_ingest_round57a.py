"""Round 57a (seventeenth session): the Arabic imperfect of striking ("قوات حفتر تقصف …", "سلاح الجو يضرب …"), an
Arabic advance made in a place ("تقدمت قوات الوفاق في محور عين زارة"), and the Arabic of "Misrata militias"."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_arabic_imperfect_of_striking_is_an_attack(layers):
    got = events("قوات حفتر تقصف الأحياء السكنية في عين زارة.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    got = events("وأضاف أن سلاح الجو التابع للوفاق يضرب مواقع حفتر في مزدة.", layers)
    assert ("GNA", "attacked", _id("Mizda", layers)) in got


def test_arabic_imperfect_after_a_particle_of_plan_denial_or_possibility_is_no_attack(layers):
    for text in ["هددت قوات حفتر بأن تقصف مطار معيتيقة.",
                 "قالت قوات الوفاق إنها لن تقصف سرت.",
                 "نفى المسماري أن تكون قواته تقصف الأحياء في طرابلس إلا أنه قال إنها قد تقصف مطار معيتيقة.",
                 "قال المسماري إن قواته سوف تقصف مطار معيتيقة.",
                 "قال المسماري إن قواته ستقصف مطار معيتيقة."]:
        got = events(text, layers)
        assert all(e[1] != "attacked" for e in got), (text, got)


def test_an_operation_that_targets_places_is_no_attack_on_them(layers):
    # "تستهدف" as often names what an operation aims at as what it hits
    got = events("أطلقت قوات الوفاق عملية دروب النصر التي تستهدف الوشكة وبويرات الحسون.", layers)
    assert ("GNA", "attacked", _id("al-Washka", layers)) not in got


def test_arabic_advance_in_a_place_is_an_attack_but_not_one_towards_it(layers):
    got = events("تقدمت قوات الوفاق في محوري عين زارة ووادي الربيع.", layers)
    assert {("GNA", "attacked", _id("Ain Zara", layers)), ("GNA", "attacked", _id("Wadi al-Rabie", layers))} <= set(got)
    got = events("حققت قوات حفتر تقدما في محور عين زارة.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    near = events("تقدمت قوات الوفاق نحو عين زارة.", layers)
    assert ("GNA", "attacked", _id("Ain Zara", layers)) not in near
    near = events("قوات الوفاق تتقدم في عين زارة.", layers)
    assert ("GNA", "attacked", _id("Ain Zara", layers)) not in near
    # "to submit" is no advance: no place follows in or inside
    near = events("تقدمت حكومة الوفاق بشكوى إلى مجلس الأمن.", layers)
    assert near == []


def test_an_advance_that_took_the_place_is_no_attack_of_its_own(layers):
    got = events("تقدمت قوات الوفاق في عين زارة وسيطرت عليها بالكامل.", layers)
    assert ("GNA", "captured", _id("Ain Zara", layers)) in got
    assert ("GNA", "attacked", _id("Ain Zara", layers)) not in got


def test_the_arabic_of_misrata_militias_is_the_gna(layers):
    got = events("قصفت ميليشيات مصراتة بالمدفعية حياً سكنياً في بوابة الثلاثين.", layers)
    assert ("GNA", "attacked", _id("Gate 30", layers)) in got
    got = events("قصفت مليشيات مصراتة عين زارة.", layers)
    assert ("GNA", "attacked", _id("Ain Zara", layers)) in got
