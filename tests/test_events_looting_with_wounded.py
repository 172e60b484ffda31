"""Looting, burning or an abduction in which people are wounded is ACLED's Violence against civilians / Attack: a
figure of wounded civilians told next to the looting or abduction word ('blessant trois habitants', 'injuring
four traders', 'Deux commerçants ont été blessés'), with no other event word between them, retypes it. Words of
the wounded are no event word in every language, so the figure is what tells it. Short reports written for these
tests."""

import pytest
from conftest import first_event

ATTACK = ("Violence against civilians", "Attack")


def kind(text, language="en"):
    e = first_event(text, language)
    return e.event_type, e.sub_event_type


@pytest.mark.parametrize("text,language", [
    ("Des jihadistes ont saccagé dimanche le marché de Boni, au Mali, et brûlé des boutiques. Deux commerçants ont "
     "été blessés par balle.", "fr"),
    ("Des hommes armés ont pillé dimanche le village de Boni, au Mali, blessant trois habitants.", "fr"),
    ("Plusieurs maisons ont été incendiées par des miliciens à Djugu, en RDC, mardi ; quatre personnes ont été "
     "blessées, selon la société civile.", "fr"),
    ("Bandits looted shops in Zurmi, Nigeria, on Sunday, injuring four traders, residents said.", "en"),
])
def test_looting_with_wounded_civilians_is_an_attack(text, language):
    assert kind(text, language) == ATTACK


@pytest.mark.parametrize("text,language", [
    ("Des hommes armés ont enlevé dimanche dix passagers d'un bus près de Boni, au Mali, et blessé deux autres.", "fr"),
    ("Gunmen abducted 12 farmers near Zurmi, Nigeria, on Sunday, injuring three others.", "en"),
    ("Armed men kidnapped 20 worshippers from a church in Kajuru, Nigeria, on Sunday; five people sustained gunshot "
     "injuries.", "en"),
])
def test_an_abduction_with_wounded_civilians_is_an_attack(text, language):
    assert kind(text, language) == ATTACK


def test_wounded_soldiers_of_another_incident_leave_the_abduction_alone():
    text = ("Gunmen abducted 12 farmers near Zurmi, Nigeria, on Sunday. In a separate attack, three soldiers were "
            "wounded in Gusau.")
    assert kind(text) == ("Violence against civilians", "Abduction/forced disappearance")
