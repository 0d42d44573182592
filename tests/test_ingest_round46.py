"""Round 46: missed holds (Arabic and English stronghold appositives, appositives before "held by") and Arabic
place mentions (the kunya written apart, a loose spelling used again, a direction before a place)."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_arabic_kunya_written_apart_from_the_name(layers):
    got = events("قالت مصادر محلية إن قوات حفتر قصفت منطقة أبو قرين يوم الأحد.", layers)
    assert ("LNA", "attacked", _id("Abu Grein", layers)) in got
    near = events("قالت مصادر محلية إن قوات حفتر قصفت منطقة أبو الخير يوم الأحد.", layers)
    assert all(e[2] != _id("Abu Grein", layers) for e in near)


def test_arabic_stronghold_appositive(layers):
    got = events("تقدمت القوات نحو غريان، آخر معاقل قوات الوفاق في الجبل، صباح الاثنين.", layers)
    assert ("GNA", "holds", _id("Gharyan", layers)) in got
    near = events("تقدمت القوات نحو غريان، بعد معارك في معاقل الإرهاب، صباح الاثنين.", layers)
    assert all(e[1] != "holds" for e in near)


def test_loose_arabic_spelling_used_again_without_a_place_slot(layers):
    text = "وصلت طلائع القوات إلى مشارف ترهونة مساء الأحد. وتطوق القوات حالياً ترهونة، آخر معاقل حفتر."
    assert ("LNA", "holds", _id("Tarhuna", layers)) in events(text, layers)
    # (round 52) since commit 86da0e9 "ترهونة" is a gazetteer name of Tarhuna, no loose spelling: the bare word
    # alone names the place (the old near miss asserted no event, which held only while the name was unknown)
    assert ("LNA", "holds", _id("Tarhuna", layers)) in events("وتطوق القوات حالياً ترهونة، آخر معاقل حفتر.", layers)


def test_arabic_direction_asks_for_a_place(layers):
    import datetime as dt

    from geo.ingest import extract_events
    from geo.ingest_model import collecting

    def found(text):
        views = []
        with collecting(views):
            extract_events(text, article_date=dt.date(2020, 5, 1), layers=layers)
        return {p.pid for v in views for p in v.places}

    assert _id("Tarhuna", layers) in found("تمركزت القوات عند بوابة فم ملغة غرب ترهونة يوم الجمعة.")
    # (round 52) since commit 86da0e9 "ترهونة" is a gazetteer name of Tarhuna: it is found with no direction noun
    # too (the old near miss asserted it was not, which held only while the name was unknown)
    assert _id("Tarhuna", layers) in found("تمركزت القوات عند بوابة فم ملغة ترهونة يوم الجمعة.")


def test_appositive_head_before_held_by_even_as_a_locator(layers):
    got = events("Shells fell in the orchards of Dahra on the edge of Zintan, a town held by GNA forces.", layers)
    assert ("GNA", "holds", _id("Zintan", layers)) in got
    near = events("Shells fell near Zintan and a camp held by GNA forces.", layers)
    assert all(e[1] != "holds" for e in near)


def test_stronghold_appositive_after_a_bare_direction(layers):
    got = events("Drones hit Gharyan, south of the capital and a key stronghold of Haftar's forces.", layers)
    assert ("LNA", "holds", _id("Gharyan", layers)) in got
    got = events("Drones hit Gharyan, south of Tripoli, the main stronghold of Haftar's forces.", layers)
    assert ("LNA", "holds", _id("Gharyan", layers)) in got
    assert all(e[2] != _id("Tripoli", layers) or e[1] != "holds" for e in got)
    near = events("Drones hit Gharyan and the main stronghold of Haftar's forces.", layers)
    assert all(e[1] != "holds" for e in near)


def test_arabic_launcher_named_with_a_title(layers):
    got = events("أعلنت قوات الوفاق إصابة مدنيين في قصف نفذته ميليشيات اللواء المتقاعد خليفة حفتر على منطقة عين زارة.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) in got
    assert all(e[0] != "GNA" for e in got)
    # no launcher named after the strike: the subject stays the attacker
    near = events("قصفت قوات الوفاق مواقع ميليشيات حفتر في منطقة عين زارة.", layers)
    assert ("LNA", "attacked", _id("Ain Zara", layers)) not in near
