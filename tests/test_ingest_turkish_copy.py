"""Turkish spellings in news copy: "Cufra" is al-Jufra in Turkish (c is Arabic ج) but Kufra in Italian, and Turkish
facility words ("Hava Üssü", "Havalimanı") name the facility, not the town."""

from __future__ import annotations

import datetime as dt

from geo.ingest import extract_events
from tests.ingest_rules import events, rules_only  # noqa: F401 - rules_only is an autouse fixture

JUFRA_BASE, JUFRA, KUFRA, KUFRA_AIRPORT = "icao-HL69", "district-LY-JU", "gn-88962", "icao-HLKF"


def test_cufra_in_turkish_copy_is_jufra(layers):
    got = events("Hafter güçleri Cufra'dan çekilmeli. UMH drones struck the Cufra air base.", layers)
    assert ("GNA", "attacked", JUFRA_BASE) in got and ("GNA", "attacked", KUFRA_AIRPORT) not in got


def test_cufra_named_with_sirte_is_jufra(layers):
    got = events("The LNA said it still controls Sirte and Cufra.", layers)
    assert ("LNA", "holds", JUFRA) in got and ("LNA", "holds", KUFRA) not in got


def test_cufra_elsewhere_stays_kufra(layers):
    got = events("LNA aircraft bombed the oasis of Cufra, the Italian agency reported.", layers)
    assert ("LNA", "attacked", KUFRA) in got and ("LNA", "attacked", JUFRA) not in got


def test_a_capital_dotted_i_is_not_turkish_for_ignoring_case(layers):
    # "İ" is Turkish; a plain "i" is not, though re.IGNORECASE would let one match the other
    got = events("Italian reporters said LNA jets bombed Cufra.", layers)
    assert ("LNA", "attacked", KUFRA) in got


def test_the_evidence_keeps_the_article_spelling(layers):
    recs = extract_events("UMH forces shelled Cufra on Monday.", article_date=dt.date(2020, 6, 5), layers=layers)
    assert [r["place_id"] for r in recs] == [JUFRA] and "Cufra" in recs[0]["evidence"]


def test_turkish_facility_words_name_the_facility(layers):
    got = events("LNA rockets hit Misrata Havalimanı.", layers)
    assert ("LNA", "attacked", "icao-HLMS") in got
    got = events("Hafter güçleri Cufra Hava Üssü'nü korudu. UMH drones bombed Cufra Hava Üssü.", layers)
    assert ("GNA", "attacked", JUFRA_BASE) in got and ("GNA", "attacked", JUFRA) not in got
