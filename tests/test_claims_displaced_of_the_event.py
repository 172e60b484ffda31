"""'Thousands of residents have fled since the attack': words that tie a displaced figure to the event told make it
a claim of that event, though 'thousands of residents' alone reads as a war's total (boundaries.json
``this_event``)."""

import pytest

from tests.conftest import claim_rows


@pytest.mark.parametrize("text, language, low", [
    ("RSF fighters attacked the town of Um Kadada on Monday, killing 12 civilians. Thousands of residents have fled "
     "the town since the attack, local officials said.", "en", 1000),
    ("Jihadists attacked Djibo on Sunday. Tens of thousands of people fled the town after the attack, the UN said.",
     "en", 10000),
    ("Gunmen raided the village of Tillia overnight. Following Friday's raid, thousands of families fled to the "
     "district capital, an official said.", "en", 1000),
    ("Des hommes armés ont attaqué Djibo dimanche. Des dizaines de milliers de personnes ont fui la ville après "
     "l'attaque, selon l'ONU.", "fr", 10000),
    ("Des jihadistes ont attaqué le village de Dioura mardi. Depuis cette attaque, des milliers de personnes ont "
     "fui la localité, selon un élu.", "fr", 1000),
    ("Les rebelles ont pris la ville de Masisi lundi. À la suite de l'assaut, des dizaines de milliers d'habitants "
     "ont fui vers Goma, selon l'ONU.", "fr", 10000),
])
def test_a_displaced_figure_tied_to_the_attack_is_its_claim(text, language, low):
    rows = claim_rows(text, language)
    assert any(r[0] == "displaced" and r[1] == low for r in rows), rows


@pytest.mark.parametrize("text, language", [
    ("Gunmen attacked Dioura on Tuesday, killing 14 people. Thousands of residents have fled the area in the past "
     "year.", "en"),
    ("Des hommes armés ont attaqué Djibo dimanche. Des dizaines de milliers de personnes ont fui la région depuis "
     "le début de la crise.", "fr"),
])
def test_a_war_total_stays_background(text, language):
    assert not any(r[0] == "displaced" for r in claim_rows(text, language))
