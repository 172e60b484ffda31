"""'Un camp de déplacés', 'un site de déplacés' name a place, not a displacement: the figure before them ('Deux
kamikazes', 'Trois hommes armés') counts no displaced people. Short reports written for these tests."""

import pytest
from conftest import claim_rows

PLACES = [
    "Deux kamikazes se sont fait exploser à l'entrée d'un camp de déplacés à Dikwa, au Nigeria, mardi, tuant six "
    "personnes.",
    "Trois hommes armés ont attaqué un site de déplacés à Djugu, en RDC, mardi, tuant huit civils.",
    "Quatre obus sont tombés sur le centre de déplacés de Bulengo, en RDC, jeudi, tuant cinq civils.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_camp_of_displaced_people_counts_no_displacement(text):
    rows = claim_rows(text, "fr")
    assert rows and not any(c[0] == "displaced" for c in rows), rows


def test_people_displaced_to_a_camp_still_count():
    text = ("Des hommes armés ont attaqué le village de Kisiki, en RDC, mardi. Plus de 2 000 personnes ont été "
            "déplacées vers le camp de déplacés de Rhoe.")
    assert ("displaced", 2000) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
