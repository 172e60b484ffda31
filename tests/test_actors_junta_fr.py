"""French words for the Myanmar war the dictionary lacked: the junta's strikes and aircraft are its state forces,
and the People's Defence Forces by their plural French name."""

import pytest

from tests.conftest import event_parties


@pytest.mark.parametrize("text", [
    "Une frappe aérienne de la junte a tué 14 civils dans un village de la région de Sagaing mardi.",
    "Une frappe de drone de la junte a touché une école de Magway jeudi, tuant neuf élèves.",
    "Des drones de la junte ont frappé un marché de la région de Sagaing vendredi, tuant sept civils.",
])
def test_the_juntas_strikes_are_its_state_forces(text):
    _, parties = event_parties(text, "fr")
    assert parties.get("Military Forces of Myanmar") == "A", parties


@pytest.mark.parametrize("text", [
    "Des combattants des Forces de défense populaires ont attaqué un poste de l'armée birmane dans la région de "
    "Magway dimanche.",
    "Les Forces de défense populaires ont tendu une embuscade à un convoi de l'armée birmane près de Monywa lundi.",
    "L'armée birmane et les Forces de défense populaires se sont affrontées à Pale mercredi, faisant six morts.",
])
def test_the_peoples_defence_forces_by_their_french_names(text):
    _, parties = event_parties(text, "fr")
    assert "PDF: People's Defence Force" in parties, parties
