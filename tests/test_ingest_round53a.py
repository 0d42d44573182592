"""Round 53a (tune144-tune149): the liberation an Arabic operation or operations room is named for ("غرفة عمليات تحرير
سرت", "عملية تحرير مدينة سرت") is its goal, not a taking; a side whose forces an Arabic verbal noun of driving out acts
on ("طرد ميليشيات حكومة الوفاق من سرت") is the noun's object, not the side that took the place."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_the_liberation_an_operations_room_is_named_for_is_no_taking(layers):
    got = events("قال الناطق باسم غرفة عمليات تحرير سرت التابعة لحكومة الوفاق إن الطيران قصف مواقع قرب المدينة.", layers)
    assert all(not (e[1] == "captured" and e[2] == _id("Sirte", layers)) for e in got)
    got = events("أعلنت قوات حكومة الوفاق أنها أحرزت تقدماً في عملية تحرير مدينة سرت.", layers)
    assert all(not (e[1] == "captured" and e[2] == _id("Sirte", layers)) for e in got)
    near = events("أعلنت قوات حكومة الوفاق تحرير مدينة سرت بالكامل.", layers)
    assert ("GNA", "captured", _id("Sirte", layers)) in near


def test_the_side_whose_forces_are_driven_out_is_the_object_of_the_noun(layers):
    got = events("أعلن الجيش الوطني الليبي مواصلة زحفه نحو مصراتة بعد أقل من أسبوع على طرد ميليشيات حكومة الوفاق من سرت.",
                 layers)
    assert ("GNA", "captured", _id("Sirte", layers)) not in got
    assert ("LNA", "captured", _id("Sirte", layers)) in got
    near = events("أعلنت قوات حكومة الوفاق طرد ميليشيات حفتر من سرت.", layers)
    assert ("GNA", "captured", _id("Sirte", layers)) in near
    assert ("LNA", "captured", _id("Sirte", layers)) not in near
