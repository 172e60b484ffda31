"""What was taken or destroyed, and whose it was (issue 13): a drone the attackers seize is an aircraft their
target lost ('ont mis la main sur un drone de surveillance'), and vehicles a clause's subject destroyed or took
('Les FAMa ont détruit quatre véhicules') are not that subject's own. Short reports written for these tests."""

import pytest
from conftest import claim_rows

DJIBO = "Des jihadistes ont attaqué un poste militaire à Djibo, au Burkina Faso, samedi. "
TENENKOU = "L'armée malienne a mené des frappes aériennes près de Ténenkou, dans le centre du Mali, jeudi. "
TILLABERI = "Des jihadistes ont attaqué une patrouille près de Tillabéri, au Niger, mardi. "


@pytest.mark.parametrize("text,low", [
    (DJIBO + "Les assaillants ont aussi mis la main sur un drone de surveillance.", 1),
    (DJIBO + "Les jihadistes se sont emparés de deux drones de l'armée.", 2),
    (DJIBO + "Un drone de reconnaissance a été saisi par les assaillants, selon une source sécuritaire.", 1),
])
def test_a_seized_drone_is_an_aircraft_lost(text, low):
    got = [c[:2] for c in claim_rows(text, "fr")]
    assert ("aircraft lost", low) in got, got


@pytest.mark.parametrize("text,what,low,doer", [
    (TENENKOU + "Les FAMa ont détruit quatre véhicules.", "vehicles destroyed", 4, "Military Forces of Mali (FAMa)"),
    (TENENKOU + "Au cours de l'opération, l'armée malienne a récupéré six motos.", "vehicles seized", 6,
     "Military Forces of Mali (FAMa)"),
    (TILLABERI + "Dans leur riposte, les soldats nigériens ont incendié trois pick-up.", "vehicles destroyed", 3,
     "Military Forces of Niger"),
])
def test_vehicles_the_subject_destroyed_are_not_its_own(text, what, low, doer):
    """'Les FAMa ont détruit quatre véhicules' in the outlet's voice: the army's foe lost them, not the army."""
    got = [c for c in claim_rows(text, "fr") if c[:2] == (what, low)]
    assert got and got[0][2] != doer, claim_rows(text, "fr")
