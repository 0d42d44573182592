"""Round 30 of the ingest rules (tune30, tune31): each rule with a short invented sentence, and a case it must leave
alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_the_side_accused_of_a_gerund_does_it(layers):
    zawiya = _id("Zawiya", layers)
    got = events("An LNA commander spoke in Benghazi. He accused GNA troops of firing rockets at Zawiya overnight.", layers)
    assert ("GNA", "attacked", zawiya) in got and ("LNA", "attacked", zawiya) not in got
    # without the accusation the speaker's side stays the doer
    got = events("An LNA commander spoke in Benghazi. He said the army was firing rockets at Zawiya overnight.", layers)
    assert ("GNA", "attacked", zawiya) not in got


def test_a_capture_predicted_as_imminent_is_no_event(layers):
    mizda = _id("Mizda", layers)
    got = events("The LNA conceded setbacks but said retaking Mizda was imminent.", layers)
    assert ("LNA", "captured", mizda) not in got
    got = events("The LNA said retaking Mizda had cost it dozens of fighters.", layers)
    assert ("LNA", "captured", mizda) in got


def test_a_capture_a_hold_runs_since_is_background(layers):
    surman = _id("Surman", layers)
    got = events("LNA units shelled Surman, which GNA troops have held since retaking it in early May.", layers)
    assert ("GNA", "holds", surman) in got and ("GNA", "captured", surman) not in got
    # a capture with its own day is still reported
    got = events("GNA troops have held Surman since retaking it on 13 April.", layers)
    assert ("GNA", "captured", surman) in got


def test_a_relative_clause_after_a_distance_appositive_is_about_the_place_before(layers):
    mizda, tripoli = _id("Mizda", layers), _id("Tripoli", layers)
    got = events("LNA units shelled Mizda, about 150 km from the capital, which GNA troops have held since May.", layers)
    assert ("GNA", "holds", mizda) in got and ("GNA", "holds", tripoli) not in got
    got = events("LNA units shelled Mizda, some 150 km from Tripoli, which GNA troops control.", layers)
    assert ("GNA", "holds", mizda) in got and ("GNA", "holds", tripoli) not in got


def test_a_town_a_distance_is_measured_from_does_not_continue_a_list(layers):
    tripoli, base = _id("Tripoli", layers), _id("al-Watiya airbase", layers)
    got = events("GNA troops seized several sites, notably al-Watiya airbase, 130 km south-west of the capital.",
                 layers)
    assert ("GNA", "captured", base) in got and ("GNA", "captured", tripoli) not in got


def test_a_place_near_a_place_hit_only_locates_it(layers):
    qasr, airport = _id("Qasr bin Ghashir", layers), _id("Tripoli International Airport", layers)
    got = events("GNA gunners shelled Qasr bin Ghashir near Tripoli International Airport.", layers)
    assert ("GNA", "attacked", qasr) in got and ("GNA", "attacked", airport) not in got
    # two targets joined by "and" are both hit
    got = events("GNA gunners shelled Qasr bin Ghashir and Tripoli International Airport.", layers)
    assert ("GNA", "attacked", airport) in got


def test_bare_militias_in_a_sides_words_are_the_other_side(layers):
    mitiga = _id("Mitiga Airport", layers)
    got = events("Two people died, a GNA spokesman said, adding that militias kept firing rockets at Mitiga Airport.",
                 layers)
    assert ("LNA", "attacked", mitiga) in got and ("GNA", "attacked", mitiga) not in got
    got = events("Two people died, an LNA spokesman said, adding that militias kept firing rockets at Mitiga Airport.",
                 layers)
    assert ("GNA", "attacked", mitiga) in got and ("LNA", "attacked", mitiga) not in got


def test_the_town_is_not_where_reinforcements_came_from(layers):
    zawiya, misrata = _id("Zawiya", layers), _id("Misrata", layers)
    got = events("GNA units pulled back from Zawiya, then, once reinforcements arrived from Misrata, retook the town.",
                 layers)
    assert ("GNA", "captured", zawiya) in got and ("GNA", "captured", misrata) not in got


def test_a_place_naming_the_sources_is_no_target(layers):
    sirte, tripoli = _id("Sirte", layers), _id("Tripoli", layers)
    got = events("GNA forces lost their positions in Sirte, Tripoli sources say.", layers)
    assert ("GNA", "withdrew", sirte) in got and ("GNA", "withdrew", tripoli) not in got
    got = events("GNA forces shelled Sirte and Tripoli, officials said.", layers)
    assert ("GNA", "attacked", tripoli) in got and ("GNA", "attacked", sirte) in got


def test_winning_back_what_was_lost_is_an_attack(layers):
    sirte = _id("Sirte", layers)
    got = events("GNA forces began a push to win back the positions they lost in Sirte.", layers)
    assert ("GNA", "attacked", sirte) in got and ("GNA", "withdrew", sirte) not in got
    # a loss of its own is still a withdrawal
    got = events("GNA forces lost their positions in Sirte.", layers)
    assert ("GNA", "withdrew", sirte) in got


def test_arabic_a_place_joined_by_b_only_locates(layers):
    camp, road = _id("Naqliyah camp", layers), _id("Airport Road", layers)
    got = events("سيطرت قوات حفتر على معسكر النقلية بطريق المطار.", layers)
    assert ("LNA", "captured", camp) in got and ("LNA", "captured", road) not in got
    got = events("سيطرت قوات حفتر على معسكر النقلية وطريق المطار.", layers)
    assert ("LNA", "captured", road) in got
