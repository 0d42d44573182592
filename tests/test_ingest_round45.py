"""Round 45: places the mention finder missed (facility-confirmed variants, quarter slots, name heads, the
capital's airport)."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_weak_name_confirmed_by_its_facility_noun(layers):
    got = events("The GNA said its jets bombed targets inside the Al Wuthia airbase west of the capital.", layers)
    assert ("GNA", "attacked", _id("al-Watiya Airbase", layers)) in got


def test_capitals_international_airport(layers):
    got = events("Over the weekend the LNA took the capital's international airport.", layers)
    assert ("LNA", "captured", _id("Tripoli International Airport", layers)) in got
    near = events("Over the weekend the LNA took the capital's outskirts.", layers)
    assert all(e[2] != _id("Tripoli International Airport", layers) for e in near)


def test_quarter_of_a_town_named_before(layers):
    got = events("An LNA drone struck a house in Tripoli's Firnaj district on Monday.", layers)
    assert ("LNA", "attacked", "fl-fornaj") in got
    near = events("An LNA drone struck a house in Tripoli's Firnaj on Monday.", layers)
    assert all(e[2] != "fl-fornaj" for e in near)


def test_a_facility_noun_that_confirms_the_name_overrules_the_look_alike_distance(layers):
    # al-Watiya lies some 150 km from Tarhuna: without "base" the distance to the other place decided
    got = events("GNA forces shelled Tarhuna and retook the Vatiyye base on Monday.", layers)
    assert ("GNA", "captured", _id("al-Watiya Airbase", layers)) in got


def test_adjectives_between_the_article_and_a_variant_with_its_facility_noun(layers):
    got = events("GNA forces retook the strategic Vatiyye base on Monday.", layers)
    assert ("GNA", "captured", _id("al-Watiya Airbase", layers)) in got
    # no facility noun after it: the adjectives alone make no place slot
    assert events("GNA forces retook the strategic Vatiyye on Monday.", layers) == []


def test_a_name_head_begins_a_two_word_variant(layers):
    got = events("LNA units shelled the Abu Gurain area on Sunday.", layers)
    assert ("LNA", "attacked", _id("Abu Grein", layers)) in got
    # never on its own
    assert events("LNA units shelled the Abu area on Sunday.", layers) == []
