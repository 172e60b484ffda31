"""Vehicles taken by theft or carried off ('ont volé trois motos', 'ont réquisitionné quatre camions', 'sont
repartis avec deux pick-up', 'ont fait main basse sur cinq motos') are vehicles seized, as those 'emportés' are;
people carried off with vehicles stay abducted (issue 13). Short reports written for these tests."""

import pytest
from conftest import claim_rows

NIORO = "Des hommes armés ont attaqué le marché de Diéma, dans la région de Kayes, au Mali, vendredi. "
GAYA = "Des bandits armés ont attaqué un poste de douane près de Gaya, au Niger, mercredi. "


@pytest.mark.parametrize("text,low", [
    (NIORO + "Les assaillants ont volé trois motos avant de prendre la fuite.", 3),
    (NIORO + "Quatre camions de commerçants ont été réquisitionnés par les hommes armés.", 4),
    (GAYA + "Les bandits sont repartis avec deux pick-up de la douane.", 2),
    (GAYA + "Les assaillants ont fait main basse sur cinq motos.", 5),
    (NIORO + "Selon un habitant, les assaillants ont dérobé six véhicules.", 6),
])
def test_vehicles_stolen_or_carried_off_are_seized(text, low):
    assert ("vehicles seized", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")


@pytest.mark.parametrize("text,low", [
    (NIORO + "Les assaillants ont enlevé 20 passagers d'un bus.", 20),
    (GAYA + "Les bandits ont emmené les 12 otages à bord de deux véhicules.", 12),
])
def test_people_carried_off_stay_abducted(text, low):
    assert ("abducted", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
