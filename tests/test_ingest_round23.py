"""Round 23 of the ingest rules (tune22): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_government_aligned_army_is_the_gna(layers):
    zwila = _id("Zwila", layers)
    got = events("The government-aligned army says Zwila is now fully under its control.", layers)
    assert ("GNA", "holds", zwila) in got and ("LNA", "holds", zwila) not in got
    # a force aligned with nobody the sides know names no side
    assert events("The tribe-aligned army says Zwila is now fully under its control.", layers) == []


def test_the_town_is_never_the_capital_named_by_its_name(layers):
    brak, tripoli = _id("Brak", layers), _id("Tripoli", layers)
    text = ("The LNA moved two battalions from the Tripoli front to Brak, which they entered on Monday; a day later "
            "the LNA said it held the whole town.")
    got = events(text, layers)
    assert ("LNA", "holds", brak) in got and ("LNA", "holds", tripoli) not in got


def test_blamed_with_a_time_before_for(layers):
    mitiga = _id("Mitiga airport", layers)
    got = events("The GNA blamed Haftar's forces on Sunday for a rocket attack on Mitiga airport.", layers)
    assert ("LNA", "attacked", mitiga) in got and ("GNA", "attacked", mitiga) not in got


def test_policed_by_is_a_hold_and_a_describer_is_no_agent(layers):
    sirte = _id("Sirte", layers)
    assert ("GNA", "holds", sirte) in events("Sirte has been policed by forces loyal to the UN-recognised government.",
                                               layers)
    assert ("LNA", "holds", sirte) in events("Sirte is patrolled by Haftar's forces.", layers)
    # the side inside "drones that S described as …" only names the weapon; it did not strike
    got = events("A checkpoint in Sirte was hit by drones that the GNA described as foreign aircraft.", layers)
    assert ("GNA", "attacked", sirte) not in got


def test_an_appositive_of_holding_names_the_place_before_it(layers):
    mitiga = _id("Mitiga airport", layers)
    assert ("GNA", "holds", mitiga) in events("Shells closed Mitiga, the GNA-held airport, on Monday.", layers)
    # "positions" is no appositive of the place
    sirte = _id("Sirte", layers)
    assert ("LNA", "holds", sirte) not in events("Troops moved to Sirte, the LNA-held positions nearby.", layers)


def test_closing_on_a_place_is_an_advance(layers):
    mizda = _id("Mizda", layers)
    got = events("GNA forces were closing on Mizda along three axes.", layers)
    assert ("GNA", "attacked", mizda) in got and ("GNA", "captured", mizda) not in got
    # a shop closing on a weekday is nobody's advance
    assert events("The market was closing on Friday in Mizda.", layers) == []


def test_knocked_out_and_wiped_out_are_attacks(layers):
    tarhuna, misrata = _id("Tarhuna", layers), _id("Misrata", layers)
    assert ("GNA", "attacked", tarhuna) in events("GNA forces knocked out an air-defence system in Tarhuna.", layers)
    assert ("LNA", "attacked", misrata) in events("The LNA wiped out a drone hangar in Misrata.", layers)
    # "knocked out of" is no attack
    assert ("GNA", "attacked", tarhuna) not in events("GNA forces were knocked out of the race in Tarhuna.", layers)


def test_reclaimed_and_ground_given_up(layers):
    tiji = _id("Tiji", layers)
    got = events("Haftar's army gave up more ground as government forces reclaimed Tiji.", layers)
    assert ("GNA", "captured", tiji) in got and ("LNA", "withdrew", tiji) in got
    # "the lost ground" is no one's giving up
    got = events("The LNA briefly captured Tiji, but GNA forces recaptured all of the lost ground.", layers)
    assert ("LNA", "withdrew", tiji) not in got
    # reclaiming a title takes no place
    assert events("The GNA reclaimed the title of sole government in Tiji.", layers) == []


def test_leaving_those_areas_after_the_other_side_took_them(layers):
    zawiya = _id("Zawiya", layers)
    got = events("GNA fighters said they pushed into Zawiya; the LNA said it had already left those areas.", layers)
    assert ("LNA", "withdrew", zawiya) in got
    # nothing taken: no place to borrow
    assert events("The LNA said it had already left those areas.", layers) == []


def test_a_place_that_serves_as_a_stronghold(layers):
    jufra = _id("Jufra", layers)
    assert ("LNA", "holds", jufra) in events("Fighters flew to Jufra, the district that serves as an LNA stronghold.",
                                               layers)
    # "had served as" is a past state
    assert ("LNA", "holds", jufra) not in events("Fighters flew to Jufra, which had served as an LNA stronghold.",
                                                   layers)


def test_won_it_back(layers):
    gharyan = _id("Gharyan", layers)
    got = events("GNA forces lost Gharyan in April. They won it back in June.", layers)
    assert ("GNA", "captured", gharyan) in got
    # "won it easily" is no retaking
    got = events("GNA forces lost Gharyan in April. They won it easily.", layers)
    assert ("GNA", "captured", gharyan) not in got


def test_the_article_fused_to_a_name(layers):
    aziziya = _id("al-Aziziya", layers)
    assert ("GNA", "captured", aziziya) in events("GNA forces recovered Alaziziya on Thursday.", layers)
    # an English word beginning with "Al" is no place
    assert events("Already GNA forces recovered nothing.", layers) == []


def test_going_on_the_offensive_along_a_town_s_fronts(layers):
    ain_zara, tripoli = _id("Ain Zara", layers), _id("Tripoli", layers)
    wadi = _id("Wadi al-Rabie", layers)
    got = events("GNA forces went on the offensive along several southern Tripoli fronts, among them Ain Zara and "
                 "Wadi al-Rabie.", layers)
    assert ("GNA", "attacked", ain_zara) in got and ("GNA", "attacked", wadi) in got
    assert ("GNA", "attacked", tripoli) not in got
    # going on the offensive in talks is no attack
    assert events("The GNA went on the offensive in talks on Sunday.", layers) == []


def test_a_fronted_place_is_where_its_clause_happened(layers):
    zwila, tiji = _id("Zwila", layers), _id("Tiji", layers)
    got = events("In Zwila, GNA forces seized much of the area.", layers)
    assert ("GNA", "captured", zwila) in got
    got = events("GNA forces attacked Tiji, while in Zwila they advanced a few kilometres, forcing Haftar's units to "
                 "fall back.", layers)
    assert ("LNA", "withdrew", zwila) in got
    # "near" only places an attack, not a capture
    assert ("GNA", "captured", zwila) not in events("Near Zwila, GNA forces seized much of the area.", layers)
    # a facility of the town is not the town
    assert ("LNA", "attacked", zwila) not in events("In Zwila, Haftar's jets bombed the airport.", layers)


def test_the_side_made_to_act_does_not_carry_over(layers):
    tiji, brak, zwila = _id("Tiji", layers), _id("Brak", layers), _id("Zwila", layers)
    text = ("GNA forces attacked Tiji, and in Brak they advanced a few kilometres, forcing Haftar's units to fall back. "
            "The air force also struck trucks in Zwila.")
    got = events(text, layers)
    assert ("LNA", "withdrew", brak) in got
    assert ("GNA", "attacked", zwila) in got and ("LNA", "attacked", zwila) not in got
