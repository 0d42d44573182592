"""Round 49 (tune120–tune125, six writers who never saw the rules): an obligation before a verb of leaving is no
withdrawal ("the LNA must leave Sirte"), every item of an Arabic list before "تحت سيطرة" is held, a time of day may
stand between an Arabic subject and "قبضتها", positions overrun in a place are an attack on it, "forces opposed to S" are
S's opponent, control "imposed on" a place is its capture, and "the X district of Tripoli" is an event in X."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_an_obligation_to_leave_is_no_withdrawal(layers):
    got = events("Cavusoglu told TRT that the LNA must leave Sirte and Jufra or face a military operation.", layers)
    assert all(e[1] != "withdrew" for e in got)
    got = events("Kalin repeated that the LNA needs to withdraw from Sirte before any ceasefire.", layers)
    assert all(e[1] != "withdrew" for e in got)
    near = events("The LNA had to leave Sirte after heavy fighting.", layers)
    assert ("LNA", "withdrew", _id("Sirte", layers)) in near
    near = events("The LNA left Sirte, which it must have known was lost.", layers)
    assert ("LNA", "withdrew", _id("Sirte", layers)) in near


def test_every_item_of_an_arabic_list_before_under_control_is_held(layers):
    got = events("قال المسماري إن أهم أربع مدن في الجنوب، وهي سبها ومرزق وأوباري وغات، أصبحت تحت سيطرة الجيش الوطني.",
                 layers)
    for name in ("Sabha", "Murzuq", "Ubari", "Ghat"):
        assert ("LNA", "holds", _id(name, layers)) in got
    near = events("زار الوفد سبها، وقال إن مرزق أصبحت تحت سيطرة الجيش الوطني.", layers)
    assert ("LNA", "holds", _id("Murzuq", layers)) in near
    assert ("LNA", "holds", _id("Sabha", layers)) not in near


def test_a_time_of_day_between_the_arabic_subject_and_its_grip(layers):
    got = events("أحكمت قوات المشير خليفة حفتر مساء الاثنين قبضتها الكاملة على حقل الشرارة، أكبر حقول النفط الليبية.", layers)
    assert ("LNA", "captured", _id("حقل الشرارة", layers)) in got
    got = events("أحكم الجيش الوطني الليبي مساء الاثنين قبضته على كامل مدينة سرت.", layers)
    assert ("LNA", "captured", _id("Sirte", layers)) in got
    near = events("فرضت قوات حفتر مساء الاثنين حظر التجول على مدينة سبها.", layers)
    assert all(e[1] != "captured" for e in near)


def test_positions_a_side_overran_in_a_place_are_an_attack_on_it(layers):
    got = events("Government fighters who overran Haftar positions on the edges of Ain Zara said they found crates of "
                 "ammunition.", layers)
    assert ("GNA", "attacked", _id("Ain Zara", layers)) in got
    got = events("The LNA said its men had seized several GNA positions in Ain Zara.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    assert all(e[1] != "captured" for e in got)
    near = events("GNA forces took up positions in Ain Zara on Monday.", layers)
    assert all(e[1] not in ("attacked", "captured") for e in near)
    near = events("GNA forces coming from Misrata had won back their positions in the city.", layers)
    assert all(e[1] == "holds" for e in near)


def test_forces_opposed_to_a_side_are_its_opponent(layers):
    got = events("Libyan forces opposed to Khalifa Haftar said on Wednesday they had retaken Gharyan.", layers)
    assert ("GNA", "captured", _id("Gharyan", layers)) in got
    near = events("Forces loyal to Haftar retook Gharyan on Wednesday.", layers)
    assert ("LNA", "captured", _id("Gharyan", layers)) in near
    near = events("Haftar, who is opposed to the GNA, said his forces retook Gharyan.", layers)
    assert ("LNA", "captured", _id("Gharyan", layers)) in near


def test_control_imposed_on_a_place_is_its_capture(layers):
    got = events('The Libyan National Army imposed "full control" on el-Sharara on Monday.', layers)
    assert ("LNA", "captured", _id("el-Sharara", layers)) in got
    assert all(e[1] != "holds" for e in got)
    near = events("The Libyan National Army imposed a curfew on Sabha on Monday.", layers)
    assert all(e[1] != "captured" for e in near)


def test_a_named_district_of_a_town_is_the_place_hit(layers):
    got = events("Haftar's warplanes struck the Abu Salim district of Tripoli on Monday.", layers)
    assert ("LNA", "attacked", _id("Abu Salim", layers)) in got
    assert ("LNA", "attacked", _id("Tripoli", layers)) not in got
    near = events("Forces of the LNA shelled the Tripoli neighbourhood of Ain Zara.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in near
    assert ("LNA", "attacked", _id("Tripoli", layers)) not in near
    near = events("An air raid hit a detention centre in the Tripoli suburb of Tajoura, held by the GNA.", layers)
    assert ("GNA", "holds", _id("Tajoura", layers)) in near
