"""Accounts, influencers and posts that side with a party ('des comptes proches de l'armée', 'des influenceurs
pro-junte') are social media, not that party's statement; a video a party publishes stays its own. Short reports
written for these tests."""

import pytest
from conftest import claim_rows

BONI = "Des jihadistes ont attaqué un poste militaire à Boni, dans le centre du Mali, lundi. "


@pytest.mark.parametrize("text", [
    BONI + "Des comptes proches de l'armée sur les réseaux sociaux affirment que trente terroristes ont été tués.",
    BONI + "Sur les réseaux sociaux, des comptes pro-junte évoquent une trentaine de terroristes tués.",
    BONI + "Des influenceurs proches de la junte ont affirmé sur les réseaux sociaux que trente terroristes avaient "
    "été tués.",
    BONI + "Des messages relayés sur les réseaux sociaux par des proches de l'armée font état de trente terroristes "
    "tués.",
])
def test_accounts_that_side_with_a_party_are_social_media(text):
    got = claim_rows(text, "fr")
    assert got and got[0][3] == "social media", got


def test_a_video_a_party_publishes_is_its_own():
    text = ("Des jihadistes ont attaqué le détachement militaire de Djibo, au Burkina Faso, samedi. Une trentaine de "
            "soldats ont été tués, selon des vidéos publiées sur les réseaux sociaux par le JNIM.")
    got = claim_rows(text, "fr")
    assert got and got[0][3] == "JNIM: Group for Support of Islam and Muslims", got
