"""Who flees (issue 13): 'pris la fuite' is fleeing as 'ont fui' is ('Des centaines de villageois ont pris la fuite');
fighters who flee ('Trois assaillants ont pris la fuite', 'Dozens of soldiers fled the base') are no displaced people.
Short reports written for these tests."""

import pytest
from conftest import claim_rows

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "
GAO = "Gunmen attacked a market near Gao, Mali, on Monday. "


@pytest.mark.parametrize("text,low", [
    (KASSA + "Des centaines de villageois ont pris la fuite, selon un élu local.", 100),
    (KASSA + "Plus de 2 000 personnes ont pris la fuite vers Djibo.", 2000),
    (KASSA + "Selon le HCR, une cinquantaine de familles avaient pris la fuite avant l'attaque.", 50),
])
def test_prendre_la_fuite_is_fleeing(text, low):
    assert ("displaced", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")


@pytest.mark.parametrize("text,language", [
    (KASSA + "Trois assaillants ont fui après l'arrivée des renforts.", "fr"),
    (KASSA + "Une dizaine de soldats ont fui la base avant l'assaut.", "fr"),
    (GAO + "Three attackers fled when reinforcements arrived.", "en"),
    (GAO + "Dozens of soldiers fled the base before the assault.", "en"),
])
def test_fighters_who_flee_are_not_displaced(text, language):
    assert not [c for c in claim_rows(text, language) if c[0] == "displaced"], claim_rows(text, language)
