"""Round 56a: campaigns launched in the background of a later report ("since Haftar launched his offensive on Tripoli
on 4 April 2019", "On 4 April, Haftar ordered the assault on Tripoli", "ويشن حفتر منذ 4 أبريل هجوما للسيطرة على
طرابلس"): the campaign's attack, for the side that launched it, dated by the campaign's start when its day is given; a
campaign only named ("Haftar's offensive on Tripoli has stalled", "the collapse of the Tripoli offensive") stays
background, and one with no day given is proposed at the article's date below the default confidence."""
import datetime as dt

from geo.ingest import extract_events
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def recs(text: str, layers, date: str = "2020-06-05") -> list[tuple[str, str, str, str, float]]:
    out = extract_events(text, article_date=dt.date.fromisoformat(date), layers=layers)
    return [(r["side"], r["action"], r["place_id"], r["date"].isoformat(), r["confidence"]) for r in out]


def attacks(text: str, layers, date: str = "2020-06-05") -> list[tuple[str, str, str]]:
    """(side, place_id, date) of the attacks proposed at or above the default confidence."""
    return [(s, p, d) for s, a, p, d, c in recs(text, layers, date) if a == "attacked" and c >= 0.5]


def test_a_campaign_launched_on_a_day_is_that_days_attack(layers):
    got = attacks("Since Khalifa Haftar launched his offensive on Tripoli on 4 April 2019, hundreds have been killed.", layers)
    assert ("LNA", _id("Tripoli", layers), "2019-04-04") in got
    near = attacks("The collapse of the Tripoli offensive has embarrassed Khalifa Haftar, diplomats say.", layers)
    assert all(p != _id("Tripoli", layers) for _, p, _ in near)


def test_a_fronted_day_dates_the_order_of_the_assault(layers):
    got = attacks("On 4 April, the very day the UN chief was in the country, Haftar ordered the assault on Tripoli; "
                  "now he may have miscalculated.", layers, "2019-04-12")
    assert ("LNA", _id("Tripoli", layers), "2019-04-04") in got
    near = attacks("Haftar's offensive on Tripoli has stalled, diplomats say.", layers, "2019-04-12")
    assert all(p != _id("Tripoli", layers) for _, p, _ in near)


def test_a_campaign_begun_on_a_day_any_side_any_place(layers):
    got = attacks("The GNA's offensive on Sirte, launched on 6 June, has stalled at the town's western gates.", layers, "2020-06-20")
    assert ("GNA", _id("Sirte", layers), "2020-06-06") in got
    near = attacks("The GNA's offensive on Sirte has stalled at the town's western gates.", layers, "2020-06-20")
    assert all(not (s == "GNA" and p == _id("Sirte", layers)) for s, p, _ in near)


def test_a_campaign_with_no_day_keeps_the_article_date_below_the_default_confidence(layers):
    got = recs("Khalifa Haftar began his assault on Tripoli in April 2019 expecting a swift victory.", layers, "2020-01-07")
    tr = [r for r in got if r[:3] == ("LNA", "attacked", _id("Tripoli", layers))]
    assert tr and tr[0][3] == "2020-01-07" and tr[0][4] < 0.5  # a month alone gives no day
    assert ("LNA", "attacked", _id("Tripoli", layers)) not in events(
        "Khalifa Haftar began his assault on Tripoli in April 2019 expecting a swift victory.", layers, "2020-01-07")


def test_an_arabic_campaign_waged_since_a_day(layers):
    got = attacks("ويشن حفتر منذ 4 أبريل الماضي هجوما للسيطرة على سرت، غير أنه أخفق في بلوغ هدفه.", layers, "2020-01-15")
    assert ("LNA", _id("Sirte", layers), "2019-04-04") in got
    near = attacks("وتقرر خلال اللقاء في 4 أبريل شن هجوم على سرت، بحسب المصدر.", layers, "2020-01-15")
    assert all(p != _id("Sirte", layers) for _, p, _ in near)


