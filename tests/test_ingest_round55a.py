"""Round 55a: the side of the actor – a bare Arabic "الجيش" in copy that names the LNA "الجيش الوطني"; the owner of the
positions an Arabic attack strikes is its target, not the striker; "the marshal's forces" are Haftar's; the owner of
strongholds or positions is no subject for an Arabic verb coordinated after it; an attack "شنها طيران قوات خليفة حفتر" is
the LNA's."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_bare_arabic_army_is_the_national_army_the_article_names(layers):
    got = events("قال متحدث إن وحدات الجيش الوطني الليبي تقدمت جنوب طرابلس وسط تراجع الميليشيات الموالية لحكومة الوفاق. "
                 "وأضاف أن الجيش أحكم سيطرته الكاملة على عين زارة.", layers)
    assert ("LNA", "captured", _id("Ain Zara", layers)) in got
    assert ("GNA", "captured", _id("Ain Zara", layers)) not in got
    # near misses: copy that gives the GNA an army of its own ("الجيش الليبي"), or quotes only the GNA, keeps the bare
    # army to the side named before
    near = events("قال متحدث باسم حكومة الوفاق إن الجيش الليبي صد هجوما لقوات الجيش الوطني جنوب طرابلس. "
                  "وأضاف أن الجيش أحكم سيطرته الكاملة على عين زارة.", layers)
    assert ("LNA", "captured", _id("Ain Zara", layers)) not in near
    near = events("قال متحدث باسم حكومة الوفاق إن قوات الجيش الوطني تراجعت جنوب طرابلس. "
                  "وأضاف أن الجيش أحكم سيطرته الكاملة على عين زارة.", layers)
    assert ("LNA", "captured", _id("Ain Zara", layers)) not in near


def test_the_owner_of_the_positions_struck_is_not_the_striker(layers):
    got = events("أعلنت قوات الحكومة الليبية أن مقاتلاتها استهدفت آليات عسكرية وتمركزاً لمليشيات الجنرال الانقلابي "
                 "خليفة حفتر في قاعدة الوطية الجوية.", layers)
    assert ("GNA", "attacked", _id("al-Watiya Airbase", layers)) in got
    assert ("LNA", "attacked", _id("al-Watiya Airbase", layers)) not in got
    got = events("وبحسب مصادر محلية، هاجمت «قوة حماية طرابلس» صباح اليوم مواقع الجيش الوطني في قصر بن غشير.", layers)
    assert ("GNA", "attacked", _id("Qasr bin Ghashir", layers)) in got
    assert ("LNA", "attacked", _id("Qasr bin Ghashir", layers)) not in got
    # near misses: the side named right after the verb is its subject, and a side with no target noun before it
    near = events("وقصفت قوات حفتر مواقع الوفاق في عين زارة.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in near
    near = events("وأمس استهدفت قوات حفتر بلدة عين زارة.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in near


def test_the_marshals_forces_are_the_lna(layers):
    got = events("The marshal's forces captured Gharyan on Tuesday.", layers)
    assert ("LNA", "captured", _id("Gharyan", layers)) in got
    got = events("The GNA said the field marshal's troops shelled Tripoli.", layers)
    assert ("LNA", "attacked", _id("Tripoli", layers)) in got
    assert ("GNA", "attacked", _id("Tripoli", layers)) not in got
    # near miss: the marshal's opponents are not his forces
    near = events("The GNA said the marshal's opponents shelled Tripoli.", layers)
    assert ("LNA", "attacked", _id("Tripoli", layers)) not in near


def test_the_owner_of_strongholds_is_no_subject_for_a_coordinated_verb(layers):
    got = events("شنت قوات الوفاق هجوما واسعا على الساحل الغربي وانتزعت منطقة المطرد التي تعد من أبرز معاقل قوات حفتر، "
                 "ثم بسطت سيطرتها على مدينة صرمان.", layers)
    assert ("GNA", "captured", _id("Surman", layers)) in got
    assert ("LNA", "captured", _id("Surman", layers)) not in got
    # near miss: a side that is the subject of its own clause keeps the verb
    near = events("شنت قوات الوفاق هجوما واسعا على الساحل الغربي، ثم قالت إن قوات حفتر بسطت سيطرتها على مدينة صرمان.",
                  layers)
    assert ("LNA", "captured", _id("Surman", layers)) in near


def test_an_attack_launched_by_a_sides_air_arm_or_its_commander_named_in_full(layers):
    got = events("أعلنت قوات حكومة الوفاق الليبية مقتل ثلاثة أشخاص في غارة شنها طيران قوات خليفة حفتر على المستشفى "
                 "الميداني في حي السواني جنوبي طرابلس.", layers)
    assert ("LNA", "attacked", _id("al-Sawani", layers)) in got
    assert ("GNA", "attacked", _id("al-Sawani", layers)) not in got
    got = events("أعلنت قوات حكومة الوفاق مقتل ثلاثة أشخاص في غارة شنتها قوات الجنرال الانقلابي خليفة حفتر على السواني.",
                 layers)
    assert ("LNA", "attacked", _id("al-Sawani", layers)) in got
    # near miss: a side named before the attack noun is not the one after "شنها"
    near = events("أعلنت قوات حفتر مقتل ثلاثة أشخاص في غارة شنها طيران تابع لحكومة الوفاق على السواني.", layers)
    assert ("LNA", "attacked", _id("al-Sawani", layers)) not in near
