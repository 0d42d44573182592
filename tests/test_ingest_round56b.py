"""Round 56b: missed withdrawals (tune96–tune161 and the whole labelled set), and Arabic "لا تزال" ("still"), which
was read as a negation."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_arabic_still_is_not_a_negation(layers):
    got = events("لا تزال قوات حفتر تسيطر على مدينة سرت.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    got = events("وقال إن قوات حفتر لا تزال تسيطر على مدينة سرت.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    near = events("وقال إن قوات حفتر لا تسيطر على مدينة سرت.", layers)
    assert all(e[1] != "holds" for e in near)


def test_arabic_still_after_a_pronoun_subject_stays_out_for_now(layers):
    # the side resolver would give "أنها" the side whose entry is denied next; left out until it can tell
    near = events("أكدت وحدات تابعة للجيش الليبي أنها لا تزال تسيطر على مطار سبها الدولي، نافيةً ما تردد عن دخول قوات "
                  "موالية لحكومة الوفاق إليه.", layers)
    assert ("GNA", "holds", _id("Sabha Airport", layers)) not in near


def test_a_withdrawal_noun_with_from_repeated_takes_each_place(layers):
    got = events("The LNA announced its withdrawal from Gharyan, from al-Watiya base and then from Tripoli airport.", layers)
    for name in ("Gharyan", "al-Watiya base", "Tripoli airport"):
        assert ("LNA", "withdrew", _id(name, layers)) in got
    got = events("Tarhouna was Haftar's last bastion, after his withdrawal from the region's towns, from the al-Watiya base "
                 "and then, on Thursday, from Tripoli airport.", layers)
    assert ("LNA", "withdrew", _id("Tripoli airport", layers)) in got
    near = events("The LNA announced its withdrawal from Gharyan, where GNA forces had come from Tripoli.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) in near
    assert ("LNA", "withdrew", _id("Tripoli", layers)) not in near


def test_arabic_especially_is_not_a_negation(layers):
    got = events("وتشير المعطيات إلى أن قوات حفتر باتت مترنحة، لا سيما بعد خسارتها مدينة غريان.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) in got
    near = events("وتشير المعطيات إلى أن قوات حفتر لا تعترف بخسارتها مدينة غريان.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) not in near
