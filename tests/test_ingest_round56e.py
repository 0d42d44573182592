"""Round 56e: withdrawals left over from round 56b – Arabic going out (خروج/خرجت) of a borrowed place, the imperfect
after كان ("كانت تتراجع عن طرابلس"), the masculine "أعاد تمركز قواته خارج", and "suffered a defeat/setback at X"."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_arabic_going_out_of_a_place_is_a_withdrawal(layers):
    got = events("سيطرت قوات حكومة الوفاق على مدينة ترهونة بعد خروج قوات حفتر منها.", layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) in got
    assert ("GNA", "captured", _id("Tarhuna", layers)) in got
    near = events("خرج المتظاهرون في طرابلس ضد قوات حفتر.", layers)
    assert all(e[1] != "withdrew" for e in near)
    # the town a relative says they came out of is where they came from
    near = events("وطاردت قوات حفتر مسلحي الوفاق حتى تخطوا مدينة مسلاتة التي خرجوا منها.", layers)
    assert ("GNA", "withdrew", _id("Msallata", layers)) not in near


def test_arabic_imperfect_after_kana_is_a_withdrawal_under_way(layers):
    got = events("قال المسماري إن قواته تعرضت للقصف بينما كانت تتراجع عن طرابلس.", layers)
    assert ("LNA", "withdrew", _id("Tripoli", layers)) in got
    near = events("قال المسماري إن قواته تتراجع عن طرابلس.", layers)
    assert ("LNA", "withdrew", _id("Tripoli", layers)) not in near


def test_arabic_masculine_redeployment_outside(layers):
    got = events("قال المسماري إن الجيش أعاد تمركز قواته خارج طرابلس.", layers)
    assert ("LNA", "withdrew", _id("Tripoli", layers)) in got
    near = events("قال المسماري إن الجيش أعاد تمركز قواته في طرابلس.", layers)
    assert ("LNA", "withdrew", _id("Tripoli", layers)) not in near


def test_suffering_a_defeat_at_a_place_is_losing_it(layers):
    got = events("Forces loyal to Haftar have suffered a heavy setback in the town of Gharyan.", layers)
    assert ("LNA", "withdrew", _id("Gharyan", layers)) in got
    got = events("Haftar's forces suffered a defeat at Tarhuna on Friday.", layers)
    assert ("LNA", "withdrew", _id("Tarhuna", layers)) in got
    near = events("Haftar's forces suffered a serious setback in the battle for Tripoli.", layers)
    assert ("LNA", "withdrew", _id("Tripoli", layers)) not in near
    near = events("Marshal Haftar's forces have suffered another defeat in their offensive on Tripoli.", layers)
    assert ("LNA", "withdrew", _id("Tripoli", layers)) not in near


def test_purifying_places_from_the_control_of_a_side(layers):
    got = events("Al-Mismari announced that army forces had 'purified' the areas of Al-Asa, Al-Jameel and Zalatun from the "
                 "control of the GNA militias and their Syrian mercenaries.", layers)
    for name in ("Al-Jameel", "Zalatun"):
        assert ("GNA", "withdrew", _id(name, layers)) in got
        assert ("LNA", "captured", _id(name, layers)) in got
    near = events("The LNA said it had purified the water supply of Tarhuna from pollution.", layers)
    assert not near


def test_setting_out_from_a_place_is_no_withdrawal(layers):
    # reinforcements setting out from their base towards the front left nothing to the other side
    got = events("وتحدثت أنباء عن حشود إضافية لقوات حفتر خرجت من بنغازي باتجاه المنطقة.", layers)
    assert all(e[1] != "withdrew" for e in got)
