"""Round 53b: which side a mention refers to – bare "the militias" (Arabic "المليشيات") with no owner in a passage where
only one side's spokesman or commander speaks are that side's enemy, even when the quote's speaker is only "he"."""
from tests.ingest_rules import events, place_id as _id, rules_only  # noqa: F401


def test_bare_militias_in_a_quoted_lna_commanders_words_are_the_gna(layers):
    got = events('LNA spokesman Ahmed al-Mismari spoke on Sunday. "The militias tried to storm Tarhuna on three fronts," '
                 'he said.', layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) in got
    assert ("LNA", "attacked", _id("Tarhuna", layers)) not in got
    near = events('LNA spokesman Ahmed al-Mismari spoke on Sunday. "Haftar\'s militias tried to storm Tarhuna on three '
                  'fronts," he said.', layers)
    assert ("LNA", "attacked", _id("Tarhuna", layers)) in near


def test_bare_militias_after_an_arabic_spokesmans_inna_are_the_other_side(layers):
    got = events("قال اللواء أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن المليشيات هاجمت سرت خلال اليومين الماضيين.",
                 layers)
    assert ("GNA", "attacked", _id("Sirte", layers)) in got
    assert ("LNA", "attacked", _id("Sirte", layers)) not in got
    near = events("قال اللواء أحمد المسماري، المتحدث باسم الجيش الوطني الليبي، إن مليشيات حفتر هاجمت سرت خلال اليومين الماضيين.",
                  layers)
    assert ("LNA", "attacked", _id("Sirte", layers)) in near


def test_no_enemy_reading_when_the_passage_calls_the_speakers_own_side_militias(layers):
    text = ('Hafter\'s militias shelled Ain Zara, the GNA said. Hafter\'s spokesman Ahmed el-Mismari said a day earlier '
            'that they welcomed the truce. "The militias tried to storm Tarhuna," he said.')
    got = events(text, layers)
    assert ("GNA", "attacked", _id("Tarhuna", layers)) not in got


def test_the_tripoli_militias_are_the_gna(layers):
    got = events("The army carried out raids on the al-Wattia base in the west of the country, held by the Tripoli militias, "
                 "destroying a radar.", layers)
    assert ("GNA", "holds", _id("al-Watiya Airbase", layers)) in got
    assert ("LNA", "holds", _id("al-Watiya Airbase", layers)) not in got
    near = events("The army carried out raids on militias in Tripoli and on the al-Wattia base, destroying a radar.", layers)
    assert all(e[1] != "holds" for e in near)

