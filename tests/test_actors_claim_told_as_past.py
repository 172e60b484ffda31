"""A group's claim of the attack told in the past tense ('had already claimed credit for the attack'), with no day
or year of its own, amid the event's sentences or right after them, is a claim of this event, not a past
incident: the group is its author over the one the report only suspects."""

import pytest

from tests.conftest import event_parties

ISWAP = "Islamic State West Africa Province (ISWAP)"


@pytest.mark.parametrize("text, language", [
    ("Suspected Boko Haram fighters killed 15 Nigerian soldiers in an attack on a base in Borno State, sources said "
     "on Saturday. The Islamic State in West Africa (ISWA) had already claimed credit for the attack.", "en"),
    ("Suspected Boko Haram insurgents overran an army post near Monguno on Friday, killing nine soldiers. By then "
     "ISWAP had already claimed responsibility for the raid on its channels.", "en"),
    ("Gunmen believed to be Boko Haram fighters ambushed a military convoy near Damboa on Monday, killing seven "
     "soldiers. ISWAP had already claimed the ambush in a statement, sources said.", "en"),
])
def test_a_claim_told_as_past_names_the_author(text, language):
    _, parties = event_parties(text, language)
    assert parties.get(ISWAP) == "A", parties


@pytest.mark.parametrize("text", [
    "Des combattants présumés de Boko Haram ont tué 15 soldats nigérians lors d'une attaque contre une base dans "
    "l'État de Borno vendredi. L'État islamique en Afrique de l'Ouest avait déjà revendiqué l'attaque sur ses canaux.",
    "Des insurgés présumés de Boko Haram ont pris d'assaut un poste de l'armée près de Monguno vendredi, tuant neuf "
    "soldats. L'ISWAP avait déjà revendiqué le raid, selon des sources sécuritaires.",
    "Des jihadistes supposés de Boko Haram ont tendu une embuscade à un convoi près de Damboa lundi, tuant sept "
    "soldats. L'ISWAP avait déjà revendiqué cette embuscade.",
])
def test_french_forms(text):
    _, parties = event_parties(text, "fr")
    assert parties.get(ISWAP) == "A", parties
    assert "Boko Haram (JAS)" not in parties, parties
