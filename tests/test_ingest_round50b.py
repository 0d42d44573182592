"""Round 50b (tune132–tune137, six writers who never saw the rules): a town after a bare compass bearing that follows a
named place only locates that place, so a relative clause after it is about the place ("the al-Naqliya camp south of
Tripoli, which Haftar's forces seized"), a side's "main operations headquarters at X"
is a place it holds, and so is "X, which S has used as its headquarters" (not "had been using")."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_relative_clause_after_a_compass_landmark_is_about_the_place_it_locates(layers):
    tripoli, naqliya = _id("Tripoli", layers), _id("al-Naqliya camp", layers)
    got = events("GNA forces have regained most of the al-Naqliya military camp south of Tripoli, which General Khalifa "
                 "Haftar's forces seized this morning.", layers)
    assert ("LNA", "captured", naqliya) in got
    assert ("LNA", "captured", tripoli) not in got
    # nothing named before the bearing: the town stays the antecedent
    near = events("The field lies south of Sharara, which LNA units secured ten days ago.", layers)
    assert ("LNA", "captured", _id("Sharara", layers)) in near


def test_a_sides_operations_headquarters_at_a_place_is_held(layers):
    washka = _id("al-Wishka", layers)
    got = events("GNA forces struck the Libyan National Army's main operations headquarters at al-Wishka.", layers)
    assert ("LNA", "holds", washka) in got and ("GNA", "attacked", washka) in got
    # no owner named: no hold
    near = events("Drones struck the main operations headquarters at al-Wishka.", layers)
    assert all(e[1] != "holds" for e in near)


def test_a_place_a_side_uses_as_its_headquarters_in_a_relative_clause_is_held(layers):
    benghazi = _id("Benghazi", layers)
    got = events("A cargo plane flew on to Benghazi, which Haftar has used as his command headquarters for years.", layers)
    assert ("LNA", "holds", benghazi) in got
    # a use before the capture the sentence reports is no hold now
    near = events("The government had also retaken the Al Watiya airbase, which Haftar had been using as his "
                  "headquarters in western Libya.", layers)
    assert all(e[1] != "holds" or e[0] != "LNA" for e in near)
    near = events("A cargo plane flew on to Benghazi, which Haftar has used as a bargaining chip for years.", layers)
    assert all(e[1] != "holds" for e in near)
