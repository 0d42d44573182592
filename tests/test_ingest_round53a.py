"""Round 53a (tune144-tune149): the liberation an Arabic operation or operations room is named for ("غرفة عمليات تحرير
سرت", "عملية تحرير مدينة سرت") is its goal, not a taking."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_the_liberation_an_operations_room_is_named_for_is_no_taking(layers):
    got = events("قال الناطق باسم غرفة عمليات تحرير سرت التابعة لحكومة الوفاق إن الطيران قصف مواقع قرب المدينة.", layers)
    assert all(not (e[1] == "captured" and e[2] == _id("Sirte", layers)) for e in got)
    got = events("أعلنت قوات حكومة الوفاق أنها أحرزت تقدماً في عملية تحرير مدينة سرت.", layers)
    assert all(not (e[1] == "captured" and e[2] == _id("Sirte", layers)) for e in got)
    near = events("أعلنت قوات حكومة الوفاق تحرير مدينة سرت بالكامل.", layers)
    assert ("GNA", "captured", _id("Sirte", layers)) in near

