"""Round 25 of the ingest rules (tune23): each rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

import datetime as dt

from geo.ingest import extract_events

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_his_army_is_the_man_named_last(layers):
    zawiya = _id("Zawiya", layers)
    text = ("Reports said the government in Tripoli had pushed back units of Haftar's forces. "
            "Weeks before, his army had taken control of Zawiya.")
    got = events(text, layers)
    assert ("LNA", "captured", zawiya) in got and ("GNA", "captured", zawiya) not in got
    # a side named before "his" in the sentence is its subject as before
    got = events("Khalifa Haftar spoke on Monday. GNA troops and his army fought, and GNA troops took Zawiya.", layers)
    assert ("GNA", "captured", zawiya) in got


def test_the_side_chased_flees(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces retook Mizda on Friday, spokesman Gununu said, adding that they were chasing Haftar's "
                 "militias as they fled.", layers)
    assert ("LNA", "withdrew", mizda) in got and ("GNA", "withdrew", mizda) not in got
    # with no chasing, "as they" is the subject as before
    got = events("GNA forces retook Mizda on Friday, spokesman Gununu said, as they fled.", layers)
    assert ("LNA", "withdrew", mizda) not in got


def test_arabic_allied_with_names_the_owner(layers):
    got = extract_events("اقتحمت القوات المتحالفة مع حكومة طرابلس مدينة غريان يوم الأربعاء.",
                         article_date=dt.date(2020, 6, 5), layers=layers)
    assert any(r["side"] == "GNA" and r["place"] == "Gharyan" for r in got)
    assert not any(r["place"] == "Tripoli" for r in got)


def test_the_district_an_appositive_names_is_held(layers):
    souq = _id("Souq al-Juma", layers)
    tripoli = _id("Tripoli", layers)
    got = events("The clinic is in Souq al-Juma, a busy district of the capital under the control of the GNA.", layers)
    assert ("GNA", "holds", souq) in got and ("GNA", "holds", tripoli) not in got
    # with no appositive, the place before is held as before
    assert ("GNA", "holds", tripoli) in events("The capital is under the control of the GNA.", layers)


def test_positions_in_a_place_or_its_entrances_are_no_hold_of_it(layers):
    sirte = _id("Sirte", layers)
    assert ("GNA", "holds", sirte) not in events("Two positions in eastern Sirte are now under GNA control.", layers)
    assert ("GNA", "holds", sirte) not in events("GNA forces said they controlled all of Sirte's entrances.", layers)
    assert ("GNA", "holds", sirte) in events("Sirte is now under GNA control.", layers)


def test_declared_full_control_is_a_capture(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces declared full control of Mizda on Thursday.", layers)
    assert ("GNA", "captured", mizda) in got
    # a bare "declared control" is not made a capture
    assert ("GNA", "captured", mizda) not in events("GNA forces declared control of Mizda on Thursday.", layers)


def test_both_areas_stand_for_the_two_places_named_before(layers):
    sirte, hun = _id("Sirte", layers), _id("Hun", layers)
    got = events("GNA troops shelled Sirte and Hun. Both areas are now under the control of Haftar's forces.", layers)
    assert ("LNA", "holds", sirte) in got and ("LNA", "holds", hun) in got
    got = events("GNA troops shelled Sirte and Hun. Both towns are now under the control of Haftar's forces.", layers)
    assert ("LNA", "holds", sirte) in got and ("LNA", "holds", hun) in got
