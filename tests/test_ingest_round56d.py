"""Round 56d: the side of the actor – the side driven out of a place by a verbal noun ("بعد طرد … منها") is its loser
even when named through "الموالية لـ" or its commander's title; the speaker of Arabic reported speech whose clause has its own
subject; the subject of an Arabic relative clause; and an English speaker named through an adjective of its forces."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_arabic_side_driven_out_through_loyal_to_is_the_loser(layers):
    got = events("أحكمت قوات الوفاق قبضتها على صرمان بعد طرد القوات الموالية لحفتر منها.", layers)
    assert ("GNA", "captured", _id("Surman", layers)) in got
    assert ("LNA", "withdrew", _id("Surman", layers)) in got
    assert ("LNA", "captured", _id("Surman", layers)) not in got
    got = events("أحكمت قوات حفتر قبضتها على صرمان بعد طرد القوات الموالية لحكومة الوفاق منها.", layers)
    assert ("GNA", "withdrew", _id("Surman", layers)) in got
    assert ("GNA", "captured", _id("Surman", layers)) not in got
    # near miss: the owner of a drone after a verb is still the verb's subject
    near = events("قصفت طائرة مسيرة تابعة لقوات حفتر مدينة صرمان.", layers)
    assert ("LNA", "attacked", _id("Surman", layers)) in near


def test_arabic_side_driven_out_through_its_commanders_title_is_the_loser(layers):
    got = events("قالت قوة حماية طرابلس الموالية لحكومة الوفاق إنها بسطت سيطرتها الكاملة على مطار طرابلس الدولي بعد طرد "
                 "عناصر اللواء المتقاعد خليفة حفتر منه.", layers)
    assert ("LNA", "withdrew", _id("Tripoli International Airport", layers)) in got
    assert ("LNA", "captured", _id("Tripoli International Airport", layers)) not in got
    # near miss: the commander's forces as the subject of a verb still take the place
    near = events("وسيطرت قوات اللواء المتقاعد خليفة حفتر على مطار طرابلس الدولي.", layers)
    assert ("LNA", "captured", _id("Tripoli International Airport", layers)) in near


def test_arabic_speaker_is_not_the_subject_of_a_reported_clause_with_its_own_subject(layers):
    got = events("وقال الجيش الوطني إن الكتائب أمطرت ترهونة بنحو ستين صاروخ غراد.", layers)
    assert ("LNA", "attacked", _id("Tarhuna", layers)) not in got
    # near misses: the speaker's own forces, named through a suffix or a generic noun, are still the speaker's
    near = events("وقال الجيش الوطني إن قواته قصفت ترهونة.", layers)
    assert ("LNA", "attacked", _id("Tarhuna", layers)) in near
    near = events("وقالت قوات الوفاق إن الطائرات قصفت ترهونة.", layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) in near
    near = events("أعلن رئيس حكومة الوفاق أن قوات حكومته بسطت سيطرتها على ترهونة.", layers)
    assert ("GNA", "captured", _id("Tarhuna", layers)) in near


def test_arabic_subject_of_a_relative_clause_is_not_the_main_verbs(layers):
    got = events("ويأتي الإعلان بعد انتكاسات متتالية لقوات حفتر، خسرت خلالها عددا من مدن الغرب، ثم قاعدة الوطية التي "
                 "استعادتها قوات الوفاق مؤخرا.", layers)
    assert ("GNA", "withdrew", _id("al-Watiya Airbase", layers)) not in got
    assert ("LNA", "withdrew", _id("al-Watiya Airbase", layers)) in got
    # near miss: the main verb's own subject after it is still read
    near = events("خسرت قوات حفتر قاعدة الوطية التي استعادتها قوات الوفاق مؤخرا.", layers)
    assert ("LNA", "withdrew", _id("al-Watiya Airbase", layers)) in near
    near = events("قصفت الطائرات قاعدة الوطية التي تسيطر عليها قوات حفتر.", layers)
    assert ("LNA", "attacked", _id("al-Watiya Airbase", layers)) not in near
    assert ("LNA", "holds", _id("al-Watiya Airbase", layers)) in near


def test_speaker_named_through_an_adjective_of_its_forces_gives_his_units_their_side(layers):
    got = events("The GNA said it had repelled an attack. Earlier a commander of the eastern forces loyal to Haftar said his "
                 "units had established full control of Gharyan.", layers)
    assert ("LNA", "captured", _id("Gharyan", layers)) in got
    assert ("GNA", "captured", _id("Gharyan", layers)) not in got
    # near miss: an adjective alone, with no side after it, makes no speaker's side
    near = events("The GNA said it had repelled an attack. Earlier a commander of the eastern front said his units had "
                  "established full control of Gharyan.", layers)
    assert ("LNA", "captured", _id("Gharyan", layers)) not in near
