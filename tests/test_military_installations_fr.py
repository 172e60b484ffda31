"""A military installation an attack strikes stands for the soldiers who hold it: with no force named, 'Des
terroristes ont attaqué la base militaire de X' is a battle against the report's state forces (side B), not an attack
on civilians. A camp named only to say where something happened is no party. Short reports written for these tests."""

import pytest
from conftest import event_parties

STRUCK = [
    ("Des terroristes ont attaqué la base militaire de Boulkessi, au Mali, lundi, faisant quinze morts.",
     "Military Forces of Mali (FAMa)"),
    ("Des terroristes ont attaqué lundi la base militaire de Diapaga, au Burkina Faso. Plusieurs personnes ont été "
     "tuées, selon des sources locales.", "Military Forces of Burkina Faso"),
    ("Le camp militaire de Kaya, au Burkina Faso, a été la cible d'une attaque terroriste dimanche, qui a fait dix "
     "morts.", "Military Forces of Burkina Faso"),
    ("Des assaillants ont attaqué la caserne de Tillia, au Niger, mercredi. Plusieurs assaillants ont été tués.",
     "Military Forces of Niger"),
]


@pytest.mark.parametrize("text,army", STRUCK)
def test_an_attacked_installation_makes_a_battle_with_its_army(text, army):
    kind, sides = event_parties(text, "fr")
    assert kind == "Battles" and sides.get(army) == "B", (kind, sides)


WHERE_ONLY = [
    "Des jihadistes ont tué dix civils près du camp militaire de Djibo, au Burkina Faso, lundi.",
    "Des hommes armés ont enlevé cinq femmes à deux kilomètres du poste militaire de Barsalogho, au Burkina Faso, "
    "mercredi.",
    "Des blessés ont été évacués vers le camp militaire de Sévaré après l'attaque du village d'Ogossagou par des "
    "hommes armés, au Mali, jeudi. Trente villageois ont été tués.",
]


@pytest.mark.parametrize("text", WHERE_ONLY)
def test_an_installation_that_only_says_where_is_no_party(text):
    kind, sides = event_parties(text, "fr")
    assert kind == "Violence against civilians" and not any(n.startswith("Military") for n in sides), (kind, sides)
