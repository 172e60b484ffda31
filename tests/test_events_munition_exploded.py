"""A munition of long-range fire told as what exploded, fell, landed or hit ('a shell exploded', 'mortars fired by
the RSF landed', 'a shell hit their house', 'un projectile a explosé') is ACLED's Shelling/artillery/missile
attack, not a remote explosive: the word 'exploded' alone is a bomb's. Short reports written for these tests."""

import pytest
from conftest import first_event

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def kind(text, language="en"):
    e = first_event(text, language)
    return e.event_type, e.sub_event_type


@pytest.mark.parametrize("text,language", [
    ("A shell exploded in a market in El Fasher, Sudan, on Monday, killing five civilians.", "en"),
    ("Mortars fired by RSF fighters exploded near a mosque in Omdurman, Sudan, on Tuesday, killing four worshippers.",
     "en"),
    ("Five civilians died on Monday when a projectile exploded outside a clinic in Sake, Congo, residents said.", "en"),
    ("Two mortar bombs fell on a displacement camp near El Fasher, Sudan, on Monday, killing five civilians.", "en"),
    ("Five civilians were killed on Monday when a shell hit their house in Kadugli, Sudan.", "en"),
    ("A mortar struck a school in Kadugli, Sudan, on Tuesday, killing three pupils, teachers said.", "en"),
    ("Un projectile a explosé dans un marché d'El-Fasher, au Soudan, lundi, tuant cinq civils.", "fr"),
    ("Un engin tiré par les rebelles a explosé dans un quartier de Goma, en RDC, lundi, tuant cinq civils.", "fr"),
])
def test_a_munition_that_exploded_is_shelling(text, language):
    assert kind(text, language) == SHELLING


@pytest.mark.parametrize("text,language", [
    ("Two bombs exploded in a market in Maiduguri, Nigeria, on Monday, killing five civilians.", "en"),
    ("Un engin explosif a explosé au passage d'un bus près de Boni, au Mali, lundi, tuant cinq civils.", "fr"),
])
def test_a_bomb_that_exploded_stays_a_remote_explosive(text, language):
    assert kind(text, language) == IED
