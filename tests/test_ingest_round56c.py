"""Round 56c: facilities (airports, airbases, camps, ports) – an adverb of time between a side and its verb ("which
the GNA recently recaptured") belongs to the verb, not to an adjective."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_an_adverb_after_the_subject_belongs_to_the_verb(layers):
    base = _id("al-Watiya airbase", layers)
    got = events("No decision has been made on the al-Watiya air base, which the Turkish-backed GNA recently "
                 "recaptured, the source said.", layers)
    assert ("GNA", "captured", base) in got
    got = events("GNA forces recently recaptured al-Watiya airbase, officials said.", layers)
    assert ("GNA", "captured", base) in got
    near = events("Officials toured the recently captured al-Watiya airbase on Monday.", layers)
    assert all(e[1] != "captured" for e in near)
    near = events("The towns recently seized by the GNA were calm on Monday.", layers)
    assert all(e[1] != "captured" for e in near)


def test_an_arabic_relative_verb_carries_the_place_as_its_pronoun(layers):
    base = _id("al-Watiya airbase", layers)
    got = events("عثرت القوات على أسلحة داخل قاعدة الوطية الجوية التي انتزعتها قوات الوفاق قبل أيام.", layers)
    assert ("GNA", "captured", base) in got
    got = events("عثرت القوات على أسلحة داخل مدينة غريان التي دخلتها قوات الوفاق قبل أيام.", layers)
    assert ("GNA", "captured", _id("Gharyan", layers)) in got
    near = events("عثرت القوات على أسلحة داخل قاعدة الوطية الجوية التي زارها وفد من الوفاق قبل أيام.", layers)
    assert all(e[1] != "captured" for e in near)
    near = events("عثرت القوات على أسلحة داخل قاعدة الوطية الجوية التي انتزعتها قبل أيام.", layers)
    assert all(e[1] != "captured" for e in near)


def test_the_side_whose_men_a_strike_killed_is_its_target(layers):
    base = _id("al-Watiya airbase", layers)
    got = events("On Tuesday Haftar's forces mourned five fighters killed in an airstrike on Al-Watiya that destroyed "
                 "an ammunition depot.", layers)
    assert ("GNA", "attacked", base) in got and ("LNA", "attacked", base) not in got
    got = events("أعلنت قوات الحكومة الليبية مقتل 10 من عناصر مليشيا حفتر في غارات جوية على قاعدة الوطية.", layers)
    assert ("GNA", "attacked", base) in got and ("LNA", "attacked", base) not in got
    near = events("قصفت قوات حفتر قاعدة الوطية.", layers)
    assert ("LNA", "attacked", base) in near
    near = events("Haftar's forces killed five fighters in an airstrike on Al-Watiya on Tuesday.", layers)
    assert ("GNA", "attacked", base) not in near
