"""(Twelfth session) Spellings the gazetteer matches only loosely are taken as places where the text gives them a place's
slot: a list that a plural place noun closes ("the Yarmouk, Hamza, Sawareekh and Tikbali camps", "the Salahaddin and
Er-Ramla districts"), "the X municipality", and a name that the facility noun after it confirms, also as the
sentence's first word ("Vatiyye air base, which …")."""
from geo.ingest_model import collecting
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def _places(text: str, layers) -> set[str]:
    return {e[2] for e in events(text, layers)}


def test_a_loose_spelling_in_a_list_closed_by_a_plural_place_noun_is_a_place(layers):
    salah, takbali = _id("Salah al-Din", layers), _id("Takbali camp", layers)
    assert ("LNA", "attacked", salah) in events(
        "Haftar's forces fired rockets at the Salahaddin and Er-Ramla districts in southern Tripoli.", layers)
    assert ("GNA", "captured", takbali) in events(
        "GNA forces took the Yarmouk, Hamza, Sawareekh and Tikbali camps on Saturday.", layers)
    # the same spelling with no place noun closing the list stays a word
    assert salah not in _places("Haftar's forces fired rockets at the Salahaddin and Er-Ramla fighters.", layers)
    assert takbali not in _places("GNA forces met the Yarmouk, Hamza, Sawareekh and Tikbali delegates.", layers)


def _found(text: str, layers) -> set[str]:
    """The gazetteer ids of the places the rules found in the text, whatever they proposed for them."""
    views: list = []
    with collecting(views):
        events(text, layers)
    return {p.pid for v in views for p in v.places}


def test_the_x_municipality_is_a_place_slot(layers):
    qasr = _id("Qasr bin Ghashir", layers)
    assert qasr in _found("An airstrike hit a field hospital in the Gaser Benghashir municipality.", layers)
    assert qasr not in _found("An airstrike hit a field hospital in the Gaser Benghashir.", layers)


def test_a_spelling_the_facility_noun_confirms_counts_as_the_first_word_too(layers):
    watiya = _id("al-Watiya Airbase", layers)
    assert ("GNA", "holds", watiya) in events("Vatiyye air base is now held by GNA forces.", layers)
    # the first word without the facility noun: a capital at a sentence's start proves nothing
    assert watiya not in _places("Vatiyye is now held by GNA forces.", layers)
