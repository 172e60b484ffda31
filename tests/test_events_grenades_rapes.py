"""Two of ACLED's sub-event types: a grenade thrown ('threw a grenade into a bar', 'une attaque à la grenade') is
Explosions/Remote violence / Grenade; women raped with no one killed is Violence against civilians / Sexual
violence (with killings it stays an Attack); a sentence about sexual violence in general is no event. Short reports
written for these tests."""

import pytest
from conftest import extracted


def kinds(text, language="en"):
    return [(e.event_type, e.sub_event_type) for e in extracted(text, language).events]


@pytest.mark.parametrize("text,language", [
    ("Unidentified assailants threw a grenade into a crowded bar in Bujumbura, Burundi, on Saturday night, wounding "
     "eight people, police said.", "en"),
    ("A grenade attack on a police station in Mogadishu's Hodan district, Somalia, killed two officers on Monday.",
     "en"),
    ("Des inconnus ont lancé une grenade dans un bar de Bujumbura, au Burundi, samedi soir, blessant huit personnes, "
     "selon la police.", "fr"),
])
def test_a_grenade_is_its_own_sub_event(text, language):
    assert kinds(text, language)[:1] == [("Explosions/Remote violence", "Grenade")]


@pytest.mark.parametrize("text,language", [
    ("Militiamen raped at least 12 women in the village of Kibirizi in North Kivu, Congo, on Sunday, a local rights "
     "group said.", "en"),
    ("Des miliciens ont violé une dizaine de femmes dans le village de Kibirizi, en RDC, dimanche, selon une ONG "
     "locale.", "fr"),
    ("Soldiers sexually assaulted several women at a checkpoint near Tawila, Sudan, on Friday, witnesses said.", "en"),
])
def test_rapes_alone_are_sexual_violence(text, language):
    assert kinds(text, language)[:1] == [("Violence against civilians", "Sexual violence")]


def test_killings_with_rapes_stay_an_attack():
    assert kinds("RSF fighters killed 15 villagers and raped women in the village of Wad al-Nourah, Sudan, on "
                 "Wednesday, activists said.")[:1] == [("Violence against civilians", "Attack")]


def test_sexual_violence_in_general_is_no_event():
    text = ("Le rapport décrit une situation précaire en Centrafrique, où les violences sexuelles liées au conflit et "
            "les déplacements forcés prennent de l'ampleur.")
    assert kinds(text, "fr") == []
