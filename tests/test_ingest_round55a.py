"""Round 55a: the side of the actor – a bare Arabic "الجيش" in copy that names the LNA "الجيش الوطني"; the owner of the
positions an Arabic attack strikes is its target, not the striker; "the marshal's forces" are Haftar's; the owner of
strongholds or positions is no subject for an Arabic verb coordinated after it."""
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
