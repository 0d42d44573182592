"""The geocoder against the bundled gazetteer: the issue's examples, variants, ACLED, foreign names."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from geo.cli import main
from geo.gazetteer import haversine_km
from tests.conftest import DATA, shared_file

FOREIGN = ["Cairo", "Geneva", "Ankara", "Moscow", "Abu Dhabi", "Tunis", "Istanbul", "Berlin", "Paris", "Rome",
           "Algiers", "Khartoum", "N'Djamena", "Niamey", "Sfax", "Ben Gardane", "Alexandria", "Doha", "Athens",
           "القاهرة", "جنيف", "موسكو", "Marsa Matruh", "Valletta", "Washington"]


def test_issue_example(gazetteer):
    res = gazetteer.geocode_many(["Tarhouna", "Surt", "الجفرة", "Jufra airbase", "Cairo"])
    assert [r["name"] for r in res[:4]] == ["Tarhuna", "Sirte", "al-Jufra", "al-Jufra Airbase"]
    assert [r["status"] for r in res] == ["resolved"] * 4 + ["unresolved"]
    assert res[3]["kind"] == "airbase"


@pytest.mark.parametrize("name", FOREIGN)
def test_foreign_names_never_resolve(gazetteer, name):
    assert gazetteer.geocode(name)["status"] == "unresolved"


def test_kind_hint_picks_the_facility_named_after_the_town(gazetteer):
    r = gazetteer.geocode("Tripoli airport")
    assert r["name"] == "Tripoli International Airport" and r["kind"] == "airport"
    r = gazetteer.geocode("Sirte airbase")
    assert r["kind"] == "airbase" and haversine_km(r["lat"], r["lon"], 31.21, 16.59) < 30


def test_an_airfield_is_the_towns_airport_when_it_has_no_airbase(gazetteer):
    # "airfield" hints at an airbase; Zuwara has only an airport, and the airbase 30 km away is another place
    for q in ("Zuwara airfield", "Zwara airbase"):
        r = gazetteer.geocode(q)
        assert r["kind"] == "airport" and r["name"] == gazetteer.geocode("Zuwara airport")["name"], q
    # where the town has an airbase, the airbase still comes first
    assert gazetteer.geocode("Jufra airfield")["kind"] == "airbase"


def test_an_arabic_facility_query_finds_the_facility_named_after_the_town_in_latin(gazetteer):
    # Brak's airbase is listed under Latin names only ("Brak Airbase"); "قاعدة براك الشاطئ" resolves Brak, so
    # the facility named after it comes before Tamanhint, the nearest airbase of that kind 60 km off
    for q in ("قاعدة براك الشاطئ", "قاعدة براك", "Brak airbase"):
        assert gazetteer.geocode(q)["name"] == "Brak Airport", q
    assert gazetteer.geocode("قاعدة تمنهنت")["name"] == "Tamanhint Airbase"


def test_a_terminal_is_the_one_of_the_town_named_never_a_neighbours(gazetteer):
    # the gazetteer has no terminal of Ras Lanuf, Zueitina or Brega, nor a port of Tripoli: the town itself, a
    # little less sure, and never the Es Sider or Zawiya terminal, the nearest ones of that kind
    for q, town in (("Ras Lanuf oil terminal", "Ras Lanuf"), ("Zueitina oil terminal", "Zueitina"),
                    ("Zuwaytina oil terminal", "Zueitina"), ("Brega oil terminal", "Brega"), ("ميناء طرابلس", "Tripoli")):
        r = gazetteer.geocode(q)
        want = gazetteer.geocode(town)
        assert (r["id"], r["method"]) == (want["id"], "kind") and r["score"] <= 85, q
    # a terminal under another name but at the town itself is still its terminal (Tobruk's is Marsa al-Hariga)
    r = gazetteer.geocode("Tobruk oil terminal")
    assert r["kind"] == "oil_terminal" and "Hariga" in r["name"]
    assert gazetteer.geocode("Es Sider oil terminal")["kind"] == "oil_terminal"


def test_an_article_written_onto_the_name(gazetteer):
    for glued, plain in (("Alasaba", "al-Asaba"), ("Elbayda", "Bayda"), ("Aljufra", "al-Jufra"),
                         ("Souq Alkhamies", "Souq al-Khamis")):
        assert gazetteer.geocode(glued)["id"] == gazetteer.geocode(plain)["id"], glued
    # only an exact hit on the rest counts, and a foreign name stays foreign
    assert gazetteer.geocode("Alexandria")["status"] == "unresolved"
    assert gazetteer.geocode("Alqwzxy")["status"] == "unresolved"


def test_a_doubled_y_before_a_vowel(gazetteer):
    # Kuraimiyyah, Kuraimiya: the same name as al-Kremiya's "Karimiya"
    assert gazetteer.geocode("al-Kuraimiyyah")["id"] == gazetteer.geocode("al-Kremiya")["id"]


def test_district_and_near_hints(gazetteer):
    r = gazetteer.geocode("Sirte", district="LY-SR")
    assert r["name"] == "Sirte"
    assert gazetteer.geocode("Sirte", district="LY-BA")["status"] == "unresolved"


def test_unresolved_lists_nearest_candidates(gazetteer):
    r = gazetteer.geocode("Tarhxyzuna")
    assert r["status"] == "unresolved" or r["name"] == "Tarhuna"
    r = gazetteer.geocode("Qwertyville")
    assert r["status"] == "unresolved" and len(r["candidates"]) >= 1


def test_result_has_all_fields(gazetteer):
    r = gazetteer.geocode("Gharyan")
    for f in ("id", "name", "lat", "lon", "kind", "district", "score", "method", "status"):
        assert f in r
    assert r["district"] == "LY-JG"


def test_spelling_variants_resolve_within_10_km(gazetteer):
    """Our own variant list (tests/data/spelling_variants.csv, every row sourced).

    The issue's 98 % target is for an independent held-out list; on this list the misses are
    names no normalisation can reach without a dedicated alias (Italian "Barce" for al-Marj,
    Polish "Sawija" for Zawiya, a misspelt Arabic ه for ح), so the bar here is 97.5 %."""
    with open(DATA / "spelling_variants.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 150
    ok, misses = 0, []
    for r in rows:
        g = gazetteer.geocode(r["variant"])
        if g["status"] != "unresolved" and haversine_km(g["lat"], g["lon"], float(r["lat"]), float(r["lon"])) <= 10:
            ok += 1
        else:
            misses.append((r["variant"], r["expected_name"], g["name"], g["status"]))
    assert ok / len(rows) >= 0.975, misses


def acled_locations() -> dict[str, tuple[float, float]]:
    """ACLED's 45 location strings with ACLED's own coordinates (read from ../shared)."""
    path = shared_file("data", "acled", "acled_libya_2020-04-27_2020-05-09.csv")
    with open(path, encoding="utf-8") as fh:
        return {r["location"]: (float(r["latitude"]), float(r["longitude"])) for r in csv.DictReader(fh)}


@pytest.mark.shared
def test_acled_locations_resolve_near_acled_coordinates(gazetteer):
    locs = acled_locations()
    assert len(locs) == 45
    ok, misses = 0, []
    for name, (lat, lon) in locs.items():
        g = gazetteer.geocode(name)
        if g["status"] != "unresolved" and haversine_km(g["lat"], g["lon"], lat, lon) <= 10:
            ok += 1
        else:
            misses.append((name, g["name"], g["status"]))
    # The issue's target is 90 %; we reach 37/45. The misses are localities that no source
    # reachable here locates (Nesma, Wadi Marsit, Bir al-Toutah, the village of al-Watiya), places we only
    # know approximately (al-Washka) and names ACLED reads otherwise ("Hadba", "As Sabaa", "Coast of Zwara");
    # ACLED's own coordinates may not be copied. This floor catches regressions, the xfail below keeps the
    # gap visible.
    assert ok / len(locs) >= 0.8, misses


@pytest.mark.shared
@pytest.mark.xfail(strict=True, reason="target 90 % not met (82 %): see the issue note")
def test_acled_locations_reach_target(gazetteer):
    locs = acled_locations()
    ok = sum(1 for name, (lat, lon) in locs.items()
             if (g := gazetteer.geocode(name))["status"] != "unresolved"
             and haversine_km(g["lat"], g["lon"], lat, lon) <= 10)
    assert ok / len(locs) >= 0.90


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=20))
def test_geocode_many_never_drops_a_row(gazetteer, names):
    res = gazetteer.geocode_many(names)
    assert len(res) == len(names)
    assert [r["query"] for r in res] == names
    assert all(r["status"] in ("resolved", "ambiguous", "unresolved") for r in res)


def test_cli_geocode_json_keeps_input_order():
    out = CliRunner().invoke(main, ["geocode", "Tarhouna", "Surt", "الجفرة", "Jufra airbase", "Cairo", "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert [d["query"] for d in data] == ["Tarhouna", "Surt", "الجفرة", "Jufra airbase", "Cairo"]
    assert data[4]["status"] == "unresolved" and data[0]["name"] == "Tarhuna"


def test_cli_geocode_file_and_csv(tmp_path):
    f = tmp_path / "names.txt"
    f.write_text("Misurata\n\nSebha\n=cmd|' /C calc'!A0\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["geocode", "--file", str(f), "--format", "csv"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(out.output.splitlines()))
    assert [r["status"] for r in rows] == ["resolved", "resolved", "unresolved"]
    assert rows[2]["query"].startswith("'=")  # formula neutralised


def test_cli_user_mistakes_are_one_line():
    r = CliRunner().invoke(main, ["geocode"])
    assert r.exit_code != 0 and "Traceback" not in r.output
    r = CliRunner().invoke(main, ["geocode", "--file", "/nonexistent/names.txt"])
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_codes_are_looked_up_exactly_never_by_their_consonants(gazetteer):
    # "QBL" (Bani Walid's airport code among its GeoNames alternates) has the consonants of the Arabic
    # "القبايلية", a street of Ain Zara in southern Tripoli: the code still finds Bani Walid, the street does not
    assert gazetteer.geocode("QBL")["name"] == "Bani Walid"
    for name in ("القبايلية", "قبايلية"):
        assert gazetteer.geocode(name)["id"] != "gn-2218840"
    # a real spelling still reaches Bani Walid through its consonants
    assert gazetteer.geocode("Beni Oualid")["id"] == "gn-2218840"


def test_qasr_libya_is_not_bani_walid(gazetteer):
    # a GeoNames alternate of Bani Walid named the town of Qasr Libya, 900 km east (scripts/data/dropped_alternates.csv)
    for name in ("قصر ليبيا", "Qasr Libya"):
        r = gazetteer.geocode(name)
        assert r["status"] == "resolved" and r["id"] == "gn-83861"
