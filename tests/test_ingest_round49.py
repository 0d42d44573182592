"""Round 49 (tune120–tune125, six writers who never saw the rules): an obligation before a verb of leaving is no
withdrawal ("the LNA must leave Sirte")."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_an_obligation_to_leave_is_no_withdrawal(layers):
    got = events("Cavusoglu told TRT that the LNA must leave Sirte and Jufra or face a military operation.", layers)
    assert all(e[1] != "withdrew" for e in got)
    got = events("Kalin repeated that the LNA needs to withdraw from Sirte before any ceasefire.", layers)
    assert all(e[1] != "withdrew" for e in got)
    near = events("The LNA had to leave Sirte after heavy fighting.", layers)
    assert ("LNA", "withdrew", _id("Sirte", layers)) in near
    near = events("The LNA left Sirte, which it must have known was lost.", layers)
    assert ("LNA", "withdrew", _id("Sirte", layers)) in near
