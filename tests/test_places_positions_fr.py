"""French: an army position named by its place ('la position militaire de X', 'la position de l'armée de X') is a
settlement, the event's place, not the town it lies near; and 'proche de Y' places near Y like 'près de Y'.
Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize("text", [
    "Des jihadistes ont attaqué la position militaire de Kaïga Kindjiria, une île située non loin de Ngouboua, "
    "vendredi, tuant cinq soldats tchadiens.",
    "Cinq soldats tchadiens ont été tués vendredi lors de l'assaut contre la position militaire de Kaïga "
    "Kindjiria, une île voisine de Ngouboua.",
    "Boko Haram a attaqué vendredi la position militaire de Kaïga Kindjiria, sur le lac, au nord de Ngouboua, "
    "tuant cinq soldats.",
    "Les positions militaires de Kaïga Kindjiria, dans les environs de Ngouboua, ont été attaquées vendredi, cinq "
    "soldats tchadiens tués.",
])
def test_an_army_position_of_a_settlement_is_the_event_place(text):
    place = event_place(text, "fr")
    assert place.location == "Kaïga Kindjiria", place


@pytest.mark.parametrize(("text", "town"), [
    ("Des hommes armés ont tué six civils dimanche dans un hameau proche de Kajuru, au Nigeria.", "Kajuru"),
    ("Un engin explosif a tué trois soldats burkinabè lundi sur une piste proche de Djibo.", "Djibo"),
    ("Des jihadistes ont attaqué mardi un campement peul proche de Boni, au Mali, tuant neuf civils.", "Boni"),
])
def test_proche_de_places_near_the_town(text, town):
    place = event_place(text, "fr")
    assert (place.location, place.geo_precision) == (town, 2), place
