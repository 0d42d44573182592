"""Round 43 of the ingest rules (tune62-tune65, missed withdrawals first, then false withdrawals and captures): each
rule with a short invented sentence, and a case it must leave alone."""

from __future__ import annotations

from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401 - rules_only is an autouse fixture


def test_a_passive_relative_naming_the_former_holder(layers):
    zawiya = _id("Zawiya", layers)
    got = events("GNA units seized Zawiya in the west of the country, which had been in the hands of fighters loyal "
                 "to Haftar.", layers)
    assert ("GNA", "captured", zawiya) in got
    assert ("LNA", "withdrew", zawiya) in got
    got = events("GNA units seized Zawiya, which until then had stayed under the control of the LNA.", layers)
    assert ("LNA", "withdrew", zawiya) in got
    got = events("GNA units seized Zawiya, which had been shelled by the LNA for weeks.", layers)
    assert ("LNA", "withdrew", zawiya) not in got


def test_an_appositive_counting_the_place_among_the_losses(layers):
    zawiya = _id("Zawiya", layers)
    got = events("On Tuesday GNA units seized Zawiya, the third town the LNA has lost this month.", layers)
    assert ("LNA", "withdrew", zawiya) in got
    got = events("On Tuesday GNA units seized Zawiya, a town the LNA has shelled for weeks.", layers)
    assert ("LNA", "withdrew", zawiya) not in got


def test_arabic_verbs_and_nouns_of_losing(layers):
    gharyan = _id("Gharyan", layers)
    got = events("انسحبت قوات حفتر إلى الجنوب بعد خسارتها مدينة غريان.", layers)
    assert ("LNA", "withdrew", gharyan) in got
    got = events("وقالت مصادر إن قوات حفتر خسرت غريان يوم الأربعاء.", layers)
    assert ("LNA", "withdrew", gharyan) in got
    got = events("فقدت قوات الوفاق عشرات المقاتلين في غريان.", layers)
    assert ("GNA", "withdrew", gharyan) not in got


def test_managed_to_drive_out_was_done(layers):
    zawiya = _id("Zawiya", layers)
    got = events("GNA units managed to drive the LNA out of Zawiya.", layers)
    assert ("GNA", "captured", zawiya) in got
    assert ("LNA", "withdrew", zawiya) in got
    got = events("GNA units hope to drive the LNA out of Zawiya.", layers)
    assert ("GNA", "captured", zawiya) not in got


def test_forces_driven_out_named_by_a_common_noun_are_the_other_side(layers):
    zawiya = _id("Zawiya", layers)
    got = events("Haftar's militias shelled Misrata. Later the GNA said it had cleared the militias out of Zawiya.",
                 layers)
    assert ("LNA", "withdrew", zawiya) in got
    got = events("Wagner fighters left Sirte. Later the GNA said it had driven the mercenaries out of Zawiya.", layers)
    assert ("LNA", "withdrew", zawiya) not in got


def test_who_were_driven_out_is_the_antecedent(layers):
    zawiya = _id("Zawiya", layers)
    got = events("GNA units inflicted a heavy defeat on Haftar's fighters, who were driven out of Zawiya.", layers)
    assert ("GNA", "captured", zawiya) in got
    assert ("LNA", "withdrew", zawiya) in got
    assert ("LNA", "captured", zawiya) not in got
    got = events("Haftar's fighters, who were driven out of Zawiya, regrouped in Sabratha.", layers)
    assert ("LNA", "withdrew", zawiya) in got


def test_arabic_expel_with_the_subject_in_the_verb(layers):
    gharyan = _id("Gharyan", layers)
    got = events("وقال المتحدث إن القوات تقدمت بعدما دحرت ميليشيات حفتر من غريان.", layers)
    assert ("LNA", "captured", gharyan) not in got
    assert ("GNA", "captured", gharyan) in got
    got = events("طردت قوات الوفاق مليشيات حفتر من غريان.", layers)
    assert ("GNA", "captured", gharyan) in got


def test_a_demand_with_a_subjunctive_is_no_withdrawal(layers):
    sirte = _id("Sirte", layers)
    got = events("The LNA demanded that forces loyal to the GNA leave Sirte within three days.", layers)
    assert ("GNA", "withdrew", sirte) not in got
    got = events("The LNA said that forces loyal to the GNA left Sirte on Monday.", layers)
    assert ("GNA", "withdrew", sirte) in got


def test_talk_of_seizing_and_arabic_intent_are_no_captures(layers):
    sirte = _id("Sirte", layers)
    got = events("GNA commanders have been talking about seizing Sirte for weeks.", layers)
    assert ("GNA", "captured", sirte) not in got
    got = events("تسعى قوات الوفاق إلى بسط سيطرتها على مدينة سرت.", layers)
    assert ("GNA", "captured", sirte) not in got
    got = events("بسطت قوات الوفاق سيطرتها على مدينة سرت.", layers)
    assert ("GNA", "captured", sirte) in got


def test_a_column_leaving_a_place_is_no_withdrawal(layers):
    misrata = _id("Misrata", layers)
    got = events("LNA jets bombed a GNA convoy as it left Misrata.", layers)
    assert ("GNA", "withdrew", misrata) not in got
    got = events("GNA forces left Misrata on Monday.", layers)
    assert ("GNA", "withdrew", misrata) in got
