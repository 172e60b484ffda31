"""Figures of things and of people still held that the claims reader missed or misread (issue 13): a vague count in
a list of vehicles adds to no other ('plusieurs pick-up et une trentaine de motos' are 3+ and 30, not 33+); boats
are vehicles ('plusieurs pirogues ont été détruites'); people 'still in the hands of' their captors are abducted;
the infinitive 's'emparer de' seizes a drone as 's'est emparé de' does. Short reports written for these tests."""

import pytest
from conftest import claim_rows

KASSA = "Des jihadistes ont attaqué le village de Kassa, dans le nord du Burkina Faso, samedi. "
LAKE = "L'armée tchadienne a repoussé une attaque de Boko Haram sur une île du lac Tchad, mardi. "
GAO = "Gunmen attacked a market near Gao, Mali, on Monday. "


@pytest.mark.parametrize("text,language,expected", [
    (KASSA + "L'armée dit avoir détruit plusieurs pick-up et une trentaine de motos.", "fr", {3, 30}),
    (KASSA + "Les assaillants ont incendié des dizaines de camions et trois citernes.", "fr", {12, 3}),
    (GAO + "The army said it destroyed several pickups and about 30 motorcycles.", "en", {3, 30}),
])
def test_a_vague_count_in_a_list_of_vehicles_is_its_own_figure(text, language, expected):
    got = {c[1] for c in claim_rows(text, language) if c[0].startswith("vehicles")}
    assert got == expected, claim_rows(text, language)


@pytest.mark.parametrize("text,language,low", [
    (LAKE + "Plusieurs pirogues ont été détruites, selon l'armée.", "fr", 3),
    (LAKE + "Les soldats ont détruit 12 embarcations des assaillants.", "fr", 12),
    (LAKE + "Quatre bateaux ont été incendiés lors des combats.", "fr", 4),
    (GAO + "Soldiers destroyed six boats used by the attackers on the river.", "en", 6),
    (GAO + "Several canoes were destroyed, the army said.", "en", 3),
])
def test_boats_are_vehicles(text, language, low):
    assert ("vehicles destroyed", low) in [c[:2] for c in claim_rows(text, language)], claim_rows(text, language)


@pytest.mark.parametrize("text,language,low", [
    (KASSA + "Selon des habitants, au moins six villageois sont toujours entre les mains des assaillants.", "fr", 6),
    (KASSA + "Huit femmes restent aux mains des ravisseurs, selon un élu local.", "fr", 8),
    (GAO + "At least six traders are still in the hands of the gunmen, residents said.", "en", 6),
    (GAO + "Eight villagers remain held by the kidnappers, a local official said.", "en", 8),
])
def test_people_still_held_by_their_captors_are_abducted(text, language, low):
    assert ("abducted", low) in [c[:2] for c in claim_rows(text, language)], claim_rows(text, language)


@pytest.mark.parametrize("text,low", [
    (KASSA + "Les assaillants ont réussi à s'emparer d'armes, de munitions et même d'un drone de surveillance.", 1),
    (KASSA + "Les jihadistes ont pu s'emparer de deux drones de l'armée.", 2),
    (KASSA + "Les assaillants sont parvenus à s'emparer d'un hélicoptère posé sur la base.", 1),
])
def test_s_emparer_seizes_a_drone(text, low):
    assert ("aircraft lost", low) in [c[:2] for c in claim_rows(text, "fr")], claim_rows(text, "fr")
