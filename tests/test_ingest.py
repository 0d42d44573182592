"""``frontline ingest``: candidate event records from news text, and how good they are.

The labelled passages in ``tests/data/ingest_passages.jsonl`` were written for these tests, in
our own words, from cited 2019-2020 reports (outlet, title, URL and date on every line). Splits,
in the order they were written: ``tune`` (the rules were written against them), ``holdout`` (kept
out of the first tuning), ``fresh`` (written after it), ``blind`` (measured once at precision 0.78,
recall 0.64, then learned from), ``tune2`` (a second tuning set covering verb classes, voices,
reported speech, claims and denials, irrealis, lists, both sides, Arabic and relative dates;
measured once before the second round at 0.76 / 0.63), ``fresh2`` (measured once after that
round at 0.86 / 0.72, then learned from), ``fresh3`` (new reports, measured once at 1.00 / 0.89,
then learned from), ``blind2`` (written by a colleague who never saw the rules, measured once at 0.85 / 0.55,
then learned from), ``tune3`` (written for the third round from reports not used before, measured once at
0.97 / 0.74), ``blind3`` (30 passages by a colleague who never saw the rules, measured once at 0.86 / 0.67, then
tuned on; its passages carry the tag "tuned on after its one measurement") and ``tune4`` (24 passages written for the
fourth round from reports not used before, measured once after the blind3 fixes at 0.98 / 0.78, then learned from),
``tune5`` (30 passages by a colleague, first ``blind4``, measured once at 0.91 / 0.67, then tuned on) and ``tune5b``
(40 passages written for the fifth round, measured once before its rules at 0.95 / 0.75, then learned from).
All of them have been seen now, so every split is held to the targets
(``test_every_split_meets_the_targets``); unseen text is measured by writing passages under a new split name
(``benchmarks/ingest_quality.py --split NAME``) before changing any rule.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from click.testing import CliRunner

from geo.cli import main
from geo.events import ACTIONS, read_events
from geo.ingest import (
    INGEST_COLUMNS,
    IngestError,
    append_events,
    article_from_text,
    evaluate,
    extract_events,
    quality_table,
    read_labelled_passages,
    split_sentences,
)
from tests.conftest import DATA, shared_file
from tests.ingest_rules import events, rules_only  # noqa: F401 - rules_only is an autouse fixture

PASSAGES = DATA / "ingest_passages.jsonl"
SEED = ("seeds", "news_2020-06-06_cairo_ceasefire.txt")


def passages() -> list[dict]:
    return read_labelled_passages(PASSAGES)




# ----------------------------------------------------------------------------- the labelled set
def test_labelled_passages_are_well_formed_and_cited(gazetteer, layers):
    ps = passages()
    assert len(ps) >= 30
    assert len({p["id"] for p in ps}) == len(ps)
    assert sum(p["split"] == "holdout" for p in ps) >= 5
    for p in ps:
        assert p["url"].startswith("http") and p["source"] and p["title"], p["id"]
        dt.date.fromisoformat(p["article_date"])
        assert dt.date(2019, 1, 1) <= dt.date.fromisoformat(p["article_date"]) <= dt.date(2020, 12, 31), p["id"]
        for e in p["expected"] + p["optional"]:
            assert e["side"] in layers.sides and e["action"] in ACTIONS, (p["id"], e)
            ids = e["place_id"]
            for pid in ([ids] if isinstance(ids, str) else ids or []):
                assert pid in gazetteer.by_id, (p["id"], pid)
    tags = {t for p in ps for t in p["tags"]}
    for needed in ("negation", "claim", "both sides", "transliteration", "Arabic", "foreign places",
                   "countries as actors"):
        assert needed in tags, needed


def test_precision_and_recall_per_action_on_the_labelled_passages(layers):
    # the splits held to the targets: known_gap splits (tuned on, still below target) are reported
    # by test_every_split_meets_the_targets, evaluation_only ones are never scored here
    held = [p for p in passages() if not p.get("known_gap") and not p.get("evaluation_only")]
    res = evaluate(held, layers=layers)
    table = quality_table(res) + "\n" + "\n".join(res["errors"])
    assert res["overall"]["precision"] >= 0.9, table
    assert res["overall"]["recall"] >= 0.8, table
    for action, r in res["actions"].items():
        if r["tp"] + r["fn"] >= 5:
            assert r["recall"] >= 0.7, (action, table)
        if r["tp"] + r["fp"] >= 5:
            assert r["precision"] >= 0.8, (action, table)
    assert res["dates"]["correct"] >= 0.9 * res["dates"]["total"], table


def test_every_split_is_there_with_arabic_passages(layers):
    ps = passages()
    for split, least in [("tune", 60), ("holdout", 10), ("fresh", 12), ("blind", 12), ("tune2", 40), ("fresh2", 20),
                         ("fresh3", 15), ("blind2", 24), ("tune3", 24), ("blind3", 30), ("tune4", 24), ("tune5", 30),
                         ("tune5b", 40)]:
        part = [p for p in ps if p["split"] == split]
        assert len(part) >= least, split
        if split in ("blind", "tune2", "fresh2", "blind2", "tune3", "blind3", "tune4"):
            assert sum(any("\u0600" <= ch <= "\u06ff" for ch in p["text"]) for p in part) >= 2, split
    # the later sets are written anew: no text repeats, and most of them come from reports not used before
    assert len({p["text"] for p in ps}) == len(ps)
    first = {p["url"] for p in ps if p["split"] in ("tune", "holdout", "fresh", "blind")}
    later = [p for p in ps if p["split"] in ("tune2", "fresh2", "fresh3", "tune3", "tune4")]
    assert sum(p["url"] not in first for p in later) >= 0.75 * len(later)


# ----------------------------------------------------------------------------- the seed article
@pytest.mark.whole_pipeline
def test_seed_article_yields_the_reported_events_and_nothing_abroad(layers):
    path = shared_file(*SEED)
    art = article_from_text(path.read_text(encoding="utf-8"), name=path.name, date="2020-06-06")
    recs = extract_events(art.text, article_date=art.date, layers=layers, article=art.name)
    got = {(r["side"], r["action"], r["place_id"]) for r in recs if r["confidence"] >= 0.5}
    assert ("LNA", "withdrew", "gn-2210221") in got or ("GNA", "captured", "gn-2210221") in got
    assert ("GNA", "captured", "icao-HLLT") in got  # Tripoli International Airport
    assert ("GNA", "captured", "gn-2210247") in got  # the fringes of Tripoli
    assert ("GNA", "attacked", "gn-2210554") in got  # Sirte under attack
    assert ("LNA", "holds", "gn-2210554") in got
    assert ("LNA", "holds", "icao-HL69") in got or ("LNA", "holds", "district-LY-JU") in got
    assert all(r["date"] == dt.date(2020, 6, 6) for r in recs)
    assert {r["side"] for r in recs} <= {"GNA", "LNA"}
    for r in recs:
        assert "Cairo" not in r["place"] and "Geneva" not in r["place"]
        assert r["evidence"] and r["article"] == path.name
    sirte_attack = next(r for r in recs if (r["side"], r["action"], r["place_id"]) == ("GNA", "attacked", "gn-2210554"))
    assert "under attack" in sirte_attack["evidence"]


# ----------------------------------------------------------------------------- rules, one by one
def test_sentences_survive_abbreviations_and_initials():
    text = ("Haftar is said to be a divisive figure whose offensive upended a U.N.-led process. Brig. Gen. "
            "Khaled al-Mahjoub said Col. Gnounou lied. K. Haftar spoke at 5 p.m. on Friday.\nHeadline without stop\n"
            "The U.S. embassy closed. The GNA said so.")
    got = [s.text for s in split_sentences(text)]
    assert got == ["Haftar is said to be a divisive figure whose offensive upended a U.N.-led process.",
                   "Brig. Gen. Khaled al-Mahjoub said Col. Gnounou lied.",
                   "K. Haftar spoke at 5 p.m. on Friday.",
                   "Headline without stop",
                   "The U.S. embassy closed.", "The GNA said so."]
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))


def test_direction_of_drive_out_and_withdraw_towards(layers):
    # the side driven out is named, so its withdrawal is reported too
    assert events("GNA troops drove Haftar's forces out of Aziziya.", layers) == [
        ("GNA", "captured", "gn-2220139"), ("LNA", "withdrew", "gn-2220139")]
    got = events("LNA forces withdrew from Sabratha towards al-Watiya airbase.", layers)
    assert got == [("LNA", "withdrew", "gn-2212771"), ("LNA", "holds", "icao-HL77")]
    assert events("Tarhuna is under attack by the government in Tripoli.", layers) == [("GNA", "attacked", "gn-2210221")]
    assert events("Haftar's LNA still controls Sirte and the Jufra airbase.", layers) == [
        ("LNA", "holds", "gn-2210554"), ("LNA", "holds", "icao-HL69")]
    assert events("Gharyan fell to forces loyal to the UN-backed government.", layers) == [("GNA", "captured", "gn-2217362")]
    assert events("The LNA lost Gharyan to the GNA.", layers) == [("LNA", "withdrew", "gn-2217362"),
                                                                 ("GNA", "captured", "gn-2217362")]


def test_negation_irrealis_and_denial_yield_nothing(layers):
    for text in ["GNA forces did not take Sirte.", "The LNA failed to capture Misrata.",
                 "The LNA denied that its forces had withdrawn from Tarhuna.",
                 "Haftar vowed to retake Gharyan.", "Egypt will intervene if GNA forces attack Sirte.",
                 "Reports that the LNA had stormed Tripoli were untrue.",
                 "The GNA has yet to enter Sirte."]:
        assert events(text, layers) == [], text


def test_claims_are_less_certain_than_confirmed_facts(layers):
    d = dt.date(2020, 6, 5)
    fact = extract_events("GNA forces captured Tarhuna.", article_date=d, layers=layers)[0]
    said = extract_events("The GNA said its forces captured Tarhuna.", article_date=d, layers=layers)[0]
    claim = extract_events("The GNA claimed its forces captured Tarhuna.", article_date=d, layers=layers)[0]
    assert fact["confidence"] > said["confidence"] > claim["confidence"] >= 0.5
    assert "claim" in claim["notes"]


def test_countries_and_foreign_places_never_become_events(layers):
    for text in ["Turkish drones struck al-Watiya.", "Russia sent warplanes to al-Jufra.",
                 "The UAE carried out air strikes on Misrata.", "Egypt's parliament backed sending troops to Sirte.",
                 "Haftar's forces seized Cairo.", "GNA forces attacked Geneva.", "The GNA entered Tunis."]:
        assert events(text, layers) == [], text
    # a country backing a side does not hide the side
    assert events("The LNA, backed by Russia and the UAE, took Sirte.", layers) == [("LNA", "captured", "gn-2210554")]


def test_places_variants_capital_facilities_and_arabic(layers):
    assert events("LNA forces shelled Surt and Sebha.", layers) == [("LNA", "attacked", "gn-2210554"),
                                                                   ("LNA", "attacked", "gn-2212775")]
    assert events("GNA forces took Misurata and Gharian.", layers) == [("GNA", "captured", "gn-2214846"),
                                                                     ("GNA", "captured", "gn-2217362")]
    assert events("The LNA shelled the capital.", layers) == [("LNA", "attacked", "gn-2210247")]
    assert events("The LNA took Sebha's airport.", layers) == [("LNA", "captured", "icao-HLLS")]
    assert events("Haftar's forces seized Sirte, Gaddafi's hometown.", layers) == [("LNA", "captured", "gn-2210554")]
    assert events("GNA forces took the town of Tarhouna (ترهونة).", layers) == [("GNA", "captured", "gn-2210221")]
    assert events("سيطرت قوات حكومة الوفاق على قاعدة الوطية الجوية.", layers) == [("GNA", "captured", "icao-HL77")]
    # an ordinary word that is also an alternate name in the gazetteer is no place
    assert events("The Sultan said GNA forces took control of the area.", layers) == []
    # a place that only locates another is not a target
    assert events("Haftar's forces shelled Tripoli's Mitiga airport.", layers) == [("LNA", "attacked", "icao-HLLM")]
    assert events("GNA forces took Sabratha, 70 km west of Tripoli.", layers) == [("GNA", "captured", "gn-2212771")]


def test_possessives_and_descriptors_locate_without_becoming_targets(layers):
    # a landmark inside a town: the town is attacked, but a town that only locates is not
    assert events("GNA units shelled LNA positions east of Sirte's power station.", layers) == [
        ("GNA", "attacked", "gn-2210554")]
    assert events("The LNA shelled positions 30 km south of Misrata.", layers) == []
    assert events("Haftar's forces shelled Ain Zara, a southern suburb of Tripoli.", layers) == [
        ("LNA", "attacked", "fl-ain-zara")]
    assert events("GNA troops retook Qasr bin Ghashir, on the southern outskirts of the capital.", layers) == [
        ("GNA", "captured", "gn-2213618")]
    # a route or a locative relative clause only describes where a place is
    assert events("GNA forces took Tiji, which lies on the road from Rujban to Zintan.", layers) == [
        ("GNA", "captured", "gn-2209970")]
    assert events("Haftar's forces shelled the supply route from Tarhuna to Bani Walid.", layers) == []
    # "the port", "the terminal", "the airport in X"
    assert events("Tankers waited off Zueitina, whose port is held by the LNA.", layers) == [("LNA", "holds", "gn-88380")]
    assert events("The airport in Sabha is now controlled by the LNA.", layers) == [("LNA", "holds", "icao-HLLS")]


def test_subjects_agents_and_relative_clauses(layers):
    assert events("Warplanes of the Libyan National Army bombed Zliten.", layers) == [("LNA", "attacked", "gn-2208485")]
    assert events("GNA forces struck drones of the LNA near Sirte.", layers) == [("GNA", "attacked", "gn-2210554")]
    assert events("Shells fired by Haftar's forces fell on Abu Salim.", layers) == [("LNA", "attacked", "fl-abu-salim")]
    assert events("Rockets landed on Mitiga airport.", layers) == []  # nobody named
    assert events("Tajoura was hit by LNA rockets.", layers) == [("LNA", "attacked", "gn-2210394")]
    assert events("Sirte was overrun by GNA forces.", layers) == [("GNA", "captured", "gn-2210554")]
    assert events("Oil stopped at Zueitina on the orders of forces loyal to Haftar, who control the port.", layers) == [
        ("LNA", "holds", "gn-88380")]
    assert events("The LNA, which still controls Sirte, shelled Misrata.", layers) == [
        ("LNA", "holds", "gn-2210554"), ("LNA", "attacked", "gn-2214846")]
    # a named group of a country is the side it fights for; the country's institutions are not
    assert events("Russian Wagner contractors fortified al-Jufra airbase.", layers) == [("LNA", "holds", "icao-HL69")]
    assert events("Turkey fortified al-Watiya air base.", layers) == []
    assert events("Haftar left Benghazi for Cairo on Saturday.", layers) == []  # a journey


def test_holding_verbs_and_past_states(layers):
    for text, want in [
        ("The LNA has reinforced its positions in Sirte.", ("LNA", "holds", "gn-2210554")),
        ("Wagner mercenaries dug in at al-Jufra airbase.", ("LNA", "holds", "icao-HL69")),
        ("GNA troops moved into Gharyan on Wednesday.", ("GNA", "captured", "gn-2217362")),  # round 17: an entry
        ("Sirte remains in LNA hands.", ("LNA", "holds", "gn-2210554")),
        ("Bani Walid stayed under LNA control.", ("LNA", "holds", "gn-2218840")),
        ("Sirte, the LNA's main stronghold in the centre, was quiet.", ("LNA", "holds", "gn-2210554")),
        ("Gharyan came under GNA control on Wednesday.", ("GNA", "captured", "gn-2217362")),
        ("GNA forces brought Tarhuna under their control.", ("GNA", "captured", "gn-2210221")),
    ]:
        assert events(text, layers) == [want], text
    # a state that has ended is not a current hold
    assert events("GNA forces took al-Asabaa, which had been under Haftar's control for a year.", layers) == [
        ("GNA", "captured", "gn-2220153")]
    assert events("Sirte was under LNA control until the GNA offensive.", layers) == []
    assert events("GNA forces entered Tarhuna, Haftar's last stronghold in the west.", layers) == [
        ("GNA", "captured", "gn-2210221")]  # the hold the sentence ends is dropped
    assert events("GNA forces reached Sirte but stopped short of entering the city.", layers) == []


def test_arabic_verbs_pronouns_and_transliterated_names(layers):
    assert events("سيطرت قوات حكومة الوفاق الوطني على مدينة ترهونة بعد انسحاب قوات حفتر منها.", layers) == [
        ("GNA", "captured", "gn-2210221"), ("LNA", "withdrew", "gn-2210221")]
    assert events("قصفت قوات حفتر مطار معيتيقة في طرابلس.", layers) == [("LNA", "attacked", "icao-HLLM")]
    assert events("تسيطر قوات حفتر على مدينة سرت.", layers) == [("LNA", "holds", "gn-2210554")]
    assert events("وقالت مصادر إن القوات التابعة لحفتر تسيطر على الجفرة.", layers) == [("LNA", "holds", "district-LY-JU")]
    assert events("طردت قوات الوفاق مليشيات حفتر من مدينة غريان.", layers) == [("GNA", "captured", "gn-2217362"),
                                                                           ("LNA", "withdrew", "gn-2217362")]
    assert events("هاجمت قوات حفتر بلدة الأصابعة.", layers) == [("LNA", "attacked", "gn-2220153")]
    for text in ["لم تدخل قوات الوفاق مدينة سرت.", "نفت قوات حفتر انسحابها من سرت.",
                 "فرضت قوات حفتر حصارا على ترهونة.", "قتل ثلاثة مدنيين في الأسبوع الماضي في قصف على طرابلس."]:
        assert events(text, layers) == [], text
    # a name the gazetteer only knows loosely counts where the context asks for a place
    assert events("An LNA attack on Esbeia was repelled, and the town remains in GNA hands.", layers) == [
        ("LNA", "attacked", "fl-espiaa"), ("GNA", "holds", "fl-espiaa")]
    assert events("Deputy prime minister Ahmed Maiteeq said the GNA took Sirte.", layers) == [
        ("GNA", "captured", "gn-2210554")]


def test_relative_dates_resolve_against_the_article_date(layers):
    def one(text: str) -> dict:
        return extract_events(text, article_date=dt.date(2020, 6, 6), layers=layers)[0]  # a Saturday

    assert one("GNA forces took Tarhuna on Friday.")["date"] == dt.date(2020, 6, 5)
    assert one("GNA forces took Tarhuna on Saturday.")["date"] == dt.date(2020, 6, 6)
    assert one("GNA forces took Tarhuna on Sunday.")["date"] == dt.date(2020, 5, 31)
    assert one("GNA forces took Tarhuna yesterday.")["date"] == dt.date(2020, 6, 5)
    assert one("GNA forces took Tarhuna on 4 June.")["date"] == dt.date(2020, 6, 4)
    assert one("GNA forces took Tarhuna on December 3.")["date"] == dt.date(2019, 12, 3)
    plain = one("GNA forces took Tarhuna.")
    vague = one("GNA forces took Tarhuna last week.")
    old = one("Haftar's forces took Tarhuna last year.")
    assert plain["date"] == vague["date"] == old["date"] == dt.date(2020, 6, 6)
    assert plain["confidence"] > vague["confidence"] > old["confidence"]
    assert old["confidence"] < 0.5 and "last year" in old["notes"]


def test_every_record_has_the_documented_fields(layers):
    recs = extract_events("GNA forces captured Tarhuna on Friday.", article_date=dt.date(2020, 6, 6), layers=layers,
                          source="Reuters", source_url="https://example.org/a", article="a.txt")
    assert set(recs[0]) == {"date", "place", "place_id", "side", "action", "source", "source_url", "notes",
                            "confidence", "evidence", "article"}
    assert recs[0]["place"] == "Tarhuna" and recs[0]["source"] == "Reuters" and 0 < recs[0]["confidence"] <= 1


def test_article_dates_from_option_header_or_file_name():
    assert article_from_text("date: 2020-06-05\nsource: AFP\nGNA took X.", name="a.txt").date == dt.date(2020, 6, 5)
    art = article_from_text("date: 2020-06-05\nsource: AFP\nurl: https://e.org\nGNA took X.", name="a.txt")
    assert art.source == "AFP" and art.source_url == "https://e.org" and art.text.strip() == "GNA took X."
    assert article_from_text("GNA took X.", name="news_2020-06-04_x.txt").date == dt.date(2020, 6, 4)
    assert article_from_text("date: 2020-06-05\nx", name="news_2020-06-04.txt", date="2020-06-01").date == \
        dt.date(2020, 6, 1)
    with pytest.raises(IngestError, match="--date"):
        article_from_text("GNA took X.", name="a.txt")
    with pytest.raises(IngestError, match="not a date"):
        article_from_text("date: 2020-02-30\nGNA took X.", name="a.txt")


# ----------------------------------------------------------------------------- second round
def test_nominal_voices_name_their_agent(layers):
    assert events("The capture of Gharyan by GNA forces was a blow to Haftar.", layers) == [
        ("GNA", "captured", "gn-2217362")]
    assert events("Wednesday's recapture of Tripoli International Airport by pro-GNA forces ended a year of "
                  "LNA rule there.", layers) == [("GNA", "captured", "icao-HLLT")]
    # a noun's place and its list, not the place of the verb that follows
    assert events("Haftar's seizure of Sirte in January alarmed Misrata.", layers) == [("LNA", "captured", "gn-2210554")]
    assert events("Gharyan's fall to GNA forces ended Haftar's advance.", layers) == [("GNA", "captured", "gn-2217362")]
    assert events("The fall of Sirte to the LNA came after a brigade switched sides.", layers) == [
        ("LNA", "captured", "gn-2210554")]
    assert events("The GNA announced the recapture of Tarhuna.", layers) == [("GNA", "captured", "gn-2210221")]
    assert events("GNA forces described their withdrawal from Sirte as tactical.", layers) == [
        ("GNA", "withdrew", "gn-2210554")]
    # no agent: a noun whose sentence names only its victims, or nobody
    assert events("Two LNA commanders were killed in a drone strike in Tarhouna.", layers) == []
    assert events("The recapture of Tarhuna took less than a day.", layers) == []
    assert events("The GNA blamed the strike on the detention centre in Tajoura on aircraft belonging to "
                  "Haftar.", layers) == [("LNA", "attacked", "gn-2210394")]


def test_withdrawal_verbs_and_who_is_made_to_act(layers):
    assert events("The LNA said it was drawing back on every Tripoli front.", layers) == [
        ("LNA", "withdrew", "gn-2210247")]
    assert events("The LNA pulled its forces out of Tarhuna.", layers) == [("LNA", "withdrew", "gn-2210221")]
    assert events("Haftar said the LNA had moved its forces out of Tripoli's administrative borders.", layers) == [
        ("LNA", "withdrew", "gn-2210247")]
    # object control: the one forced to retreat retreated; the forcer took nothing
    assert events("GNA fighters forced the LNA to retreat from Gharyan.", layers) == [("LNA", "withdrew", "gn-2217362")]
    assert events("Haftar's forces were forced to retreat from Gharyan.", layers) == [("LNA", "withdrew", "gn-2217362")]
    assert events("Haftar's forces were driven out of Gharyan.", layers) == [("GNA", "captured", "gn-2217362"),
                                                                            ("LNA", "withdrew", "gn-2217362")]
    # handing over and setting off
    assert events("Bani Walid was handed over to the GNA peacefully.", layers) == [("GNA", "captured", "gn-2218840")]
    assert events("GNA forces left Misrata heading east towards Tawergha.", layers) == []


def test_pronouns_appositives_and_causes(layers):
    assert events("GNA forces reached Bani Walid and entered it peacefully.", layers) == [
        ("GNA", "captured", "gn-2218840")]
    assert events("Haftar, whose forces took Gharyan last year, lost it in June.", layers) == [
        ("LNA", "withdrew", "gn-2217362")]
    # an appositive names the same place again
    assert events("Government forces overran al-Watiya, its only air base near the capital.", layers) == [
        ("GNA", "captured", "icao-HL77")]
    # an attack given as the cause of an effect on a place
    assert events("Flights to and from Mitiga, Tripoli's only functioning airport, were suspended after renewed "
                  "rocket fire by General Khalifa Haftar's militias, the airport said.", layers) == [
        ("LNA", "attacked", "icao-HLLM")]
    # "the city" is the topic, not the destination; an airport follows the city it is named after
    assert events("Haftar's forces fled Gharyan towards Tarhouna after GNA troops took full control of the "
                  "city.", layers) == [("LNA", "withdrew", "gn-2217362"), ("GNA", "captured", "gn-2217362")]
    assert events("Witnesses said the LNA had lost control of Tripoli's old international airport.", layers) == [
        ("LNA", "withdrew", "icao-HLLT")]
    assert events("Forces loyal to the Tripoli government recaptured the disused international airport south of "
                  "the city.", layers) == [("GNA", "captured", "icao-HLLT")]


def test_speakers_allies_blame_and_fronted_clauses(layers):
    assert events('"Gharyan is under our total control," Mustafa al-Mejii, a spokesman for GNA forces, told AFP.',
                  layers) == [("GNA", "holds", "gn-2217362")]
    assert events("Mitiga airport was hit by rocket fire on Saturday, the Tripoli government said, blaming forces "
                  "loyal to Khalifa Haftar.", layers) == [("LNA", "attacked", "icao-HLLM")]
    assert events("A local brigade, an ally of the GNA, said it had withdrawn from Sirte.", layers) == [
        ("GNA", "withdrew", "gn-2210554")]
    assert events("Hours after taking Tarhuna, forces of the GNA reached Bani Walid.", layers) == [
        ("GNA", "captured", "gn-2210221")]
    assert events("After a week of fighting, GNA forces entered Tarhuna.", layers) == [("GNA", "captured", "gn-2210221")]
    assert events("Anti-LNA forces attacked Sirte.", layers) == [("GNA", "attacked", "gn-2210554")]
    # a verb of taking reaches its object, not a place inside a phrase of another noun
    assert events("The town he took at the start of his campaign on Tripoli fell.", layers) == []
    # a list goes on past the words a verb of holding reaches
    assert events("Mismari said the army was in full control of Tarhouna and Aziziya and of the villages around "
                  "them, as well as the Alhira district.", layers) == [
        ("LNA", "holds", "gn-2210221"), ("LNA", "holds", "gn-2220139"), ("LNA", "holds", "fl-al-hira")]
    assert events("Tarhuna, their last stronghold, was quiet, the LNA said.", layers) in ([], [
        ("LNA", "holds", "gn-2210221")])
    assert events("Its units would then head for a town near the LNA's Tarhouna stronghold.", layers) == [
        ("LNA", "holds", "gn-2210221")]


def test_fields_directions_inside_a_town_and_copulas(layers):
    assert events("Gunmen stormed the El-Sharara oilfield on Tuesday. The field has been under the control of the "
                  "Libyan National Army since February 2019.", layers) == [("LNA", "holds", "fl-el-sharara-oil-field")]
    # "in the east of X" is inside X (it can be "the town" later); "east of X" is outside it
    assert events("GNA forces took an area in the east of Tarhouna. The town is considered the last major "
                  "stronghold of Haftar's forces.", layers) == [("LNA", "holds", "gn-2210221")]
    assert events("The LNA shelled positions east of Misrata.", layers) == []


def test_arabic_nouns_past_states_anaphora_and_owners(layers):
    assert events("أعلنت قوات الوفاق صباح الاثنين سيطرتها الكاملة على قاعدة الوطية الجوية، التي ظلت تحت سيطرة "
                  "الجيش الوطني قرابة ست سنوات.", layers) == [("GNA", "captured", "icao-HL77")]
    assert events("قالت مصادر إن قوات حفتر انسحبت من قاعدة الوطية بعد أن بسطت قوات الوفاق سيطرتها على القاعدة.",
                  layers) == [("LNA", "withdrew", "icao-HL77"), ("GNA", "captured", "icao-HL77")]
    assert events("سيطرت قوات الوفاق على كامل مدينة ترهونة ودحرت مليشيات حفتر منها.", layers) == [
        ("GNA", "captured", "gn-2210221"), ("LNA", "withdrew", "gn-2210221")]
    assert events("قصفت طائرة مسيرة تابعة لقوات حفتر قاعدة معيتيقة التي تسيطر عليها قوات حكومة الوفاق في طرابلس.",
                  layers) == [("LNA", "attacked", "icao-HLLM"), ("GNA", "holds", "icao-HLLM")]
    assert events("قصفت طائرات مسيرة تركية مواقع لقوات حفتر في محيط سرت.", layers) == []
    assert events("كشفت القوات الموالية لحفتر عن إعادة تمركزها خارج العاصمة طرابلس.", layers) == [
        ("LNA", "withdrew", "gn-2210247")]
    assert events("أعلن الجيش الوطني الليبي أنه يستعد لاستعادة السيطرة على مدينة غريان.", layers) == []
    assert events("تقع الجفرة على بعد 650 كلم جنوب شرق طرابلس، وتسيطر عليها قوات موالية لحفتر.", layers) == [
        ("LNA", "holds", "district-LY-JU")]
    assert events("ولم تقر حكومة الوفاق بخسارتها البلدة، لكنها قالت إن سلاح الجو استهدف آليات لقوات حفتر في حدود "
                  "الأصابعة.", layers) == [("GNA", "attacked", "gn-2220153")]


def test_relative_dates_of_the_second_round(layers):
    def one(text: str) -> dict:
        return extract_events(text, article_date=dt.date(2020, 6, 6), layers=layers)[0]  # a Saturday

    assert one("GNA forces took Tarhuna two days ago.")["date"] == dt.date(2020, 6, 4)
    assert one("GNA forces took Tarhuna the day before yesterday.")["date"] == dt.date(2020, 6, 4)
    # the day a spokesman spoke is not the day of what he reports
    assert one("The LNA said on Friday its units had taken Sabha's airport on Thursday.")["date"] == dt.date(2020, 6, 4)
    assert one("سيطرت قوات الوفاق على قاعدة الوطية في 18 مايو.")["date"] == dt.date(2020, 5, 18)
    assert one("سيطرت قوات حفتر على قاعدة الوطية عام 2014.")["confidence"] < 0.5
    assert one("The GNA on Friday struck al-Jufra airbase, which the LNA has held since June 2017.")["date"] == \
        dt.date(2020, 6, 5)
    held = [r for r in extract_events("The GNA on Friday struck al-Jufra airbase, which the LNA has held since June "
                                      "2017.", article_date=dt.date(2020, 6, 6), layers=layers) if r["action"] == "holds"]
    assert held and held[0]["date"] == dt.date(2020, 6, 6)


# ----------------------------------------------------------------------------- third round (after blind2)
def test_both_readings_of_a_capture_when_the_text_names_the_loser(layers):
    # a withdrawal that names no place of its own takes the place the other side took in the same sentence
    assert events("GNA forces seized full control of Tripoli International Airport on Wednesday as Haftar's fighters "
                  "fell back towards Qasr bin Ghashir.", layers, "2020-06-03") == [
        ("GNA", "captured", "icao-HLLT"), ("LNA", "withdrew", "icao-HLLT")]  # a direction of flight is no hold
    assert events("Government forces won back Abugrein and chased the retreating LNA units towards al-Washka.",
                  layers) == [("GNA", "captured", "fl-abu-grein"), ("LNA", "withdrew", "fl-abu-grein")]
    assert events("Haftar's forces pulled out of Tarhuna and GNA troops moved in.", layers) == [
        ("LNA", "withdrew", "gn-2210221"), ("GNA", "captured", "gn-2210221")]
    # … or in the sentence just before
    assert events("The LNA said it recaptured al-Asabaa on Sunday. It said its troops were chasing Tripoli-allied "
                  "forces who were fleeing to Gharyan.", layers) == [("LNA", "captured", "gn-2220153"),
                                                                     ("GNA", "withdrew", "gn-2220153")]
    # driving out with no "out of" phrase: the place of the clause before
    assert events("LNA troops briefly occupied the old Tripoli airport before forces loyal to the Tripoli government "
                  "drove them out.", layers) == [("GNA", "captured", "icao-HLLT"), ("LNA", "withdrew", "icao-HLLT")]
    assert events("GNA forces regained control of Sabratha on Monday, expelling Haftar's forces from the city.",
                  layers) == [("GNA", "captured", "gn-2212771"), ("LNA", "withdrew", "gn-2212771")]
    # "leaving X to S" names the winner; a side named after "wrested X from" only says whose the place was (round 47
    # reads "took/seized X from S" as S's withdrawal too, but not "wrested", on which the labellers differ)
    assert events("Haftar's forces withdrew from Gharyan, leaving the town to GNA units.", layers) == [
        ("LNA", "withdrew", "gn-2217362"), ("GNA", "captured", "gn-2217362")]
    assert events("GNA forces wrested al-Watiya airbase from Haftar's militias.", layers) == [("GNA", "captured", "icao-HL77")]
    # no withdrawal without a side that moves, and none that is denied or only planned
    assert events("GNA forces took Gharyan. The LNA said it had withdrawn its support for the talks.", layers) == [
        ("GNA", "captured", "gn-2217362")]
    assert events("GNA forces took Gharyan after the LNA denied it had withdrawn.", layers) == [
        ("GNA", "captured", "gn-2217362")]
    assert events("Haftar's spokesman said their forces would make a tactical withdrawal from southern Tripoli.",
                  layers) == []
    assert events("Its units would finish pulling out of the Tripoli districts of Ain Zara and Abu Salim on Thursday.",
                  layers, "2020-06-04") == []  # whose units: nobody named
    assert events("LNA units would finish pulling out of the Tripoli districts of Ain Zara and Abu Salim on Thursday.",
                  layers, "2020-06-04") == [("LNA", "withdrew", "fl-ain-zara"), ("LNA", "withdrew", "fl-abu-salim")]


def test_attacks_repelled_launched_and_fired_at_a_pronoun(layers):
    assert events("GNA forces repelled an attack on Espiaa and the town remains in their hands.", layers) == [
        ("LNA", "attacked", "fl-espiaa"), ("GNA", "holds", "fl-espiaa")]
    assert events("GNA forces beat back an LNA offensive on Ain Zara.", layers) == [("LNA", "attacked", "fl-ain-zara")]
    assert events("Government forces thwarted an attack launched by the eastern forces on Abu Qurain.", layers) == [
        ("LNA", "attacked", "fl-abu-grein")]
    # an offensive that nobody repelled is a campaign, not one attack
    assert events("Forces loyal to the GNA ended his 14-month offensive on the capital.", layers) == []
    assert events("Mitiga suspended all flights after Haftar's forces fired six Grad rockets at it.", layers) == [
        ("LNA", "attacked", "icao-HLLM")]
    assert events("The GNA said its fighters had beaten back an overnight assault east of the city of Sirte.",
                  layers) == [("LNA", "attacked", "gn-2210554")]
    assert events("The LNA shelled positions east of Misrata.", layers) == []  # a verb's landmark stays a landmark
    assert events("A rocket attack on Mitiga airport was blamed on Haftar's forces.", layers) == [
        ("LNA", "attacked", "icao-HLLM")]
    assert events("Artillery fire from Haftar's forces hit Ain Zara.", layers) == [("LNA", "attacked", "fl-ain-zara")]
    assert events("Haftar's forces attacked GNA positions in Ain Zara.", layers) == [("LNA", "attacked", "fl-ain-zara")]
    assert events("Haftar's forces came under GNA drone fire near Sirte.", layers) == [("GNA", "attacked", "gn-2210554")]
    # a modifier of the object does not hide it from the verb
    assert events("LNA jets bombed the GNA-run Mitiga airport.", layers) == [("LNA", "attacked", "icao-HLLM"),
                                                                            ("GNA", "holds", "icao-HLLM")]
    assert events("Haftar's militias fired missiles at Mitiga airport, about 8 km east of central Tripoli.",
                  layers) == [("LNA", "attacked", "icao-HLLM")]


def test_holds_lists_facilities_and_namesakes(layers):
    assert events("Sirte and the Jufra airbase remain in the hands of Haftar's forces.", layers) == [
        ("LNA", "holds", "gn-2210554"), ("LNA", "holds", "icao-HL69")]
    assert events("Tarhuna, where the Kaniyat militia is based, was bombed by GNA drones.", layers) == [
        ("LNA", "holds", "gn-2210221"), ("GNA", "attacked", "gn-2210221")]
    assert events("The remnants of the militia that had fled from al-Watiya were chased by Haftar's foes.",
                  layers) == []  # the militia's side is not named
    # "X district" far from the town the text is about is not the village X elsewhere
    assert events("Drone raids on Surt killed two. The strikes hit the al-Sabaa district and the air base south of "
                  "the city, which pro-government forces have held since 2016.", layers, "2019-09-16") == [
        ("GNA", "holds", "gn-2210554")]
    # a facility the gazetteer finds only by its kind near a town is another one
    assert events("GNA-aligned forces seized the Ras Lanuf oil terminal.", layers) == [("GNA", "captured", "fl-ras-lanuf")]
    assert events("Two Tripoli officials conceded that forces allied with the government had lost al-Asabaa.",
                  layers) == [("GNA", "withdrew", "gn-2220153")]


def test_arabic_facilities_subjection_launchers_and_repelled_attacks(layers):
    assert events("قصفت طائرات الجيش الوطني الليبي حظيرتين داخل مطار زوارة. ويخضع المطار لسلطة حكومة الوفاق الوطني.",
                  layers) == [("LNA", "attacked", "icao-HLZW"), ("GNA", "holds", "icao-HLZW")]
    assert events("أعلنت الوفاق أنها صدّت هجوماً واسعاً شنته قوات حفتر على منطقة أبوقرين.", layers) == [
        ("LNA", "attacked", "fl-abu-grein")]
    assert events("صدت قوات الوفاق هجوما لقوات حفتر على منطقة عين زارة.", layers) == [("LNA", "attacked", "fl-ain-zara")]
    assert events("تعرض مطار معيتيقة لقصف بصواريخ غراد أطلقتها ميليشيات حفتر.", layers) == [
        ("LNA", "attacked", "icao-HLLM")]
    assert events("سيطرت قوات الوفاق على قاعدة الوطية بعد انسحاب قوات حفتر.", layers) == [
        ("GNA", "captured", "icao-HL77"), ("LNA", "withdrew", "icao-HL77")]
    assert events("بسطت قوات الوفاق سيطرتها على مدينة ترهونة. وقال قنونو إن قواته دخلت المدينة في حين انسحبت قوات حفتر "
                  "باتجاه الصحراء.", layers) == [("GNA", "captured", "gn-2210221"), ("LNA", "withdrew", "gn-2210221")]


def test_dates_of_the_third_round(layers):
    def dates(text: str, day: str) -> dict:
        recs = extract_events(text, article_date=dt.date.fromisoformat(day), layers=layers)
        return {(r["side"], r["action"], r["place_id"]): r["date"].isoformat() for r in recs}

    # "one day after <clause>": that clause's event is a day before the main clause's date
    got = dates("Government forces yesterday won back Abugrein, one day after Haftar's fighters had overrun the town.",
                "2020-01-28")
    assert got == {("GNA", "captured", "fl-abu-grein"): "2020-01-27", ("LNA", "captured", "fl-abu-grein"): "2020-01-26"}
    # "a day earlier": before the date the text has just given
    got = dates("The LNA struck Misrata early on Tuesday. A day earlier, an LNA drone strike on Murzuq killed 43.",
                "2019-08-06")
    assert got[("LNA", "attacked", "gn-2214603")] == "2019-08-05"
    # a state in a relative clause holds at the article date, not on the day of the main clause
    got = dates("The GNA said its warplanes bombed the al-Jufra air base late on Friday, hitting a plane at the site, "
                "which is controlled by Haftar's forces.", "2019-07-27")
    assert got == {("GNA", "attacked", "icao-HL69"): "2019-07-26", ("LNA", "holds", "icao-HL69"): "2019-07-27"}
    # a date inside a sentence is that event's own; only a fronted date sets the time of the sentences after it
    got = dates("The LNA took Gharyan on Thursday. LNA troops occupied the old Tripoli airport before forces loyal to the "
                "Tripoli government drove them out.", "2019-04-07")
    assert got[("GNA", "captured", "icao-HLLT")] == "2019-04-07"
    got = dates("On 18 May, LNA units left Watiya. At 08:00, GNA forces entered the base.", "2020-05-20")
    assert got[("GNA", "captured", "icao-HL77")] == "2020-05-18"
    # a sentence without a date that reports the other side of an event dated before takes that date
    got = dates("Eastern forces retook al-Asabaa on Sunday. Officials conceded that forces allied with the government had "
                "lost the town. The town lies near Tarhuna, the LNA's main stronghold.", "2020-06-01")
    assert got == {("LNA", "captured", "gn-2220153"): "2020-05-31", ("GNA", "withdrew", "gn-2220153"): "2020-05-31",
                   ("LNA", "holds", "gn-2210221"): "2020-06-01"}
    assert dates("أعلن الجيش الوطني سيطرته على مدينة سرت مساء الأحد.", "2020-06-08") == {
        ("LNA", "captured", "gn-2210554"): "2020-06-07"}


# ----------------------------------------------------------------------------- fourth round (after blind3)
def test_attacker_target_and_unattributed_subjects(layers):
    # an indefinite subject the text leaves unattributed is nobody's, even with a side named earlier
    assert events("Two commanders of Haftar's forces were killed when a drone struck the town of Tarhouna.", layers) == []
    assert events("The LNA said a drone struck Misrata airport.", layers) == []
    # a side that only modifies the object is the target's side, not the attacker
    assert events("Government forces destroyed three LNA vehicles near Sirte.", layers) == [("GNA", "attacked", "gn-2210554")]
    assert events("GNA forces said one of their drones had destroyed a Pantsir system in Tarhuna.", layers) == [
        ("GNA", "attacked", "gn-2210221")]
    # "a drone control room" is a noun, not a verb of holding that ends the reach of "destroyed"
    assert events("The LNA said its jets had destroyed a drone control room of the GNA at the Gardabiya air base.",
                  layers) == [("LNA", "attacked", "icao-HLGD")]
    # Arabic: "تعرضت لهجوم من" names the attacker after "من"; the launcher of an attack noun through its fighters
    assert events("وأكدت قوات حكومة الوفاق في سرت أنها تعرضت لهجوم من قوات حفتر.", layers) == [
        ("LNA", "attacked", "gn-2210554")]
    assert events("صدّت قوات الوفاق صباح الاثنين هجوماً شنّه مسلحو حفتر على ضواحي غريان.", layers) == [
        ("LNA", "attacked", "gn-2217362")]
    # an attack that prepared the subject's capture is the subject's, and "there" is the place just named
    assert events("The LNA said it recaptured al-Asabaa on Sunday after air strikes on the militias there.", layers) == [
        ("LNA", "captured", "gn-2220153"), ("LNA", "attacked", "gn-2220153")]


def test_captures_lists_as_far_as_entries_and_nominals(layers):
    assert events("LNA troops advanced as far as Qasr bin Ghashir.", layers) == [("LNA", "captured", "gn-2213618")]
    assert events("GNA forces pushed as far as the centre of Sirte.", layers) == [("GNA", "captured", "gn-2210554")]
    assert events("Later that day Misratan forces took both towns back.", layers) == []  # no towns named before
    assert events("The LNA seized Abu Grein and al-Qaddahiya. Misratan forces counter-attacked and took both towns back.",
                  layers) == [("LNA", "captured", "fl-abu-grein"), ("LNA", "captured", "fl-al-qaddahiya"),
                              ("GNA", "captured", "fl-abu-grein"), ("GNA", "captured", "fl-al-qaddahiya")]
    assert events("The LNA swept in after GNA units pulled out of Sirte.", layers) == [
        ("GNA", "withdrew", "gn-2210554"), ("LNA", "captured", "gn-2210554")]
    assert events("GNA forces reached Sorman and declared it under their full control.", layers) == [
        ("GNA", "captured", "gn-2210560")]
    assert events("Mass graves were found in Tarhuna after the town's recapture by GNA forces.", layers) == [
        ("GNA", "captured", "gn-2210221")]
    assert events("The LNA took over the shut-in El Sharara oilfield.", layers) == [("LNA", "captured", "fl-el-sharara-oil-field")]
    # a place set off as ", near X," only locates the one before it
    assert events("The spokesman said al-Urban, near Tarhouna, had been taken by GNA forces.", layers) == [
        ("GNA", "captured", "fl-al-urban")]
    # "what was left of" is no withdrawal
    assert events("GNA units chased what was left of Haftar's forces to Beni Walid and entered the town.", layers) == [
        ("GNA", "captured", "gn-2218840")]
    # Haftar's forces "fell to them": the pronoun is the subject, not the side inside ", which …,"
    assert events("Haftar's forces said that Sirte, which forces allied with the GNA had held since 2016, had fallen to "
                  "them.", layers) == [("LNA", "captured", "gn-2210554")]


def test_holds_allegiance_quotes_now_and_owners(layers):
    assert events("The town of Zawiya answers to the GNA.", layers) == [("GNA", "holds", "gn-2218970")]
    assert events('"We are in full control of Sirte," an LNA commander said.', layers) == [("LNA", "holds", "gn-2210554")]
    assert events("Troops backing the Tripoli government pushed on, and Aziziya was fully in their hands.", layers) == [
        ("GNA", "holds", "gn-2220139")]
    assert events("The villages before Sirte, where Haftar's militias are now barricaded, fell.", layers) == [
        ("LNA", "holds", "gn-2210554")]
    # a hold marked "now" after the other side left the place is also its taking; without the withdrawal, only a hold
    assert events("The GNA pulled out of Surt. Most of the city is now under the control of Haftar's forces.", layers) == [
        ("GNA", "withdrew", "gn-2210554"), ("LNA", "holds", "gn-2210554"), ("LNA", "captured", "gn-2210554")]
    assert events("The LNA now controls Sirte.", layers) == [("LNA", "holds", "gn-2210554")]
    # "chasing X back to their stronghold": the stronghold is X's
    assert events("The LNA retook al-Asabaa, chasing Tripoli-allied forces back to their stronghold of Gharian.",
                  layers) == [("LNA", "captured", "gn-2220153"), ("GNA", "holds", "gn-2217362")]
    # the one who admits did it; "the town" is the topic, not the stronghold someone was chased to
    assert events("The LNA recaptured al-Asabaa, chasing GNA forces back to their stronghold of Gharian. Two officials of "
                  "the Tripoli government admitted losing the town.", layers)[-1] == ("GNA", "withdrew", "gn-2220153")
    # Arabic: "الخاضعة لمسلحين موالين لحفتر", "ومطارها", "وبلدتي بدر", a possessive suffix points back
    assert events("طاردتهم قوات الوفاق نحو بلدة الأصابعة الخاضعة لمسلحين موالين لحفتر.", layers) == [
        ("LNA", "holds", "gn-2220153")]
    assert events("بسطت قوات الوفاق سيطرتها على بني وليد ومطارها.", layers) == [
        ("GNA", "captured", "gn-2218840"), ("GNA", "captured", "icao-HL54")]
    assert ("GNA", "captured", "gn-2218924") in events("انتزعت قوات الوفاق قاعدة الوطية وبلدتي بدر وتيجي.", layers)
    assert events("أعلنت قوات الوفاق أنها سيطرت على طرابلس بعد إخراج قوات حفتر منها، غداة استعادتها مطار طرابلس الدولي.",
                  layers)[-1] == ("GNA", "captured", "icao-HLLT")


def test_dates_of_the_fourth_round(layers):
    def dates(text: str, day: str) -> dict:
        recs = extract_events(text, article_date=dt.date.fromisoformat(day), layers=layers)
        return {(r["side"], r["action"], r["place_id"]): r["date"].isoformat() for r in recs}

    # "a day earlier" after a sentence that gave a date but reported no event
    assert dates("GNA fighters said they overran a camp on Friday. A day earlier the GNA had taken Asaba.",
                 "2020-05-23") == {("GNA", "captured", "gn-2220153"): "2020-05-21"}
    assert dates("قصفت قوات حفتر مطار معيتيقة وأمس الأحد استهدفت طائرة تابعة للوفاق قاعدة الوطية.", "2019-04-08")[
        ("GNA", "attacked", "icao-HL77")] == "2019-04-07"
    # a date inside a comma-set reduced relative belongs to it; "in April last year" is an old date
    recs = extract_events("Gharyan, captured by the LNA in April last year, was retaken by GNA forces in June.",
                          article_date=dt.date(2020, 6, 6), layers=layers)
    conf = {(r["side"], r["action"]): r["confidence"] for r in recs}
    assert conf[("LNA", "captured")] < 0.5 <= conf[("GNA", "captured")]


def test_every_split_meets_the_targets(layers):
    # splits marked evaluation_only are independent sets measured once and never tuned on;
    # their scores are reported in the README (and must not be chased by editing rules here).
    # Splits marked known_gap have been tuned on but are still below the targets: they are measured and
    # reported, not held to the targets – and once one reaches them, its flag must go
    ps = [p for p in passages() if not p.get("evaluation_only")]
    gaps = []
    for split in dict.fromkeys(p["split"] for p in ps):
        part = [p for p in ps if p["split"] == split]
        flagged = {bool(p.get("known_gap")) for p in part}
        assert len(flagged) == 1, (split, "known_gap must be set on all passages of a split or on none")
        res = evaluate(part, layers=layers)
        o = res["overall"]
        meets = o["precision"] >= 0.9 and o["recall"] >= 0.8
        if flagged == {True}:
            assert not meets, (split, "reaches the targets: drop its known_gap flag", quality_table(res))
            assert o["tp"] > 0, split
            gaps.append(f"{split}: {o['precision']:.2f} / {o['recall']:.2f}")
        else:
            assert meets, (split, quality_table(res), res["errors"])
    if gaps:
        print("known gaps (tuned on, below the targets): " + "; ".join(gaps))


def test_evaluation_only_splits_run_and_are_recorded(layers):
    """An independent set waiting to be measured runs cleanly; one that has been tuned on says so."""
    ps = passages()
    ev = [p for p in ps if p.get("evaluation_only")]
    if ev:
        assert len(ev) >= 25
        res = evaluate(ev, layers=layers)
        assert res["overall"]["tp"] > 0
    # blind3 was measured once (0.86 / 0.67) and only then learned from: every passage of it is marked so
    b3 = [p for p in ps if p["split"] == "blind3"]
    assert len(b3) >= 30
    assert all(not p.get("evaluation_only") and "tuned on after its one measurement" in p["tags"] for p in b3)
    # a split that has been tuned on is never evaluation_only, and the flags do not mix
    assert not any(p.get("evaluation_only") and p.get("known_gap") for p in ps)


def test_run_on_text_is_cut_into_bounded_pieces(layers):
    from geo.ingest.text import _MAX_SENTENCE, _bounded

    text = ", ".join(["GNA forces took Sirte"] * 400)  # one "sentence" of 9,000 characters
    pieces = [p for s in split_sentences(text) for p in _bounded(s)]
    assert len(pieces) > 1 and all(len(p.text) <= _MAX_SENTENCE and text[p.start:p.end] == p.text for p in pieces)
    assert events(text, layers) == [("GNA", "captured", "gn-2210554")]


# ----------------------------------------------------------------------------- the command
ARTICLE = "GNA forces captured Tarhuna on Friday. Haftar's forces shelled Mitiga Airport on Thursday.\n"


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_cli_reads_stdin_and_writes_event_csv():
    r = CliRunner().invoke(main, ["ingest", "-", "--date", "2020-06-06", "--source", "Reuters"], input=ARTICLE)
    assert r.exit_code == 0, r.output
    got = rows(r.stdout)
    assert list(got[0]) == INGEST_COLUMNS
    assert [(g["date"], g["place"], g["side"], g["action"]) for g in got] == [
        ("2020-06-05", "Tarhuna", "GNA", "captured"), ("2020-06-04", "Mitiga Airport", "LNA", "attacked")]
    assert got[0]["source"] == "Reuters" and got[0]["article"] == "<stdin>" and "Tarhuna" in got[0]["evidence"]


def test_cli_without_a_date_says_how_to_give_one():
    r = CliRunner().invoke(main, ["ingest", "-"], input=ARTICLE)
    assert r.exit_code == 2
    msg = r.stderr.strip()
    assert msg.count("\n") == 0 and "--date YYYY-MM-DD" in msg and "date:" in msg


def test_cli_reads_a_folder_with_dates_from_names_and_headers(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a_2020-06-06.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text("date: 2020-01-07\nsource: AFP\nHaftar's forces took Sirte on Monday.\n", encoding="utf-8")
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(d)])
    assert r.exit_code == 0, r.output
    got = rows(r.stdout)
    assert [(g["article"], g["date"], g["place"]) for g in got] == [
        ("a_2020-06-06.txt", "2020-06-05", "Tarhuna"), ("a_2020-06-06.txt", "2020-06-04", "Mitiga Airport"),
        ("b.txt", "2020-01-06", "Sirte")]
    assert got[2]["source"] == "AFP"
    (d / "c.txt").write_text(ARTICLE, encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(d)])
    assert r.exit_code == 2 and "c.txt" in r.stderr


def test_cli_append_adds_once_keeps_existing_rows_and_stays_readable(tmp_path, layers):
    ev = tmp_path / "events.csv"
    ev.write_text("id,date,place,side,action,source,source_url,notes\n"
                  "x-1,2020-06-05,Tarhouna,GNA,captured,AFP,https://e.org,by hand\n", encoding="utf-8")
    before = ev.read_bytes()
    art = tmp_path / "a_2020-06-06.txt"
    art.write_text(ARTICLE + "The LNA said it would soon retake Gharyan.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(art), "--append", str(ev)])
    assert r.exit_code == 0, r.output
    assert "added 1" in r.stderr and "1 already there" in r.stderr and r.stdout == ""
    after = ev.read_bytes()
    assert after.startswith(before)
    got = rows(after.decode())
    assert [(g["id"], g["place"], g["action"]) for g in got] == [("x-1", "Tarhouna", "captured"),
                                                               (got[1]["id"], "Mitiga Airport", "attacked")]
    r = CliRunner().invoke(main, ["ingest", str(art), "--append", str(ev)])
    assert r.exit_code == 0 and "added 0" in r.stderr and ev.read_bytes() == after
    df, rep = read_events(ev, layers=layers)
    assert len(df) == 2 and not rep.errors
    fresh = tmp_path / "new.csv"
    r = CliRunner().invoke(main, ["ingest", str(art), "--append", str(fresh), "--min-confidence", "0.95"])
    assert r.exit_code == 0 and not fresh.exists() and "added 0" in r.stderr
    r = CliRunner().invoke(main, ["ingest", str(art), "--append", str(fresh)])
    assert r.exit_code == 0 and rows(fresh.read_text())[0].keys() == set(INGEST_COLUMNS)


def test_append_refuses_a_file_that_is_not_an_events_csv(tmp_path, layers):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(IngestError, match="lacks column"):
        append_events(bad, [], layers=layers)


def test_cli_writes_an_output_file(tmp_path):
    out = tmp_path / "cands.csv"
    art = tmp_path / "x.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(art), "--date", "2020-06-06", "-o", str(out)])
    assert r.exit_code == 0 and "wrote" in r.stderr and len(rows(out.read_text())) == 2
    r = CliRunner().invoke(main, ["ingest", str(art), "--date", "2020-06-06", "-o", str(out)])
    assert r.exit_code == 2 and "--overwrite" in r.stderr
    r = CliRunner().invoke(main, ["ingest", str(art), "--date", "2020-13-01"])
    assert r.exit_code == 2


def test_the_help_has_an_example():
    r = CliRunner().invoke(main, ["ingest", "--help"])
    assert r.exit_code == 0 and "frontline ingest" in r.output and "--append" in r.output


@pytest.mark.shared
@pytest.mark.whole_pipeline
def test_cli_on_the_seed_article():
    path = shared_file(*SEED)
    r = CliRunner().invoke(main, ["ingest", str(path), "--date", "2020-06-06"])
    assert r.exit_code == 0, r.output
    got = {(g["side"], g["action"], g["place"]) for g in rows(r.stdout)}
    assert ("LNA", "withdrew", "Tarhuna") in got and ("GNA", "attacked", "Sirte") in got


def test_fifth_round_rules(layers):
    # an adjective anaphor ("the mountain town") and driving out name both sides
    got = set(events("GNA forces said on Wednesday they had retaken Gharyan, driving Haftar's fighters out of the "
                     "mountain town.", layers))
    assert {("GNA", "captured", "gn-2217362"), ("LNA", "withdrew", "gn-2217362")} <= got
    # a participle's subject is the force right before it, even the object of the verb before
    got = set(events("LNA forces retook al-Asabaa on Sunday. They were chasing Tripoli-allied fighters fleeing to "
                     "Gharyan.", layers))
    assert ("GNA", "withdrew", "gn-2220153") in got
    # the side an attack verb hits is its object; the place after it says where
    assert ("LNA", "attacked", "gn-2210554") in set(events("LNA jets struck forces of the GNA in Sirte on Tuesday.", layers))
    # "lost X, <appositive>, to S": S took it
    got = set(events("The LNA lost al-Watiya, its only airbase near the capital, to the GNA.", layers))
    assert {("GNA", "captured", "icao-HL77"), ("LNA", "withdrew", "icao-HL77")} <= got
    # an accusation names the attacker of the noun it governs
    assert ("LNA", "attacked", "fl-abu-grein") in set(events(
        "The GNA accused Haftar's forces of breaking the truce with a ground attack on Abu Grein.", layers))
    # "pushed into" takes a place, but not its outskirts
    assert ("GNA", "captured", "gn-2210560") in set(events("GNA forces pushed into the centre of Sorman.", layers))
    assert not any(a == "captured" for _, a, _ in events("GNA forces pushed into the outskirts of Sirte.", layers))


# ----------------------------------------------------------------------------- the seventh round
def named(text: str, layers, date: str = "2020-04-14") -> set[tuple[str, str, str]]:
    """(side, action, place name) of every proposal at or above the default confidence."""
    recs = extract_events(text, article_date=dt.date.fromisoformat(date), layers=layers)
    return {(r["side"], r["action"], r["place"]) for r in recs if r["confidence"] >= 0.5}


def test_lists_and_coordination_after_a_trigger_in_any_voice(layers):
    got = named("Sabratha fell to the GNA on Monday, and Surman and Zawiya were retaken as well.", layers)
    assert {("GNA", "captured", "Sabratha"), ("GNA", "captured", "Surman")} <= got
    assert any(p.startswith("Zawiya") for s, a, p in got if (s, a) == ("GNA", "captured"))
    got = named("Mizdah fell to the LNA on Tuesday. Gharyan and al-Asabia were also taken.", layers)
    assert {("LNA", "captured", "Gharyan"), ("LNA", "captured", "al-Asabia")} <= got
    got = named("Gharyan fell to the GNA on Friday, followed by al-Asabia and Mizdah.", layers)
    assert {("GNA", "captured", "al-Asabia"), ("GNA", "captured", "Mizda")} <= got
    got = named("GNA troops took Surman, Sabratha and al-Ajaylat.", layers)
    assert {("GNA", "captured", p) for p in ("Surman", "Sabratha", "al-Ajaylat")} <= got
    # a passive with no agent of its own does not borrow one across "but" or from a side named in between
    got = named("Sabratha fell to the GNA on Monday, but Surman was retaken by Haftar's forces.", layers)
    assert ("GNA", "captured", "Surman") not in got


def test_a_plural_anaphor_after_a_withdrawal_names_every_place_just_taken(layers):
    text = ("GNA forces seized Surman on Monday. Sabratha and al-Ajaylat fell to the GNA hours later. "
            "Drones then hit the LNA units that had pulled back from the towns.")
    got = named(text, layers)
    assert {("LNA", "withdrew", p) for p in ("Surman", "Sabratha", "al-Ajaylat")} <= got
    got = named("The GNA says Surman and Sabratha came under its control after Haftar's troops were expelled.",
                layers)
    assert {("LNA", "withdrew", "Surman"), ("LNA", "withdrew", "Sabratha")} <= got
    # "its" with no subject in its sentence is the subject of the sentence before
    got = named("GNA fighters paraded in Zawiya. The spokesman says Surman and Sabratha came under its control.",
                layers)
    assert {("GNA", "captured", "Surman"), ("GNA", "captured", "Sabratha")} <= got


def test_relative_clauses_pronouns_and_modifiers_name_a_holder(layers):
    got = named("The GNA opened a new push against Haftar's fighters, who remain barricaded inside Sirte.", layers)
    assert ("LNA", "holds", "Sirte") in got and ("GNA", "holds", "Sirte") not in got
    # "its" is the subject of the sentence, not the possessor of an object ("Sarraj's plan")
    got = named("An LNA spokesman rejected Sarraj's plan, saying the GNA wanted to hit the army's bases in Sirte and "
                "Hun, both of which remain under its control.", layers)
    assert {("LNA", "holds", "Sirte"), ("LNA", "holds", "Hun")} <= got and ("GNA", "holds", "Sirte") not in got
    got = named("Drones hit trucks a few kilometres from the LNA-held towns of Sirte and Hun.", layers)
    assert {("LNA", "holds", "Sirte"), ("LNA", "holds", "Hun")} <= got
    got = named("The LNA said it bombed the airport at Zuwara, run by militias allied with the GNA.", layers)
    assert ("GNA", "holds", "Zwara Airport") in got


def test_fighting_bids_and_movements_without_a_target(layers):
    got = named("Heavy fighting broke out in Ain Zara on Tuesday as LNA forces tried to regain lost positions.", layers)
    assert ("LNA", "attacked", "Ain Zara") in got
    assert not [e for e in named("Heavy fighting broke out in Ain Zara on Tuesday.", layers) if e[1] == "attacked"]
    got = named("The GNA is pressing on with its bid to seize Gharyan.", layers)
    assert ("GNA", "attacked", "Gharyan") in got and ("GNA", "captured", "Gharyan") not in got
    # where a movement starts is not taken; a town described as allied with a side is held by it, no more
    got = named("LNA units pushed from Sirte towards Misrata, the port city allied with the GNA.", layers)
    assert not {e for e in got if e[2] in ("Sirte", "Misrata") and e[1] in ("captured", "withdrew")}
    assert ("GNA", "holds", "Misrata") in got


# ----------------------------------------------------------------------------- the eighth round
def test_an_advance_on_a_place_is_an_attack_unless_it_is_taken_or_stopped(layers):
    got = named("LNA forces advanced on Tripoli on Friday and closed in on Tajoura.", layers)
    assert {("LNA", "attacked", "Tripoli"), ("LNA", "attacked", "Tajoura")} <= got
    assert ("GNA", "attacked", "Ain Zara") in named("Pro-GNA units had advanced in Ain Zara on Saturday.", layers)
    got = named("GNA forces took Tarhouna on Friday after advancing on the town along four axes.", layers)
    assert ("GNA", "attacked", "Tarhuna") not in got and ("GNA", "captured", "Tarhuna") in got
    assert not named("Reinforcements had stopped Haftar's forces from advancing towards Sirte.", layers)
    assert ("GNA", "captured", "Ain Zara") in named("Government forces pushed on into Ain Zara.", layers)


def test_fire_with_no_one_named_firing_is_the_side_reported_attacking(layers):
    got = named("Haftar's forces shelled Ain Zara on Friday. Shells landed in Abu Salim and Tajoura.", layers)
    assert {("LNA", "attacked", "Abu Salim"), ("LNA", "attacked", "Tajoura")} <= got
    got = named("LNA jets bombed Zawiya on Monday; later Tajoura came under fire.", layers)
    assert ("LNA", "attacked", "Tajoura") in got
    got = named("The LNA shelled Mitiga airport on Friday. A wave of air attacks hit anti-LNA positions in Abu Salim "
                "and Tajoura, while eleven strikes targeted Misrata's airport.", layers)
    assert {("LNA", "attacked", p) for p in ("Abu Salim", "Tajoura", "Misrata Airport")} <= got
    # no one reported attacking: nobody's
    assert not named("GNA forces hold Tripoli. Shells landed in Abu Salim.", layers) - {("GNA", "holds", "Tripoli")}


def test_failed_captures_objectives_blame_and_approaches(layers):
    assert ("GNA", "attacked", "Sirte") in named("GNA forces tried and failed to capture Sirte on Monday.", layers)
    got = named("LNA officials said the attackers had failed to enter Tarhouna.", layers)
    assert not {e for e in got if e[1] == "attacked"}  # the speakers are not the attackers
    got = named("The GNA said it downed a drone over Sirte, hours after launching 'Path of Victory', an operation to "
                "capture Sirte, Jufra and Qasr Abu Hadi from Haftar's forces.", layers)
    assert {("GNA", "attacked", "Sirte"), ("GNA", "attacked", "Qasr Abu Hadi")} <= got
    assert not {e for e in got if e[1] == "holds"}  # a list of objectives says nothing of who holds each
    assert ("LNA", "holds", "Sirte") in named("The GNA vowed to retake Sirte from Haftar's militias.", layers)
    got = named("Rocket fire on Tripoli killed five civilians, the GNA said, blaming Haftar's forces.", layers)
    assert ("LNA", "attacked", "Tripoli") in got
    assert ("LNA", "attacked", "Gharyan") in named("LNA jets struck positions 2 km south of Gharyan.", layers)


def test_repelling_from_a_place_and_leaving_before_the_other_side_arrives(layers):
    got = named("Troops aligned with the GNA repelled Haftar's army from the town of Aziziya on Tuesday.", layers)
    assert {("GNA", "captured", "al-Aziziya"), ("LNA", "withdrew", "al-Aziziya")} <= got
    got = named("The LNA attacked Gharyan but was repelled by GNA forces from Zawiya and Misrata.", layers)
    assert not {e for e in got if e[1] in ("captured", "withdrew")}
    got = named("The GNA took Tarhuna on Friday. Haftar's fighters had left before the GNA units reached the town.",
                layers)
    assert ("LNA", "withdrew", "Tarhuna") in got


def test_the_side_driven_out_is_not_the_next_sentences_subject(layers):
    got = named("GNA troops repelled Haftar's army from Aziziya on Tuesday. He added that the air force had flown "
                "seven sorties against al-Watiya air base.", layers)
    assert ("GNA", "attacked", "al-Watiya Airbase") in got and ("LNA", "attacked", "al-Watiya Airbase") not in got
    # an objective the same side is reported to take in the sentence is a capture, not also an attack
    got = named("The GNA launched an operation to capture Sirte, Jufra and Hun, and drove Haftar's forces out of Hun "
                "the same day.", layers)
    assert ("GNA", "captured", "Hun") in got and ("GNA", "attacked", "Hun") not in got
    assert not {e for e in got if e[1] == "holds"}


# ----------------------------------------------------------------------------- ninth round
def test_a_hold_now_after_the_same_sides_capture_and_a_direction_of_flight_are_no_holds(layers):
    # "took X, which is now held by S": the hold is the capture's result, not a second event
    got = named("The LNA retook the village of Mizda on Sunday, and the town is now fully held by its units.", layers)
    assert ("LNA", "captured", "Mizda") in got and ("LNA", "holds", "Mizda") not in got
    got = named("GNA units stormed Gharyan at dawn and now control the whole town, a spokesman said.", layers)
    assert ("GNA", "captured", "Gharyan") in got and ("GNA", "holds", "Gharyan") not in got
    # a hold 'now' with no capture of the same side in the sentence stays a hold
    assert ("LNA", "holds", "Sabha") in named("The LNA said it now controlled Sabha.", layers, "2019-02-03")
    # "fell back towards Z" with no place left of its own is a direction; "withdrew from Y towards Z" ends at Z
    got = named("The LNA took Mizda as GNA fighters fell back northwards towards Gharyan.", layers)
    assert ("GNA", "holds", "Gharyan") not in got and ("GNA", "withdrew", "Mizda") in got
    got = named("LNA commanders said their units had withdrawn from Mizda towards Sirte.", layers)
    assert {("LNA", "withdrew", "Mizda"), ("LNA", "holds", "Sirte")} <= got


def test_seats_of_government_titles_and_meeting_places_are_no_targets(layers):
    got = named("The GNA said it had taken the Tamanhint airbase, and Tripoli's State Council head boasted that they "
                "had taken over the entire south.", layers)
    assert not {e for e in got if e[2] == "Tripoli"}
    got = named("Fighters loyal to the GNA tried to take Awbari, a day after Sarraj named a commander for the Sebha "
                "region. The Tuareg-majority town had been secured by the LNA on Wednesday.", layers)
    assert ("LNA", "captured", "Ubari") in got and not {e for e in got if e[2] == "Sabha"}
    got = named("GNA officials held talks in Tripoli on Monday after their forces took Gharyan.", layers)
    assert ("GNA", "captured", "Gharyan") in got and not {e for e in got if e[2] == "Tripoli"}
    # "the town" is not the capital named before; the mayor of a town still makes it "the city"
    got = named("The LNA moved three battalions from the capital's front to Murzuq and entered the town on 10 August.",
                layers, "2019-08-14")
    assert ("LNA", "captured", "Murzuq") in got and ("LNA", "captured", "Tripoli") not in got
    assert ("LNA", "attacked", "Gharyan") in named("The mayor of Gharyan said GNA forces had beaten back an attack on "
                                                   "the city by Haftar's forces.", layers)


def test_a_move_further_away_a_same_day_hold_and_a_withdrawal_with_its_own_places(layers):
    got = named("GNA troops took Surman on Monday, pushing Haftar's forces further away from Tripoli.", layers)
    assert ("GNA", "captured", "Surman") in got and not {e for e in got if e[2] == "Tripoli"}
    got = named("LNA forces moved into the Sharara oilfield on Wednesday, taking the 315,000 barrel-a-day facility "
                "from local guards.", layers, "2019-02-07")
    assert ("LNA", "captured", "El Sharara oil field") in got and ("LNA", "holds", "El Sharara oil field") not in got
    assert ("GNA", "holds", "al-Watiya Airbase") in named("The GNA has held Watiya since capturing it from the LNA "
                                                          "on 18 May.", layers, "2020-07-06")
    got = named("The GNA said it had regained control over Tripoli. An LNA source confirmed they were pulling out: the "
                "withdrawal from Ain Zara and Abu Salim would be completed that day.", layers, "2020-06-04")
    assert {("LNA", "withdrew", "Ain Zara"), ("LNA", "withdrew", "Abu Salim")} <= got
    assert ("LNA", "withdrew", "Tripoli") not in got


def test_fighting_between_two_sides_misratan_groups_and_the_next_day(layers):
    got = named("Fighting raged between Haftar's forces and GNA troops in Ain Zara on Tuesday.", layers)
    assert {("LNA", "attacked", "Ain Zara"), ("GNA", "attacked", "Ain Zara")} <= got
    got = named("Heavy clashes between GNA and LNA forces were reported in Salah al-Din on Sunday.", layers)
    assert {("LNA", "attacked", "Salah al-Din"), ("GNA", "attacked", "Salah al-Din")} <= got
    assert not named("Fighting raged in Ain Zara on Tuesday.", layers)  # no side named: none guessed
    got = named("The LNA retook al-Hira on Tuesday, and Misrata's armed groups fell back.", layers)
    assert ("GNA", "withdrew", "Al Hira") in got
    assert ("GNA", "attacked", "Tarhuna") in named("Misratan armed groups attacked Tarhuna on Tuesday.", layers)
    recs = extract_events("GNA forces took Gharyan on Monday. The LNA retook it the next day.",
                          article_date=dt.date(2020, 4, 16), layers=layers)
    assert {(r["side"], r["date"].isoformat()) for r in recs if r["action"] == "captured"} == {
        ("GNA", "2020-04-13"), ("LNA", "2020-04-14")}


def test_advances_that_march_or_move_on_a_place_an_attempted_push_into_it_and_patrols(layers):
    assert ("LNA", "attacked", "Tarhuna") in named("The LNA marched on Tarhuna from the east in April.", layers)
    assert ("GNA", "attacked", "Wadi al-Rabie") in named("GNA units were moving on the Wadi Rabie area on Monday.", layers)
    assert ("GNA", "attacked", "al-Asabia") in named("GNA troops pushed on Tuesday toward al-Asaba.", layers)
    assert not named("The GNA delegation was moving on to talks in Geneva.", layers)
    assert ("LNA", "attacked", "Abu Grein") in named("The eastern force tried to push into Abu Grein on Sunday.", layers)
    assert ("LNA", "holds", "Sabha") in named("Haftar's troops were patrolling downtown Sabha on Friday.", layers)
    assert ("GNA", "attacked", "al-Jufra Airbase") in named("Government jets hit the al-Jufra airbase on Friday.", layers)


def test_a_road_or_bridge_named_after_places_is_no_target(layers):
    got = named("LNA jets hit the Tarhouna–Masallata road on Friday.", layers)
    assert not {e for e in got if e[2] in ("Tarhuna", "Msallata")}
    got = named("Haftar's forces stormed the Naqliya camp on Tripoli's Airport Road on Saturday.", layers)
    assert ("LNA", "captured", "Naqliyah camp") in got
    assert not {e for e in got if e[2] == "Tripoli International Airport"}
    assert ("LNA", "attacked", "Tarhuna") in named("LNA jets hit Tarhouna and the road to Bani Walid on Friday.", layers)


def test_a_list_introduced_by_a_plural_noun_and_a_colon_or_including(layers):
    got = named("GNA units overran three villages south of the capital: Yafran, Kikla and Mizda.", layers)
    assert {("GNA", "captured", "Yafran"), ("GNA", "captured", "Kikla"), ("GNA", "captured", "Mizda")} <= got
    got = named("LNA jets bombed several areas on Sunday, including Ain Zara and Qasr bin Ghashir.", layers)
    assert {("LNA", "attacked", "Ain Zara"), ("LNA", "attacked", "Qasr bin Ghashir")} <= got
    got = named("The GNA retook a number of pro-LNA towns near Zuwara, such as Surman and Sabratha.", layers)
    assert {("GNA", "captured", "Surman"), ("GNA", "captured", "Sabratha")} <= got
    assert ("GNA", "captured", "Zuwarah") not in got  # the noun's own place only locates the list
    got = named("Fighting went on near towns still held by Haftar's forces, such as Tarhuna and Bani Walid.", layers)
    assert {("LNA", "holds", "Tarhuna"), ("LNA", "holds", "Bani Walid")} <= got
    assert not {e for e in got if e[0] == "LNA" and e[1] == "attacked"}
    # a colon that opens a quote or a new clause is no list
    got = named("GNA forces seized two towns on Monday: the LNA said it had pulled out of Mizda.", layers)
    assert ("GNA", "captured", "Mizda") not in got


def test_a_writers_own_spelling_of_a_place_counts_where_the_text_puts_a_place(layers):
    # next to a known place of a list
    got = named("GNA units expelled armed groups from Umm al-Aranib, Zuweyla and Murzuq on Friday.", layers)
    assert ("GNA", "captured", "Zuwaylah") in got
    # between "the" and a noun of place
    assert ("GNA", "captured", "Takbali camp") in named("GNA forces overran the Tekbalee military camp on Monday.", layers)
    # a people, a word made from a place, a person after a title or before "said" are no places
    got = named("Misratan fighters and Tobruk-based units shelled Sirte on Monday.", layers)
    assert {e[2] for e in got} <= {"Sirte"}
    got = named("Gen. Zuweyla said LNA forces shelled Murzuq.", layers)
    assert {e[2] for e in got} == {"Murzuq"}
    # a look-alike far from every other place of the list is another place
    got = named("The LNA regained Suq al-Sabt, Kasarat and Aziziya on Friday.", layers)
    assert not {e for e in got if e[2] == "Msallata"}


def test_a_plural_anaphor_names_the_places_of_the_last_list(layers):
    text = "GNA forces took back Sabratha, Surman and Zuwara on Monday. LNA jets bombed those towns on Tuesday."
    got = named(text, layers)
    assert {("LNA", "attacked", p) for p in ("Sabratha", "Surman", "Zuwarah")} <= got
    got = named("GNA forces took back Sabratha, Surman and Zuwara on Monday. LNA jets pounded them overnight.", layers)
    assert {("LNA", "attacked", p) for p in ("Sabratha", "Surman", "Zuwarah")} <= got
    # no list, no antecedent; and "them" after a noun of people is the people
    assert not {e for e in named("GNA forces took back Sabratha on Monday. LNA jets bombed those towns.", layers)
                if e[0] == "LNA"}
    got = named("GNA forces took Sabratha, Surman and Zuwara. They ambushed LNA fighters and attacked them.", layers)
    assert not {e for e in got if e[1] == "attacked"}


def test_a_capture_undone_in_the_same_clause_is_also_a_withdrawal(layers):
    got = named("The LNA briefly seized Gharyan on Monday but was thrown out again.", layers)
    assert {("LNA", "captured", "Gharyan"), ("LNA", "withdrew", "Gharyan")} <= got
    got = named("Haftar's fighters grabbed Tarhuna on Monday, then lost it.", layers)
    assert {("LNA", "captured", "Tarhuna"), ("LNA", "withdrew", "Tarhuna")} <= got
    got = named("The LNA seized Gharyan on Monday, but GNA forces were pushed back from Tarhuna.", layers)
    assert ("LNA", "withdrew", "Gharyan") not in got
    got = named("The LNA took the airport but was driven out by GNA fighters.", layers)
    assert ("GNA", "withdrew", "Tripoli International Airport") not in got


def test_a_quoted_control_claim_takes_the_speakers_side_from_the_sentence_before(layers):
    got = named("An LNA spokesman spoke to reporters on Monday. 'All of Sirte is under our control,' he said.", layers)
    assert ("LNA", "holds", "Sirte") in got
    assert not named("Fighting raged near Sirte. 'All of Sirte is under our control,' he said.", layers)


def test_a_mover_pushing_out_of_a_place_towards_another_is_no_expulsion(layers):
    got = named("Haftar's forces pushed out of Sirte towards Misrata on Sunday.", layers)
    assert not {e for e in got if e[1] in ("captured", "withdrew")}
    got = named("GNA forces pushed Haftar's fighters out of Tarhuna on Sunday.", layers)
    assert {("GNA", "captured", "Tarhuna"), ("LNA", "withdrew", "Tarhuna")} <= got


def test_falling_back_to_a_towns_approaches_leaves_nothing_there(layers):
    got = named("The LNA fell back to the northern approaches of Gharyan on Monday.", layers)
    assert ("LNA", "withdrew", "Gharyan") not in got
    assert ("LNA", "withdrew", "Gharyan") in named("The LNA pulled out of the northern approaches of Gharyan.", layers)


def test_a_highway_deployed_along_and_things_left_behind_only_locate(layers):
    got = named("LNA units deployed along the highway to Gharyan on Friday.", layers)
    assert ("LNA", "holds", "Gharyan") not in got
    assert ("LNA", "holds", "Gharyan") in named("LNA units deployed to Gharyan on Friday.", layers)
    got = named("The GNA retreated on Friday, leaving bodies on the road in Tarhuna.", layers)
    assert ("GNA", "withdrew", "Tarhuna") not in got
    assert ("LNA", "withdrew", "Tarhuna") in named("Haftar's forces left their positions in Tarhuna on Friday.", layers)


def test_a_town_named_only_to_locate_the_places_struck_is_no_target(layers):
    got = named("LNA jets pounded the Salah al-Din and Yarmouk fronts in southern Tripoli on Friday.", layers)
    assert ("LNA", "attacked", "Salah al-Din") in got and ("LNA", "attacked", "Tripoli") not in got
    got = named("LNA jets bombed the capital's defenders at Tripoli's international airport on Friday.", layers)
    assert ("LNA", "attacked", "Tripoli") not in got
    assert ("LNA", "attacked", "Tripoli") in named("LNA jets pounded southern Tripoli and Ain Zara on Friday.", layers)


def test_a_place_now_in_a_sides_hands_after_fighting_was_taken(layers):
    got = named("Sabratha and Surman are now in the hands of GNA forces after several hours of fighting.", layers)
    assert {("GNA", "captured", "Sabratha"), ("GNA", "captured", "Surman")} <= got
    assert ("GNA", "holds", "Sabratha") not in got
    got = named("Sabratha is now in the hands of GNA forces, residents said.", layers)
    assert ("GNA", "holds", "Sabratha") in got and ("GNA", "captured", "Sabratha") not in got


def test_a_push_under_way_into_a_place_is_an_attack_not_a_capture(layers):
    got = named("GNA forces were pushing into Ain Zara on Friday.", layers)
    assert ("GNA", "attacked", "Ain Zara") in got and ("GNA", "captured", "Ain Zara") not in got
    assert ("GNA", "captured", "Ain Zara") in named("GNA forces pushed into Ain Zara on Friday.", layers)


def test_clearing_places_of_a_side_takes_them(layers):
    got = named("GNA forces cleared Tarhuna, Gharyan and Mizda of Haftar's militias on Friday.", layers)
    assert {("GNA", "captured", p) for p in ("Tarhuna", "Gharyan", "Mizda")} <= got
    assert ("LNA", "withdrew", "Tarhuna") in got
    assert not named("Engineers cleared Tarhuna of mines on Friday.", layers)


def test_the_town_is_not_where_speakers_are_nor_the_seat_of_a_government_nor_the_capital(layers):
    text = ("LNA jets struck Murzuq on Saturday. The town answers to the government in Tripoli. "
            "Sources in al-Jufra said the LNA was readying a convoy after GNA forces had seized the town.")
    got = named(text, layers)
    assert ("GNA", "captured", "Murzuq") in got
    assert not {e for e in got if e[2] in ("Tripoli", "al-Jufra")}
    got = named("The LNA moved three battalions from the capital's front to Murzuq. Having entered the town, "
                "the LNA claimed control of it.", layers)
    assert ("LNA", "captured", "Tripoli") not in got
    # with no other town before it, a town named in the sentence is still what "the town" means
    assert ("GNA", "captured", "Murzuq") in named("Fighting hit Murzuq. GNA forces seized the town.", layers)


def test_a_place_locating_a_facility_by_distance_is_not_its_town(layers):
    text = ("Jets raided al-Watiya overnight. GNA fighters had wrested the airbase, 140 km south-west of Tripoli, "
            "from the LNA in May.")
    got = named(text, layers)
    assert ("GNA", "captured", "al-Watiya Airbase") in got
    assert ("GNA", "captured", "Tripoli International Airport") not in got


# ----------------------------------------------------------------------------- thirteenth round
def test_a_year_after_the_article_is_a_plan_and_dates_nothing(layers):
    text = "On Friday Sarraj proposed elections in March 2021 and talks on Sirte, held by Haftar's forces."
    recs = extract_events(text, article_date=dt.date(2020, 8, 21), layers=layers)
    hold = [r for r in recs if (r["side"], r["action"], r["place"]) == ("LNA", "holds", "Sirte")]
    assert hold and hold[0]["confidence"] >= 0.5
    # a year before the article still marks a background fact
    text = "Sarraj recalled that Haftar's forces shelled Sirte in March 2016."
    recs = extract_events(text, article_date=dt.date(2020, 8, 21), layers=layers)
    assert recs and all(r["confidence"] < 0.5 for r in recs if r["place"] == "Sirte")


def test_a_place_that_has_served_as_a_sides_main_base_is_held(layers):
    got = named("A drone hit Gharyan on Friday. The town south-east of Tripoli has served as the LNA's main base "
                "since May.", layers)
    assert ("LNA", "holds", "Gharyan") in got
    assert ("LNA", "holds", "Tarhuna") in named("Tarhuna has served as the LNA's main base since May.", layers)
    # a visit is no base, and "had served as" is a past state
    assert not named("Tarhuna has served as the venue of the LNA's talks since May.", layers)
    assert ("LNA", "holds", "Tarhuna") not in named("GNA forces took Tarhuna on Friday. Tarhuna had served as the LNA's "
                                                    "main base.", layers)


def test_places_kept_as_last_footholds_are_holds_not_withdrawals(layers):
    got = named("Haftar's forces retreated east, with Sirte and al-Jufra as their last footholds in the region.", layers)
    assert {("LNA", "holds", "Sirte"), ("LNA", "holds", "al-Jufra")} <= got
    assert not {e for e in got if e[1] == "withdrew"}
    got = named("Haftar's forces retreated from Sirte and al-Jufra, with heavy losses.", layers)
    assert {("LNA", "withdrew", "Sirte"), ("LNA", "withdrew", "al-Jufra")} <= got


def test_a_relative_clause_after_a_landmark_is_about_the_place_it_locates(layers):
    got = named("On Monday the LNA regained al-Asaba next to Gharyan, which GNA forces had taken on 21 May.", layers,
                date="2020-06-03")
    assert ("GNA", "captured", "al-Asabia") in got and ("GNA", "captured", "Gharyan") not in got
    got = named("On Monday the LNA shelled Gharyan, which GNA forces had taken on 21 May.", layers, date="2020-06-03")
    assert ("GNA", "captured", "Gharyan") in got


def test_a_place_that_had_fallen_too_was_taken_by_the_side_that_took_the_one_before(layers):
    text = ("GNA forces took Tarhuna on Friday. Haftar's fighters scattered towards Bani Walid. By evening the nearby "
            "town of al-Urban had fallen too.")
    got = named(text, layers, date="2020-06-05")
    assert {("GNA", "captured", "al-Urban"), ("LNA", "withdrew", "Tarhuna")} <= got
    assert ("LNA", "captured", "al-Urban") not in got and ("LNA", "holds", "Bani Walid") not in got
    # not what falls in a place
    assert not {e for e in named("GNA forces took Tarhuna on Friday. Prices in al-Urban had fallen too.", layers,
                                 date="2020-06-05") if e[2] == "al-Urban"}
    assert not named("Police scattered the protesters in Tarhuna.", layers)


def test_declaring_a_place_in_a_sides_hands_is_a_capture(layers):
    got = named("GNA units stormed al-Hira on 23 April, and within hours GNA media declared the whole area in their hands.",
                layers, date="2019-04-24")
    assert ("GNA", "captured", "Al Hira") in got
    got = named("GNA media said the whole of al-Hira was in their hands on 23 April.", layers, date="2019-04-24")
    assert ("GNA", "holds", "Al Hira") in got and ("GNA", "captured", "Al Hira") not in got


def test_the_camp_is_the_camp_named_last(layers):
    text = ("LNA forces shelled Tripoli's airport on Friday and then stormed the Yarmouk camp. "
            "On Saturday GNA forces declared the camp back in their hands.")
    got = named(text, layers)
    assert ("GNA", "captured", "Yarmouk camp") in got
    assert not {e for e in got if e[0] == "GNA" and e[2] == "Tripoli International Airport"}
    # with no camp named, "the camp" is no place at all
    assert not {e for e in named("LNA jets struck Mitiga airport. Refugees in the camp were unharmed.", layers)
                if e[2] != "Mitiga Airport"}


def test_the_attackers_are_the_side_that_attacked(layers):
    text = ("Haftar's forces stormed the Yarmouk camp on Saturday, but the GNA army declared the camp back in its hands "
            "as the attackers fled.")
    got = named(text, layers)
    assert ("LNA", "withdrew", "Yarmouk camp") in got and ("GNA", "withdrew", "Yarmouk camp") not in got
    # a side named as the subject is no attacker
    got = named("Haftar's forces stormed the Yarmouk camp on Saturday, but GNA units fled.", layers)
    assert ("LNA", "withdrew", "Yarmouk camp") not in got


def test_a_passive_push_back_from_a_place_is_a_drive_out_of_it(layers):
    got = named("Haftar's army now holds Sirte after being pushed back from Gharyan and Tarhuna by GNA forces.", layers)
    assert {("GNA", "captured", "Gharyan"), ("LNA", "withdrew", "Gharyan"),
            ("GNA", "captured", "Tarhuna"), ("LNA", "withdrew", "Tarhuna")} <= got
    # an active "pushed back from" with no object is the subject's own movement, not a drive
    got = named("GNA forces pushed back from Gharyan on Monday towards Mizdah.", layers)
    assert not {e for e in got if e[2] == "Gharyan" and e[1] in ("captured", "withdrew")}


def test_losing_a_list_to_a_side_names_the_winner_after_the_list(layers):
    got = named("Government media say the LNA is reeling from losing Gharyan (غريان) and the town of Tiji "
                "to government forces.", layers)
    assert {("LNA", "withdrew", "Gharyan"), ("GNA", "captured", "Gharyan")} <= got
    assert ("GNA", "withdrew", "Gharyan") not in got
    # no "to" after the list: only the loser's withdrawal
    got = named("The LNA lost Gharyan and returned to Jufra.", layers)
    assert ("LNA", "withdrew", "Gharyan") in got and ("GNA", "captured", "Gharyan") not in got


def test_a_campaign_described_at_length_is_an_attack_on_its_objects(layers):
    got = named("On Monday the GNA began a sustained three-day aerial campaign against LNA positions in Gharyan and "
                "Tarhuna.", layers)
    assert {("GNA", "attacked", "Gharyan"), ("GNA", "attacked", "Tarhuna")} <= got
    # "on <day>" after the noun is the time, not the object: the offensive that retakes a place is no separate attack
    got = named("GNA units launched a large offensive on Sunday in Gharyan, retaking the town.", layers)
    assert ("GNA", "attacked", "Gharyan") not in got and ("GNA", "captured", "Gharyan") in got
    # a campaign of something other than force against people is no attack
    assert not named("The LNA launched a campaign of arrests against critics in Gharyan.", layers)


def test_a_day_of_may_is_no_modal(layers):
    got = named("On 12 May, GNA forces also entered Gharyan.", layers)
    assert ("GNA", "captured", "Gharyan") in got
    # the modal still makes an event a possibility
    assert not named("GNA forces may enter Gharyan next week.", layers)


def test_driving_in_with_no_object_takes_the_place_left(layers):
    got = named("Haftar's forces pulled out of Tarhuna and GNA troops drove in unopposed.", layers)
    assert {("LNA", "withdrew", "Tarhuna"), ("GNA", "captured", "Tarhuna")} <= got
    # driving in a convoy to a place is a journey, not an entry
    got = named("GNA forces drove in a convoy to Gharyan.", layers)
    assert ("GNA", "captured", "Gharyan") not in got


def test_a_strike_several_km_off_a_held_base_does_not_hit_it(layers):
    got = named("GNA drones hit LNA supply lorries several kilometres south of the LNA-held Brak airbase.", layers)
    assert not {e for e in got if e[1] == "attacked"}
    # a few kilometres off is still its approaches
    got = named("GNA drones hit LNA supply lorries a few kilometres south of the LNA-held Brak airbase.", layers)
    assert {e for e in got if e[1] == "attacked" and e[0] == "GNA"}


def test_clearing_in_quotes_still_takes_the_places(layers):
    got = named('The GNA said it had "cleared" Gharyan and Mizda of Haftar\'s militias.', layers)
    assert {("GNA", "captured", "Gharyan"), ("LNA", "withdrew", "Mizda")} <= got
    # clearing a road of mines takes nothing
    assert not named('The GNA said it had "cleared" the Gharyan road of mines.', layers)


def test_places_a_town_lies_between_only_locate_it(layers):
    got = named("LNA forces shelled Mizda, between Gharyan and Tarhuna, on Monday.", layers)
    assert ("LNA", "attacked", "Mizda") in got
    assert ("LNA", "attacked", "Gharyan") not in got and ("LNA", "attacked", "Tarhuna") not in got
    # two places shelled in a list are both struck
    got = named("LNA forces shelled Mizda, Gharyan and Tarhuna on Monday.", layers)
    assert {("LNA", "attacked", "Gharyan"), ("LNA", "attacked", "Tarhuna")} <= got


def test_gaining_ground_in_a_place_is_an_attack(layers):
    got = named("GNA troops gained ground in parts of Tarhuna on Sunday.", layers)
    assert ("GNA", "attacked", "Tarhuna") in got and ("GNA", "captured", "Tarhuna") not in got
    # progress in talks is no push
    assert not {e for e in named("The GNA made progress in talks held in Gharyan.", layers) if e[1] == "attacked"}


def test_advancing_into_the_outskirts_is_an_attack(layers):
    got = named("GNA units advanced into the southern outskirts of Sirte on Monday.", layers)
    assert ("GNA", "attacked", "Sirte") in got and ("GNA", "captured", "Sirte") not in got
    # being pushed back from the outskirts is no advance on the place
    got = named("The LNA was pushed back from the outskirts of Misrata by GNA forces.", layers)
    assert ("LNA", "attacked", "Misrata") not in got


def test_a_time_between_the_withdrawal_noun_and_from(layers):
    got = named("GNA forces would complete their pull-out that day from Sirte and Jufra.", layers)
    assert {("GNA", "withdrew", "Sirte"), ("GNA", "withdrew", "al-Jufra")} <= got
    # a pull-out only planned is none
    assert not named("GNA forces may begin a pull-out that week from Sirte.", layers)


def test_a_capture_then_undone_after_were_then(layers):
    got = named("GNA units briefly took over Sirte but were then driven out.", layers)
    assert {("GNA", "captured", "Sirte"), ("GNA", "withdrew", "Sirte")} <= got
    # a capture with nothing undoing it is no withdrawal
    got = named("GNA units took over Sirte and were then driven to Jufra in buses.", layers)
    assert ("GNA", "withdrew", "Sirte") not in got


def test_juwaili_western_military_region_is_the_gna(layers):
    got = named("Osama al-Juwaili's Western Military Region forces entered Zuwara on Monday.", layers)
    assert ("GNA", "captured", "Zuwarah") in got
    # a region of the country is no side
    assert not named("Forces entered Zuwara, in the country's western region, on Monday.", layers) & {
        ("GNA", "captured", "Zuwarah")}


def test_an_attack_named_between_commas_still_has_its_object(layers):
    got = named("GNA forces launched an attack, dubbed 'Operation Dawn', on Sirte on Monday.", layers)
    assert ("GNA", "attacked", "Sirte") in got
    # what follows the name is no place: the siege has no object
    assert ("GNA", "attacked", "Sirte") not in named(
        "GNA officials in Sirte spoke about the siege, dubbed 'the long night', on television.", layers)


def test_a_possessive_with_no_side_subject_points_to_the_side_just_named(layers):
    got = named("Residents saw no resistance from Haftar's fighters after their withdrawal from Mizda on Friday.", layers)
    assert ("LNA", "withdrew", "Mizda") in got
    # past a semicolon the side named before is not the owner
    assert not named("Residents in Gharyan spoke to Haftar's envoys; their withdrawal from Mizda was a rumour.", layers)


def test_barricaded_inside_a_town_holds_it(layers):
    got = named("GNA units closed in on Haftar's fighters, who are barricaded inside Tarhuna.", layers)
    assert ("LNA", "holds", "Tarhuna") in got
    # barricading doors holds nothing
    assert not {e for e in named("Residents of Tarhuna barricaded their doors against GNA looters.", layers)
                if e[1] == "holds"}


def test_a_street_spelled_like_an_airport_code_is_no_far_town(layers):
    # "القبايلية" (a street of Ain Zara) shares its consonants with "QBL", Bani Walid's airport code: no event in
    # Bani Walid, 150 km from the Tripoli suburb the sentence is about
    got = events("قصفت قوات الوفاق تمركزات لقوات حفتر في منطقة القبايلية جنوب طرابلس.", layers, "2020-01-10")
    assert not any(pid == "gn-2218840" for _, _, pid in got)
    # the town itself, in Arabic, is still read
    got = events("قصفت قوات الوفاق تمركزات لقوات حفتر في مدينة بني وليد.", layers, "2020-01-10")
    assert ("GNA", "attacked", "gn-2218840") in got


def test_inhabitants_counted_after_a_number_are_no_place(layers):
    # "نسمة" is Nasma, a place south of Mizda, and also "inhabitants" after a number ("20 ألف نسمة")
    got = named("وسيطرت قوات الوفاق على مناطق يسكنها 20 ألف نسمة.", layers)
    assert not any(place == "Nasma" for _, _, place in got)
    got = named("تسيطر قوات حفتر على بلدات يقطنها نحو مليوني نسمة.", layers)
    assert not any(place == "Nasma" for _, _, place in got)
    # the place itself is still read
    assert ("GNA", "captured", "Nasma") in named("قالت قوات الوفاق إنها سيطرت على نسمة جنوبي بني وليد.", layers)


def _dated(text: str, layers, date: str) -> set[tuple[str, str, str, str]]:
    recs = extract_events(text, article_date=dt.date.fromisoformat(date), layers=layers)
    return {(r["side"], r["action"], r["place"], r["date"].isoformat()) for r in recs if r["confidence"] >= 0.5}


def test_an_arabic_day_written_as_an_ordinal_dates_the_event(layers):
    # "في الخامس من يونيو" (on the fifth of June), "الحادي والعشرين من شهر مارس" (the twenty-first of March)
    got = _dated("سيطرت قوات الوفاق على مدينة ترهونة في الخامس من يونيو.", layers, "2020-06-08")
    assert ("GNA", "captured", "Tarhuna", "2020-06-05") in got
    got = _dated("وفي الحادي والعشرين من شهر مارس قصفت قوات حفتر مطار معيتيقة.", layers, "2020-04-02")
    assert ("LNA", "attacked", "Mitiga Airport", "2020-03-21") in got
    # a campaign's start, the capital named again in apposition ("العاصمة طرابلس")
    got = _dated("وتدور المعارك منذ أن أطلق حفتر هجومه على العاصمة طرابلس في الرابع من أبريل 2019.", layers,
                 "2020-06-06")
    assert ("LNA", "attacked", "Tripoli", "2019-04-04") in got
    # an ordinal that counts weeks is no day: "the second week of May" dates nothing
    got = _dated("قصفت قوات حفتر مطار معيتيقة خلال الأسبوع الثاني من مايو.", layers, "2020-06-08")
    assert not any(d == "2020-05-02" for *_, d in got)