def test_an_arabic_campaign_a_relative_clause_says_the_side_wages(layers):
    got = attacks("وقال المسماري إن الجيش الوطني الليبي يواصل الهجوم الذي يشنه على درنة منذ 4 أبريل.", layers, "2019-07-08")
    assert ("LNA", _id("Derna", layers), "2019-04-04") in got
    # a campaign only planned, though a day is named: no start of a campaign to date it by
    near = attacks("وقال المسماري إن الجيش الوطني الليبي يخطط للهجوم الذي يعد له على درنة منذ 4 أبريل.", layers, "2019-07-08")
    assert all(d != "2019-04-04" for _, p, d in near)


def test_a_campaign_still_to_come_is_none(layers):
    near = attacks("Egypt could intervene if forces of the GNA launch an operation on Sirte on 6 June, Sisi said.", layers, "2020-06-20")
    assert all(p != _id("Sirte", layers) for _, p, _ in near)
    got = attacks("Forces of the GNA launched an operation on Sirte on 6 June, officials said.", layers, "2020-06-20")
    assert ("GNA", _id("Sirte", layers), "2020-06-06") in got


def test_the_antecedent_of_whose_launched_the_campaign(layers):
    got = attacks("GNA forces moved into an attack phase against Marshal Khalifa Haftar, whose troops began their drive "
                  "on Misrata on 4 April.", layers, "2019-04-20")
    assert ("LNA", _id("Misrata", layers), "2019-04-04") in got
    assert all(not (s == "GNA" and p == _id("Misrata", layers)) for s, p, _ in got)


def test_a_launch_pad_is_no_launch(layers):
    near = attacks("Gharyan was his launch pad for the assault on Tripoli on 4 April, officials said.", layers, "2019-05-01")
    assert all(d != "2019-04-04" for _, _, d in near)
    got = attacks("Gharyan was where Haftar launched his assault on Tripoli on 4 April, officials said.", layers, "2019-05-01")
    assert ("LNA", _id("Tripoli", layers), "2019-04-04") in got


def test_a_campaign_launched_by_a_side_in_the_passive(layers):
    got = attacks("The offensive against Sirte was launched by the GNA on 6 June, and 121 people have died since.", layers,
                  "2020-06-20")
    assert ("GNA", _id("Sirte", layers), "2020-06-06") in got
    got = attacks("The offensive against the UN-backed government in Tripoli was launched by Khalifa Haftar on 4 April, and "
                  "121 people have died since.", layers, "2019-04-14")
    assert ("LNA", _id("Tripoli", layers), "2019-04-04") in got  # the seat of the government it was launched against


def test_a_campaigns_toll_counted_since_its_day(layers):
    got = attacks("Khalifa Haftar's campaign against Derna has claimed 345 lives since 4 April, the WHO said.", layers, "2019-04-26")
    assert ("LNA", _id("Derna", layers), "2019-04-04") in got
    near = attacks("Khalifa Haftar's campaign against Derna has claimed 345 lives, the WHO said.", layers, "2019-04-26")
    assert all(p != _id("Derna", layers) for _, p, _ in near)


def test_a_day_last_year_is_in_the_year_before_the_article(layers):
    got = attacks("Haftar launched his offensive on Tripoli on 4 April last year, officials said.", layers, "2020-05-01")
    assert ("LNA", _id("Tripoli", layers), "2019-04-04") in got
    got = attacks("Haftar launched his offensive on Tripoli on 4 April, officials said.", layers, "2020-05-01")
    assert ("LNA", _id("Tripoli", layers), "2020-04-04") in got
    got = recs("GNA forces took Sabratha on 13 April last year, officials said.", layers, "2021-01-10")
    assert ("GNA", "captured", _id("Sabratha", layers), "2020-04-13") in [r[:4] for r in got]
