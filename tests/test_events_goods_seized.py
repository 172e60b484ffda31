"""A taking word whose object is goods ('se sont emparés d'armes et de munitions', 'seized control of two army
trucks') took no place: the incident is the fight it ended (or, against civilians, an attack), not ACLED's
'Non-state actor overtakes territory'. A place as object keeps the taking of territory. Short reports written for
these tests."""

import pytest
from conftest import first_event

TAKEOVER = ("Battles", "Non-state actor overtakes territory")


def kind(text, language="en"):
    e = first_event(text, language)
    return e.event_type, e.sub_event_type


@pytest.mark.parametrize("text,language,expected", [
    ("Militants ambushed a convoy near Koro, Mali, on Sunday and seized control of two army trucks.", "en",
     ("Battles", "Armed clash")),
    ("Gunmen raided a police post in Zurmi, Nigeria, on Sunday, killing two officers and taking control of their "
     "weapons and vehicles.", "en", ("Battles", "Armed clash")),
    ("Bandits attacked herders near Zurmi, Nigeria, on Sunday, killing three and taking control of dozens of "
     "cattle.", "en", ("Violence against civilians", "Attack")),
    ("Des jihadistes ont attaqué dimanche le poste militaire de Koro, au Mali, tuant trois soldats, et se sont "
     "emparés d'armes et de munitions.", "fr", ("Battles", "Armed clash")),
    ("Le poste de gendarmerie de Koro, au Mali, a été attaqué dimanche. Les assaillants se sont emparés de motos et "
     "de véhicules, selon des habitants.", "fr", ("Battles", "Armed clash")),
    ("Les terroristes ont tendu une embuscade à un convoi de l'armée burkinabè près de Djibo dimanche et se sont "
     "emparés de plusieurs véhicules.", "fr", ("Battles", "Armed clash")),
])
def test_goods_seized_are_no_taking_of_territory(text, language, expected):
    assert kind(text, language) == expected


@pytest.mark.parametrize("text,language", [
    ("JNIM fighters took control of the town of Djibo, Burkina Faso, on Tuesday after fighting with the army.", "en"),
    ("Les rebelles se sont emparés dimanche de la ville de Koro, au Mali, après de violents combats avec l'armée.",
     "fr"),
    ("Les jihadistes se sont emparés du poste et des armes des soldats à Koro, au Mali, dimanche.", "fr"),
])
def test_a_place_taken_stays_a_taking_of_territory(text, language):
    assert kind(text, language) == TAKEOVER
