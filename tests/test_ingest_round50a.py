"""Round 50 (tune126–tune131): a long-running campaign to take a place from its holder is labelled as the campaign, not
as the holder's hold; a bare direction after a facility ("the X air base west of Tripoli from S") only locates it;
prisoners leaving a jail are no side's withdrawal; a gerund capture that is the subject of a copula is not made;
a stronghold's owner may begin after a first name ("the headquarters of Khalifa Haftar's Libyan National Army")."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_long_running_campaign_to_take_a_place_from_a_side_is_no_hold(layers):
    got = events("Haftar's nine-month drive to capture Misrata from the Government of National Accord has stalled.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) not in got
    got = events("Drones joined Haftar's bid to take Misrata from the UN-recognised government on Sunday.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) not in got
    got = events("In April his forces began a major assault aimed at wresting Misrata from the GNA.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) not in got
    got = events("The LNA has been trying since April to take Misrata from the GNA, officials said.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) not in got
    near = events("The LNA launched an operation on Monday to wrest Misrata from the GNA.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) in near
    near = events("The LNA vowed to take Misrata from the GNA, officials said.", layers)
    assert ("GNA", "holds", _id("Misrata", layers)) in near


def test_a_town_after_a_bare_direction_only_locates_the_place_a_capture_will_take_from_a_side(layers):
    got = events("The GNA is trying to capture the strategic al-Watiya air base west of Zawiya from the LNA.", layers)
    assert ("LNA", "holds", _id("al-Watiya air base", layers)) in got
    assert ("LNA", "holds", _id("Zawiya", layers)) not in got
    near = events("The GNA is trying to capture the al-Watiya air base and Zawiya from the LNA.", layers)
    assert ("LNA", "holds", _id("Zawiya", layers)) in near


def test_prisoners_leaving_a_jail_are_no_withdrawal(layers):
    got = events("The GNA said inmates left Surman prison on Monday.", layers)
    assert all(e[1] != "withdrew" for e in got)
    got = events("Officials said prisoners who had fled Surman were being sought.", layers)
    assert all(e[1] != "withdrew" for e in got)
    near = events("The GNA said LNA fighters left Surman on Monday.", layers)
    assert ("LNA", "withdrew", _id("Surman", layers)) in near


def test_a_capture_named_by_a_gerund_subject_of_a_copula_is_not_made(layers):
    got = events("Abu Obeida has put his differences with Sarraj aside to fight the LNA, and a source close to the army said "
                 "taking Zawiya would be 'a particularly tough battle'.", layers)
    assert all(e[1] != "captured" for e in got)
    got = events("GNA spokesman Mohammed Gununu said liberating Sirte and the Jufra region, both under the LNA's control, "
                 "was 'more urgent than ever'.", layers)
    assert all(e[1] != "captured" for e in got)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    near = events("GNA spokesman Mohammed Gununu said GNA forces had finished liberating Sirte and the Jufra region, "
                  "which was 'a great victory'.", layers)
    assert ("GNA", "captured", _id("Sirte", layers)) in near


def test_a_strongholds_owner_may_begin_after_a_first_name(layers):
    got = events("Benghazi serves as the headquarters of Khalifa Haftar's Libyan National Army, which is at war with the "
                 "GNA.", layers)
    assert ("LNA", "holds", _id("Benghazi", layers)) in got
    near = events("Benghazi serves as the headquarters of a charity that Khalifa Haftar's Libyan National Army once "
                  "raided.", layers)
    assert ("LNA", "holds", _id("Benghazi", layers)) not in near
