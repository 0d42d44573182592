"""Round 52 (tune138–tune143, six sets by writers who never saw the rules): holds a purpose of taking back names
("an operation to free X and Y from S's militias": S holds X and Y)."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_a_purpose_of_taking_back_names_the_holder(layers):
    got = events("The GNA launched an operation on Saturday to free Sirte and al-Jufra from Haftar's militias.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    assert ("LNA", "holds", _id("al-Jufra", layers)) in got
    got = events("GNA fighters massed near Abu Grein in the hope of wresting Sirte back from the LNA.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    # near misses: the taking is done, or the side after "from" is no side
    near = events("GNA forces managed to free Sirte from Haftar's militias on Saturday.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) not in near
    near = events("After freeing Sirte from Haftar's militias, GNA forces moved east.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) not in near
    near = events("The LNA launched an operation on Saturday to free Sirte from terrorists.", layers)
    assert all(e[1] != "holds" for e in near)


def test_only_the_place_named_whole_in_a_purpose_span_is_held(layers):
    got = events("The GNA launched an operation to free the areas between Bani Walid and al-Jufra, including the city "
                 "of Sirte, from Haftar's militias.", layers)
    assert ("LNA", "holds", _id("Sirte", layers)) in got
    assert ("LNA", "holds", _id("Bani Walid", layers)) not in got


def test_the_holder_a_purpose_names_is_no_subject_for_the_next_sentence(layers):
    got = events("Government forces launched an operation on Saturday to wrest Sirte from Haftar's forces. "
                 "A day earlier the army had taken Tarhuna.", layers)
    assert ("GNA", "captured", _id("Tarhuna", layers)) in got
    assert ("LNA", "captured", _id("Tarhuna", layers)) not in got
