"""Round 57b (seventeenth session): an Arabic attempt to take a place is an attack on it ("حاولت قوات الوفاق السيطرة
على قاعدة الوطية", "صدت قوات الوفاق محاولة قوات حفتر اقتحام معسكر اليرموك"), and al-Watiya's official name."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_an_arabic_attempt_to_take_a_place_is_an_attack_by_the_side_trying(layers):
    watiya = _id("al-Watiya airbase", layers)
    got = events("حاولت قوات الوفاق السيطرة على قاعدة الوطية.", layers)
    assert ("GNA", "attacked", watiya) in got and ("GNA", "captured", watiya) not in got
    got = events("صدت قوات الوفاق محاولة قوات حفتر اقتحام معسكر اليرموك.", layers)
    assert ("LNA", "attacked", _id("Yarmouk camp", layers)) in got
    # a repelled attempt with no owner named is the repeller's opponent's
    got = events("تصدت قوات الوفاق لمحاولة اقتحام معسكر اليرموك.", layers)
    assert ("LNA", "attacked", _id("Yarmouk camp", layers)) in got
    assert ("GNA", "attacked", _id("Yarmouk camp", layers)) not in got


def test_no_attack_from_an_attempt_warned_against_or_denied(layers):
    for text in ["حذرت قوات الوفاق من أي محاولة للسيطرة على معسكر اليرموك.",
                 "قال المسماري إن قواته لن تحاول السيطرة على طرابلس.",
                 "دارت معارك للسيطرة على سرت."]:
        assert events(text, layers) == [], text


def test_al_watiya_by_its_official_name(layers):
    got = events("تحاول قوات حكومة الوفاق منذ أسابيع السيطرة على قاعدة عقبة بن نافع (الوطية)، التي تمثل أهم نقاط ارتكاز "
                 "الجيش في الغرب.", layers)
    assert ("GNA", "attacked", _id("al-Watiya airbase", layers)) in got
    got = events("قصفت طائرات الوفاق قاعدة عقبة بن نافع الجوية.", layers)
    assert ("GNA", "attacked", _id("al-Watiya airbase", layers)) in got
