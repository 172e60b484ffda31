"""A town an attack verb takes as its object ('invaded X', 'torched X', 'ransacked X') is the place it names, as
after 'attacked' or 'raided': the town itself, finer than 'near' another. Sentences and names are the tests' own."""

from __future__ import annotations

import pytest
from conftest import event_place


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen invaded Kachia near Kajuru in Nigeria on Sunday, killing 12 people.", "Kachia"),
    ("Bandits torched Kachia, not far from Kajuru, in Nigeria on Sunday and killed 12 people.", "Kachia"),
    ("On Sunday gunmen ransacked Kachia in Nigeria, killing 12 people in the town near Kajuru.", "Kachia"),
    ("Gunmen invaded Kufana near Kajuru in Nigeria on Sunday, killing 12 people.", "Kufana"),
])
def test_the_town_an_attack_verb_takes_is_the_place(text, town):
    place = event_place(text)
    assert place.location == town, place


@pytest.mark.parametrize("text", [
    "Des hommes armés ont envahi Kachia près de Kajuru dimanche, au Nigeria, tuant 12 personnes.",
    "Des bandits ont incendié Kachia, non loin de Kajuru, dimanche au Nigeria, tuant 12 personnes.",
    "Des bandits ont pillé et saccagé Kachia, près de Kajuru, dimanche au Nigeria, tuant 12 personnes.",
])
def test_fr_the_town_an_attack_verb_takes_is_the_place(text):
    place = event_place(text, "fr")
    assert place.location == "Kachia", place
