"""Round 58a (eighteenth session): Arabic sieges ("حاصرت قوات الوفاق ترهونة"), the bare noun of loss "فقدان",
control spread "ببسط السيطرة", the agent of a verbal noun behind its adjective ("انسحاب مفاجئ لقوات حفتر"), an
Arabic name read without its article ("هجوم جديد" is no al-Jadid), English fire that "rained" on places, and the
Arabic of Usama Juwaili and of "the legitimate government"."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_arabic_siege_is_an_attack_by_the_besieger(layers):
    got = events("حاصرت قوات الوفاق ترهونة.", layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) in got
    got = events("الوفاق تعلن سيطرتها الكاملة على طرابلس وتحاصر ترهونة", layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) in got


def test_forces_besieged_in_a_place_are_the_object_and_their_opponent_the_besieger(layers):
    got = events("بسطت قوات الوفاق سيطرتها على منطقة السبيعة، وقطعت خط إمداد جديداً، وحاصرت قوات حفتر في منطقة قصر بن غشير.",
                 layers)
    assert ("GNA", "attacked", _id("Qasr bin Ghashir", layers)) in got
    assert ("LNA", "attacked", _id("Qasr bin Ghashir", layers)) not in got


def test_a_threatened_or_denied_siege_is_none(layers):
    for text in ["هددت قوات الوفاق بأن تحاصر ترهونة.", "قال المسماري إن قوات الوفاق لم تحاصر ترهونة."]:
        got = events(text, layers)
        assert all(e[1] != "attacked" for e in got), (text, got)


def test_the_loss_of_places_named_after_the_loser_is_a_withdrawal(layers):
    got = events("ورأت الصحيفة أن فقدان حفتر مدينتي صرمان وصبراتة يقوض فكرة سيطرته على طرابلس.", layers)
    assert {("LNA", "withdrew", _id("Surman", layers)), ("LNA", "withdrew", _id("Sabratha", layers))} <= set(got)
    # losing touch with soldiers is no loss of a place
    got = events("وأكد المسماري فقدان الاتصال بعدد من الجنود في غريان.", layers)
    assert all(e[1] != "withdrew" for e in got), got


def test_an_operation_that_ended_in_spreading_control_took_the_places_but_a_purpose_did_not(layers):
    got = events("قوات الوفاق أطلقت عملية عسكرية صباح اليوم انتهت ببسط السيطرة على صرمان وصبراتة.", layers)
    assert {("GNA", "captured", _id("Surman", layers)), ("GNA", "captured", _id("Sabratha", layers))} <= set(got)
    assert events("تسعى قوات حفتر لبسط السيطرة على غريان.", layers) == []


def test_the_agent_of_a_withdrawal_noun_follows_its_adjective(layers):
    got = events("وقال جويلي إن العملية تزامنت مع انسحاب مفاجئ لقوات حفتر من صرمان.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) in got
    assert ("GNA", "withdrew", _id("Surman", layers)) not in got


def test_an_arabic_word_without_the_article_is_not_the_place_named_with_it(layers):
    got = events("وتحدث عن هجوم جديد لقوات الوفاق على ترهونة.", layers)
    assert got == [("GNA", "attacked", _id("Tarhuna", layers))]
    got = events("قصفت قوات حفتر حي الجديد في سبها.", layers)
    assert ("LNA", "attacked", _id("Al Jadīd", layers)) in got


def test_rockets_rained_on_places_and_mortars_lobbed_at_them_are_attacks(layers):
    got = events("Khalifa Haftar's forces rained more than 80 rockets on Tripoli's Mitiga Airport and the nearby "
                 "districts of Souq al-Jumaa and Bab Ben Ghashir.", layers)
    assert {("LNA", "attacked", _id("Mitiga Airport", layers)),
            ("LNA", "attacked", _id("Bab Ben Ghashir", layers))} <= set(got)
    got = events("Haftar's forces lobbed mortars at Ain Zara on Monday.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got


def test_juwaili_and_the_legitimate_government_are_the_gna_in_arabic(layers):
    got = events("أطلقت غرفة العمليات المشتركة بالمنطقة الغربية، بقيادة اللواء أسامة جويلي، عملية عسكرية انتهت ببسط "
                 "السيطرة على صرمان.", layers)
    assert ("GNA", "captured", _id("Surman", layers)) in got
    got = events("أحرز الجيش الليبي التابع للحكومة الشرعية انتصاراً بإحكام سيطرته الكاملة على قاعدة الوطية الجوية.", layers)
    assert ("GNA", "captured", _id("al-Watiya Airbase", layers)) in got
    assert all(e[0] != "LNA" for e in got), got
